/// A three-digit SMTP reply code such as 235 or 550 (RFC 5321 §4.2).
///
/// The value is any three digits from 100 to 999 so that the catalogue can also describe
/// codes seen in the wild outside the RFC grammar (101, 571); `isWithinGrammar` says
/// whether the code is one a conforming server may send.
public struct BasicCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: Int

    /// - Parameter text: exactly three ASCII digits, the first one not zero.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 3, bytes.allSatisfy(\.isASCIIDigit), bytes[0] != UInt8(ascii: "0")
        else { return nil }

        value = bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    public var description: String { String(value) }

    /// The first digit: 2 to 5 for codes that follow RFC 5321.
    public var classDigit: Int { value / 100 }

    /// The second digit, the category (syntax, information, connections, …).
    public var categoryDigit: Int { value / 10 % 10 }

    /// The class, or nil for codes whose first digit no SMTP server may send.
    public var replyClass: ReplyClass? { ReplyClass(rawValue: classDigit) }

    /// RFC 5321 §4.2: `Reply-code = %x32-35 %x30-35 %x30-39`.
    public var isWithinGrammar: Bool {
        (2...5).contains(classDigit) && (0...5).contains(categoryDigit)
    }

    public static func < (lhs: BasicCode, rhs: BasicCode) -> Bool { lhs.value < rhs.value }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
