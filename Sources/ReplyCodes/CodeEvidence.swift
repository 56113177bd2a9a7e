/// What the codes of a reply say about its cause, before its wording is read. The enhanced
/// code is the more specific witness (RFC 3463 names the cause in its subject and detail);
/// the basic code only says which step failed and how lastingly.
enum CodeEvidence {
    /// The cause the codes point to, or nil when they are too vague to name one (550 alone,
    /// 5.7.0, 5.0.0).
    static func category(basic: BasicCode?, enhanced: EnhancedCode?) -> ReasonCategory? {
        if let enhanced, let category = category(of: enhanced) {
            return category
        }
        return basic.flatMap(category(of:))
    }

    /// RFC 3463 §3 and the IANA registry, plus the vendor codes the catalogue lists.
    static func category(of code: EnhancedCode) -> ReasonCategory? {
        let isTransient = code.statusClass == .persistentTransientFailure
        switch (code.subject, code.detail) {
        case (1, 1), (1, 6), (2, 1), (7, 17), (7, 18): return .userUnknown
        case (1, 2), (1, 8), (1, 10), (4, 4), (7, 27): return .hostUnknown
        case (1, 3), (1, 7), (5, 1), (5, 2), (5, 4), (5, 6): return .syntaxError
        case (2, 2): return .mailboxFull
        case (2, 3), (3, 4), (7, 16): return .messageTooBig
        case (2, 121), (2, 122), (5, 3), (7, 28): return .rateLimited
        case (3, 1), (3, 2), (4, 1), (4, 2), (4, 3), (4, 5):
            return isTransient ? .temporaryFailure : nil
        case (4, 7): return .temporaryFailure
        case (7, 8), (7, 9), (7, 12), (7, 13), (7, 139): return .authFailed
        case (7, 14), (7, 57): return .authRequired
        case (7, 10), (7, 11), (7, 30): return .tlsRequired
        case (7, 25), (7, 606...649), (7, 650), (7, 651): return .blockedIPOrReputation
        case (7, 0): return nil
        case (7, _): return .spamOrPolicy
        default: return nil
        }
    }

    /// RFC 5321 §4.2.3, the extensions that define their own codes (RFC 4954, 7504), and
    /// the non-standard codes servers still send.
    static func category(of code: BasicCode) -> ReasonCategory? {
        switch code.value {
        case 200..<400: .success
        case 422, 432, 525, 534, 535: .authFailed
        case 430, 500...504, 513, 553, 555: .syntaxError
        case 510, 511, 540, 551: .userUnknown
        case 512, 521, 556: .hostUnknown
        case 523, 524, 538: .tlsRequired
        case 530: .authRequired
        case 471, 533, 541, 571: .spamOrPolicy
        case 552: .mailboxFull
        case 400..<500: .temporaryFailure
        default: nil
        }
    }
}
