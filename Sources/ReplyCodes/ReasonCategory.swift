/// Why a server answered the way it did, in the terms of what the person whose mail failed
/// must do about it. Reply codes alone do not say this well: one 550 can mean an unknown
/// user, a blocklisted IP or a spam verdict. The raw values are the JSON values and the
/// keys of the interface strings (`reason.<raw>.title`, `reason.<raw>.advice`).
public enum ReasonCategory: String, Sendable, CaseIterable {
    case userUnknown = "user_unknown"
    case mailboxFull = "mailbox_full"
    case relayDenied = "relay_denied"
    case authFailed = "auth_failed"
    case authRequired = "auth_required"
    case tlsRequired = "tls_required"
    case spamOrPolicy = "spam_or_policy"
    case blockedIPOrReputation = "blocked_ip_or_reputation"
    case rateLimited = "rate_limited"
    case greylisted
    case messageTooBig = "message_too_big"
    case syntaxError = "syntax_error"
    case hostUnknown = "host_unknown"
    case temporaryFailure = "temporary_failure"
    case success
    case other

    /// What to do when nothing printed a class: the usual nature of the cause. A full
    /// mailbox or a passing outage clears by itself; an unknown user does not.
    public var typicalRetryPolicy: RetryPolicy {
        switch self {
        case .success: .notNeeded
        case .mailboxFull, .rateLimited, .greylisted, .temporaryFailure: .retryLater
        case .other: .dependsOnClass
        case .userUnknown, .relayDenied, .authFailed, .authRequired, .tlsRequired,
            .spamOrPolicy, .blockedIPOrReputation, .messageTooBig, .syntaxError, .hostUnknown:
            .doNotRetryUnchanged
        }
    }

    /// Causes that pass with time whatever class the reply carried: a greylisting server
    /// or a rate limit accepts the same message later, even when it said 5xx.
    public var alwaysPassesWithTime: Bool {
        self == .greylisted || self == .rateLimited
    }
}
