import Catalog
import HTTPServer
import ReplyCodes

/// The smtp-codes API and site as an `HTTPResponder`: routing, negotiation, the answer
/// cache and conditional requests live here; rendering and content are below.
public final class ReferenceApplication: HTTPResponder {
    let router = Endpoint.makeRouter()
    let catalog: Catalog
    let negotiator: Negotiator
    /// The negotiator's decisions per distinct header value.
    let negotiation: NegotiationMemo
    let builder: DocumentBuilder
    let renderer: Renderer
    let staticFiles: StaticFiles
    let cache = ResponseCache()
    let sitemap: Sitemap
    let sitemapPaths: [String]
    let baseURL: String?
    let log: @Sendable (String) -> Void

    /// - Parameters:
    ///   - catalog: the migrated, read-only catalogue.
    ///   - publicDirectory: the folder served under `/static/`, read once here.
    ///   - baseURL: the public origin for absolute URLs in the sitemap (`https://…`); nil
    ///     takes it from each request's Host.
    ///   - log: where unexpected errors are reported (requests are logged by the server).
    public init(
        catalog: Catalog, publicDirectory: String, baseURL: String? = nil,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        self.catalog = catalog
        self.log = log
        self.baseURL = baseURL
        sitemap = Sitemap(languages: catalog.languages)
        sitemapPaths = try Sitemap.paths(catalog)
        negotiator = Negotiator(
            languages: catalog.languages, defaultLanguage: Catalog.fallbackLanguage)
        negotiation = NegotiationMemo(negotiator)

        var texts: [String: InterfaceText] = [:]
        for language in catalog.languages {
            texts[language] = InterfaceText(
                language: language, strings: try catalog.interfaceStrings(language: language))
        }
        builder = DocumentBuilder(catalog: catalog, texts: texts)
        renderer = Renderer(languages: catalog.languages, languageNames: catalog.languageNames)
        staticFiles = try StaticFiles(directory: publicDirectory)
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        // Answers are immutable once rendered: a request seen before is served from the
        // cache after negotiation, without routing or rendering (see `pageKey(for:)`).
        let key = pageKey(for: request)
        if let key, let cached = cache[key] {
            return response(cached, request)
        }

        switch router.match(method: request.method, path: request.path) {
        case .notFound:
            return errorResponse(.notFound(path: request.path), for: request, key: key)
        case .methodNotAllowed(let allowed):
            let names = allowed.map(\.rawValue)
            var response = errorResponse(
                .methodNotAllowed(method: request.method.rawValue, allowed: names), for: request)
            response.headers.add(name: "Allow", value: names.joined(separator: ", "))
            return response
        case .found(let endpoint, let parameters):
            return answer(endpoint, parameters, request, key: key)
        }
    }

    private func answer(
        _ endpoint: Endpoint, _ parameters: [String: String], _ request: HTTPRequest,
        key: ResponseCache.Key?
    ) -> HTTPResponse {
        switch endpoint {
        case .staticFile:
            return staticFile(parameters["path"] ?? "", request)
        case .health:
            return response(Self.healthAnswer, request)
        case .sitemap, .robots:
            return crawlerFile(endpoint, request)
        case .openAPI:
            return staticFile("openapi.json", request)
        default:
            break
        }

        do {
            let language = try negotiation.language(
                query: request.queryValue("lang"),
                acceptLanguage: request.headers["Accept-Language"])
            let format = try negotiation.format(
                query: request.queryValue("format"), accept: request.headers["Accept"])

            let page = try render(endpoint, parameters, request, language, format)
            let answer = makeAnswer(page, language: language, format: format)
            if page.isCacheable, let key {
                cache.insert(answer, for: key)
            }
            return response(answer, request)
        } catch let error as APIError {
            return errorResponse(error, for: request, key: key)
        } catch {
            log("error=\"\(error)\" path=\(request.path)")
            return errorResponse(.internalError, for: request)
        }
    }

    /// A rendered page before headers: the body, and where a redirect goes.
    struct Page {
        var status: HTTPStatus = .ok
        var body: [UInt8]
        var location: String?

        /// An answer built from what the reader sent (a pasted reply, which may hold
        /// addresses): never cached here or by anyone else.
        var isPrivate = false

        var isCacheable: Bool { status == .ok && !isPrivate }
    }

    private func render(
        _ endpoint: Endpoint, _ parameters: [String: String], _ request: HTTPRequest,
        _ language: String, _ format: Format
    ) throws -> Page {
        let text = builder.text(language)
        switch endpoint {
        case .code:
            let code = try Self.parse(parameters["code"] ?? "")
            let document = try builder.codeDocument(code, language: language)
            return Page(body: renderer.render(document, format, text, path: request.path))
        case .compare:
            let first = try Self.parse(parameters["a"] ?? "")
            let second = try Self.parse(parameters["b"] ?? "")
            let document = try builder.comparisonDocument(first, second, language: language)
            return Page(body: renderer.render(document, format, text, path: request.path))
        case .compareForm:
            let first = try Self.parse(request.queryValue("a") ?? "")
            let second = try Self.parse(request.queryValue("b") ?? "")
            return redirect(Links.localized(Links.compare("\(first)", "\(second)"), language))
        case .catalogue:
            let filter = try CatalogueFilter(request)
            if format == .html, let query = filter.query,
                let code = try? ReplyCode(parsing: query), try catalog.contains(code)
            {
                return redirect(Links.localized(Links.code(code.description), language))
            }
            let codes = try filter.query.map { try catalog.search($0, language: language) }
                ?? catalog.summaries(language: language)
            let listed = filter.apply(to: codes, successCapable: catalog.successCapableEntries)
            return Page(body: renderer.renderCatalogue(listed, filter, format, text))
        case .command:
            let verb = (parameters["verb"] ?? "").uppercased()
            guard let command = try catalog.command(verb, language: language) else {
                throw APIError.unknownCommand(
                    parameters["verb"] ?? "", known: try catalog.commandVerbs())
            }
            return Page(body: renderer.render(command, format, text, path: request.path))
        case .commands:
            let commands = try catalog.commandVerbs().compactMap {
                try catalog.command($0, language: language)
            }
            return Page(body: renderer.render(commands, format, text))
        case .explain:
            let paste: String?
            do {
                paste = try ExplainRequest.reply(from: request)
            } catch {
                throw APIError.explain(error)
            }
            let document = try builder.explainDocument(paste, language: language)
            let status = document.status(for: format)
            return Page(
                status: HTTPStatus(code: status, reasonPhrase: Self.reason(status)),
                body: renderer.render(document, format, text), isPrivate: true)
        case .home:
            return Page(
                body: renderer.renderHome(
                    try catalog.summaries(language: language),
                    comparisons: try catalog.comparisonPairs(), format, text))
        case .staticFile, .health, .sitemap, .robots, .openAPI:
            throw APIError.internalError
        }
    }

    private func redirect(_ location: String) -> Page {
        Page(status: HTTPStatus(code: 303, reasonPhrase: "See Other"), body: [], location: location)
    }

    static func parse(_ text: String) throws(APIError) -> ReplyCode {
        do {
            return try ReplyCode(parsing: text)
        } catch {
            throw .malformedCode(text)
        }
    }
}
