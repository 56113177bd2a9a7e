/// Why a piece of text is not a reply code. Callers match the case, never the message.
public enum CodeSyntaxError: Error, Equatable, Sendable {
    /// Not three digits and not three dot-separated numbers.
    case unrecognized(String)

    /// Looks like an enhanced code, but its class is not 2, 4, 5 or X (RFC 3463 §2).
    case invalidEnhancedClass(String)

    /// A subject or detail with a leading zero or more than three digits (RFC 3463 §2).
    case invalidEnhancedNumber(String)
}
