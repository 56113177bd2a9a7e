/// What a responder answers. The server adds the framing fields itself.
///
/// `Content-Length`, `Date` and `Connection` are written by the server (a responder's own
/// values for them are replaced); a responder's `Connection: close` still closes the connection.
/// Responders set `Content-Type`. For `HEAD` a responder may return the GET body: the server sends
/// its length and drops the bytes.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(
        status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []
    ) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Turns a request into a response. Called synchronously on the event-loop thread, so it must
/// be quick and must not block: every connection waits while it runs.
public protocol HTTPResponder: Sendable {
    func respond(to request: HTTPRequest) -> HTTPResponse
}
