import ReplyCodes

/// Chooses the JSON or HTML rendering of a document.
struct Renderer: Sendable {
    let json: JSONRenderer
    let layout: PageLayout
    let codePage: CodePage
    let comparisonPage: ComparisonPage
    let homePage: HomePage
    let commandPage: CommandPage
    let cataloguePage: CataloguePage
    let errorPage: ErrorPage

    init(languages: [String], languageNames: [String: String]) {
        json = JSONRenderer(languages: languages)
        layout = PageLayout(languages: languages, languageNames: languageNames)
        codePage = CodePage(layout: layout)
        comparisonPage = ComparisonPage(layout: layout, codePage: codePage)
        homePage = HomePage(layout: layout)
        commandPage = CommandPage(layout: layout)
        cataloguePage = CataloguePage(layout: layout)
        errorPage = ErrorPage(layout: layout)
    }

    func render(
        _ document: CodeDocument, _ format: Format, _ text: InterfaceText, path: String
    ) -> [UInt8] {
        switch format {
        case .json: json.render(document, path: path)
        case .html: codePage.render(document, text: text)
        }
    }

    func render(
        _ document: ComparisonDocument, _ format: Format, _ text: InterfaceText, path: String
    ) -> [UInt8] {
        switch format {
        case .json: json.render(document, path: path)
        case .html: comparisonPage.render(document, text: text)
        }
    }

    func render(
        _ command: CommandEntry, _ format: Format, _ text: InterfaceText, path: String
    ) -> [UInt8] {
        switch format {
        case .json: json.render(command, language: text.language, path: path)
        case .html: commandPage.render(command, text: text)
        }
    }

    func render(_ commands: [CommandEntry], _ format: Format, _ text: InterfaceText) -> [UInt8] {
        switch format {
        case .json: json.render(commands, language: text.language)
        case .html: commandPage.renderIndex(commands, text: text)
        }
    }

    func renderCatalogue(
        _ codes: [CodeSummary], _ filter: CatalogueFilter, _ format: Format, _ text: InterfaceText
    ) -> [UInt8] {
        switch format {
        case .json: json.renderCatalogue(codes, filter: filter, language: text.language)
        case .html: cataloguePage.render(codes, filter: filter, text: text)
        }
    }

    func renderHome(
        _ codes: [CodeSummary], comparisons: [(String, String)], _ format: Format,
        _ text: InterfaceText
    ) -> [UInt8] {
        switch format {
        case .json: json.renderIndex(codes, language: text.language)
        case .html: homePage.render(codes, comparisons: comparisons, text: text)
        }
    }

    func renderError(
        status: Int, message: String, _ format: Format, _ text: InterfaceText
    ) -> [UInt8] {
        switch format {
        case .json: json.renderError(status: status, message: message)
        case .html: errorPage.render(status: status, message: message, text: text)
        }
    }
}
