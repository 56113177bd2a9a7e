import ReplyCodes

/// The home page: a code look-up, then every code grouped by class, basic codes first.
struct HomePage: Sendable {
    let layout: PageLayout

    func render(
        _ codes: [CodeSummary], comparisons: [(String, String)], text: InterfaceText
    ) -> [UInt8] {
        let language = text.language
        let basic = Dictionary(grouping: codes.filter { $0.kind == .basic }) {
            String($0.code.prefix(1))
        }
        let standardClasses = ["2", "3", "4", "5"]
        let order = standardClasses + basic.keys.filter { !standardClasses.contains($0) }.sorted()
        let groups = order.filter { basic[$0] != nil }.map { digit in
            let name =
                standardClasses.contains(digit) ? text["class.\(digit)"] : text["class.other"]
            return group(
                id: "class-\(digit)", heading: "\(digit)xx · \(name)", basic[digit] ?? [],
                language)
        }
        let enhanced = Dictionary(grouping: codes.filter { $0.kind == .enhanced }) {
            $0.code.split(separator: ".").dropFirst().first.map(String.init) ?? "0"
        }
        let subjects = enhanced.keys.sorted().map { subject in
            group(
                id: "subject-\(subject)", heading: "X.\(subject) · \(text["subject.\(subject)"])",
                enhanced[subject] ?? [], language)
        }

        let main = """
            <h1>\(HTML.escape(text["site.tagline"]))</h1>
            <form class="lookup" action="/codes" method="get" role="search">
            <input type="hidden" name="lang" value="\(language)">
            <label for="lookup-q">\(HTML.escape(text["label.lookup"]))</label>
            <input id="lookup-q" name="q" type="search" required placeholder="550, 5.7.1" \
            aria-describedby="lookup-hint">
            <button type="submit">\(HTML.escape(text["label.lookup_button"]))</button>
            <p id="lookup-hint" class="hint">\(HTML.escape(text["label.lookup_hint"]))</p>
            </form>
            \(ReplyPasteForm.render(text: text, id: "reply-home"))
            \(pairs(comparisons, text))
            \(groups.joined(separator: "\n"))
            \(subjects.joined(separator: "\n"))
            """
        return layout.render(
            .init(
                language: language, title: "\(text["site.name"]) — \(text["site.tagline"])",
                description: text["site.tagline"], path: Links.home(), main: main, text: text))
    }

    /// The hand-written comparisons: the questions people most often arrive with.
    private func pairs(_ comparisons: [(String, String)], _ text: InterfaceText) -> String {
        let items = comparisons.map { first, second in
            let href = Links.localized(Links.compare(first, second), text.language)
            return #"<li><a href="\#(href)">\#(first) ↔ \#(second)</a></li>"#
        }
        return """
            <section class="comparisons"><h2>\(HTML.escape(text["section.comparisons"]))</h2>
            <ul class="pair-list">\(items.joined())</ul>
            </section>
            """
    }

    private func group(
        id: String, heading: String, _ codes: [CodeSummary], _ language: String
    ) -> String {
        let items = codes.map { code in
            let href = Links.localized(Links.code(code.code), language)
            return """
                <li><a href="\(href)"><span class="code-number">\(HTML.escape(code.code))</span> \
                \(HTML.escape(code.title))</a></li>
                """
        }
        return """
            <section class="code-group \(id)"><h2>\(HTML.escape(heading))</h2>
            <ul class="code-list">\(items.joined())</ul>
            </section>
            """
    }
}
