/// Two codes side by side in one language: the original page's structure of a summary,
/// each code's own sections, then key differences and when to use which.
struct ComparisonDocument: Sendable {
    let language: String
    let title: String
    let summary: String
    let first: CodeDocument
    let second: CodeDocument
    let sections: [CodeDocument.Section]

    /// Whether the key differences and advice were written by hand for this pair.
    let isCurated: Bool
    let fallback: [String]
}
