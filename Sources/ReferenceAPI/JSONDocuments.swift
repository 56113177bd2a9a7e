import ReplyCodes

/// The JSON shapes of the API, with the snake_case keys DESIGN.md promises. They are built
/// from the documents and encoded once per cached answer.
struct CodeJSON: Encodable {
    struct Classification: Encodable {
        let digit: String?
        let name: String
    }

    struct Section: Encodable {
        let id: String
        let heading: String
        let body: String
    }

    struct Retry: Encodable {
        let policy: String
        let shouldRetry: Bool?
        let advice: String

        enum CodingKeys: String, CodingKey {
            case policy
            case shouldRetry = "should_retry"
            case advice
        }
    }

    struct ReferenceJSON: Encodable {
        let document: String
        let section: String
        let url: String?
    }

    struct UsageJSON: Encodable {
        let context: String
        let meaning: String
        let reference: ReferenceJSON
    }

    struct Related: Encodable {
        let code: String
        let title: String?
        let href: String
    }

    struct Comparison: Encodable {
        let with: String
        let href: String
    }

    let code: String
    let kind: String
    let lang: String
    let title: String
    let status: String
    let vendor: String?
    let `class`: Classification
    let subject: Classification
    let sections: [Section]
    let retry: Retry
    let note: String?
    let classNote: String?
    let usages: [UsageJSON]
    let references: [ReferenceJSON]
    let related: [Related]
    let comparisons: [Comparison]
    let fallback: [String]
    let links: LinksJSON

    enum CodingKeys: String, CodingKey {
        case code, kind, lang, title, status, vendor, `class`, subject, sections, retry, note
        case classNote = "class_note"
        case usages, references, related, comparisons, fallback, links
    }
}

struct LinksJSON: Encodable {
    struct Alternate: Encodable {
        let lang: String
        let href: String
    }

    let `self`: String
    let html: String
    let alternates: [Alternate]
}

struct ComparisonJSON: Encodable {
    let lang: String
    let title: String
    let summary: String
    let curated: Bool
    let codes: [CodeJSON]
    let sections: [CodeJSON.Section]
    let fallback: [String]
    let links: LinksJSON
}

struct ErrorJSON: Encodable {
    struct Body: Encodable {
        let status: Int
        let message: String
    }

    let error: Body
}

extension Reference: ReferenceLike {}

/// The API index at `/` and the catalogue at `/codes`.
struct IndexJSON: Encodable {
    struct Code: Encodable {
        let code: String
        let kind: String
        let status: String
        let title: String
        let href: String
    }

    let lang: String
    let endpoints: [String: String]
    let codes: [Code]
    let total: Int
}
