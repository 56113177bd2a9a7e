/// The paste box that leads to the explain page: a label, a text area and a button. It is
/// small enough to sit on the home page and under every code, where people arrive with a
/// bounce in their clipboard.
enum ReplyPasteForm {
    /// - Parameters:
    ///   - text: the interface strings of the page's language.
    ///   - input: a paste to put back into the box, escaped here.
    ///   - id: the text area's id; pages that show the box twice need two.
    static func render(text: InterfaceText, input: String = "", id: String = "reply") -> String {
        let action = HTML.escape(Links.localized(Links.explain(), text.language))
        let limit = ExplainRequest.maximumReplyBytes
        return """
            <form class="paste-form" action="\(action)" method="post" accept-charset="utf-8">
            <label for="\(id)">\(HTML.escape(text["explain.paste_label"]))</label>
            <textarea id="\(id)" name="reply" rows="6" required spellcheck="false" \
            autocapitalize="off" autocomplete="off" maxlength="\(limit)" \
            aria-describedby="\(id)-hint">
            \(HTML.escape(input))</textarea>
            <p id="\(id)-hint" class="hint">\(HTML.escape(text["explain.paste_hint"]))</p>
            <button type="submit">\(HTML.escape(text["explain.button"]))</button>
            </form>
            """
    }
}
