/// A complete, validated request as a responder sees it.
///
/// By the time a request exists its framing has been checked (RFC 9112 §6), its body read in
/// full, and its path decoded once, so handlers never deal with raw protocol bytes.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// The request-target exactly as sent on the request line.
    public var target: String
    /// The target's path, percent-decoded once, valid UTF-8, without NUL or dot segments.
    public var path: String
    /// The raw query string after `?`, still encoded; nil when the target had no `?`.
    public var query: String?
    /// The query decoded as form data: `+` is a space, `%XX` a byte, order kept.
    public var queryItems: [(name: String, value: String)]
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// Whether the connection stays open after the answer (RFC 9112 §9.3): HTTP/1.1 unless
    /// `Connection: close`, HTTP/1.0 only with `Connection: keep-alive`.
    public var isKeepAlive: Bool

    /// Builds a request the way the parser would, for tests and in-process callers.
    ///
    /// `path`, `query`, `queryItems` and `isKeepAlive` are derived from `target`, `version`
    /// and `headers`. A target the parser would refuse keeps its raw path instead of failing.
    public init(
        method: HTTPMethod = .get,
        target: String,
        version: HTTPVersion = .http1_1,
        headers: HTTPHeaders = HTTPHeaders(),
        body: [UInt8] = []
    ) {
        let parsed = Array(target.utf8).withUnsafeBufferPointer { bytes in
            try? RequestTarget.parse(bytes, method: method)
        }
        let rawPath = String(target.prefix { $0 != "?" })
        let query = target.firstIndex(of: "?").map { String(target[target.index(after: $0)...]) }
        let resolved = parsed ?? RequestTarget(path: rawPath, rawPath: rawPath, query: query)
        self.init(
            method: method, target: target, resolved: resolved, version: version,
            headers: headers, body: body)
    }

    init(
        method: HTTPMethod, target: String, resolved: RequestTarget, version: HTTPVersion,
        headers: HTTPHeaders, body: [UInt8]
    ) {
        self.method = method
        self.target = target
        self.path = resolved.path
        self.query = resolved.query
        self.queryItems = resolved.query.map(QueryItems.decode) ?? []
        self.version = version
        self.headers = headers
        self.body = body
        self.isKeepAlive = Self.isPersistent(version: version, headers: headers)
    }

    /// The first decoded value of the query parameter `name`.
    public func queryValue(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// RFC 9112 §9.3: `close` always wins; otherwise 1.1 persists and 1.0 needs `keep-alive`.
    static func isPersistent(version: HTTPVersion, headers: HTTPHeaders) -> Bool {
        if headers.containsToken("close", in: "Connection") { return false }
        if version == .http1_1 { return true }
        return headers.containsToken("keep-alive", in: "Connection")
    }
}
