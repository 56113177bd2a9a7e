/// An SMTP command and the replies it can get, in one language: the view a reader needs
/// when they know what they sent but not what the answer means.
public struct CommandEntry: Sendable {
    public let verb: String
    public let title: String
    public let description: String
    public let reference: Reference

    /// The replies in the order a reader meets them: success, intermediate, transient,
    /// permanent.
    public let replies: [CodeSummary]

    public init(
        verb: String, title: String, description: String, reference: Reference,
        replies: [CodeSummary]
    ) {
        self.verb = verb
        self.title = title
        self.description = description
        self.reference = reference
        self.replies = replies
    }
}
