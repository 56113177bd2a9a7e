/// What a responder answers. The server adds the framing fields itself.
///
/// `Content-Length`, `Date` and `Connection` are written by the server (a responder's own
/// values for them are replaced); a responder's `Connection: close` still closes the connection.
/// Responders set `Content-Type`. For `HEAD` a responder may return the GET body: the server sends
/// its length and drops the bytes.
public struct HTTPResponse: Sendable {
    /// Changing the status or the fields drops a prepared head, so it never goes stale.
    public var status: HTTPStatus {
        didSet { preparedHead = nil }
    }
    public var headers: HTTPHeaders {
        didSet { preparedHead = nil }
    }
    public var body: [UInt8]
    /// The status line and fields in wire form, when ``prepare()`` made them.
    private(set) var preparedHead: PreparedHead?

    public init(
        status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []
    ) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Serializes the status line and fields now, for a response that is kept and sent many
    /// times unchanged (a cached answer): each send then copies them in one piece. Changing
    /// `status` or `headers` afterwards undoes it; the body may change freely.
    public mutating func prepare() {
        preparedHead = PreparedHead(self)
    }

    /// Whether the responder asked to close the connection after this answer.
    var closesConnection: Bool {
        preparedHead?.closesConnection ?? headers.containsToken("close", in: "Connection")
    }
}

/// Turns a request into a response. Called synchronously on the event-loop thread, so it must
/// be quick and must not block: every connection waits while it runs.
public protocol HTTPResponder: Sendable {
    func respond(to request: HTTPRequest) -> HTTPResponse
}
