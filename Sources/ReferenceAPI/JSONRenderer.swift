import Foundation
import ReplyCodes

/// Encodes documents as JSON. Keys are sorted so the same content always gives the same
/// bytes, and so the same strong ETag across restarts and replicas.
struct JSONRenderer: Sendable {
    let languages: [String]

    func render(_ document: CodeDocument, path: String) -> [UInt8] {
        encode(json(for: document, path: path))
    }

    func render(_ document: ComparisonDocument, path: String) -> [UInt8] {
        encode(
            ComparisonJSON(
                lang: document.language, title: document.title, summary: document.summary,
                curated: document.isCurated,
                codes: [document.first, document.second].map {
                    json(for: $0, path: Links.code($0.code))
                },
                sections: document.sections.map {
                    .init(id: $0.id, heading: $0.heading, body: $0.body)
                },
                fallback: document.fallback,
                links: links(path, document.language)))
    }

    func renderError(status: Int, message: String) -> [UInt8] {
        encode(ErrorJSON(error: .init(status: status, message: message)))
    }

    func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? Array(encoder.encode(value))) ?? Array(#"{"error":{"status":500}}"#.utf8)
    }

    private func json(for document: CodeDocument, path: String) -> CodeJSON {
        let language = document.language
        return CodeJSON(
            code: document.code, kind: document.kind.rawValue, lang: language,
            title: document.title, status: document.status.rawValue, vendor: document.vendor,
            class: .init(digit: document.replyClass.digit, name: document.replyClass.name),
            subject: .init(digit: document.subject.digit, name: document.subject.name),
            sections: document.sections.map {
                .init(id: $0.id, heading: $0.heading, body: $0.body)
            },
            retry: .init(
                policy: document.retry.policy.rawValue,
                shouldRetry: document.retry.policy.shouldRetry,
                advice: document.retry.advice),
            note: document.note,
            classNote: document.classNote,
            usages: document.usages.map {
                .init(
                    context: $0.context, meaning: $0.meaning.body,
                    reference: reference($0.reference))
            },
            references: document.references.map(reference),
            related: document.related.map {
                .init(
                    code: $0.code, title: $0.title,
                    href: Links.localized(Links.code($0.code), language))
            },
            comparisons: document.comparisons.map {
                .init(
                    with: $0.other,
                    href: Links.localized(Links.compare($0.own, $0.other), language))
            },
            fallback: document.fallback,
            links: links(path, language))
    }

    private func reference(_ reference: Reference) -> CodeJSON.ReferenceJSON {
        .init(
            document: reference.document, section: reference.section,
            url: Links.reference(reference))
    }

    func links(_ path: String, _ language: String) -> LinksJSON {
        LinksJSON(
            self: Links.localized(path, language, format: .json),
            html: Links.localized(path, language, format: .html),
            alternates: languages.filter { $0 != language }.map {
                .init(lang: $0, href: Links.localized(path, $0))
            })
    }
}

extension JSONRenderer {
    static let endpoints = [
        "code": "/codes/{code}",
        "compare": "/compare/{a}/{b}",
        "catalogue": "/codes",
        "health": "/healthz",
    ]

    func renderIndex(_ codes: [CodeSummary], language: String) -> [UInt8] {
        encode(
            IndexJSON(
                lang: language, endpoints: Self.endpoints,
                codes: codes.map {
                    .init(
                        code: $0.code, kind: $0.kind.rawValue, status: $0.status.rawValue,
                        title: $0.title, href: Links.localized(Links.code($0.code), language))
                },
                total: codes.count))
    }
}
