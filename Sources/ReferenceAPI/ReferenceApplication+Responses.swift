import HTTPServer

extension ReferenceApplication {
    /// Headers every answer carries; HTML adds the security headers a browser acts on.
    static func headers(type: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: type)
        headers.add(name: "X-Content-Type-Options", value: "nosniff")
        if type.hasPrefix("text/html") {
            headers.add(
                name: "Content-Security-Policy",
                value: "default-src 'none'; style-src 'self'; img-src 'self'; "
                    + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
            headers.add(name: "Referrer-Policy", value: "strict-origin-when-cross-origin")
        }
        return headers
    }

    /// Content answers may be stored by any cache for an hour: they change only with a
    /// deployment, and the ETag revalidates them after that.
    static let contentCacheControl = "public, max-age=3600"

    func makeAnswer(_ page: Page, language: String, format: Format) -> ResponseCache.Answer {
        var headers = Self.headers(type: format.contentType)
        headers.add(name: "Content-Language", value: language)

        if let location = page.location {
            headers.add(name: "Vary", value: "Accept, Accept-Language")
            headers.add(name: "Location", value: location)
            headers.add(name: "Cache-Control", value: "no-cache")
            return .init(status: page.status, headers: headers, body: page.body, entityTag: "")
        }

        headers.add(name: "Vary", value: "Accept, Accept-Language, Accept-Encoding")
        headers.add(name: "Cache-Control", value: Self.contentCacheControl)
        return .init(
            status: page.status, headers: headers, body: page.body,
            entityTag: EntityTag.make(for: page.body), gzipBody: Gzip.compress(page.body))
    }

    /// The answer in the representation the client accepts (gzip when it can), or
    /// `304 Not Modified` when the client already holds those bytes.
    static func response(_ answer: ResponseCache.Answer, _ request: HTTPRequest) -> HTTPResponse {
        var headers = answer.headers
        var body = answer.body
        var tag = answer.entityTag
        if let compressed = answer.gzipBody, Gzip.isAccepted(by: request.headers["Accept-Encoding"]) {
            body = compressed
            tag = answer.gzipEntityTag
            headers.add(name: "Content-Encoding", value: "gzip")
        }
        if !tag.isEmpty {
            headers.add(name: "ETag", value: tag)
        }

        if !tag.isEmpty, EntityTag.matches(request.headers["If-None-Match"], tag) {
            headers.remove(name: "Content-Type")
            headers.remove(name: "Content-Encoding")
            return HTTPResponse(status: .notModified, headers: headers, body: [])
        }
        return HTTPResponse(status: answer.status, headers: headers, body: body)
    }

    /// `sitemap.xml` and `robots.txt`, cached per origin since both carry absolute URLs.
    func crawlerFile(_ endpoint: Endpoint, _ request: HTTPRequest) -> HTTPResponse {
        let base = Sitemap.base(configured: baseURL, host: request.headers["Host"])
        let key = "\(endpoint) \(base)"
        if let cached = cache[key] {
            return Self.response(cached, request)
        }

        let isSitemap = endpoint == .sitemap
        let body = isSitemap
            ? sitemap.xml(paths: sitemapPaths, base: base) : sitemap.robots(base: base)
        var headers = Self.headers(
            type: isSitemap ? "application/xml; charset=utf-8" : "text/plain; charset=utf-8")
        headers.add(name: "Cache-Control", value: Self.contentCacheControl)
        headers.add(name: "Vary", value: "Accept-Encoding")
        let answer = ResponseCache.Answer(
            status: .ok, headers: headers, body: body, entityTag: EntityTag.make(for: body),
            gzipBody: Gzip.compress(body))
        cache.insert(answer, for: key)
        return Self.response(answer, request)
    }

    func staticFile(_ name: String, _ request: HTTPRequest) -> HTTPResponse {
        guard let file = staticFiles[name] else {
            return errorResponse(.notFound(path: request.path), for: request)
        }

        var headers = Self.headers(type: file.contentType)
        headers.add(name: "Cache-Control", value: "public, max-age=86400")
        if file.gzipBody != nil {
            headers.add(name: "Vary", value: "Accept-Encoding")
        }
        return Self.response(
            .init(
                status: .ok, headers: headers, body: file.body, entityTag: file.entityTag,
                gzipBody: file.gzipBody),
            request)
    }

    /// The one place an `APIError` becomes an answer: JSON for programs, an HTML page for
    /// browsers, in the reader's language where it can be told, English otherwise.
    func errorResponse(_ error: APIError, for request: HTTPRequest) -> HTTPResponse {
        let language = (try? negotiator.language(
            query: request.queryValue("lang"), acceptLanguage: request.headers["Accept-Language"]))
            ?? (try? negotiator.language(query: nil, acceptLanguage: request.headers["Accept-Language"]))
            ?? negotiator.defaultLanguage
        let format = (try? negotiator.format(
            query: request.queryValue("format"), accept: request.headers["Accept"]))
            ?? (try? negotiator.format(query: nil, accept: request.headers["Accept"]))
            ?? .json

        let text = builder.text(language)
        let body = renderer.renderError(
            status: error.status, message: error.message(in: text), format, text)

        var headers = Self.headers(type: format.contentType)
        headers.add(name: "Content-Language", value: language)
        headers.add(name: "Vary", value: "Accept, Accept-Language")
        headers.add(name: "Cache-Control", value: "no-cache")
        let status = HTTPStatus(code: error.status, reasonPhrase: Self.reason(error.status))
        return HTTPResponse(status: status, headers: headers, body: body)
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        default: "Internal Server Error"
        }
    }
}
