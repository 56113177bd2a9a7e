/// A code someone asks about: a basic reply code (`235`) or an enhanced one (`5.7.1`).
public enum ReplyCode: Hashable, Sendable, CustomStringConvertible {
    case basic(BasicCode)
    case enhanced(EnhancedCode)

    /// Reads a code as a person types it in a URL: `235`, `5.7.1`, `4.7.1`, `X.7.1`.
    public init(parsing text: some StringProtocol) throws(CodeSyntaxError) {
        if text.contains(".") {
            self = .enhanced(try EnhancedCode(parsing: text))
        } else if let basic = BasicCode(text) {
            self = .basic(basic)
        } else {
            throw .unrecognized(String(text))
        }
    }

    public var description: String {
        switch self {
        case .basic(let code): code.description
        case .enhanced(let code): code.description
        }
    }

    public var kind: CodeKind {
        switch self {
        case .basic: .basic
        case .enhanced: .enhanced
        }
    }

    /// The keys under which the catalogue may hold this code, most specific first: a
    /// vendor's 5.7.515 is stored as sent, a registry entry as X.7.1.
    public var catalogKeys: [String] {
        switch self {
        case .basic(let code):
            [code.description]
        case .enhanced(let code) where code.statusClass == .unspecified:
            [code.description]
        case .enhanced(let code):
            [code.description, code.registryForm.description]
        }
    }

    public var retryPolicy: RetryPolicy {
        switch self {
        case .basic(let code): code.replyClass?.retryPolicy ?? .doNotRetryUnchanged
        case .enhanced(let code): code.statusClass.retryPolicy
        }
    }
}

/// Whether a code is a three-digit reply code or an enhanced status code.
public enum CodeKind: String, Sendable, CaseIterable {
    case basic
    case enhanced
}
