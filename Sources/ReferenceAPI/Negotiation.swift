/// What an answer is rendered as.
enum Format: String, Sendable, CaseIterable {
    case json
    case html

    var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        }
    }
}

/// Picks the language and format of an answer, in DESIGN.md's order of precedence: an
/// explicit query parameter, then the request's headers, then English and JSON.
struct Negotiator: Sendable {
    let languages: [String]
    let defaultLanguage: String

    /// `?lang=` must name a supported language (else 400); `Accept-Language` only prefers.
    func language(query: String?, acceptLanguage: String?) throws(APIError) -> String {
        if let query {
            let tag = String(query.asciiLowercased().prefix { $0 != "-" && $0 != "_" })
            guard languages.contains(tag) else { throw .unsupportedLanguage(query, languages) }
            return tag
        }

        var best: (language: String, quality: Double)?
        for item in QualityList(acceptLanguage).items where item.quality > 0 {
            let primary = String(item.value.split(separator: "-").first ?? "")
            guard languages.contains(primary) else { continue }
            if best == nil || item.quality > best!.quality {
                best = (primary, item.quality)
            }
        }
        return best?.language ?? defaultLanguage
    }

    /// `?format=` must be json or html (else 400). Otherwise the `Accept` media range that
    /// matches most specifically decides each format's q (RFC 9110 §12.5.1); HTML wins only
    /// when it is preferred, so `*/*` and no header at all get JSON.
    func format(query: String?, accept: String?) throws(APIError) -> Format {
        if let query {
            guard let format = Format(rawValue: query.asciiLowercased()) else {
                throw .unsupportedFormat(query)
            }
            return format
        }

        let ranges = QualityList(accept).items
        let html = Self.preference(for: ["text/html", "application/xhtml+xml"], in: ranges)
        let json = Self.preference(for: ["application/json"], in: ranges)
        return html.quality > 0
            && (html.quality, html.specificity) > (json.quality, json.specificity)
            ? .html : .json
    }

    /// The q and specificity (2 exact, 1 `type/*`, 0 `*/*`) of the best matching range.
    private static func preference(
        for types: [String], in ranges: [QualityList.Item]
    ) -> (quality: Double, specificity: Int) {
        var best = (quality: 0.0, specificity: -1)
        for range in ranges {
            for type in types {
                let specificity: Int
                if range.value == type {
                    specificity = 2
                } else if range.value == type.prefix(while: { $0 != "/" }) + "/*" {
                    specificity = 1
                } else if range.value == "*/*" {
                    specificity = 0
                } else {
                    continue
                }
                if specificity > best.specificity {
                    best = (range.quality, specificity)
                }
            }
        }
        return best
    }
}
