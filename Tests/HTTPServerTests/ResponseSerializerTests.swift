import Testing

@testable import HTTPServer

@Suite("Response serializer, headers and dates")
struct ResponseSerializerTests {
    private func serialize(
        _ response: HTTPResponse, isHead: Bool = false,
        connection: ResponseSerializer.ConnectionField = .none
    ) -> (String, Int) {
        var output: [UInt8] = []
        let bytes = ResponseSerializer.write(
            response, isHead: isHead, connection: connection,
            date: Array("Sun, 06 Nov 1994 08:49:37 GMT".utf8), into: &output)
        return (String(decoding: output, as: UTF8.self), bytes)
    }

    @Test func writesStatusFieldsLengthAndBody() {
        let response = HTTPResponse(
            headers: ["Content-Type": "text/plain", "Content-Length": "999", "Connection": "x"],
            body: Array("hi".utf8))
        let (text, bytes) = serialize(response)
        #expect(
            text == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi")
        #expect(bytes == 2)
    }

    @Test func saysCloseOrKeepAlive() {
        #expect(serialize(HTTPResponse(), connection: .close).0.contains("Connection: close\r\n"))
        #expect(
            serialize(HTTPResponse(), connection: .keepAlive).0.contains(
                "Connection: keep-alive\r\n"))
    }

    @Test func sendsTheGetLengthForHead() {
        let (text, bytes) = serialize(HTTPResponse(body: Array("hello".utf8)), isHead: true)
        #expect(text.hasSuffix("Content-Length: 5\r\n\r\n"))
        #expect(bytes == 0)
        let declared = HTTPResponse(headers: ["Content-Length": "42"])
        #expect(serialize(declared, isHead: true).0.hasSuffix("Content-Length: 42\r\n\r\n"))
    }

    @Test func omitsContentWhereTheStatusForbidsIt() {
        let noContent = serialize(HTTPResponse(status: .noContent, body: [1, 2])).0
        #expect(!noContent.contains("Content-Length"))
        #expect(noContent.hasSuffix("\r\n\r\n"))
        let notModified = serialize(HTTPResponse(status: .notModified, body: [1])).0
        #expect(!notModified.contains("Content-Length"))
        #expect(notModified.hasSuffix("\r\n\r\n"))
    }

    @Test func neutralisesLineBreaksInFieldValues() {
        let response = HTTPResponse(headers: ["Location": "/a\r\nSet-Cookie: x=1"])
        #expect(serialize(response).0.contains("Location: /a  Set-Cookie: x=1\r\n"))
    }

    @Test func formatsIMFFixdate() {
        // RFC 9110 §5.6.7's own example.
        let date = HTTPDateCache.format(epochSeconds: 784_111_777)
        #expect(String(decoding: date, as: UTF8.self) == "Sun, 06 Nov 1994 08:49:37 GMT")
        let leap = HTTPDateCache.format(epochSeconds: 1_709_164_800)
        #expect(String(decoding: leap, as: UTF8.self) == "Thu, 29 Feb 2024 00:00:00 GMT")
        var cache = HTTPDateCache()
        #expect(cache.current().count == 29)
    }

    @Test func buildsTheJSONErrorBody() {
        let response = ErrorResponse.make(.badRequest, message: "A \"quoted\" \\ word.")
        #expect(
            String(decoding: response.body, as: UTF8.self)
                == #"{"error":{"status":400,"message":"A \"quoted\" \\ word."}}"#)
        #expect(response.headers["content-type"] == "application/json; charset=utf-8")
    }

    @Test func looksHeadersUpCaseInsensitivelyInOrder() {
        var headers = HTTPHeaders([("Accept", "a"), ("X-Two", "1"), ("x-two", "2")])
        #expect(headers["ACCEPT"] == "a")
        #expect(headers.values(for: "X-TWO") == ["1", "2"])
        headers.replaceOrAdd(name: "X-Two", value: "3")
        #expect(headers.values(for: "x-two") == ["3"])
        headers.add(name: "Vary", value: "Accept")
        headers.remove(name: "accept")
        #expect(headers.map(\.name) == ["X-Two", "Vary"])
        #expect(headers["accept"] == nil)
        let connection = HTTPHeaders([("Connection", "keep-alive, Close")])
        #expect(connection.containsToken("close", in: "connection"))
    }

    @Test func buildsRequestsForTestsWithoutANetwork() {
        let request = HTTPRequest(target: "/codes/5.7.1?lang=tr&format=json")
        #expect(request.path == "/codes/5.7.1")
        #expect(request.queryValue("format") == "json")
        #expect(request.isKeepAlive)
        #expect(EventLoop.loggedPath(of: "http://h:80/a%20b?q=1") == "/a%20b")
        #expect(EventLoop.loggedPath(of: "/x?y") == "/x")
    }
}
