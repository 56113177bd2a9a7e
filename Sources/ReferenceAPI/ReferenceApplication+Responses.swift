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

    /// `/healthz`, built once.
    static let healthAnswer = ResponseCache.Answer(
        status: .ok, headers: headers(type: Format.json.contentType),
        body: Array(#"{"status":"ok"}"#.utf8), entityTag: "")

    /// The cache key of a GET or HEAD request's negotiated answer, or nil when the request
    /// cannot have one (another method, or a `?lang=`/`?format=` that negotiation refuses).
    ///
    /// Only negotiated answers are stored under such a key, and the router maps a path to
    /// the same route every time, so a stored answer for this key is the answer to this
    /// request: it can be served before routing.
    func pageKey(for request: HTTPRequest) -> ResponseCache.Key? {
        guard request.method == .get || request.method == .head else { return nil }
        do {
            let language = try negotiation.language(
                query: request.queryValue("lang"),
                acceptLanguage: request.headers["Accept-Language"])
            let format = try negotiation.format(
                query: request.queryValue("format"), accept: request.headers["Accept"])
            return .page(
                format: format, language: language, path: request.path, query: request.query)
        } catch {
            return nil
        }
    }

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
        headers.add(
            name: "Cache-Control", value: page.isPrivate ? "no-store" : Self.contentCacheControl)
        return .init(
            status: page.status, headers: headers, body: page.body,
            entityTag: EntityTag.make(for: page.body), gzipBody: Gzip.compress(page.body))
    }

    /// The answer in the representation the client accepts (gzip when it can), or
    /// `304 Not Modified` when the client already holds those bytes.
    func response(_ answer: ResponseCache.Answer, _ request: HTTPRequest) -> HTTPResponse {
        var representation = answer.identity
        if let gzip = answer.gzip, negotiation.acceptsGzip(request.headers["Accept-Encoding"]) {
            representation = gzip
        }
        if let notModified = representation.notModified,
            EntityTag.matches(request.headers["If-None-Match"], representation.entityTag)
        {
            return notModified
        }
        return representation.response
    }

    /// `sitemap.xml` and `robots.txt`, cached per origin since both carry absolute URLs.
    func crawlerFile(_ endpoint: Endpoint, _ request: HTTPRequest) -> HTTPResponse {
        let base = Sitemap.base(configured: baseURL, host: request.headers["Host"])
        let key = ResponseCache.Key.crawler(endpoint, base: base)
        if let cached = cache[key] {
            return response(cached, request)
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
        return response(answer, request)
    }

    func staticFile(_ name: String, _ request: HTTPRequest) -> HTTPResponse {
        let key = ResponseCache.Key.staticFile(name)
        if let cached = cache[key] {
            return response(cached, request)
        }
        guard let file = staticFiles[name] else {
            return errorResponse(.notFound(path: request.path), for: request)
        }

        var headers = Self.headers(type: file.contentType)
        headers.add(name: "Cache-Control", value: "public, max-age=86400")
        if file.gzipBody != nil {
            headers.add(name: "Vary", value: "Accept-Encoding")
        }
        let answer = ResponseCache.Answer(
            status: .ok, headers: headers, body: file.body, entityTag: file.entityTag,
            gzipBody: file.gzipBody)
        cache.insert(answer, for: key)
        return response(answer, request)
    }

    /// The one place an `APIError` becomes an answer: JSON for programs, an HTML page for
    /// browsers, in the reader's language where it can be told, English otherwise.
    ///
    /// - Parameter key: where to keep the answer, for a client error on a request that has
    ///   a page key: the same request gets the same error, so it is served from the cache.
    func errorResponse(
        _ error: APIError, for request: HTTPRequest, key: ResponseCache.Key? = nil
    ) -> HTTPResponse {
        let language = (try? negotiation.language(
            query: request.queryValue("lang"), acceptLanguage: request.headers["Accept-Language"]))
            ?? (try? negotiation.language(
                query: nil, acceptLanguage: request.headers["Accept-Language"]))
            ?? negotiator.defaultLanguage
        let format = (try? negotiation.format(
            query: request.queryValue("format"), accept: request.headers["Accept"]))
            ?? (try? negotiation.format(query: nil, accept: request.headers["Accept"]))
            ?? .json

        let text = builder.text(language)
        let body = renderer.renderError(
            status: error.status, message: error.message(in: text), format, text)

        var headers = Self.headers(type: format.contentType)
        headers.add(name: "Content-Language", value: language)
        headers.add(name: "Vary", value: "Accept, Accept-Language")
        headers.add(name: "Cache-Control", value: "no-cache")
        let status = HTTPStatus(code: error.status, reasonPhrase: Self.reason(error.status))
        let answer = ResponseCache.Answer(
            status: status, headers: headers, body: body, entityTag: "")
        if let key, (400..<500).contains(error.status) {
            cache.insert(answer, for: key)
        }
        return answer.identity.response
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 413: "Content Too Large"
        case 422: "Unprocessable Content"
        default: "Internal Server Error"
        }
    }
}
