import Glibc
import Testing

@testable import HTTPServer

/// A responder for server tests: echoes what it was asked, with a few special paths.
struct EchoResponder: HTTPResponder {
    func respond(to request: HTTPRequest) -> HTTPResponse {
        switch request.path {
        case "/slow":
            usleep(300_000)
            return HTTPResponse(body: Array("slow done".utf8))
        case "/close":
            return HTTPResponse(headers: ["Connection": "close"], body: Array("bye".utf8))
        case "/big":
            return HTTPResponse(body: [UInt8](repeating: 0x61, count: 4_000_000))
        default:
            let text = "\(request.method.rawValue) \(request.path) body=\(request.body.count)"
            return HTTPResponse(headers: ["Content-Type": "text/plain"], body: Array(text.utf8))
        }
    }
}

/// Collects log lines from the loop thread.
final class LogSink: Sendable {
    private let lines = Locked<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    func append(_ line: String) {
        lines.withLock { $0.append(line) }
    }
}

/// Runs `body` against a fresh server on an ephemeral loopback port, then stops the server.
func withServer(
    limits: HTTPLimits = HTTPLimits(), responder: any HTTPResponder = EchoResponder(),
    _ body: (_ port: Int, _ log: LogSink) throws -> Void
) throws {
    let sink = LogSink()
    let server = HTTPServer(
        configuration: HTTPServerConfiguration(host: "127.0.0.1", port: 0, limits: limits),
        responder: responder, log: sink.append)
    let port = try server.start()
    defer {
        server.shutdown()
        server.wait()
    }
    try body(port, sink)
}

/// A parsed response as a test client saw it.
struct ClientResponse {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

struct ClientError: Error, CustomStringConvertible {
    var description: String
}

/// A blocking loopback client with a receive time-out, so a broken server fails a test
/// instead of hanging it.
final class TestClient {
    let descriptor: Int32
    private var pending: [UInt8] = []

    init(port: Int, timeoutSeconds: Int = 5) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            Glibc.close(descriptor)
            throw ClientError(description: "connect failed: errno \(errno)")
        }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(
            descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        Glibc.close(descriptor)
    }

    func send(_ text: String) {
        send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    /// Reads more bytes; false on end of stream, error or time-out.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        pending.append(contentsOf: chunk[..<count])
        return true
    }

    /// Reads one response; `head` says the request was HEAD, so no body follows.
    func readResponse(head: Bool = false) throws -> ClientResponse {
        var headEnd: Int?
        while true {
            headEnd = pending.indices.dropLast(3).first {
                pending[$0] == 13 && pending[$0 + 1] == 10 && pending[$0 + 2] == 13
                    && pending[$0 + 3] == 10
            }
            if headEnd != nil { break }
            guard fill() else { throw ClientError(description: "no complete response head") }
        }
        let headText = String(decoding: pending[..<headEnd!], as: UTF8.self)
        pending.removeFirst(headEnd! + 4)
        var lines = headText.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, statusLine[0] == "HTTP/1.1", let status = Int(statusLine[1])
        else { throw ClientError(description: "bad status line in \(headText)") }
        var headers = HTTPHeaders()
        for line in lines {
            let parts = line.split(separator: ":", maxSplits: 1)
            headers.add(name: String(parts[0]), value: String(parts[1].drop { $0 == " " }))
        }
        let length = head || status < 200 ? 0 : Int(headers["Content-Length"] ?? "0")!
        while pending.count < length {
            guard fill() else { throw ClientError(description: "body cut short") }
        }
        let body = Array(pending[..<length])
        pending.removeFirst(length)
        return ClientResponse(status: status, headers: headers, body: body)
    }

    /// Whether the server closed the connection (end of stream) with nothing more to read.
    func isClosedByServer() -> Bool {
        while fill() {}
        var probe: UInt8 = 0
        return pending.isEmpty && recv(descriptor, &probe, 1, Int32(MSG_DONTWAIT)) == 0
    }

    /// Closes abruptly, with a reset, the way a vanished client does.
    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        let size = socklen_t(MemoryLayout<Glibc.linger>.size)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, size)
        shutdown(descriptor, Int32(SHUT_RDWR))
    }
}

func get(_ path: String, _ extra: String = "") -> String {
    "GET \(path) HTTP/1.1\r\nHost: test\r\n\(extra)\r\n"
}
