import Glibc

/// What one call to ``HTTPRequestParser/next()`` produced.
enum ParseResult {
    /// The buffered bytes end inside a request; feed more.
    case needMoreData
    /// The head asked for `Expect: 100-continue` and no body has arrived yet: the caller should
    /// send `100 Continue` (RFC 9110 §10.1.1) and keep feeding.
    case continueExpected
    case request(HTTPRequest)
    /// The request is refused; the parser stays failed and the connection should close.
    case failure(HTTPParseError)
}

/// An incremental HTTP/1.1 request parser (RFC 9112): fed bytes, never a socket.
///
/// Bytes may arrive split anywhere; each `next()` call resumes where the last one stopped, so a
/// head trickled in one byte at a time is scanned once, not once per byte. Several pipelined
/// requests in one `append` come out of successive `next()` calls, in order.
struct HTTPRequestParser {
    enum Phase {
        case requestLine
        case headers
        case body(remaining: Int)
        case chunked(ChunkPhase)
        case failed(HTTPParseError)
    }

    /// Where a chunked body (RFC 9112 §7.1) is between chunks.
    enum ChunkPhase {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailers
    }

    /// The request line and fields read so far for the request in progress.
    struct Head {
        var method: HTTPMethod
        var target: String
        var resolved: RequestTarget
        var version: HTTPVersion
        /// Room for a browser's dozen or so fields from the start, so appending them does not
        /// reallocate as the array doubles.
        var fields: [HTTPHeaders.Element] = {
            var fields: [HTTPHeaders.Element] = []
            fields.reserveCapacity(16)
            return fields
        }()
        var headerBytes = 0
        var expectsContinue = false
    }

    let limits: HTTPLimits
    var buffer: [UInt8] = []
    /// First byte not yet consumed.
    var readIndex = 0
    /// First byte not yet examined while looking for the end of a line.
    var scanIndex = 0
    /// Whether the request-line scan has passed the space after the method.
    var isPastMethod = false
    var phase: Phase = .requestLine
    var head: Head?
    var body: [UInt8] = []

    /// The method token of the request in progress, once read: for logging a refusal.
    private(set) var currentMethod: String?
    /// The raw path of the request in progress, once read: for logging a refusal.
    private(set) var currentRawPath: String?

    init(limits: HTTPLimits) {
        self.limits = limits
    }

    /// Whether any part of a next request has been received (beyond consumed empty lines).
    var hasPartialRequest: Bool {
        if case .requestLine = phase { return readIndex < buffer.count }
        return true
    }

    /// Whether the head is complete and the body is being received.
    var isReadingBody: Bool {
        switch phase {
        case .body, .chunked: true
        default: false
        }
    }

    /// Adds received bytes. Consumed bytes are dropped first, so the buffer holds at most the
    /// request in progress plus what followed it.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// Advances as far as the buffered bytes allow.
    mutating func next() -> ParseResult {
        if case .failed(let error) = phase { return .failure(error) }
        do {
            while true {
                if let result = try step() { return result }
            }
        } catch {
            phase = .failed(error)
            return .failure(error)
        }
    }

    /// One transition of the state machine; nil means "keep going".
    private mutating func step() throws(HTTPParseError) -> ParseResult? {
        switch phase {
        case .failed(let error):
            return .failure(error)
        case .requestLine:
            guard let line = try takeRequestLine() else { return .needMoreData }
            try parseRequestLine(line)
            phase = .headers
            return nil
        case .headers:
            let budget = limits.maxHeaderBytes - (head?.headerBytes ?? 0)
            guard let line = try takeLine(budget: budget, overflow: .headersTooLarge) else {
                return .needMoreData
            }
            head?.headerBytes += line.consumed
            if line.content.isEmpty { return try finishHead() }
            try parseFieldLine(line.content)
            return nil
        case .body(let remaining):
            guard buffer.count - readIndex >= remaining else { return .needMoreData }
            body = Array(buffer[readIndex..<(readIndex + remaining)])
            readIndex += remaining
            scanIndex = readIndex
            return .request(completeRequest())
        case .chunked(let chunkPhase):
            return try stepChunked(chunkPhase)
        }
    }

    /// Builds the request from the finished head and body, and resets for the next one.
    mutating func completeRequest() -> HTTPRequest {
        let head = self.head.take()!  // moved out, not copied
        let request = HTTPRequest(
            method: head.method, target: head.target, resolved: head.resolved,
            version: head.version, headers: HTTPHeaders(validatedFields: head.fields),
            body: body)
        body = []
        phase = .requestLine
        currentMethod = nil
        currentRawPath = nil
        return request
    }

    mutating func noteRequestLine(method: String, rawPath: String?) {
        currentMethod = method
        currentRawPath = rawPath
    }

    /// Finds the next line (ending in LF, with an optional CR before it: RFC 9112 §2.2 lets a
    /// recipient accept a bare LF) and consumes it.
    ///
    /// - Parameters:
    ///   - budget: the most bytes, line ending included, the line may take.
    ///   - overflow: the error once the line is known to exceed `budget`.
    /// - Returns: the line's content without its ending, and how many bytes it consumed.
    mutating func takeLine(
        budget: Int, overflow: HTTPParseError
    ) throws(HTTPParseError) -> (content: Range<Int>, consumed: Int)? {
        let lineFeed: Int? = buffer.withUnsafeBytes { bytes in
            guard scanIndex < bytes.count else { return nil }
            let start = bytes.baseAddress! + scanIndex
            guard let found = memchr(start, Int32(ASCII.lf), bytes.count - scanIndex) else {
                return nil
            }
            return scanIndex + (UnsafeRawPointer(found) - start)
        }
        guard let lineFeed else {
            scanIndex = buffer.count
            if buffer.count - readIndex > budget { throw overflow }
            return nil
        }
        let consumed = lineFeed + 1 - readIndex
        guard consumed <= budget else { throw overflow }
        var end = lineFeed
        if end > readIndex, buffer[end - 1] == ASCII.cr { end -= 1 }
        let content = readIndex..<end
        readIndex = lineFeed + 1
        scanIndex = readIndex
        return (content, consumed)
    }

    /// Drops consumed bytes once nothing refers to them, and releases a large buffer when empty.
    private mutating func compact() {
        guard readIndex > 0 else { return }
        if readIndex == buffer.count {
            if buffer.capacity > 65_536 {
                buffer = []
            } else {
                buffer.removeAll(keepingCapacity: true)
            }
        } else if readIndex >= 16_384 {
            buffer.removeSubrange(0..<readIndex)
        } else {
            return
        }
        scanIndex -= readIndex
        readIndex = 0
    }
}
