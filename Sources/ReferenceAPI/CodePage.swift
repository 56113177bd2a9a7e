/// The HTML page of one code, in the original page's order: what it is, when you see it,
/// how to fix it, then retry advice, context, references and neighbours.
struct CodePage: Sendable {
    let layout: PageLayout

    func render(_ document: CodeDocument, text: InterfaceText) -> [UInt8] {
        layout.render(
            .init(
                language: document.language,
                title: "SMTP \(document.code) \(document.title)",
                description: summary(of: document),
                path: Links.code(document.code),
                main: article(document, text, headingLevel: 1),
                text: text))
    }

    /// The article for a code; a comparison page shows two of them one level deeper.
    func article(_ document: CodeDocument, _ text: InterfaceText, headingLevel: Int) -> String {
        let h = "h\(headingLevel)"
        let sub = "h\(headingLevel + 1)"
        let language = document.language
        var parts: [String] = []

        parts.append(
            """
            <article class="code class-\(document.replyClass.digit ?? "x")" \
            id="code-\(document.code)">
            <\(h)><span class="code-number">\(HTML.escape(document.code))</span> \
            \(HTML.escape(document.title))</\(h)>
            \(facts(document, text))
            """)
        if let classNote = document.classNote {
            parts.append(#"<p class="class-mismatch">\#(HTML.escape(classNote))</p>"#)
        }

        for section in document.sections {
            parts.append(block(section.id, section.heading, HTML.paragraphs(section.body), sub))
        }
        parts.append(
            block("retry", text["section.retry"], HTML.paragraphs(document.retry.advice), sub))
        if let note = document.note {
            parts.append(block("note", text["section.note"], HTML.paragraphs(note), sub))
        }
        if !document.usages.isEmpty {
            parts.append(block("usages", text["section.usages"], usages(document), sub))
        }
        if !document.references.isEmpty {
            let items = document.references.map { "<li>\(referenceLink($0, text))</li>" }
            parts.append(
                block(
                    "references", text["section.references"],
                    "<ul>\(items.joined())</ul>", sub))
        }
        if !document.related.isEmpty {
            let items = document.related.map { related in
                let title = related.title.map { " " + HTML.escape($0) } ?? ""
                let href = Links.localized(Links.code(related.code), language)
                return
                    #"<li><a href="\#(href)"><span class="code-number">\#(related.code)</span>"#
                    + #"\#(title)</a></li>"#
            }
            parts.append(
                block("related", text["section.related"], "<ul>\(items.joined())</ul>", sub))
        }
        if headingLevel == 1 {
            parts.append(
                block("compare", text["section.comparisons"], compare(document, text), sub))
            parts.append(ReplyPasteForm.render(text: text, id: "reply-code"))
        }

        parts.append("</article>")
        return parts.joined(separator: "\n")
    }

    private func summary(of document: CodeDocument) -> String {
        let description = document.sections.first?.body ?? document.title
        let sentence = description.split(separator: "\n").first.map(String.init) ?? description
        return sentence.count > 200 ? String(sentence.prefix(197)) + "…" : sentence
    }

    private func facts(_ document: CodeDocument, _ text: InterfaceText) -> String {
        var rows = [
            (
                text["label.class"],
                "\(document.replyClass.digit ?? "–") · \(document.replyClass.name)"
            ),
            (
                document.subjectLabel,
                "\(document.subject.digit ?? "–") · \(document.subject.name)"
            ),
            (text["label.status"], document.statusLabel),
        ]
        if let vendor = document.vendor {
            rows.append((text["label.vendor"], vendor))
        }
        if !document.fallback.isEmpty {
            rows.append((text["label.fallback"], document.fallback.joined(separator: ", ")))
        }
        let items = rows.map {
            "<div><dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd></div>"
        }
        return #"<dl class="facts">\#(items.joined())</dl>"#
    }

    private func block(_ id: String, _ heading: String, _ body: String, _ tag: String) -> String {
        """
        <section class="\(id)"><\(tag)>\(HTML.escape(heading))</\(tag)>
        \(body)
        </section>
        """
    }

    private func usages(_ document: CodeDocument) -> String {
        let items = document.usages.map { usage in
            """
            <div><dt>\(HTML.escape(usage.context))</dt><dd>\(HTML.escape(usage.meaning.body)) \
            <span class="ref">\(referenceLink(usage.reference, nil))</span></dd></div>
            """
        }
        return #"<dl class="usages">\#(items.joined())</dl>"#
    }

    private func referenceLink(_ reference: some ReferenceLike, _ text: InterfaceText?) -> String {
        let label =
            reference.section.isEmpty
            ? reference.document : "\(reference.document) §\(reference.section)"
        guard let url = Links.reference(reference) else { return HTML.escape(label) }
        return #"<a href="\#(HTML.escape(url))">\#(HTML.escape(label))</a>"#
    }

    private func compare(_ document: CodeDocument, _ text: InterfaceText) -> String {
        let language = document.language
        let links = document.comparisons.map { own, other in
            let href = Links.localized(Links.compare(own, other), language)
            return #"<li><a href="\#(href)">\#(own) ↔ \#(HTML.escape(other))</a></li>"#
        }
        let list = links.isEmpty ? "" : "<ul class=\"comparisons\">\(links.joined())</ul>"
        return """
            \(list)
            <form class="compare-form" action="/compare" method="get">
            <input type="hidden" name="a" value="\(HTML.escape(document.code))">
            <input type="hidden" name="lang" value="\(language)">
            <label for="compare-b">\(HTML.escape(text["label.compare_with"]))</label>
            <input id="compare-b" name="b" type="text" inputmode="decimal" required \
            pattern="[0-9Xx.]{3,9}" placeholder="550">
            <button type="submit">\(HTML.escape(text["label.compare_button"]))</button>
            </form>
            """
    }
}
