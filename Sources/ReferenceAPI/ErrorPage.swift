/// The HTML answer to a browser when there is no page: the status, the message, and a way
/// back to the home page and to a code.
struct ErrorPage: Sendable {
    let layout: PageLayout

    func render(status: Int, message: String, text: InterfaceText) -> [UInt8] {
        let title = text.fill("error.title", ["status": String(status)])
        let home = Links.localized(Links.home(), text.language)
        let catalogue = Links.localized("/codes", text.language)
        let main = """
            <article class="error">
            <h1>\(HTML.escape(title))</h1>
            <p>\(HTML.escape(message))</p>
            <p><a href="\(home)">\(HTML.escape(text["nav.home"]))</a> · \
            <a href="\(catalogue)">\(HTML.escape(text["nav.catalogue"]))</a></p>
            </article>
            """
        return layout.render(
            .init(
                language: text.language, title: title, description: message, path: nil,
                main: main, text: text))
    }
}
