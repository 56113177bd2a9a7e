import Testing

@testable import ReplyCodes

/// One paste and what explaining it must give. The samples are written from RFC 5321,
/// RFC 3463 and the way widely used servers and libraries phrase and print replies, with
/// every name, domain and address replaced by documentation values (example.org,
/// 192.0.2.x, 198.51.100.x).
struct SampleReply: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let basic: String?
    let enhanced: String?
    let category: ReasonCategory
    var mismatch = false
    var urls: [String] = []

    /// The server's words as they must come out, when the sample is about them.
    var message: String?
    var retry: RetryPolicy?

    /// The cause the code alone suggests, for samples whose wording contradicts it.
    var codeSuggests: ReasonCategory?

    var testDescription: String { name }

    init(
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
    static let all = english + transcripts + otherLanguages
}
