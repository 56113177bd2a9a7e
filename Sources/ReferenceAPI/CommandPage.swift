import ReplyCodes

/// The page of one SMTP command with the replies it can get, and the index of commands.
struct CommandPage: Sendable {
    let layout: PageLayout

    func render(_ command: CommandEntry, text: InterfaceText) -> [UInt8] {
        let language = text.language
        let replies = command.replies.map { reply in
            let href = Links.localized(Links.code(reply.code), language)
            return """
                <li class="class-\(reply.code.prefix(1))"><a href="\(href)">\
                <span class="code-number">\(HTML.escape(reply.code))</span> \
                \(HTML.escape(reply.title))</a></li>
                """
        }
        let reference = command.reference
        let label = reference.section.isEmpty
            ? reference.document : "\(reference.document) §\(reference.section)"
        let cited = Links.reference(reference).map {
            #"<a href="\#(HTML.escape($0))">\#(HTML.escape(label))</a>"#
        } ?? HTML.escape(label)

        let main = """
            <article class="command">
            <h1>\(HTML.escape(command.title))</h1>
            \(HTML.paragraphs(command.description))
            <p class="ref">\(HTML.escape(text["label.defined_in"])): \(cited)</p>
            <section class="replies"><h2>\(HTML.escape(text["section.replies"]))</h2>
            <ul class="code-list">\(replies.joined())</ul>
            </section>
            </article>
            """
        return layout.render(
            .init(
                language: language, title: "SMTP \(command.verb) — \(command.title)",
                description: command.description, path: Links.command(command.verb),
                main: main, text: text))
    }

    func renderIndex(_ commands: [CommandEntry], text: InterfaceText) -> [UInt8] {
        let language = text.language
        let items = commands.map { command in
            let href = Links.localized(Links.command(command.verb), language)
            return #"<li><a href="\#(href)">\#(HTML.escape(command.title))</a></li>"#
        }
        let main = """
            <h1>\(HTML.escape(text["section.commands"]))</h1>
            <p>\(HTML.escape(text["commands.intro"]))</p>
            <ul class="command-list">\(items.joined())</ul>
            """
        return layout.render(
            .init(
                language: language, title: text["section.commands"],
                description: text["commands.intro"], path: Links.commands(), main: main,
                text: text))
    }
}
