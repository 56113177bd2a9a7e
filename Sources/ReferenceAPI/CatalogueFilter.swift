import Foundation
import HTTPServer
import ReplyCodes

/// The catalogue's `?class=`, `?kind=` and `?q=`, validated: a value outside the allowed
/// ones is a 400 that lists them, never an empty list that looks like "no such codes".
struct CatalogueFilter: Sendable, Equatable {
    var replyClass: String?
    var kind: CodeKind?
    var query: String?

    static let classes = ["2", "3", "4", "5"]

    init(replyClass: String? = nil, kind: CodeKind? = nil, query: String? = nil) {
        self.replyClass = replyClass
        self.kind = kind
        self.query = query
    }

    init(_ request: HTTPRequest) throws(APIError) {
        if let value = Self.nonEmpty(request.queryValue("class")) {
            guard Self.classes.contains(value) else {
                throw .invalidParameter(name: "class", value: value, allowed: Self.classes)
            }
            replyClass = value
        }
        if let value = Self.nonEmpty(request.queryValue("kind")) {
            guard let kind = CodeKind(rawValue: value) else {
                throw .invalidParameter(
                    name: "kind", value: value, allowed: CodeKind.allCases.map(\.rawValue))
            }
            self.kind = kind
        }
        query = Self.nonEmpty(request.queryValue("q"))
    }

    /// The listed codes: kind first, then class. Registry entries (X.7.1) have their class
    /// open, so under a class filter they are listed with it applied (5.7.1); class 3 has
    /// no enhanced codes, and class 2 only the entries ever sent with a 2xx reply.
    func apply(to codes: [CodeSummary], successCapable: Set<String>) -> [CodeSummary] {
        codes.compactMap { summary in
            if let kind, summary.kind != kind { return nil }
            guard let replyClass else { return summary }

            if summary.code.hasPrefix(replyClass) { return summary }
            guard summary.code.hasPrefix("X."), replyClass != "3" else { return nil }
            guard replyClass != "2" || successCapable.contains(summary.code) else { return nil }
            return CodeSummary(
                code: replyClass + summary.code.dropFirst(), kind: summary.kind,
                status: summary.status, title: summary.title)
        }
    }

    /// The filter as query parameters (`q=izin&class=5`), nil when nothing is filtered.
    var queryString: String? {
        let pairs = [("q", query), ("class", replyClass), ("kind", kind?.rawValue)]
            .compactMap { name, value in value.map { "\(name)=\(Self.encoded($0))" } }
        return pairs.isEmpty ? nil : pairs.joined(separator: "&")
    }

    private static func encoded(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingASCIIWhitespace(), !value.isEmpty else { return nil }
        return String(value)
    }
}
