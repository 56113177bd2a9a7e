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
    /// open, so under a class filter they are listed with it applied (5.7.1), and a class
    /// with no enhanced codes (3) lists none.
    func apply(to codes: [CodeSummary]) -> [CodeSummary] {
        codes.compactMap { summary in
            if let kind, summary.kind != kind { return nil }
            guard let replyClass else { return summary }

            if summary.code.hasPrefix(replyClass) { return summary }
            guard summary.code.hasPrefix("X."), replyClass != "3" else { return nil }
            return CodeSummary(
                code: replyClass + summary.code.dropFirst(), kind: summary.kind,
                status: summary.status, title: summary.title)
        }
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingASCIIWhitespace(), !value.isEmpty else { return nil }
        return String(value)
    }
}
