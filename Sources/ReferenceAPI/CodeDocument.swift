import ReplyCodes

/// A code's page, resolved into one language: what both the JSON and the HTML renderer
/// show. Built once per (code, language) and cached as rendered bytes above this.
struct CodeDocument: Sendable {
    struct Section: Sendable {
        let id: String
        let heading: String
        let body: String
    }

    struct Classification: Sendable {
        /// The digit as shown: '2', '5', or 'X' for a registry entry with its class open.
        let digit: String?
        let name: String
    }

    struct Retry: Sendable {
        let policy: RetryPolicy
        let advice: String
    }

    struct RelatedCode: Sendable {
        let code: String
        let title: String?
    }

    let code: String
    let kind: CodeKind
    let language: String
    let title: String
    let status: CodeStatus
    let statusLabel: String
    let vendor: String?
    let replyClass: Classification

    /// For a basic code its category (second digit), for an enhanced code its subject.
    let subject: Classification
    let subjectLabel: String
    let sections: [Section]
    let retry: Retry
    let note: String?

    /// Set when the class asked for is one servers never send this code with (2.7.26).
    let classNote: String?
    let usages: [Usage]
    let references: [Reference]
    let related: [RelatedCode]
    /// Hand-written comparisons: this code as the pair stores it, and the other code.
    let comparisons: [(own: String, other: String)]
    let fallback: [String]
}
