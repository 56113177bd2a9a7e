import Glibc
import Testing

@testable import HTTPServer

/// Clients that try to hold the server's resources: dripping a head forever, connecting and
/// saying nothing, reading nothing, crowding past the connection cap, or vanishing mid-answer.
/// Each test checks both that the bad client is cut off and that the resource comes back.
@Suite("Server over loopback: hostile and vanishing clients")
struct HTTPServerHostileClientTests {
    static let quick: HTTPLimits = {
        var limits = HTTPLimits()
        limits.headerReadTimeoutSeconds = 0.3
        limits.idleTimeoutSeconds = 0.3
        return limits
    }()

    /// Whether `client` has bytes to read within `milliseconds`.
    private func isReadable(_ client: TestClient, milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: client.descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) == 1
    }

    /// Drips `prefix` and then filler bytes one at a time, every 20 ms, until the server
    /// answers; returns the seconds from the first byte to the answer.
    private func drip(_ prefix: String, filler: UInt8, into client: TestClient) -> Double {
        let started = MonotonicClock.nanoseconds()
        var bytes = Array(prefix.utf8)[...]
        for _ in 0..<150 {
            client.send([bytes.popFirst() ?? filler])
            if isReadable(client, milliseconds: 20) { break }
        }
        return Double(MonotonicClock.nanoseconds() - started) / 1e9
    }

    @Test(arguments: [
        ("GET /", UInt8(ascii: "a")),  // a request line that never ends
        ("GET / HTTP/1.1\r\nHost: t\r\nX-Drip: ", UInt8(ascii: "b")),  // nor does this header
    ])
    func cutsASlowlorisAtTheHeaderTimeoutThoughBytesKeepComing(
        prefix: String, filler: UInt8
    ) throws {
        try withServer(limits: Self.quick) { port, log in
            let client = try TestClient(port: port)
            let seconds = drip(prefix, filler: filler, into: client)
            // The deadline runs from the first byte; trickling does not restart it.
            #expect(seconds >= 0.25 && seconds < 1.5, "answered after \(seconds) s")
            #expect(try client.readResponse().status == 408)
            #expect(client.isClosedByServer())
            #expect(log.all.contains { $0.contains("status=408") })
        }
    }

    @Test func closesAClientThatTricklesOnlyEmptyLines() throws {
        // RFC 9112 §2.2 lets a server skip empty lines before a request; skipping them must
        // not restart the connection's deadline, or CRLFs alone would hold it forever.
        try withServer(limits: Self.quick) { port, log in
            let client = try TestClient(port: port)
            let seconds = drip("", filler: UInt8(ascii: "\n"), into: client)
            #expect(seconds >= 0.25 && seconds < 1.5, "closed after \(seconds) s")
            #expect(client.isClosedByServer())
            #expect(log.all.isEmpty)
        }
    }

    @Test func closesASilentConnectionWithoutAnAnswer() throws {
        try withServer(limits: Self.quick) { port, log in
            let client = try TestClient(port: port)
            let started = MonotonicClock.nanoseconds()
            #expect(client.isClosedByServer())
            #expect(MonotonicClock.nanoseconds() - started >= 250_000_000)
            #expect(log.all.isEmpty)
        }
    }

    @Test func answersFast503BeyondTheCapAndServesOnceASlotFrees() throws {
        var limits = HTTPLimits()
        limits.maxConnections = 3
        try withServer(limits: limits) { port, log in
            var held = try (0..<3).map { _ in try TestClient(port: port) }
            for (index, client) in held.enumerated() {
                client.send(get("/held/\(index)"))
                #expect(try client.readResponse().status == 200)
            }

            let started = MonotonicClock.nanoseconds()
            let refused = try TestClient(port: port)
            let answer = try refused.readResponse()
            #expect(answer.status == 503)
            #expect(answer.headers["Connection"] == "close")
            #expect(MonotonicClock.nanoseconds() - started < 250_000_000, "503 is not fast")
            #expect(refused.isClosedByServer())
            // The loop logs right after it closes, so the line may trail the client's FIN.
            #expect(eventually { log.all.contains { $0.hasPrefix("method=- path=- status=503") } })

            held.removeFirst()  // closes it
            #expect(try eventuallyServed(port: port))
        }
    }

    @Test func cutsAClientThatNeverReadsItsAnswer() throws {
        // A "slow reader" holds a connection and the unsent answer; the idle time-out is the
        // longest it may make no progress. A cap of 2 shows the slot really comes back.
        var limits = Self.quick
        limits.maxConnections = 2
        try withServer(limits: limits) { port, _ in
            let reader = try TestClient(port: port)
            var size = Int32(4_096)
            let length = socklen_t(MemoryLayout<Int32>.size)
            setsockopt(reader.descriptor, SOL_SOCKET, SO_RCVBUF, &size, length)
            reader.send(get("/big"))
            usleep(800_000)
            let first = try TestClient(port: port)
            let second = try TestClient(port: port)
            first.send(get("/one"))
            second.send(get("/two"))
            #expect(try first.readResponse().status == 200)
            #expect(try second.readResponse().status == 200)
            withExtendedLifetime(reader) {}
        }
    }

    @Test func vanishingClientsNeverDisturbOthersAndGiveTheirSlotsBack() throws {
        // Resets before, during and after the answer, and plain closes with the answer
        // unread (the server's next send meets a reset). With a cap of 24, a leaked
        // connection would turn the final round into 503s.
        var limits = HTTPLimits()
        limits.maxConnections = 24
        try withServer(limits: limits) { port, _ in
            let bystander = try TestClient(port: port)
            for round in 0..<20 {
                let vanishing = try (0..<4).map { _ in try TestClient(port: port) }
                for (index, client) in vanishing.enumerated() {
                    client.send(get("/big") + get("/big") + get("/after/\(index)"))
                }
                usleep(UInt32(round % 5) * 2_000)
                vanishing[0].reset()
                vanishing[1].reset()
                shutdown(vanishing[2].descriptor, Int32(SHUT_RDWR))
                // vanishing[3] is dropped below: close(2) with its answer unread.
                bystander.send(get("/bystander/\(round)"))
                #expect(try bystander.readResponse().text == "GET /bystander/\(round) body=0")
            }
            #expect(try eventuallyServed(port: port, clients: 23))
        }
    }

    /// Whether `condition` holds within a second, checked every 10 ms.
    private func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<100 {
            if condition() { return true }
            usleep(10_000)
        }
        return false
    }

    /// Whether `clients` new connections are all answered 200 within two seconds, retrying
    /// while the server is still closing what the previous step left behind.
    private func eventuallyServed(port: Int, clients: Int = 1) throws -> Bool {
        for _ in 0..<20 {
            let fresh = try (0..<clients).map { _ in try TestClient(port: port) }
            var statuses: [Int] = []
            for client in fresh {
                client.send(get("/fresh"))
                statuses.append((try? client.readResponse().status) ?? 0)
            }
            if statuses.allSatisfy({ $0 == 200 }) { return true }
            usleep(100_000)
        }
        return false
    }
}
