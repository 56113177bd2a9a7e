/// The paths of the service's pages, built in one place so JSON links, HTML links, the
/// sitemap and the tests agree.
enum Links {
    static func code(_ code: String) -> String { "/codes/\(code)" }

    static func compare(_ a: String, _ b: String) -> String { "/compare/\(a)/\(b)" }

    static func home() -> String { "/" }

    static func command(_ verb: String) -> String { "/commands/\(verb)" }

    static func commands() -> String { "/commands" }

    /// `path` with the language (and a format, when one is forced) as query parameters.
    static func localized(_ path: String, _ language: String, format: Format? = nil) -> String {
        let format = format.map { "&format=\($0.rawValue)" } ?? ""
        return "\(path)?lang=\(language)\(format)"
    }

    /// A link to the RFC Editor's copy of an RFC section; nil for documents that are not
    /// RFCs (the IANA registry, drafts).
    static func reference(_ reference: ReferenceLike) -> String? {
        let document = reference.document
        guard document.hasPrefix("RFC "), let number = Int(document.dropFirst(4)) else {
            return nil
        }
        let section = reference.section.isEmpty ? "" : "#section-\(reference.section)"
        return "https://www.rfc-editor.org/rfc/rfc\(number)\(section)"
    }
}

/// Anything with a document and a section: a code's reference or a usage's.
protocol ReferenceLike {
    var document: String { get }
    var section: String { get }
}
