import ReplyCodes

/// The JSON of `/explain`. Both codes are always present, as null when the reply had none,
/// so a program can tell "no enhanced code was sent" from a field it forgot to read.
struct ExplainJSON: Encodable {
    struct Reason: Encodable {
        let category: String
        let title: String
        let advice: String
    }

    struct Code: Encodable {
        let code: String
        let title: String
        let href: String
    }

    let lang: String
    let inputLines: [String]
    let basicCode: String?
    let enhancedCode: String?
    let classMismatch: Bool
    let foundCode: Bool
    let message: String
    let urls: [String]
    let retry: CodeJSON.Retry
    let reason: Reason
    let codes: [Code]
    let links: LinksJSON

    enum CodingKeys: String, CodingKey {
        case lang
        case inputLines = "input_lines"
        case basicCode = "basic_code"
        case enhancedCode = "enhanced_code"
        case classMismatch = "class_mismatch"
        case foundCode = "found_code"
        case message, urls, retry, reason, codes, links
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(lang, forKey: .lang)
        try container.encode(inputLines, forKey: .inputLines)
        try container.encode(basicCode, forKey: .basicCode)
        try container.encode(enhancedCode, forKey: .enhancedCode)
        try container.encode(classMismatch, forKey: .classMismatch)
        try container.encode(foundCode, forKey: .foundCode)
        try container.encode(message, forKey: .message)
        try container.encode(urls, forKey: .urls)
        try container.encode(retry, forKey: .retry)
        try container.encode(reason, forKey: .reason)
        try container.encode(codes, forKey: .codes)
        try container.encode(links, forKey: .links)
    }
}

extension JSONRenderer {
    /// The explanation, or for a paste with nothing to explain the usual error shape with
    /// status 422.
    func render(_ document: ExplainDocument, text: InterfaceText) -> [UInt8] {
        guard case .explained(let explained) = document.state else {
            return renderError(
                status: document.status(for: .json), message: text["error.unrecognized_reply"])
        }

        let language = document.language
        let reply = explained.reply
        return encode(
            ExplainJSON(
                lang: language, inputLines: reply.lines.map(\.text),
                basicCode: reply.basicCode?.description,
                enhancedCode: reply.enhancedCode?.description,
                classMismatch: reply.hasClassMismatch, foundCode: reply.hasCode,
                message: reply.message, urls: reply.urls,
                retry: .init(
                    policy: explained.retry.policy.rawValue,
                    shouldRetry: explained.retry.policy.shouldRetry,
                    advice: [explained.retry.advice, explained.retryNote].compactMap { $0 }
                        .joined(separator: " ")),
                reason: .init(
                    category: explained.reason.category.rawValue, title: explained.reason.title,
                    advice: explained.reason.advice),
                codes: explained.codes.map {
                    .init(
                        code: $0.code, title: $0.title,
                        href: Links.localized(Links.code($0.code), language))
                },
                links: links(Links.explain(), language)))
    }
}
