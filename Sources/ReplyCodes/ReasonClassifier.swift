/// Names the cause of a reply from both witnesses, its codes and its words.
///
/// Words that name a cause ("mailbox full", "greylisted", "kullanıcı bulunamadı") decide
/// over the codes, because receivers reuse codes loosely: a rate limit sent as 5.1.1 is a
/// rate limit. Codes decide over stock wording ("try again later", "access denied"), which
/// says little. A 2xx or 3xx reply is a success whatever it says: the server did what was
/// asked, and a sending server acts on the code.
enum ReasonClassifier {
    struct Verdict: Hashable, Sendable {
        let category: ReasonCategory
        let fromText: ReasonCategory?
        let fromCode: ReasonCategory?
    }

    /// Nil when neither a code nor any wording was recognised.
    static func classify(_ reply: ParsedReply) -> Verdict? {
        let words = FoldedWords(textForMatching(reply.message))
        let specific = ReasonPhrases.firstMatch(in: words, ReasonPhrases.specific)
        let stock = ReasonPhrases.firstMatch(in: words, ReasonPhrases.stock)
        let accepted = ReasonPhrases.success.contains(where: words.contains)
        let fromCode = CodeEvidence.category(basic: reply.basicCode, enhanced: reply.enhancedCode)
        let fromText = specific ?? stock ?? (accepted ? .success : nil)

        let category: ReasonCategory? =
            if let replyClass = reply.replyClass, replyClass.rawValue < 4 {
                .success
            } else if let specific {
                specific
            } else if let fromCode {
                fromCode
            } else if let stock {
                stock
            } else if accepted, !reply.hasCode {
                .success
            } else if reply.hasCode {
                reply.replyClass == .transientNegative ? .temporaryFailure : .other
            } else {
                nil
            }
        return category.map { Verdict(category: $0, fromText: fromText, fromCode: fromCode) }
    }

    /// The message without e-mail addresses, whose local parts are anybody's words: a
    /// mailbox called spam@ or relay@ says nothing about why mail to it failed.
    static func textForMatching(_ message: String) -> String {
        message.split(whereSeparator: \.isWhitespace).filter { !$0.contains("@") }
            .joined(separator: " ")
    }
}
