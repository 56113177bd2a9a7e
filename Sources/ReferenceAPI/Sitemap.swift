import Catalog

/// `sitemap.xml` and `robots.txt`: every page a crawler should index, in every language,
/// with `hreflang` alternates (https://www.sitemaps.org/protocol.html).
struct Sitemap: Sendable {
    let languages: [String]

    /// The indexable paths: home, catalogue, commands, every code and curated comparison.
    static func paths(_ catalog: Catalog) throws -> [String] {
        var paths = [Links.home(), "/codes", Links.commands()]
        paths += try catalog.commandVerbs().map(Links.command)
        paths += try catalog.summaries(language: Catalog.fallbackLanguage).map {
            Links.code($0.code)
        }
        paths += try catalog.comparisonPairs().map { Links.compare($0.0, $0.1) }
        return paths
    }

    func xml(paths: [String], base: String) -> [UInt8] {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" \
            xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for path in paths {
            let alternates = languages.map { language in
                let href = HTML.escape(base + Links.localized(path, language))
                return #"<xhtml:link rel="alternate" hreflang="\#(language)" href="\#(href)"/>"#
            }.joined()
            for language in languages {
                let location = HTML.escape(base + Links.localized(path, language))
                xml += "<url><loc>\(location)</loc>\(alternates)</url>\n"
            }
        }
        xml += "</urlset>\n"
        return Array(xml.utf8)
    }

    func robots(base: String) -> [UInt8] {
        Array("User-agent: *\nAllow: /\nDisallow: /explain\nSitemap: \(base)/sitemap.xml\n".utf8)
    }

    /// `http://` + the request's Host, when it is a plain host[:port]; the sitemap protocol
    /// wants absolute URLs, and a deployment behind TLS sets `baseURL` instead.
    static func base(configured: String?, host: String?) -> String {
        if let configured { return configured }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]")
        guard let host, !host.isEmpty, host.count <= 255, host.allSatisfy(allowed.contains) else {
            return "http://localhost"
        }
        return "http://" + host
    }
}
