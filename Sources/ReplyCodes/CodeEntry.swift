/// Everything the catalogue knows about one code, in one language.
public struct CodeEntry: Sendable {
    /// The code as asked for, with its class applied (5.7.1 even when stored as X.7.1).
    public let code: ReplyCode

    /// The key the entry is stored under: '235', 'X.7.1', '5.7.515'.
    public let catalogKey: String
    public let status: CodeStatus
    public let vendor: String?
    public let language: String
    public let texts: [TextField: LocalizedText]
    public let references: [Reference]
    public let related: [String]
    public let usages: [Usage]

    public init(
        code: ReplyCode, catalogKey: String, status: CodeStatus, vendor: String?,
        language: String, texts: [TextField: LocalizedText], references: [Reference],
        related: [String], usages: [Usage]
    ) {
        self.code = code
        self.catalogKey = catalogKey
        self.status = status
        self.vendor = vendor
        self.language = language
        self.texts = texts
        self.references = references
        self.related = related
        self.usages = usages
    }

    public func text(_ field: TextField) -> String? { texts[field]?.body }

    /// The fields whose text is not in the language asked for, in a stable order.
    public var fallbackFields: [TextField] {
        TextField.allCases.filter { field in
            guard let text = texts[field] else { return false }
            return text.language != language
        }
    }
}

/// A place in a specification that defines a code: 'RFC 5321', section '4.2.3'.
public struct Reference: Hashable, Sendable {
    public let document: String
    public let section: String

    public init(document: String, section: String) {
        self.document = document
        self.section = section
    }
}

/// One context in which a code has a meaning of its own (454 after AUTH, 454 after
/// STARTTLS).
public struct Usage: Hashable, Sendable {
    public let context: String
    public let reference: Reference
    public let meaning: LocalizedText

    public init(context: String, reference: Reference, meaning: LocalizedText) {
        self.context = context
        self.reference = reference
        self.meaning = meaning
    }
}
