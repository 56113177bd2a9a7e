/// A pasted reply taken apart and its cause named: what the explain page and its JSON show.
public struct ReplyExplanation: Hashable, Sendable {
    public let reply: ParsedReply
    public let reason: ReasonCategory

    /// The cause the wording alone points to, and the one the codes alone point to; when
    /// they differ, `reason` says which one won and the page can say the code misleads.
    public let reasonFromText: ReasonCategory?
    public let reasonFromCode: ReasonCategory?

    public let retryPolicy: RetryPolicy

    public init(
        reply: ParsedReply, reason: ReasonCategory, reasonFromText: ReasonCategory?,
        reasonFromCode: ReasonCategory?, retryPolicy: RetryPolicy
    ) {
        self.reply = reply
        self.reason = reason
        self.reasonFromText = reasonFromText
        self.reasonFromCode = reasonFromCode
        self.retryPolicy = retryPolicy
    }

    /// Whether the cause changed the retry advice the reply's class alone would give: a
    /// greylisting server that answered 550 is still worth trying again.
    public var retryFollowsReason: Bool {
        guard let replyClass = reply.replyClass else { return false }
        return replyClass.retryPolicy != retryPolicy
    }
}

/// What became of a paste: explained, or nothing in it was recognisable (the endpoint's
/// 422), which is different from a reply whose cause is merely `other`.
public enum ExplainOutcome: Hashable, Sendable {
    case explained(ReplyExplanation)
    case unrecognized
}

/// The whole of "explain a pasted reply", as one pure function.
public enum ReplyExplainer {
    public static func explain(_ text: String) -> ExplainOutcome {
        let reply = ReplyParser.parse(text)
        guard let verdict = ReasonClassifier.classify(reply) else { return .unrecognized }

        return .explained(
            ReplyExplanation(
                reply: reply, reason: verdict.category, reasonFromText: verdict.fromText,
                reasonFromCode: verdict.fromCode,
                retryPolicy: retryPolicy(reply, verdict.category)))
    }

    /// The class decides (RFC 5321 §4.2.1: 4yz try again, 5yz do not repeat unchanged),
    /// except for causes that pass with time whatever the class said; with no class
    /// printed at all, the cause's usual nature decides.
    static func retryPolicy(_ reply: ParsedReply, _ reason: ReasonCategory) -> RetryPolicy {
        if reason.alwaysPassesWithTime { return .retryLater }
        return reply.replyClass?.retryPolicy ?? reason.typicalRetryPolicy
    }
}
