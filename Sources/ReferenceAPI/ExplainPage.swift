import ReplyCodes

/// The explain page: the paste form, then the reply as found with its pieces marked, the
/// reason and what to do, whether to retry, and the pages of its codes. Everything that
/// came from the paste is escaped; there is no script or inline style (the CSP forbids
/// both), so the marks are styled from /static/style.css by their classes.
struct ExplainPage: Sendable {
    let layout: PageLayout

    func render(_ document: ExplainDocument, text: InterfaceText) -> [UInt8] {
        var parts = [
            "<article class=\"explain\">",
            "<h1>\(HTML.escape(text["explain.title"]))</h1>",
            "<p class=\"intro\">\(HTML.escape(text["explain.intro"]))</p>",
            ReplyPasteForm.render(text: text, input: document.input),
        ]
        var title = text["explain.title"]
        switch document.state {
        case .empty:
            break
        case .unrecognized:
            let message = HTML.escape(text["error.unrecognized_reply"])
            parts.append(#"<p class="explain-error" role="alert">\#(message)</p>"#)
        case .explained(let explained):
            parts += sections(explained, document.language, text)
            let codes = [explained.reply.basicCode?.description,
                explained.reply.enhancedCode?.description].compactMap { $0 }
            title = (codes + [explained.reason.title]).joined(separator: " · ")
        }
        parts.append("</article>")

        return layout.render(
            .init(
                language: document.language, title: title, description: text["explain.intro"],
                path: Links.explain(), main: parts.joined(separator: "\n"), text: text))
    }

    private func sections(
        _ explained: ExplainDocument.Explained, _ language: String, _ text: InterfaceText
    ) -> [String] {
        var parts = [parsed(explained, language, text), reason(explained.reason, text)]
        let retry = [explained.retry.advice, explained.retryNote].compactMap { $0 }
        parts.append(
            section("retry", text["section.retry"], retry.map { "<p>\(HTML.escape($0))</p>" }))
        if !explained.codes.isEmpty {
            let list = codeList(explained.codes, language)
            parts.append(section("codes", text["explain.codes"], [list]))
        }
        return parts
    }

    private func parsed(
        _ explained: ExplainDocument.Explained, _ language: String, _ text: InterfaceText
    ) -> String {
        let reply = explained.reply
        var body: [String] = []
        if let note = explained.noCodeNote {
            body.append(#"<p class="note no-code">\#(HTML.escape(note))</p>"#)
        }
        body.append(ReplyLinesHTML.render(reply.lines))

        let notGiven = HTML.escape(text["explain.not_given"])
        var facts = [
            fact(text["explain.basic_code"], reply.basicCode.map {
                codeLink($0.description, kind: "basic", language)
            } ?? notGiven),
            fact(text["explain.enhanced_code"], reply.enhancedCode.map {
                codeLink($0.description, kind: "enhanced", language)
            } ?? notGiven),
        ]
        if !reply.message.isEmpty {
            let message = #"<mark class="message">\#(HTML.escape(reply.message))</mark>"#
            facts.append(fact(text["explain.message"], message))
        }
        body.append(#"<dl class="facts">\#(facts.joined())</dl>"#)

        if let warning = explained.mismatchWarning {
            body.append(#"<p class="warning class-mismatch">\#(HTML.escape(warning))</p>"#)
        }
        if !reply.urls.isEmpty {
            let items = reply.urls.map { url in
                let href = HTML.escape(url)
                let relation = "nofollow noopener noreferrer external"
                return #"<li><a href="\#(href)" rel="\#(relation)">\#(href)</a></li>"#
            }
            body.append("<h3>\(HTML.escape(text["explain.urls"]))</h3>")
            body.append(#"<ul class="server-links">\#(items.joined())</ul>"#)
        }
        return section("parsed", text["explain.parsed"], body)
    }

    private func reason(_ reason: ExplainDocument.Reason, _ text: InterfaceText) -> String {
        var body = [#"<p class="reason-title"><strong>\#(HTML.escape(reason.title))</strong></p>"#]
        if let note = reason.textOverCodeNote {
            body.append(#"<p class="note">\#(HTML.escape(note))</p>"#)
        }
        body.append("<h3>\(HTML.escape(text["explain.what_to_do"]))</h3>")
        body.append(HTML.paragraphs(reason.advice))
        return section("reason reason-\(reason.category.rawValue)", text["explain.reason"], body)
    }

    private func codeList(_ codes: [CodeDocument], _ language: String) -> String {
        let items = codes.map { code in
            let href = Links.localized(Links.code(code.code), language)
            let summary = code.sections.first?.body.split(separator: "\n\n").first
                .map { HTML.paragraphs(String($0)) } ?? ""
            return """
                <li class="class-\(code.replyClass.digit ?? "x")"><a href="\(HTML.escape(href))">\
                <span class="code-number">\(HTML.escape(code.code))</span> \
                \(HTML.escape(code.title))</a>\(summary)</li>
                """
        }
        return #"<ul class="code-list explained-codes">\#(items.joined())</ul>"#
    }

    private func codeLink(_ code: String, kind: String, _ language: String) -> String {
        let href = HTML.escape(Links.localized(Links.code(code), language))
        return #"<a href="\#(href)"><mark class="\#(kind)">\#(HTML.escape(code))</mark></a>"#
    }

    private func fact(_ label: String, _ value: String) -> String {
        "<div><dt>\(HTML.escape(label))</dt><dd>\(value)</dd></div>"
    }

    private func section(_ classes: String, _ heading: String, _ body: [String]) -> String {
        """
        <section class="\(classes)"><h2>\(HTML.escape(heading))</h2>
        \(body.joined(separator: "\n"))
        </section>
        """
    }
}

/// The lines of a paste that hold the reply, each piece in a `<mark>` whose class names
/// it: `basic`, `enhanced`, `message` or `url`. Whatever else is on those lines (a log
/// prefix, a quote) stays, unmarked, so the reader sees where the reply was found.
enum ReplyLinesHTML {
    static func render(_ lines: [ReplyLine]) -> String {
        let rendered = lines.map { line in
            line.segments.map { segment in
                let escaped = HTML.escape(segment.text)
                guard let kind = segment.kind else { return escaped }
                return #"<mark class="\#(kind.rawValue)">\#(escaped)</mark>"#
            }.joined()
        }
        return #"<pre class="reply-lines"><code>\#(rendered.joined(separator: "\n"))</code></pre>"#
    }
}
