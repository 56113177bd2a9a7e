/// The hand-written texts of a comparison people often need, in one language.
public struct CuratedComparison: Sendable {
    public let texts: [ComparisonField: LocalizedText]

    public init(texts: [ComparisonField: LocalizedText]) {
        self.texts = texts
    }
}

/// The parts of a comparison page after the two codes' own sections. The raw values are
/// the stored field names and the JSON ids.
public enum ComparisonField: String, Sendable, CaseIterable {
    case summary
    case keyDifferences = "key_differences"
    case whenToUse = "when_to_use"
}
