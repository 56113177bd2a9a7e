/// The frame every HTML page shares: head with canonical and hreflang links, the header
/// with the language switch, and the footer. Pages supply their title and main content.
struct PageLayout: Sendable {
    let languages: [String]
    let languageNames: [String: String]

    struct Page {
        let language: String
        let title: String
        let description: String

        /// The page's own path, for canonical and alternate links; nil for pages that are
        /// not to be indexed (errors), whose language switch then leads home.
        let path: String?
        let main: String
        let text: InterfaceText

        /// Query parameters that choose what the page shows (a search, a filter), already
        /// encoded; the language switch keeps them so the other language shows the same.
        var query: String? = nil
    }

    func render(_ page: Page) -> [UInt8] {
        let text = page.text
        let home = Links.localized(Links.home(), page.language)
        var head = [
            #"<meta charset="utf-8">"#,
            #"<meta name="viewport" content="width=device-width, initial-scale=1">"#,
            "<title>\(HTML.escape(page.title))</title>",
            #"<meta name="description" content="\#(HTML.escape(page.description))">"#,
            #"<link rel="stylesheet" href="/static/style.css">"#,
            #"<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">"#,
        ]
        if let path = page.path {
            head.append(link("canonical", Links.localized(path, page.language)))
            head += languages.map { language in
                link("alternate", Links.localized(path, language), hreflang: language)
            }
        } else {
            head.append(#"<meta name="robots" content="noindex">"#)
        }

        let html = """
            <!doctype html>
            <html lang="\(page.language)">
            <head>
            \(head.joined(separator: "\n"))
            </head>
            <body>
            <header class="site-header">
            <a class="brand" href="\(home)">\(HTML.escape(text["site.name"]))</a>
            <nav class="site-nav" aria-label="\(HTML.escape(text["site.name"]))">\
            \(navigation(page))</nav>
            <nav aria-label="\(HTML.escape(text["label.language"]))">\(switcher(page))</nav>
            </header>
            <main>
            \(page.main)
            </main>
            <footer class="site-footer"><p>\(HTML.escape(text["site.tagline"]))</p></footer>
            </body>
            </html>

            """
        return Array(html.utf8)
    }

    private func link(_ relation: String, _ href: String, hreflang: String? = nil) -> String {
        let language = hreflang.map { #" hreflang="\#($0)""# } ?? ""
        return #"<link rel="\#(relation)"\#(language) href="\#(HTML.escape(href))">"#
    }

    private func navigation(_ page: Page) -> String {
        let pages = [
            ("/codes", "nav.catalogue"), (Links.commands(), "nav.commands"),
            (Links.explain(), "nav.explain"),
        ]
        let items = pages.map {
            path, key in
            let href = Links.localized(path, page.language)
            return #"<li><a href="\#(href)">\#(HTML.escape(page.text[key]))</a></li>"#
        }
        return #"<ul class="links">\#(items.joined())</ul>"#
    }

    private func switcher(_ page: Page) -> String {
        let items = languages.map { language in
            let name = HTML.escape(languageNames[language] ?? language)
            guard language != page.language else {
                return #"<li><span aria-current="true" lang="\#(language)">\#(name)</span></li>"#
            }
            let path = page.path.map { path in page.query.map { "\(path)?\($0)" } ?? path }
            let href = HTML.escape(Links.localized(path ?? Links.home(), language))
            return
                #"<li><a href="\#(href)" hreflang="\#(language)" lang="\#(language)">"#
                + #"\#(name)</a></li>"#
        }
        return #"<ul class="languages">\#(items.joined())</ul>"#
    }
}
