import Testing

@testable import HTTPServer

@Suite("Request parser: limits")
struct HTTPRequestParserLimitTests {
    static let small: HTTPLimits = {
        var limits = HTTPLimits()
        limits.maxRequestLineBytes = 64
        limits.maxHeaderBytes = 128
        limits.maxHeaderCount = 4
        limits.maxBodyBytes = 16
        return limits
    }()

    @Test func refusesALongRequestLineBeforeItEnds() {
        let line = "GET /" + String(repeating: "a", count: 80)
        #expect(parseError(line, limits: Self.small) == .requestLineTooLong)
        #expect(HTTPParseError.requestLineTooLong.status.code == 414)
    }

    @Test func boundsARequestLineOfSpaces() {
        var parser = HTTPRequestParser(limits: Self.small)
        parser.append("GET")
        for _ in 0..<10 {
            parser.append(String(repeating: " ", count: 10))
            if case .failure = parser.next() { break }
        }
        #expect(parser.drain() == [.failure(.requestLineTooLong)])
        #expect(parser.buffer.count <= 128)
    }

    @Test func acceptsARequestLineExactlyAtTheLimit() {
        let target = "/" + String(repeating: "a", count: 64 - 14)  // "GET " + " HTTP/1.1"
        let line = "GET \(target) HTTP/1.1"
        #expect(line.utf8.count == 64)
        #expect(parse(line + "\r\nHost: a\r\n\r\n", limits: Self.small).count == 1)
        let longer = "GET \(target)a HTTP/1.1\r\nHost: a\r\n\r\n"
        #expect(parseError(longer, limits: Self.small) == .requestLineTooLong)
    }

    @Test func refusesAHeaderSectionPastItsBytes() {
        let big = "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "b", count: 200)
        #expect(parseError(big, limits: Self.small) == .headersTooLarge)
        let lines = (0..<3).map { "X-\($0): " + String(repeating: "c", count: 40) + "\r\n" }
        let many = "GET / HTTP/1.1\r\nHost: a\r\n" + lines.joined() + "\r\n"
        #expect(parseError(many, limits: Self.small) == .headersTooLarge)
        #expect(HTTPParseError.headersTooLarge.status.code == 431)
    }

    @Test func refusesTooManyHeaderLines() {
        let fields = (0..<5).map { "X-\($0): v\r\n" }.joined()
        let text = "GET / HTTP/1.1\r\nHost: a\r\n" + fields + "\r\n"
        #expect(parseError(text, limits: Self.small) == .tooManyHeaders)
        #expect(HTTPParseError.tooManyHeaders.status.code == 431)
        let four = "GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"
        #expect(parse(four, limits: Self.small).count == 1)
    }

    @Test func refusesADeclaredBodyPastTheLimitWithoutReadingIt() {
        let text = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 17\r\n\r\n"
        #expect(parseError(text, limits: Self.small) == .bodyTooLarge)
        let huge = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n"
        #expect(parseError(huge, limits: Self.small) == .bodyTooLarge)
        #expect(HTTPParseError.bodyTooLarge.status.code == 413)
        let exact = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 16\r\n\r\n0123456789abcdef"
        #expect(parse(exact, limits: Self.small).count == 1)
    }

    @Test func refusesAChunkedBodyThatGrowsPastTheLimit() {
        let text =
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "8\r\n01234567\r\n8\r\n01234567\r\n1\r\n"
        #expect(parseError(text, limits: Self.small) == .bodyTooLarge)
    }

    @Test func countsTrailersAgainstTheHeaderLimit() {
        let trailer = "T: " + String(repeating: "t", count: 30) + "\r\n"
        let trailers = String(repeating: trailer, count: 4)
        let text =
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n" + trailers
        #expect(parseError(text, limits: Self.small) == .headersTooLarge)
    }

    @Test func keepsItsBufferBoundedAcrossManyRequests() {
        var parser = HTTPRequestParser(limits: HTTPLimits())
        for _ in 0..<2_000 {
            parser.append("GET /x HTTP/1.1\r\nHost: a\r\n\r\n")
            #expect(parser.drain().count == 1)
        }
        #expect(parser.buffer.count < 1_000)
    }
}
