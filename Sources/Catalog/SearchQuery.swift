/// A reader's search text turned into an FTS5 query that matches the way the index was
/// folded (Migrations/0040_search_index.sql): İ, I and ı become i, every word is a quoted
/// prefix term, and nothing the reader types can reach FTS5's query syntax.
public struct SearchQuery: Sendable, Equatable {
    public let terms: [String]

    public init(_ text: String) {
        var folded = ""
        for character in text {
            switch character {
            case "İ", "I", "ı": folded.append("i")
            default: folded.append(character)
            }
        }
        let words = folded.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() }
        terms = Array(words.prefix(Self.maximumTerms))
    }

    /// More words than this add nothing to a search over a few hundred entries.
    public static let maximumTerms = 8

    public var isEmpty: Bool { terms.isEmpty }

    /// `"mailbox"* "full"*`: every term required, each as a prefix, because Turkish adds
    /// its endings to the word ("kutusu", "kutusunun") and a reader types the stem.
    public var matchExpression: String {
        terms.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}
