import Testing

@Suite("The service over real sockets", .serialized)
struct ServiceOverSocketsTests {
    @Test("GET /codes/235 answers JSON for code 235 with the three sections")
    func code235() throws {
        let service = try RunningService()
        defer { service.stop() }

        let client = try LoopbackClient(port: service.port)
        client.send("GET /codes/235 HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        #expect(response.header("Date") != nil)
        #expect(response.body.contains(#""code":"235""#))
        #expect(response.body.contains(#""id":"how_to_fix""#))
    }

    @Test("three pipelined requests get three answers, in order, on one connection")
    func pipelined() throws {
        let service = try RunningService()
        defer { service.stop() }

        let client = try LoopbackClient(port: service.port)
        client.send(
            "GET /codes/221 HTTP/1.1\r\nHost: a\r\n\r\n"
                + "GET /codes/abc HTTP/1.1\r\nHost: a\r\n\r\n"
                + "GET /compare/221/235?lang=tr HTTP/1.1\r\nHost: a\r\nAccept: text/html\r\n\r\n")
        let first = try client.readResponse()
        let second = try client.readResponse()
        let third = try client.readResponse()
        #expect(first.status == 200 && first.body.contains(#""code":"221""#))
        #expect(second.status == 400)
        #expect(third.status == 200 && third.body.contains("Hangisini Ne Zaman Kullanmalı"))
    }

    @Test("HEAD answers the headers of GET without a body")
    func head() throws {
        let service = try RunningService()
        defer { service.stop() }

        let client = try LoopbackClient(port: service.port)
        client.send("GET /codes/550 HTTP/1.1\r\nHost: a\r\n\r\n")
        let get = try client.readResponse()
        client.send("HEAD /codes/550 HTTP/1.1\r\nHost: a\r\n\r\n")
        let head = try client.readResponse(head: true)
        client.send("GET /healthz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        let health = try client.readResponse()

        #expect(head.status == 200)
        #expect(head.header("Content-Length") == get.header("Content-Length"))
        #expect(head.header("ETag") == get.header("ETag"))
        #expect(head.body.isEmpty)
        #expect(health.body == #"{"status":"ok"}"#, "nothing of HEAD's body leaked into the stream")
        #expect(client.isClosedByPeer())
    }

    @Test("every request is logged on one line with method, path, status, bytes and time")
    func logLines() throws {
        let service = try RunningService()
        let client = try LoopbackClient(port: service.port)
        client.send("GET /codes/299 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        let response = try client.readResponse()
        service.stop()

        let line = try #require(service.lines.all.first { $0.contains("path=/codes/299") })
        #expect(line.contains("method=GET"))
        #expect(line.contains("status=404"))
        #expect(line.contains("bytes=\(response.body.utf8.count)"))
        #expect(line.contains("duration_us="))
    }
}
