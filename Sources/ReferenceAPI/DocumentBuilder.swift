import Catalog
import ReplyCodes

/// Turns catalogue values into documents in one language: the headings, class and subject
/// names and retry advice come from the interface strings, the rest from the entry.
struct DocumentBuilder: Sendable {
    let catalog: Catalog
    let texts: [String: InterfaceText]

    func text(_ language: String) -> InterfaceText {
        texts[language] ?? texts[Catalog.fallbackLanguage]!
    }

    /// The document for `code`, or the 404 that explains why there is none.
    func codeDocument(_ code: ReplyCode, language: String) throws -> CodeDocument {
        guard let entry = try catalog.entry(for: code, language: language) else {
            if case .enhanced(let enhanced) = code, enhanced.statusClass != .unspecified {
                throw APIError.unregisteredEnhancedCode(enhanced)
            }
            throw APIError.unknownCode(code.description)
        }

        let text = text(language)
        let sections = TextField.sections.compactMap { field -> CodeDocument.Section? in
            guard let body = entry.text(field) else { return nil }
            return CodeDocument.Section(
                id: field.rawValue, heading: text["section.\(field.rawValue)"], body: body)
        }

        let policy = code.retryPolicy
        let related = try entry.related.map { related in
            CodeDocument.RelatedCode(code: related, title: try title(of: related, language))
        }

        return CodeDocument(
            code: code.description, kind: code.kind, language: language,
            title: entry.text(.title) ?? code.description,
            status: entry.status, statusLabel: text["status.\(entry.status.rawValue)"],
            vendor: entry.vendor,
            replyClass: classification(of: code, text),
            subject: subject(of: code, text),
            subjectLabel: code.kind == .basic ? text["label.category"] : text["label.subject"],
            sections: sections,
            retry: CodeDocument.Retry(
                policy: policy,
                advice: entry.text(.retry) ?? text["retry.\(policy.rawValue)"]),
            note: entry.text(.note),
            classNote: classNote(code, entry, text),
            usages: entry.usages, references: entry.references, related: related,
            comparisons: try catalog.comparisonPartners(of: code),
            fallback: entry.fallbackFields.map(\.rawValue))
    }

    /// A failure subject asked for as a success (2.7.26) is well-formed but never sent; the
    /// page says so rather than calling a failed check a success.
    private func classNote(
        _ code: ReplyCode, _ entry: CodeEntry, _ text: InterfaceText
    ) -> String? {
        guard case .enhanced(let enhanced) = code, enhanced.statusClass == .success,
            entry.catalogKey.hasPrefix("X."),
            !catalog.successCapableEntries.contains(entry.catalogKey)
        else { return nil }

        let failure = "5.\(enhanced.subject).\(enhanced.detail)"
        return text.fill("note.never_success", ["code": code.description, "failure": failure])
    }

    private func title(of code: String, _ language: String) throws -> String? {
        guard let parsed = try? ReplyCode(parsing: code) else { return nil }
        return try catalog.entry(for: parsed, language: language)?.text(.title)
    }

    private func classification(
        of code: ReplyCode, _ text: InterfaceText
    ) -> CodeDocument.Classification {
        switch code {
        case .basic(let basic):
            guard let replyClass = basic.replyClass else {
                return .init(digit: String(basic.classDigit), name: text["class.other"])
            }
            return .init(
                digit: String(replyClass.rawValue), name: text["class.\(replyClass.rawValue)"])
        case .enhanced(let enhanced):
            let symbol = enhanced.statusClass.symbol
            return .init(digit: symbol, name: text["enhanced_class.\(symbol)"])
        }
    }

    private func subject(
        of code: ReplyCode, _ text: InterfaceText
    ) -> CodeDocument.Classification {
        switch code {
        case .basic(let basic):
            let name =
                basic.isWithinGrammar
                ? text["category.\(basic.categoryDigit)"] : text["category.other"]
            return .init(digit: String(basic.categoryDigit), name: name)
        case .enhanced(let enhanced):
            let name =
                enhanced.knownSubject.map { text["subject.\($0.rawValue)"] }
                ?? text["subject.0"]
            return .init(digit: String(enhanced.subject), name: name)
        }
    }
}
