/// An enhanced status code such as 5.7.1 (RFC 3463 §2), or a registry entry written with
/// the class left open, such as X.7.1, as the IANA registry writes them.
public struct EnhancedCode: Hashable, Sendable, CustomStringConvertible {
    public let statusClass: EnhancedClass
    public let subject: Int
    public let detail: Int

    public init(statusClass: EnhancedClass, subject: Int, detail: Int) {
        self.statusClass = statusClass
        self.subject = subject
        self.detail = detail
    }

    /// Parses `class "." subject "." detail`: class 2, 4, 5 or X; subject and detail one to
    /// three digits without leading zeros.
    public init(parsing text: some StringProtocol) throws(CodeSyntaxError) {
        let parts = Substring(text).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .unrecognized(String(text)) }

        guard let statusClass = EnhancedClass(symbol: parts[0]) else {
            throw .invalidEnhancedClass(String(text))
        }

        guard let subject = Self.number(parts[1]), let detail = Self.number(parts[2]) else {
            throw .invalidEnhancedNumber(String(text))
        }

        self.init(statusClass: statusClass, subject: subject, detail: detail)
    }

    public var description: String { "\(statusClass.symbol).\(subject).\(detail)" }

    /// The spelling the registry uses: the same code with its class left open.
    public var registryForm: EnhancedCode {
        EnhancedCode(statusClass: .unspecified, subject: subject, detail: detail)
    }

    /// The subject, or nil where it is one the registry does not define.
    public var knownSubject: EnhancedSubject? { EnhancedSubject(rawValue: subject) }

    private static func number(_ text: Substring) -> Int? {
        let bytes = Array(text.utf8)
        guard (1...3).contains(bytes.count), bytes.allSatisfy(\.isASCIIDigit) else { return nil }
        guard bytes.count == 1 || bytes[0] != UInt8(ascii: "0") else { return nil }

        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}

/// The first number of an enhanced status code (RFC 3463 §3.1). There is no class 3.
public enum EnhancedClass: Hashable, Sendable, CaseIterable {
    case success
    case persistentTransientFailure
    case permanentFailure
    case unspecified

    init?(symbol: some StringProtocol) {
        switch symbol {
        case "2": self = .success
        case "4": self = .persistentTransientFailure
        case "5": self = .permanentFailure
        case "X", "x": self = .unspecified
        default: return nil
        }
    }

    public var symbol: String {
        switch self {
        case .success: "2"
        case .persistentTransientFailure: "4"
        case .permanentFailure: "5"
        case .unspecified: "X"
        }
    }

    /// The basic class that must carry this class (RFC 2034: 2xx ↔ 2.x.x and so on).
    public var basicClass: ReplyClass? {
        switch self {
        case .success: .positiveCompletion
        case .persistentTransientFailure: .transientNegative
        case .permanentFailure: .permanentNegative
        case .unspecified: nil
        }
    }

    public var retryPolicy: RetryPolicy { basicClass?.retryPolicy ?? .dependsOnClass }
}

/// The second number of an enhanced status code: what the status is about (RFC 3463 §3).
public enum EnhancedSubject: Int, CaseIterable, Sendable {
    case other = 0
    case addressing = 1
    case mailbox = 2
    case mailSystem = 3
    case networkAndRouting = 4
    case mailDeliveryProtocol = 5
    case messageContent = 6
    case securityOrPolicy = 7
}
