import ReplyCodes

/// The catalogue page: the filter and search form, then the matching codes.
struct CataloguePage: Sendable {
    let layout: PageLayout

    func render(_ codes: [CodeSummary], filter: CatalogueFilter, text: InterfaceText) -> [UInt8] {
        let language = text.language
        let items = codes.map { code in
            let href = Links.localized(Links.code(code.code), language)
            return """
                <li class="class-\(code.code.prefix(1).lowercased())"><a href="\(href)">\
                <span class="code-number">\(HTML.escape(code.code))</span> \
                \(HTML.escape(code.title))</a></li>
                """
        }
        let results =
            codes.isEmpty
            ? "<p>\(HTML.escape(text["catalogue.none"]))</p>"
            : #"<ul class="code-list">\#(items.joined())</ul>"#

        let count = text.fill("catalogue.count", ["count": String(codes.count)])
        let main = """
            <h1>\(HTML.escape(text["catalogue.title"]))</h1>
            <p>\(HTML.escape(text["catalogue.intro"]))</p>
            \(form(filter, text))
            <p class="count" role="status">\(HTML.escape(count))</p>
            \(results)
            """
        return layout.render(
            .init(
                language: language, title: text["catalogue.title"],
                description: text["catalogue.intro"], path: "/codes", main: main, text: text,
                query: filter.queryString))
    }

    private func form(_ filter: CatalogueFilter, _ text: InterfaceText) -> String {
        let classes =
            [("", text["catalogue.any"])]
            + CatalogueFilter.classes.map { ($0, "\($0)xx · \(text["class.\($0)"])") }
        let kinds =
            [("", text["catalogue.any"])]
            + CodeKind.allCases.map { ($0.rawValue, text["catalogue.kind.\($0.rawValue)"]) }
        return """
            <form class="catalogue-filter" action="/codes" method="get" role="search">
            <input type="hidden" name="lang" value="\(text.language)">
            <label for="filter-q">\(HTML.escape(text["catalogue.search"]))</label>
            <input id="filter-q" name="q" type="search" value="\(HTML.escape(filter.query ?? ""))" \
            placeholder="\(HTML.escape(text["catalogue.search_hint"]))">
            <label for="filter-class">\(HTML.escape(text["catalogue.class"]))</label>
            \(select("filter-class", "class", classes, filter.replyClass ?? ""))
            <label for="filter-kind">\(HTML.escape(text["catalogue.kind"]))</label>
            \(select("filter-kind", "kind", kinds, filter.kind?.rawValue ?? ""))
            <button type="submit">\(HTML.escape(text["catalogue.apply"]))</button>
            </form>
            """
    }

    private func select(
        _ id: String, _ name: String, _ options: [(String, String)], _ selected: String
    ) -> String {
        let items = options.map { value, label in
            let mark = value == selected ? " selected" : ""
            return #"<option value="\#(value)"\#(mark)>\#(HTML.escape(label))</option>"#
        }
        return #"<select id="\#(id)" name="\#(name)">\#(items.joined())</select>"#
    }
}
