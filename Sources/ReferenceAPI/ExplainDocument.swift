import ReplyCodes

/// The explain page resolved into one language: a paste, what was found in it, and the
/// catalogue's entries for its codes. What both the JSON and the HTML rendering show.
struct ExplainDocument: Sendable {
    enum State: Sendable {
        /// No paste yet: the page is the form alone.
        case empty

        /// A paste with no code and no wording that names a cause (the 422).
        case unrecognized

        case explained(Explained)
    }

    struct Explained: Sendable {
        let reply: ParsedReply
        let reason: Reason
        let retry: CodeDocument.Retry

        /// Set when the cause changed what the reply's class alone would advise.
        let retryNote: String?

        /// Set when the basic and enhanced codes belong to different classes.
        let mismatchWarning: String?

        /// Set when the paste had no code and the reason comes from its wording.
        let noCodeNote: String?

        /// The catalogue's pages for the basic and the enhanced code, when it has them.
        let codes: [CodeDocument]
    }

    struct Reason: Sendable {
        let category: ReasonCategory
        let title: String
        let advice: String

        /// Set when the wording named a cause other than the one the code suggests.
        let textOverCodeNote: String?
    }

    let language: String

    /// The paste as received, to put back into the form.
    let input: String
    let state: State

    /// 422 for a paste with nothing to explain; a JSON request without a paste is one too,
    /// while a browser without one gets the empty form.
    func status(for format: Format) -> Int {
        switch (state, format) {
        case (.explained, _), (.empty, .html): 200
        case (.unrecognized, _), (.empty, .json): 422
        }
    }
}
