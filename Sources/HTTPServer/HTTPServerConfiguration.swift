/// Where the server listens and the limits it enforces.
public struct HTTPServerConfiguration: Sendable {
    /// A numeric IPv4 or IPv6 address (`localhost` is read as 127.0.0.1).
    public var host: String = "127.0.0.1"
    /// The TCP port; 0 asks the kernel for a free one, which `HTTPServer.start()` returns.
    public var port: Int = 8080
    public var limits: HTTPLimits = HTTPLimits()

    public init(host: String = "127.0.0.1", port: Int = 8080, limits: HTTPLimits = HTTPLimits()) {
        self.host = host
        self.port = port
        self.limits = limits
    }
}

/// Bounds on what one client may make the server hold, so bad or slow input costs a bounded
/// amount of memory and time (slowloris, oversized heads and bodies). Units are in the names.
public struct HTTPLimits: Sendable {
    /// Longest request line, without its line ending. Past it: 414. Default 8 KiB.
    public var maxRequestLineBytes: Int = 8_192
    /// Largest header section, line endings included (trailers count too). Past it: 431.
    /// Default 16 KiB.
    public var maxHeaderBytes: Int = 16_384
    /// Most header field lines in one request. Past it: 431. Default 100.
    public var maxHeaderCount: Int = 100
    /// Largest request body, after chunked decoding. Past it: 413. Default 1 MiB.
    public var maxBodyBytes: Int = 1_048_576
    /// Time a client has to send a whole request head once it has started one, and the longest
    /// silence allowed while it sends a body. Past it: 408 and close. A new connection that
    /// sends nothing at all for this long is closed silently. Default 10 s.
    public var headerReadTimeoutSeconds: Double = 10
    /// How long a keep-alive connection may sit between requests, and how long a client may
    /// leave an answer unread. Past it: closed without an answer. Default 60 s.
    public var idleTimeoutSeconds: Double = 60
    /// Requests served on one connection before it is closed (with `Connection: close`), so
    /// long-lived clients rebalance across replicas. Default 10,000.
    public var maxRequestsPerConnection: Int = 10_000
    /// Open client connections; one more is accepted, told 503 and closed. Default 10,000.
    public var maxConnections: Int = 10_000
    /// After `shutdown()`, how long in-flight requests may take before their connections are
    /// cut. Default 10 s.
    public var drainTimeoutSeconds: Double = 10

    public init() {}
}
