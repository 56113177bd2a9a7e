import ReplyCodes

extension DocumentBuilder {
    /// The explain document for a paste: nil (nothing was sent) is the empty form, while a
    /// paste of only white space was sent and holds nothing to explain (422).
    ///
    /// The codes are looked up with their class applied, as the server sent them (5.7.1,
    /// found under X.7.1); a code the catalogue does not hold is simply not linked.
    func explainDocument(_ paste: String?, language: String) throws -> ExplainDocument {
        guard let input = paste else {
            return ExplainDocument(language: language, input: "", state: .empty)
        }
        guard !input.allSatisfy(\.isWhitespace),
            case .explained(let explanation) = ReplyExplainer.explain(input)
        else {
            return ExplainDocument(language: language, input: input, state: .unrecognized)
        }

        let text = text(language)
        let reply = explanation.reply
        let policy = explanation.retryPolicy
        return ExplainDocument(
            language: language, input: input,
            state: .explained(
                .init(
                    reply: reply, reason: reason(explanation, text),
                    retry: .init(policy: policy, advice: text["retry.\(policy.rawValue)"]),
                    retryNote: explanation.retryFollowsReason
                        ? text["explain.retry_follows_reason"] : nil,
                    mismatchWarning: mismatchWarning(reply, text),
                    noCodeNote: reply.hasCode ? nil : text["explain.no_code"],
                    codes: try catalogueEntries(of: reply, language: language))))
    }

    private func reason(
        _ explanation: ReplyExplanation, _ text: InterfaceText
    ) -> ExplainDocument.Reason {
        let category = explanation.reason
        var note: String?
        if let fromCode = explanation.reasonFromCode, fromCode != category,
            explanation.reasonFromText == category
        {
            let codeReason = text["reason.\(fromCode.rawValue).title"]
            note = text.fill("explain.text_over_code", ["code_reason": codeReason])
        }
        return .init(
            category: category, title: text["reason.\(category.rawValue).title"],
            advice: text["reason.\(category.rawValue).advice"], textOverCodeNote: note)
    }

    private func mismatchWarning(_ reply: ParsedReply, _ text: InterfaceText) -> String? {
        guard reply.hasClassMismatch, let basic = reply.basicCode,
            let enhanced = reply.enhancedCode
        else { return nil }
        return text.fill(
            "explain.class_mismatch",
            ["basic": basic.description, "enhanced": enhanced.description])
    }

    private func catalogueEntries(
        of reply: ParsedReply, language: String
    ) throws -> [CodeDocument] {
        let codes = [
            reply.basicCode.map(ReplyCode.basic), reply.enhancedCode.map(ReplyCode.enhanced),
        ]
        return try codes.compactMap { code in
            guard let code else { return nil }
            do {
                return try codeDocument(code, language: language)
            } catch APIError.unknownCode, APIError.unregisteredEnhancedCode {
                return nil
            }
        }
    }
}
