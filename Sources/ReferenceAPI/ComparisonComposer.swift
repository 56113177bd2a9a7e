import Catalog
import ReplyCodes

extension DocumentBuilder {
    /// The comparison of two codes in one language. The summary always opens with what
    /// the classes say (same class, or what the client does differently); hand-written
    /// texts replace the generated ones where a pair has them.
    func comparisonDocument(
        _ first: ReplyCode, _ second: ReplyCode, language: String
    ) throws -> ComparisonDocument {
        let a = try codeDocument(first, language: language)
        let b = try codeDocument(second, language: language)
        let text = text(language)
        let curated = try catalog.curatedComparison(first, second, language: language)

        // A generated summary stops at the classes: each code's meaning follows in the key
        // differences and in its own column, and saying it a third time helps nobody.
        var summary = [classSentences(a, first, b, second, text)]
        if let written = curated?.texts[.summary] {
            summary.append(written.body)
        }

        let keyDifferences =
            curated?.texts[.keyDifferences]?.body
            ?? [a, b].flatMap { [meaning(of: $0, text), seenWhen(of: $0, text)] }
            .joined(separator: "\n\n")
        let whenToUse =
            curated?.texts[.whenToUse]?.body
            ?? [a, b].map { howToFix(of: $0, text) }.joined(separator: "\n\n")

        let fallback =
            curated.map { texts in
                ComparisonField.allCases.filter {
                    texts.texts[$0].map { $0.language != language } ?? false
                }
                .map(\.rawValue)
            } ?? []

        return ComparisonDocument(
            language: language,
            title: text.fill(
                "compare.title",
                ["a": a.code, "a_title": a.title, "b": b.code, "b_title": b.title]),
            summary: summary.joined(separator: "\n\n"),
            first: a, second: b,
            sections: [
                .init(
                    id: "key_differences", heading: text["section.key_differences"],
                    body: keyDifferences),
                .init(id: "when_to_use", heading: text["section.when_to_use"], body: whenToUse),
            ],
            isCurated: curated != nil,
            fallback: fallback)
    }

    private func classSentences(
        _ a: CodeDocument, _ first: ReplyCode, _ b: CodeDocument, _ second: ReplyCode,
        _ text: InterfaceText
    ) -> String {
        let names = ["a": a.code, "a_title": a.title, "b": b.code, "b_title": b.title]
        switch ClassRelation(first, second) {
        case .sameClass(let replyClass):
            let label = "\(replyClass.rawValue)xx \(text["class.\(replyClass.rawValue)"])"
            return text.fill("compare.same_class", names.merging(["class": label]) { $1 })
        case .differentClasses(let classA, let classB):
            let classes = text.fill(
                "compare.different_class",
                names.merging([
                    "a_class": "\(classA.rawValue)xx \(text["class.\(classA.rawValue)"])",
                    "b_class": "\(classB.rawValue)xx \(text["class.\(classB.rawValue)"])",
                ]) { $1 })
            let actions = text.fill(
                "compare.actions",
                names.merging([
                    "a_action": text["action.\(classA.rawValue)"],
                    "b_action": text["action.\(classB.rawValue)"],
                ]) { $1 })
            return classes + " " + actions
        case nil:
            return text.fill("compare.unclassed", names)
        }
    }

    private func meaning(of document: CodeDocument, _ text: InterfaceText) -> String {
        text.fill(
            "compare.meaning",
            ["code": document.code, "text": firstParagraph(document, "description")])
    }

    private func seenWhen(of document: CodeDocument, _ text: InterfaceText) -> String {
        text.fill(
            "compare.seen_when",
            ["code": document.code, "text": firstParagraph(document, "seen_when")])
    }

    private func howToFix(of document: CodeDocument, _ text: InterfaceText) -> String {
        text.fill(
            "compare.how_to_fix",
            [
                "code": document.code, "title": document.title,
                "text": firstParagraph(document, "how_to_fix"),
            ])
    }

    private func firstParagraph(_ document: CodeDocument, _ id: String) -> String {
        let body = document.sections.first { $0.id == id }?.body ?? ""
        return body.split(separator: "\n\n", maxSplits: 1).first.map(String.init) ?? body
    }
}
