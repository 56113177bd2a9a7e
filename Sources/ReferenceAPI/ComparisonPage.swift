/// The HTML page of a comparison: the original page's structure, a summary, each code's
/// sections, then key differences and when to use which.
struct ComparisonPage: Sendable {
    let layout: PageLayout
    let codePage: CodePage

    func render(_ document: ComparisonDocument, text: InterfaceText) -> [UInt8] {
        let sections = document.sections.map { section in
            """
            <section class="\(section.id)"><h2>\(HTML.escape(section.heading))</h2>
            \(HTML.paragraphs(section.body))
            </section>
            """
        }
        let main = """
            <article class="comparison">
            <h1>\(HTML.escape(document.title))</h1>
            <section class="summary" aria-label="\(HTML.escape(text["section.summary"]))">
            \(HTML.paragraphs(document.summary))
            </section>
            <div class="pair">
            \(codePage.article(document.first, text, headingLevel: 2))
            \(codePage.article(document.second, text, headingLevel: 2))
            </div>
            \(sections.joined(separator: "\n"))
            </article>
            """
        let firstLine = document.summary.split(separator: "\n").first.map(String.init) ?? ""
        return layout.render(
            .init(
                language: document.language, title: document.title, description: firstLine,
                path: Links.compare(document.first.code, document.second.code), main: main,
                text: text))
    }
}
