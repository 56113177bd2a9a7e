import Glibc
import Testing

@testable import HTTPServer

@Suite("Prepared responses, the output queue and byte formatting")
struct PreparedResponseTests {
    private static let date = Array("Sun, 06 Nov 1994 08:49:37 GMT".utf8)

    private func wire(
        _ response: HTTPResponse, isHead: Bool = false,
        connection: ResponseSerializer.ConnectionField = .none
    ) -> [UInt8] {
        var output: [UInt8] = []
        ResponseSerializer.write(
            response, isHead: isHead, connection: connection, date: Self.date, into: &output)
        return output
    }

    private static let samples: [HTTPResponse] = [
        HTTPResponse(
            headers: ["Content-Type": "text/plain", "Content-Length": "999", "X-A": "1\r\n2"],
            body: Array("hello".utf8)),
        HTTPResponse(status: .notModified, headers: ["ETag": "\"x\"", "Content-Length": "12"]),
        HTTPResponse(status: .noContent, headers: ["Connection": "close"], body: [1]),
        HTTPResponse(headers: ["Content-Length": "42"]),
        HTTPResponse(status: HTTPStatus(code: 404, reasonPhrase: "Not\nFound"), body: [0x7B]),
    ]

    @Test("a prepared response goes out byte for byte as it would unprepared")
    func preparedMatchesUnprepared() {
        for response in Self.samples {
            var prepared = response
            prepared.prepare()
            #expect(prepared.preparedHead != nil)
            for isHead in [false, true] {
                for connection in [ResponseSerializer.ConnectionField.none, .keepAlive, .close] {
                    #expect(
                        wire(prepared, isHead: isHead, connection: connection)
                            == wire(response, isHead: isHead, connection: connection))
                }
            }
            #expect(prepared.closesConnection == response.closesConnection)
        }
    }

    @Test("changing the status or the fields after prepare() is not ignored")
    func changesUndoPreparing() {
        var response = HTTPResponse(headers: ["Content-Type": "text/plain"], body: [0x61])
        response.prepare()
        response.headers.add(name: "Connection", value: "close")
        #expect(response.preparedHead == nil)
        #expect(response.closesConnection)
        response.prepare()
        response.status = .notFound
        #expect(String(decoding: wire(response), as: UTF8.self).hasPrefix("HTTP/1.1 404 "))
    }

    @Test("decimal formatting", arguments: [0, 7, 10, 99, 100, 12_345, Int.max, -1, Int.min])
    func decimals(value: Int) {
        var bytes: [UInt8] = [0x78]
        bytes.appendDecimal(value)
        #expect(String(decoding: bytes, as: UTF8.self) == "x\(value)")
    }

    @Test("log paths come from the target's bytes, without query or authority")
    func loggedPaths() {
        #expect(EventLoop.loggedPath(of: "/codes/235?lang=tr") == "/codes/235")
        #expect(EventLoop.loggedPath(of: "http://h:80/a%20b?q=1") == "/a%20b")
        #expect(EventLoop.loggedPath(of: "http://h") == "/")
        #expect(EventLoop.loggedPath(of: "http:") == "/")
        #expect(EventLoop.loggedPath(of: "*") == "*")
    }

    @Test("queued heads and referenced bodies leave in order, across partial writes")
    func queueKeepsOrder() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &descriptors) == 0)
        defer { descriptors.forEach { _ = close($0) } }
        var small: Int32 = 4_096
        setsockopt(descriptors[0], SOL_SOCKET, SO_SNDBUF, &small, socklen_t(4))
        _ = fcntl(descriptors[0], F_SETFL, O_NONBLOCK)
        _ = fcntl(descriptors[1], F_SETFL, O_NONBLOCK)

        let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var queue = OutputQueue()
        var expected: [UInt8] = []
        for (index, body) in [big, Array("tiny".utf8), big.reversed()].enumerated() {
            let head = Array("head \(index)\r\n".utf8)
            queue.append(head)
            queue.append(body: body)
            expected += head + body
        }
        #expect(queue.pendingBytes == expected.count)

        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !queue.isEmpty || received.count < expected.count {
            if !queue.isEmpty { _ = try queue.send(to: descriptors[0]) }
            let count = read(descriptors[1], &buffer, buffer.count)
            if count > 0 { received += buffer[..<count] }
        }
        #expect(received == expected)
    }
}
