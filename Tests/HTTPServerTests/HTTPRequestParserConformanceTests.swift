import Testing

@testable import HTTPServer

/// One test per RFC 9112 / RFC 9110 rule the parser enforces.
@Suite("Request parser: RFC 9112 conformance")
struct HTTPRequestParserConformanceTests {
    @Test func refusesObsoleteLineFolding() {
        // RFC 9112 §5.2
        let text = "GET / HTTP/1.1\r\nHost: a\r\nX-Long: one\r\n two\r\n\r\n"
        #expect(parseError(text) == .obsoleteLineFolding)
        #expect(parseError("GET / HTTP/1.1\r\n\tHost: a\r\n\r\n") == .obsoleteLineFolding)
    }

    @Test func refusesWhitespaceBeforeTheColon() {
        // RFC 9112 §5.1
        #expect(parseError("GET / HTTP/1.1\r\nHost : a\r\n\r\n") == .whitespaceBeforeColon)
        #expect(parseError("GET / HTTP/1.1\r\nHost\t: a\r\n\r\n") == .whitespaceBeforeColon)
    }

    @Test func refusesInvalidFieldLines() {
        #expect(parseError("GET / HTTP/1.1\r\nHost a\r\n\r\n") == .invalidHeaderName)
        #expect(parseError("GET / HTTP/1.1\r\n: a\r\n\r\n") == .invalidHeaderName)
        #expect(parseError("GET / HTTP/1.1\r\nHo(st: a\r\n\r\n") == .invalidHeaderName)
        #expect(parseError("GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n") == .invalidHeaderValue)
        #expect(parseError("GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n") == .invalidHeaderValue)
    }

    @Test func refusesContentLengthWithTransferEncoding() {
        // RFC 9112 §6.1: a smuggling vector; refused and the connection closed.
        let text =
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
        #expect(parseError(text) == .conflictingFraming)
        #expect(HTTPParseError.conflictingFraming.status == .badRequest)
    }

    @Test func refusesBadContentLengths() {
        // RFC 9110 §8.6
        func error(_ lengths: String...) -> HTTPParseError? {
            let fields = lengths.map { "Content-Length: \($0)\r\n" }.joined()
            return parseError("POST / HTTP/1.1\r\nHost: a\r\n\(fields)\r\nabcdef")
        }
        #expect(error("3", "4") == .invalidContentLength)
        #expect(error("3, 4") == .invalidContentLength)
        #expect(error("abc") == .invalidContentLength)
        #expect(error("-1") == .invalidContentLength)
        #expect(error("+3") == .invalidContentLength)
        #expect(error("") == .invalidContentLength)
        #expect(error("0x3") == .invalidContentLength)
        #expect(error("3", "3") == nil)
        #expect(error("3, 3") == nil)
    }

    @Test func acceptsIdenticalRepeatedContentLengths() {
        let text = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\nabc"
        #expect(parse(text) == [.request(method: "POST", path: "/", body: "abc")])
    }

    @Test func handlesTransferCodings() {
        // RFC 9112 §6.1: chunked must be final; other codings are not implemented.
        func error(_ value: String, version: String = "1.1") -> HTTPParseError? {
            parseError("POST / HTTP/\(version)\r\nHost: a\r\nTransfer-Encoding: \(value)\r\n\r\n")
        }
        #expect(error("gzip") == .invalidTransferEncoding)
        #expect(error("chunked, gzip") == .invalidTransferEncoding)
        #expect(error("gzip, chunked") == .unsupportedTransferCoding)
        #expect(error("chunked, chunked") == .invalidTransferEncoding)
        #expect(error("chunked", version: "1.0") == .invalidTransferEncoding)
        #expect(error("Chunked") == nil)
        #expect(HTTPParseError.unsupportedTransferCoding.status == .notImplemented)
    }

    @Test func requiresExactlyOneHostInHTTP11() {
        // RFC 9112 §3.2
        #expect(parseError("GET / HTTP/1.1\r\n\r\n") == .missingHost)
        #expect(parseError("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") == .invalidHost)
        #expect(parseError("GET / HTTP/1.1\r\nHost: a b\r\n\r\n") == .invalidHost)
        #expect(parseError("GET / HTTP/1.1\r\nHost:\r\n\r\n") == nil)
        #expect(parseError("GET / HTTP/1.0\r\n\r\n") == nil)
    }

    @Test func answersUnknownMethodsWith501() {
        #expect(parseError("BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n") == .unknownMethod)
        #expect(parseError("get / HTTP/1.1\r\nHost: a\r\n\r\n") == .unknownMethod)
        #expect(HTTPParseError.unknownMethod.status.code == 501)
        #expect(parseError("GE(T / HTTP/1.1\r\n") == .malformedRequestLine)
    }

    @Test func answersOtherVersionsWith505() {
        #expect(parseError("GET / HTTP/2.0\r\nHost: a\r\n\r\n") == .unsupportedVersion)
        #expect(parseError("GET / HTTP/1.2\r\nHost: a\r\n\r\n") == .unsupportedVersion)
        #expect(parseError("GET / HTTP/0.9\r\n\r\n") == .unsupportedVersion)
        #expect(HTTPParseError.unsupportedVersion.status.code == 505)
        #expect(parseError("GET / http/1.1\r\n\r\n") == .malformedRequestLine)
        #expect(parseError("GET / HTTP/1.10\r\n\r\n") == .malformedRequestLine)
        #expect(parseError("GET /\r\n\r\n") == .malformedRequestLine)
    }

    @Test func insistsOnSingleSpacesInTheRequestLine() {
        #expect(parseError("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") == .malformedRequestLine)
        #expect(parseError("GET / HTTP/1.1 \r\nHost: a\r\n\r\n") == .malformedRequestLine)
        #expect(parseError("GET /a b HTTP/1.1\r\nHost: a\r\n\r\n") == .malformedRequestLine)
        #expect(parseError("GET /\ra HTTP/1.1\r\n") == .malformedRequestLine)
    }

    @Test func acceptsAbsoluteFormTargets() throws {
        // RFC 9112 §3.2.2
        let request = try #require(
            parseRequest("GET http://example.org/codes/250?lang=tr HTTP/1.1\r\nHost: x\r\n\r\n"))
        #expect(request.path == "/codes/250")
        #expect(request.query == "lang=tr")
        #expect(request.target == "http://example.org/codes/250?lang=tr")
        #expect(parseRequest("GET HTTPS://example.org HTTP/1.1\r\nHost: x\r\n\r\n")?.path == "/")
        #expect(parseError("GET http:///x HTTP/1.1\r\nHost: x\r\n\r\n") == .invalidTarget)
        #expect(parseError("GET example.org:80 HTTP/1.1\r\nHost: x\r\n\r\n") == .invalidTarget)
        #expect(parseError("GET /a#frag HTTP/1.1\r\nHost: x\r\n\r\n") == .invalidTarget)
    }

    @Test func acceptsAsteriskFormOnlyForOptions() {
        #expect(parseRequest("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n")?.path == "*")
        #expect(parseError("GET * HTTP/1.1\r\nHost: x\r\n\r\n") == .invalidTarget)
    }

    @Test func percentDecodesThePathOnce() {
        func path(_ target: String) -> String? {
            parseRequest("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")?.path
        }
        #expect(path("/codes/5.7.1") == "/codes/5.7.1")
        #expect(path("/a%20b") == "/a b")
        #expect(path("/a%2Fb") == "/a/b")
        #expect(path("/%2541") == "/%41")
        #expect(path("/%E2%82%AC") == "/€")
        #expect(path("/a/./b/../c") == "/a/c")
        #expect(path("/../../etc") == "/etc")
        #expect(path("/static/%2E%2E/%2e%2e/secret") == "/secret")
        #expect(path("/a/..") == "/")
    }

    @Test func refusesBadPercentEncoding() {
        func error(_ target: String) -> HTTPParseError? {
            parseError("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")
        }
        #expect(error("/a%00b") == .invalidPercentEncoding)
        #expect(error("/a%zz") == .invalidPercentEncoding)
        #expect(error("/a%4") == .invalidPercentEncoding)
        #expect(error("/%C0%AF") == .invalidPercentEncoding)  // overlong '/'
        #expect(error("/%E0%80%AF") == .invalidPercentEncoding)  // overlong, three bytes
        #expect(error("/%ED%A0%80") == .invalidPercentEncoding)  // UTF-16 surrogate
        #expect(error("/%FF") == .invalidPercentEncoding)
        #expect(error("/a\u{7F}") == .malformedRequestLine)
    }

    @Test func decodesQueryItemsLeniently() throws {
        let request = try #require(
            parseRequest(
                "GET /explain?reply=550+5.7.1%20No&empty=&flag&&bad=%zz HTTP/1.1\r\nHost: x\r\n\r\n"
            ))
        #expect(request.queryValue("reply") == "550 5.7.1 No")
        #expect(request.queryValue("empty") == "")
        #expect(request.queryValue("flag") == "")
        #expect(request.queryValue("bad") == "%zz")
        #expect(request.queryItems.count == 4)
    }

    @Test func refusesBinaryGarbageWithoutWaitingForALineFeed() {
        // A TLS ClientHello starts 0x16 0x03 0x01.
        var parser = HTTPRequestParser(limits: HTTPLimits())
        parser.append([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xFC, 0x03, 0x03])
        #expect(parser.drain() == [.failure(.malformedRequestLine)])
        #expect(parseError("\u{1}\u{2}garbage") == .malformedRequestLine)
        #expect(parseError("GET /\u{1} HTTP/1.1") == .malformedRequestLine)
    }

    @Test func refusesTheHTTP2Preface() {
        // RFC 9113 §3.4
        let preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
        #expect(parseError(preface) == .http2Preface)
        #expect(HTTPParseError.http2Preface.status == .badRequest)
    }

    @Test func mapsEveryErrorToAClientOrServerStatus() {
        let errors: [HTTPParseError] = [
            .malformedRequestLine, .requestLineTooLong, .unsupportedVersion, .unknownMethod,
            .invalidTarget, .invalidPercentEncoding, .http2Preface, .headersTooLarge,
            .tooManyHeaders, .obsoleteLineFolding, .whitespaceBeforeColon, .invalidHeaderName,
            .invalidHeaderValue, .missingHost, .invalidHost, .conflictingFraming,
            .invalidContentLength, .invalidTransferEncoding, .unsupportedTransferCoding,
            .bodyTooLarge, .invalidChunk, .unsupportedExpectation,
        ]
        for error in errors {
            #expect((400...505).contains(error.status.code))
            #expect(error.message.hasSuffix("."))
        }
    }
}
