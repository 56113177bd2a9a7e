import ReplyCodes

/// One paste and what explaining it must give. The samples are written from RFC 5321,
/// RFC 3463 and the way widely used servers and libraries phrase and print replies, with
/// every name, domain and address replaced by documentation values (example.org,
/// 192.0.2.x, 198.51.100.x).
public struct SampleReply: Sendable {
    public let name: String
    public let text: String
    public let basic: String?
    public let enhanced: String?
    public let category: ReasonCategory
    public var mismatch = false
    public var urls: [String] = []

    /// The server's words as they must come out, when the sample is about them.
    public var message: String?
    public var retry: RetryPolicy?

    /// The cause the code alone suggests, for samples whose wording contradicts it.
    public var codeSuggests: ReasonCategory?

    public init(
        _ name: String, _ text: String, basic: String?, enhanced: String?,
        _ category: ReasonCategory, mismatch: Bool = false, urls: [String] = [],
        message: String? = nil, retry: RetryPolicy? = nil, codeSuggests: ReasonCategory? = nil
    ) {
        self.name = name
        self.text = text
        self.basic = basic
        self.enhanced = enhanced
        self.category = category
        self.mismatch = mismatch
        self.urls = urls
        self.message = message
        self.retry = retry
        self.codeSuggests = codeSuggests
    }

    /// Every sample of every table.
    public static let all = english + transcripts + otherLanguages
}
