/// The first digit of a basic reply code: what the client should do next (RFC 5321 §4.2.1).
public enum ReplyClass: Int, CaseIterable, Sendable {
    case positiveCompletion = 2
    case positiveIntermediate = 3
    case transientNegative = 4
    case permanentNegative = 5

    /// What a client does after a reply of this class.
    public var retryPolicy: RetryPolicy {
        switch self {
        case .positiveCompletion: .notNeeded
        case .positiveIntermediate: .continueExchange
        case .transientNegative: .retryLater
        case .permanentNegative: .doNotRetryUnchanged
        }
    }
}

/// Whether a client should send the same thing again, as the class of a reply decides it.
public enum RetryPolicy: String, Sendable, CaseIterable {
    /// The command worked; nothing to retry.
    case notNeeded = "not_needed"

    /// The server waits for the next part of the exchange (354, 334).
    case continueExchange = "continue"

    /// A temporary failure: queue the message and try again later.
    case retryLater = "retry_later"

    /// A permanent failure: sending the same thing again will fail the same way.
    case doNotRetryUnchanged = "do_not_retry_unchanged"

    /// Registry entries written with class X: the class that is applied decides.
    case dependsOnClass = "depends_on_class"

    /// Whether a mail client should, without a change, send the same request again.
    public var shouldRetry: Bool? {
        switch self {
        case .notNeeded, .continueExchange, .doNotRetryUnchanged: false
        case .retryLater: true
        case .dependsOnClass: nil
        }
    }
}
