/// Why the parser refused a request. Each case knows the status the server answers with and a
/// sentence for the client; the connection is closed after any of them.
enum HTTPParseError: Error, Equatable, Sendable {
    /// The request line does not match `method SP request-target SP HTTP-version`.
    case malformedRequestLine
    /// The request line is longer than `maxRequestLineBytes`.
    case requestLineTooLong
    /// A well-formed version other than HTTP/1.0 or HTTP/1.1.
    case unsupportedVersion
    /// A valid method token that this server does not implement.
    case unknownMethod
    /// The request-target is neither origin-form, absolute-form nor `*` for OPTIONS.
    case invalidTarget
    /// A `%` escape is broken, decodes to NUL, or the path is not valid UTF-8.
    case invalidPercentEncoding
    /// The HTTP/2 connection preface (RFC 9113 §3.4), sent to an HTTP/1.1 server.
    case http2Preface
    /// The header section is larger than `maxHeaderBytes`.
    case headersTooLarge
    /// More header lines than `maxHeaderCount`.
    case tooManyHeaders
    /// A field line starts with whitespace: obs-fold (RFC 9112 §5.2) or whitespace after the
    /// start-line (§2.2).
    case obsoleteLineFolding
    /// Whitespace between a field name and its colon (RFC 9112 §5.1).
    case whitespaceBeforeColon
    /// A field line without a colon or with a name that is not a token.
    case invalidHeaderName
    /// A field value containing a control character such as NUL or a bare CR.
    case invalidHeaderValue
    /// An HTTP/1.1 request without `Host` (RFC 9112 §3.2).
    case missingHost
    /// More than one `Host`, or a `Host` value that cannot be an authority.
    case invalidHost
    /// Both `Content-Length` and `Transfer-Encoding` (RFC 9112 §6.1, a smuggling vector).
    case conflictingFraming
    /// A `Content-Length` that is not digits, or several that differ (RFC 9110 §8.6).
    case invalidContentLength
    /// `Transfer-Encoding` whose final coding is not chunked, or sent in HTTP/1.0.
    case invalidTransferEncoding
    /// A transfer coding other than chunked (RFC 9112 §6.1 answers 501).
    case unsupportedTransferCoding
    /// The body, declared or decoded, is larger than `maxBodyBytes`.
    case bodyTooLarge
    /// Chunked framing that does not follow RFC 9112 §7.1.
    case invalidChunk
    /// An `Expect` other than `100-continue` (RFC 9110 §10.1.1).
    case unsupportedExpectation

    var status: HTTPStatus {
        switch self {
        case .requestLineTooLong: .uriTooLong
        case .unsupportedVersion: .httpVersionNotSupported
        case .unknownMethod, .unsupportedTransferCoding: .notImplemented
        case .headersTooLarge, .tooManyHeaders: .requestHeaderFieldsTooLarge
        case .bodyTooLarge: .payloadTooLarge
        case .unsupportedExpectation: .expectationFailed
        default: .badRequest
        }
    }

    var message: String {
        switch self {
        case .malformedRequestLine:
            "The request line must read: method, one space, target, one space, HTTP version."
        case .requestLineTooLong: "The request line is longer than this server accepts."
        case .unsupportedVersion: "This server speaks HTTP/1.0 and HTTP/1.1 only."
        case .unknownMethod: "This server does not implement that request method."
        case .invalidTarget: "The request target must be an absolute path such as /codes/250."
        case .invalidPercentEncoding:
            "The path has a broken percent-escape, an encoded NUL or invalid UTF-8."
        case .http2Preface: "This server speaks HTTP/1.1; HTTP/2 prior knowledge is not supported."
        case .headersTooLarge: "The request header section is larger than this server accepts."
        case .tooManyHeaders: "The request has more header fields than this server accepts."
        case .obsoleteLineFolding: "Header lines must not start with whitespace (line folding)."
        case .whitespaceBeforeColon: "A header name must be followed directly by a colon."
        case .invalidHeaderName: "A header line is not a valid 'name: value' field."
        case .invalidHeaderValue: "A header value contains a control character."
        case .missingHost: "An HTTP/1.1 request must carry a Host header."
        case .invalidHost: "The request must carry exactly one valid Host header."
        case .conflictingFraming:
            "A request must not carry both Content-Length and Transfer-Encoding."
        case .invalidContentLength: "Content-Length must be one non-negative decimal number."
        case .invalidTransferEncoding: "Transfer-Encoding must end with chunked, in HTTP/1.1."
        case .unsupportedTransferCoding: "Only the chunked transfer coding is supported."
        case .bodyTooLarge: "The request body is larger than this server accepts."
        case .invalidChunk: "The chunked request body is malformed."
        case .unsupportedExpectation: "Only the 100-continue expectation is supported."
        }
    }
}
