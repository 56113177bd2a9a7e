/// The texts the catalogue keeps for a code, per language. The raw values are the stored
/// field names and the JSON section ids.
public enum TextField: String, Sendable, CaseIterable {
    case title
    case description
    case seenWhen = "seen_when"
    case howToFix = "how_to_fix"
    case retry
    case note

    /// The page sections, in reading order (the original page's Description / When you see
    /// it / How to fix).
    public static let sections: [TextField] = [.description, .seenWhen, .howToFix]
}

/// A text and the language it is actually written in, which differs from the language
/// asked for when the text fell back to English.
public struct LocalizedText: Hashable, Sendable {
    public let body: String
    public let language: String

    public init(body: String, language: String) {
        self.body = body
        self.language = language
    }
}
