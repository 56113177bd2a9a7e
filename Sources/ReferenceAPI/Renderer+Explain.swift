extension Renderer {
    /// The explain page as JSON or HTML; pair it with `document.status(for: format)`.
    func render(
        _ document: ExplainDocument, _ format: Format, _ text: InterfaceText
    ) -> [UInt8] {
        switch format {
        case .json: json.render(document, text: text)
        case .html: ExplainPage(layout: layout).render(document, text: text)
        }
    }
}
