import ReplyCodes

/// The JSON of `/codes`: the filtered list and what it was filtered by.
struct CatalogueJSON: Encodable {
    struct Code: Encodable {
        let code: String
        let kind: String
        let `class`: String
        let status: String
        let title: String
        let href: String
    }

    struct Filters: Encodable {
        let `class`: String?
        let kind: String?
        let q: String?
    }

    let lang: String
    let filters: Filters
    let codes: [Code]
    let total: Int
}

extension JSONRenderer {
    func renderCatalogue(
        _ codes: [CodeSummary], filter: CatalogueFilter, language: String
    ) -> [UInt8] {
        encode(
            CatalogueJSON(
                lang: language,
                filters: .init(
                    class: filter.replyClass, kind: filter.kind?.rawValue, q: filter.query),
                codes: codes.map {
                    .init(
                        code: $0.code, kind: $0.kind.rawValue, class: String($0.code.prefix(1)),
                        status: $0.status.rawValue, title: $0.title,
                        href: Links.localized(Links.code($0.code), language))
                },
                total: codes.count))
    }
}
