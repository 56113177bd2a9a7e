import Testing

@testable import HTTPServer

@Suite("Request parser: framing, splitting, pipelining")
struct HTTPRequestParserTests {
    static let post =
        "POST /explain?lang=tr HTTP/1.1\r\nHost: example.org\r\nContent-Length: 11\r\n"
        + "X-Note:  padded value  \r\n\r\nhello world"

    @Test func parsesARequestWithHeadersAndBody() throws {
        let request = try #require(parseRequest(Self.post))
        #expect(request.method == .post)
        #expect(request.target == "/explain?lang=tr")
        #expect(request.path == "/explain")
        #expect(request.query == "lang=tr")
        #expect(request.queryValue("lang") == "tr")
        #expect(request.version == .http1_1)
        #expect(request.headers["host"] == "example.org")
        #expect(request.headers["X-NOTE"] == "padded value")
        #expect(request.body == Array("hello world".utf8))
        #expect(request.isKeepAlive)
    }

    @Test func givesTheSameRequestWhenSplitAtEveryOffset() {
        let bytes = Array(Self.post.utf8)
        let expected: [Parsed] = [.request(method: "POST", path: "/explain", body: "hello world")]
        for offset in 0...bytes.count {
            var parser = HTTPRequestParser(limits: HTTPLimits())
            parser.append(Array(bytes[..<offset]))
            var results = parser.drain()
            parser.append(Array(bytes[offset...]))
            results += parser.drain()
            #expect(results == expected, "split at \(offset)")
        }
    }

    @Test func givesTheSameRequestFedOneByteAtATime() {
        var parser = HTTPRequestParser(limits: HTTPLimits())
        var results: [Parsed] = []
        for byte in Self.post.utf8 {
            parser.append([byte])
            results += parser.drain()
        }
        #expect(results == [.request(method: "POST", path: "/explain", body: "hello world")])
    }

    @Test func answersPipelinedRequestsInOrder() {
        let text =
            "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
            + "POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
            + "GET /c HTTP/1.1\r\nHost: x\r\n\r\n" + "GET /d HTT"
        var parser = HTTPRequestParser(limits: HTTPLimits())
        parser.append(text)
        #expect(
            parser.drain() == [
                .request(method: "GET", path: "/a", body: ""),
                .request(method: "POST", path: "/b", body: "abc"),
                .request(method: "GET", path: "/c", body: ""),
            ])
        #expect(parser.hasPartialRequest)
        parser.append("P/1.1\r\nHost: x\r\n\r\n")
        #expect(parser.drain() == [.request(method: "GET", path: "/d", body: "")])
        #expect(!parser.hasPartialRequest)
    }

    @Test func acceptsBareLineFeeds() throws {
        // RFC 9112 §2.2: a recipient may take a lone LF as a line terminator.
        let request = try #require(parseRequest("GET /x HTTP/1.1\nHost: a\nAccept: */*\n\n"))
        #expect(request.path == "/x")
        #expect(request.headers["accept"] == "*/*")
    }

    @Test func skipsEmptyLinesBeforeTheRequestLine() {
        #expect(parse("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n").count == 1)
    }

    @Test func decodesAChunkedBody() {
        let text =
            "POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value\r\nhello\r\n1 \r\n,\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n"
            + "GET /next HTTP/1.1\r\nHost: a\r\n\r\n"
        #expect(
            parse(text) == [
                .request(method: "POST", path: "/up", body: "hello, world"),
                .request(method: "GET", path: "/next", body: ""),
            ])
    }

    @Test func decodesAChunkedBodySplitAtEveryOffset() {
        let bytes = Array(
            ("POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3\r\nabc\r\nA\r\n0123456789\r\n0\r\n\r\n").utf8)
        for offset in 0...bytes.count {
            var parser = HTTPRequestParser(limits: HTTPLimits())
            parser.append(Array(bytes[..<offset]))
            var results = parser.drain()
            parser.append(Array(bytes[offset...]))
            results += parser.drain()
            let expected = Parsed.request(method: "POST", path: "/up", body: "abc0123456789")
            #expect(results == [expected], "split at \(offset)")
        }
    }

    @Test func refusesMalformedChunks() {
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        #expect(parseError(head + "zz\r\n") == .invalidChunk)
        #expect(parseError(head + "0x5\r\nhello\r\n") == .invalidChunk)
        #expect(parseError(head + "3\r\nabcX\r\n") == .invalidChunk)
        #expect(parseError(head + "FFFFFFFFFFFFFFFFFFFF\r\n") == .bodyTooLarge)
    }

    @Test func offersContinueBeforeTheBody() {
        let head =
            "PUT /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"
        var parser = HTTPRequestParser(limits: HTTPLimits())
        parser.append(head)
        #expect(parser.drain() == [.continueExpected])
        parser.append("ok")
        #expect(parser.drain() == [.request(method: "PUT", path: "/x", body: "ok")])
    }

    @Test func skipsContinueWhenTheBodyIsAlreadyHereOrTheClientIsHTTP10() {
        let withBody =
            "PUT /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok"
        #expect(parse(withBody) == [.request(method: "PUT", path: "/x", body: "ok")])
        let old = "PUT /x HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"
        #expect(parse(old) == [])
    }

    @Test func refusesAnUnknownExpectation() {
        let text = "GET / HTTP/1.1\r\nHost: a\r\nExpect: teapot\r\n\r\n"
        #expect(parseError(text) == .unsupportedExpectation)
        #expect(HTTPParseError.unsupportedExpectation.status.code == 417)
    }

    @Test func derivesKeepAliveFromVersionAndConnection() {
        // RFC 9112 §9.3
        #expect(parseRequest("GET / HTTP/1.1\r\nHost: a\r\n\r\n")?.isKeepAlive == true)
        #expect(
            parseRequest("GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n")?.isKeepAlive
                == false)
        #expect(parseRequest("GET / HTTP/1.0\r\n\r\n")?.isKeepAlive == false)
        #expect(
            parseRequest("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")?.isKeepAlive == true)
    }

    @Test func staysFailedAfterAnError() {
        var parser = HTTPRequestParser(limits: HTTPLimits())
        parser.append("GET / HTTP/1.1\r\n Host: a\r\n\r\n")
        #expect(parser.drain() == [.failure(.obsoleteLineFolding)])
        parser.append("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(parser.drain() == [.failure(.obsoleteLineFolding)])
    }

    @Test func remembersMethodAndPathForLoggingARefusal() {
        var parser = HTTPRequestParser(limits: HTTPLimits())
        parser.append("DELETE /codes/250 HTTP/1.1\r\nBad Name: x\r\n\r\n")
        #expect(parser.drain() == [.failure(.invalidHeaderName)])
        #expect(parser.currentMethod == "DELETE")
        #expect(parser.currentRawPath == "/codes/250")
    }
}
