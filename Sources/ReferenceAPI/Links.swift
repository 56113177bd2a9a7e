/// The paths of the service's pages, built in one place so JSON links, HTML links, the
/// sitemap and the tests agree.
enum Links {
    static func code(_ code: String) -> String { "/codes/\(code)" }

    static func compare(_ a: String, _ b: String) -> String { "/compare/\(a)/\(b)" }

    static func home() -> String { "/" }

    static func command(_ verb: String) -> String { "/commands/\(verb)" }

    static func commands() -> String { "/commands" }

    /// `path` with the language (and a format, when one is forced) as query parameters.
    /// `path` may already carry a query (`/codes?q=izin`); the language joins it.
    static func localized(_ path: String, _ language: String, format: Format? = nil) -> String {
        let format = format.map { "&format=\($0.rawValue)" } ?? ""
        let separator = path.contains("?") ? "&" : "?"
        return "\(path)\(separator)lang=\(language)\(format)"
    }

    /// A link to the RFC Editor's copy of an RFC section, the IANA registry, or an
    /// Internet-Draft on the IETF datatracker; nil for anything else (vendor documents).
    static func reference(_ reference: ReferenceLike) -> String? {
        let document = reference.document
        if document.hasPrefix("IANA") {
            return "https://www.iana.org/assignments/smtp-enhanced-status-codes/"
        }
        let isDraftName = document.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        if document.hasPrefix("draft-"), isDraftName {
            return "https://datatracker.ietf.org/doc/\(document)/"
        }
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
