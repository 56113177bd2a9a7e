/// One line of the catalogue: enough to list a code and link to it.
public struct CodeSummary: Sendable, Hashable {
    public let code: String
    public let kind: CodeKind
    public let status: CodeStatus
    public let title: String

    public init(code: String, kind: CodeKind, status: CodeStatus, title: String) {
        self.code = code
        self.kind = kind
        self.status = status
        self.title = title
    }

    /// Basic codes by number, then enhanced codes by class, subject and detail as numbers
    /// (X.7.2 before X.7.10), the order a reader expects.
    public static func catalogueOrder(_ lhs: CodeSummary, _ rhs: CodeSummary) -> Bool {
        sortKey(lhs.code).lexicographicallyPrecedes(sortKey(rhs.code))
    }

    private static func sortKey(_ code: String) -> [Int] {
        let parts = code.split(separator: ".")
        guard parts.count == 3 else { return [0, Int(code) ?? 0] }
        return [1, parts[0] == "X" ? 0 : Int(parts[0]) ?? 0, Int(parts[1]) ?? 0, Int(parts[2]) ?? 0]
    }
}
