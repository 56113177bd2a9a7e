import ReplyCodes

/// The JSON of `/commands/{verb}` and `/commands`.
struct CommandJSON: Encodable {
    struct Reply: Encodable {
        let code: String
        let kind: String
        let status: String
        let title: String
        let href: String
    }

    let verb: String
    let lang: String
    let title: String
    let description: String
    let reference: CodeJSON.ReferenceJSON
    let replies: [Reply]
    let links: LinksJSON?
}

struct CommandIndexJSON: Encodable {
    struct Command: Encodable {
        let verb: String
        let title: String
        let href: String
    }

    let lang: String
    let commands: [Command]
}

extension JSONRenderer {
    func render(_ command: CommandEntry, language: String, path: String) -> [UInt8] {
        encode(
            CommandJSON(
                verb: command.verb, lang: language, title: command.title,
                description: command.description,
                reference: .init(
                    document: command.reference.document, section: command.reference.section,
                    url: Links.reference(command.reference)),
                replies: command.replies.map {
                    .init(
                        code: $0.code, kind: $0.kind.rawValue, status: $0.status.rawValue,
                        title: $0.title, href: Links.localized(Links.code($0.code), language))
                },
                links: links(path, language)))
    }

    func render(_ commands: [CommandEntry], language: String) -> [UInt8] {
        encode(
            CommandIndexJSON(
                lang: language,
                commands: commands.map {
                    .init(
                        verb: $0.verb, title: $0.title,
                        href: Links.localized(Links.command($0.verb), language))
                }))
    }
}
