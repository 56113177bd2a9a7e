import ReplyCodes

/// The home page: a code look-up, then every code grouped by class, basic codes first.
struct HomePage: Sendable {
    let layout: PageLayout

    func render(_ codes: [CodeSummary], text: InterfaceText) -> [UInt8] {
        let language = text.language
        let basic = Dictionary(grouping: codes.filter { $0.kind == .basic }) { $0.code.prefix(1) }
        let groups = basic.keys.sorted().map { digit in
            let name = text["class.\(digit)"] == "class.\(digit)" ? text["class.other"] : text["class.\(digit)"]
            return group(id: "class-\(digit)", heading: "\(digit)xx · \(name)", basic[digit] ?? [], language)
        }
        let enhanced = Dictionary(grouping: codes.filter { $0.kind == .enhanced }) {
            $0.code.split(separator: ".").dropFirst().first.map(String.init) ?? "0"
        }
        let subjects = enhanced.keys.sorted().map { subject in
            group(id: "subject-\(subject)", heading: "X.\(subject) · \(text["subject.\(subject)"])",
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
            \(groups.joined(separator: "\n"))
            \(subjects.joined(separator: "\n"))
            """
        return layout.render(
            .init(
                language: language, title: "\(text["site.name"]) — \(text["site.tagline"])",
                description: text["site.tagline"], path: Links.home(), main: main, text: text))
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
