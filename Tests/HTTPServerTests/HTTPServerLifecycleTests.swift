import Glibc
import Testing

@testable import HTTPServer

@Suite("Server lifecycle: start, shutdown, drain")
struct HTTPServerLifecycleTests {
    private func makeServer(_ log: LogSink = LogSink()) -> HTTPServer {
        HTTPServer(
            configuration: HTTPServerConfiguration(host: "127.0.0.1", port: 0),
            responder: EchoResponder(), log: log.append)
    }

    @Test func shutdownDrainsInFlightRequestsAndClosesIdleOnes() throws {
        let server = makeServer()
        let port = try server.start()
        let idle = try TestClient(port: port)
        idle.send(get("/warm"))
        _ = try idle.readResponse()
        let partial = try TestClient(port: port)
        partial.send("POST /late HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n\r\nab")
        usleep(50_000)
        let slow = try TestClient(port: port)
        slow.send(get("/slow"))
        usleep(100_000)  // the loop is now inside the 300 ms responder

        server.shutdown()
        partial.send("cd")
        // Its answer was written before the loop saw the shutdown; the close follows it.
        #expect(try slow.readResponse().text == "slow done")
        #expect(slow.isClosedByServer())
        let late = try partial.readResponse()
        #expect(late.text == "POST /late body=4")
        #expect(late.headers["Connection"] == "close")
        #expect(idle.isClosedByServer())
        server.wait()
        #expect(throws: ClientError.self) { try TestClient(port: port) }
    }

    @Test func shutdownGivesUpAfterTheDrainTimeout() throws {
        var limits = HTTPLimits()
        limits.drainTimeoutSeconds = 0.2
        let server = HTTPServer(
            configuration: HTTPServerConfiguration(host: "127.0.0.1", port: 0, limits: limits),
            responder: EchoResponder(), log: { _ in })
        let port = try server.start()
        let stuck = try TestClient(port: port)
        stuck.send("POST /never HTTP/1.1\r\nHost: t\r\nContent-Length: 99\r\n\r\n")
        usleep(50_000)
        let started = MonotonicClock.nanoseconds()
        server.shutdown()
        server.wait()
        #expect(MonotonicClock.nanoseconds() - started < 2_000_000_000)
    }

    @Test func shutdownBeforeStartAndTwiceIsHarmless() throws {
        let server = makeServer()
        server.shutdown()
        server.wait()
        #expect(throws: HTTPServerError.self) { try server.start() }
        let running = makeServer()
        _ = try running.start()
        running.shutdown()
        running.shutdown()
        running.wait()
        running.wait()
    }

    @Test func reportsTheFailingCallWhenThePortIsTaken() throws {
        let first = makeServer()
        let port = try first.start()
        defer {
            first.shutdown()
            first.wait()
        }
        let second = HTTPServer(
            configuration: HTTPServerConfiguration(host: "127.0.0.1", port: port),
            responder: EchoResponder(), log: { _ in })
        #expect(throws: HTTPServerError(systemCall: "bind", errno: EADDRINUSE)) {
            try second.start()
        }
        let invalid = HTTPServer(
            configuration: HTTPServerConfiguration(host: "not an address", port: 0),
            responder: EchoResponder(), log: { _ in })
        #expect(throws: HTTPServerError(systemCall: "inet_pton", errno: EINVAL)) {
            try invalid.start()
        }
    }
}
