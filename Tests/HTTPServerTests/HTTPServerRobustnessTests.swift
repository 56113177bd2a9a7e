import Glibc
import Testing

@testable import HTTPServer

@Suite("Server over loopback: bad input, limits, time-outs, load")
struct HTTPServerRobustnessTests {
    static let quick: HTTPLimits = {
        var limits = HTTPLimits()
        limits.headerReadTimeoutSeconds = 0.2
        limits.idleTimeoutSeconds = 0.3
        limits.maxRequestLineBytes = 256
        limits.maxHeaderBytes = 512
        limits.maxBodyBytes = 1_024
        return limits
    }()

    /// Sends `request`, expects the server's own JSON error with `status`, then a close.
    private func expectRefusal(_ request: [UInt8], status: Int, port: Int) throws {
        let client = try TestClient(port: port)
        client.send(request)
        let response = try client.readResponse()
        #expect(response.status == status)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.headers["Connection"] == "close")
        #expect(response.text.hasPrefix("{\"error\":{\"status\":\(status),\"message\":\""))
        #expect(client.isClosedByServer())
    }

    @Test func refusesOversizedPartsAndCloses() throws {
        try withServer(limits: Self.quick) { port, log in
            let longLine = "GET /" + String(repeating: "a", count: 300) + " HTTP/1.1\r\n"
            try expectRefusal(Array(longLine.utf8), status: 414, port: port)
            let bigHeader = get("/", "X-Big: " + String(repeating: "b", count: 600) + "\r\n")
            try expectRefusal(Array(bigHeader.utf8), status: 431, port: port)
            let manyHeaders = get("/", (0..<101).map { "X-\($0): v\r\n" }.joined())
            var many = Self.quick
            many.maxHeaderBytes = 16_384
            try withServer(limits: many) { otherPort, _ in
                try expectRefusal(Array(manyHeaders.utf8), status: 431, port: otherPort)
            }
            let bigBody =
                "POST /up HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n"
                + String(repeating: "c", count: 5_000)
            try expectRefusal(Array(bigBody.utf8), status: 413, port: port)
            #expect(log.all.contains { $0.hasPrefix("method=- path=- status=414 bytes=") })
            #expect(log.all.contains { $0.hasPrefix("method=POST path=/up status=413 bytes=") })
        }
    }

    @Test func refusesGarbageAndKeepsServingOthers() throws {
        try withServer { port, log in
            let bystander = try TestClient(port: port)
            bystander.send(get("/before"))
            #expect(try bystander.readResponse().status == 200)

            var garbage = [UInt8](repeating: 0, count: 512)
            for index in garbage.indices {
                garbage[index] = UInt8(truncatingIfNeeded: index &* 131 &+ 7)
            }
            try expectRefusal(garbage, status: 400, port: port)
            let clientHello: [UInt8] = [0x16, 0x03, 0x01, 0x00, 0xA5, 0x01, 0x00, 0x00, 0xA1, 0x03]
            try expectRefusal(clientHello, status: 400, port: port)
            let refusals = [
                ("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400),
                ("GET / HTTP/1.1\r\n\r\n", 400),
                ("BREW /pot HTTP/1.1\r\nHost: t\r\n\r\n", 501),
                ("GET / HTTP/3.0\r\nHost: t\r\n\r\n", 505),
            ]
            for (request, status) in refusals {
                try expectRefusal(Array(request.utf8), status: status, port: port)
            }

            bystander.send(get("/after"))
            #expect(try bystander.readResponse().text == "GET /after body=0")
            #expect(log.all.contains { $0.hasPrefix("method=- path=- status=400 bytes=") })
        }
    }

    @Test func timesOutAPartialRequestWith408() throws {
        try withServer(limits: Self.quick) { port, log in
            let client = try TestClient(port: port)
            client.send("GET /stalled HTTP/1.1\r\nHost: t\r\n")
            let response = try client.readResponse()
            #expect(response.status == 408)
            #expect(client.isClosedByServer())
            #expect(log.all.contains { $0.hasPrefix("method=GET path=/stalled status=408") })
        }
    }

    @Test func timesOutAStalledBodyWith408() throws {
        try withServer(limits: Self.quick) { port, _ in
            let client = try TestClient(port: port)
            client.send("POST /up HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc")
            #expect(try client.readResponse().status == 408)
        }
    }

    @Test func closesAnIdleKeepAliveConnectionSilently() throws {
        try withServer(limits: Self.quick) { port, log in
            let client = try TestClient(port: port)
            client.send(get("/once"))
            #expect(try client.readResponse().status == 200)
            let started = MonotonicClock.nanoseconds()
            #expect(client.isClosedByServer())
            #expect(MonotonicClock.nanoseconds() - started >= 200_000_000)
            #expect(log.all.count == 1)
        }
    }

    @Test func servesANewClientWhileAThousandSitIdle() throws {
        try withServer { port, _ in
            var idle: [TestClient] = []
            for index in 0..<1_000 {
                let client = try TestClient(port: port)
                if index % 2 == 0 {
                    client.send(get("/warm"))
                    _ = try client.readResponse()
                }
                idle.append(client)
            }
            let started = MonotonicClock.nanoseconds()
            let fresh = try TestClient(port: port)
            fresh.send(get("/fresh"))
            #expect(try fresh.readResponse().text == "GET /fresh body=0")
            #expect(MonotonicClock.nanoseconds() - started < 500_000_000)
            idle[999].send(get("/last"))
            #expect(try idle[999].readResponse().status == 200)
        }
    }

    @Test func survivesAClientThatVanishesMidResponse() throws {
        try withServer { port, _ in
            let vanishing = try TestClient(port: port)
            vanishing.send(get("/big"))
            usleep(50_000)
            vanishing.reset()
            let other = try TestClient(port: port)
            other.send(get("/still-here"))
            #expect(try other.readResponse().text == "GET /still-here body=0")
        }
    }

    @Test func answers503BeyondMaxConnections() throws {
        var limits = HTTPLimits()
        limits.maxConnections = 2
        try withServer(limits: limits) { port, _ in
            let first = try TestClient(port: port)
            let second = try TestClient(port: port)
            first.send(get("/1"))
            second.send(get("/2"))
            _ = try first.readResponse()
            _ = try second.readResponse()
            let third = try TestClient(port: port)
            let refused = try third.readResponse()
            #expect(refused.status == 503)
            #expect(refused.text.contains("\"status\":503"))
            #expect(third.isClosedByServer())
        }
    }

    @Test func closesAfterMaxRequestsPerConnection() throws {
        var limits = HTTPLimits()
        limits.maxRequestsPerConnection = 2
        try withServer(limits: limits) { port, _ in
            let client = try TestClient(port: port)
            client.send(get("/1") + get("/2") + get("/3"))
            #expect(try client.readResponse().headers["Connection"] == nil)
            #expect(try client.readResponse().headers["Connection"] == "close")
            #expect(client.isClosedByServer())
        }
    }

    @Test func answersARequestFromAClientThatHalfClosed() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send(get("/half"))
            shutdown(client.descriptor, Int32(SHUT_WR))
            #expect(try client.readResponse().text == "GET /half body=0")
            #expect(client.isClosedByServer())
        }
    }
}
