import Glibc
import Testing

@testable import HTTPServer

/// The RFC 9110 / RFC 9112 rules of issue 4, each checked end to end: raw bytes written to a
/// real socket, the status read back, and the close (a FIN, not a reset) where the rule
/// demands one. The parser tests prove the rule; these prove the server acts on it.
@Suite("Server over loopback: RFC 9112 conformance with raw bytes")
struct HTTPServerConformanceOverSocketTests {
    /// A request the server must refuse, and the status it must refuse it with.
    struct Refusal: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let status: Int
        var testDescription: String { "\(name) → \(status)" }

        init(_ name: String, _ text: String, _ status: Int) {
            self.init(name, Array(text.utf8), status)
        }

        init(_ name: String, _ bytes: [UInt8], _ status: Int) {
            self.name = name
            self.bytes = bytes
            self.status = status
        }
    }

    static let refusals: [Refusal] = [
        Refusal("obs-fold", "GET / HTTP/1.1\r\nHost: t\r\nX-A: one\r\n two\r\n\r\n", 400),
        Refusal("whitespace before colon", "GET / HTTP/1.1\r\nHost : t\r\n\r\n", 400),
        Refusal(
            "Content-Length with Transfer-Encoding",
            "POST /up HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        Refusal(
            "two different Content-Lengths",
            "POST /up HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
            400),
        Refusal(
            "a Content-Length list that disagrees",
            "POST /up HTTP/1.1\r\nHost: t\r\nContent-Length: 3, 4\r\n\r\nabcd", 400),
        Refusal(
            "non-numeric Content-Length",
            "POST /up HTTP/1.1\r\nHost: t\r\nContent-Length: abc\r\n\r\n", 400),
        Refusal(
            "negative Content-Length",
            "POST /up HTTP/1.1\r\nHost: t\r\nContent-Length: -1\r\n\r\n", 400),
        Refusal(
            "malformed chunk size",
            "POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        Refusal(
            "chunk data longer than its size",
            "POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n",
            400),
        Refusal(
            "chunked body past the body limit",
            "POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "400\r\n" + String(repeating: "x", count: 1_024) + "\r\n1\r\n", 413),
        Refusal(
            "a coding other than chunked",
            "POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501),
        Refusal("HTTP/1.1 without Host", "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", 400),
        Refusal("two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        Refusal("unknown method", "BREW /pot HTTP/1.1\r\nHost: t\r\n\r\n", 501),
        Refusal("lower-case method", "get / HTTP/1.1\r\nHost: t\r\n\r\n", 501),
        Refusal("encoded NUL", "GET /a%00b HTTP/1.1\r\nHost: t\r\n\r\n", 400),
        Refusal("overlong UTF-8 slash", "GET /%C0%AF HTTP/1.1\r\nHost: t\r\n\r\n", 400),
        Refusal("overlong UTF-8, three bytes", "GET /%E0%80%AF HTTP/1.1\r\nHost: t\r\n\r\n", 400),
        Refusal("broken escape", "GET /a%4 HTTP/1.1\r\nHost: t\r\n\r\n", 400),
        Refusal("unsupported expectation", "GET / HTTP/1.1\r\nHost: t\r\nExpect: tea\r\n\r\n", 417),
        Refusal("HTTP/2 preface", Self.http2Preface, 400),
        Refusal("TLS ClientHello", Self.clientHello, 400),
        Refusal("HTTP/3.0 request line", "GET / HTTP/3.0\r\nHost: t\r\n\r\n", 505),
    ]

    static let limits: HTTPLimits = {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 1_024
        return limits
    }()

    @Test(arguments: refusals)
    func refusesAndClosesCleanly(_ refusal: Refusal) throws {
        try withServer(limits: Self.limits) { port, log in
            let client = try TestClient(port: port)
            client.send(refusal.bytes)
            let response = try client.readResponse()
            #expect(response.status == refusal.status)
            #expect(response.headers["Connection"] == "close")
            #expect(response.text.contains("\"status\":\(refusal.status)"))
            // A FIN after the answer: `isClosedByServer` is false on a reset or a time-out.
            #expect(client.isClosedByServer())
            #expect(log.all.count == 1, "one log line per refused request: \(log.all)")
        }
    }

    @Test func neverAnswersARequestSmuggledAfterConflictingFraming() throws {
        // RFC 9112 §6.1: with both framings, a front end and this server could disagree on
        // where the body ends; the bytes after the conflict must never become a request.
        try withServer { port, log in
            let client = try TestClient(port: port)
            client.send(
                "POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n"
                    + "Content-Length: 4\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 400)
            #expect(client.isClosedByServer())
            #expect(!log.all.contains { $0.contains("/smuggled") })
        }
    }

    @Test func decodesAChunkedBodyWithExtensionsAndTrailers() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send(
                "POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;ext=1\r\nhello\r\nA\r\n0123456789\r\n0\r\nX-Trailer: yes\r\n\r\n"
                    + get("/next"))
            #expect(try client.readResponse().text == "POST /up body=15")
            #expect(try client.readResponse().text == "GET /next body=0")
        }
    }

    @Test func acceptsAnHTTP10RequestWithoutHost() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send("GET /old HTTP/1.0\r\n\r\n")
            #expect(try client.readResponse().text == "GET /old body=0")
        }
    }

    @Test func servesAbsoluteFormTargetsByTheirPath() throws {
        // RFC 9112 §3.2.2: a server must accept absolute-form; the path decides the route.
        try withServer { port, log in
            let client = try TestClient(port: port)
            client.send("GET http://example.org/codes/250?lang=tr HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().text == "GET /codes/250 body=0")
            #expect(log.all.first?.contains("path=/codes/250 ") == true)
        }
    }

    @Test func percentDecodesThePathExactlyOnce() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            let cases = [
                ("/a%2Fb", "/a/b"), ("/%2541", "/%41"), ("/%E2%82%AC", "/€"),
                ("/static/%2E%2E/%2e%2e/secret", "/secret"),
            ]
            for (target, path) in cases {
                client.send(get(target))
                #expect(try client.readResponse().text == "GET \(path) body=0", "\(target)")
            }
        }
    }

    @Test func sendsContinueThenTheAnswer() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send(
                "POST /up HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
            let interim = try client.readResponse()
            #expect(interim.status == 100)
            client.send("abcd")
            #expect(try client.readResponse().text == "POST /up body=4")
        }
    }

    @Test func refusesAnOversizedBodyInsteadOfInvitingIt() throws {
        // RFC 9110 §10.1.1: a server that will refuse the body answers at once, not with 100.
        try withServer(limits: Self.limits) { port, _ in
            let client = try TestClient(port: port)
            client.send(
                "POST /up HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\n"
                    + "Content-Length: 5000\r\n\r\n")
            #expect(try client.readResponse().status == 413)
            #expect(client.isClosedByServer())
        }
    }

    @Test func acceptsBareLineFeeds() throws {
        // RFC 9112 §2.2
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send(
                "GET /lf HTTP/1.1\nHost: t\n\n"
                    + "POST /lf2 HTTP/1.1\nHost: t\nContent-Length: 2\n\nok")
            #expect(try client.readResponse().text == "GET /lf body=0")
            #expect(try client.readResponse().text == "POST /lf2 body=2")
        }
    }

    @Test func keepsServingABystanderThroughEveryRefusal() throws {
        try withServer(limits: Self.limits) { port, _ in
            let bystander = try TestClient(port: port)
            for (index, refusal) in Self.refusals.enumerated() {
                let client = try TestClient(port: port)
                client.send(refusal.bytes)
                _ = try client.readResponse()
                bystander.send(get("/still/\(index)"))
                #expect(try bystander.readResponse().text == "GET /still/\(index) body=0")
            }
        }
    }

    /// The HTTP/2 connection preface (RFC 9113 §3.4) followed by an empty SETTINGS frame.
    static let http2Preface: [UInt8] =
        Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8) + [0, 0, 0, 4, 0, 0, 0, 0, 0]

    /// A TLS 1.2 ClientHello record of realistic size: record header, handshake header,
    /// version, random, and padding in place of cipher suites and extensions.
    static let clientHello: [UInt8] = {
        var hello: [UInt8] = [0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xFC, 0x03, 0x03]
        hello += (0..<32).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        hello += [UInt8](repeating: 0x2F, count: 517 - hello.count)
        return hello
    }()
}
