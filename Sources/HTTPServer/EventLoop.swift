import Glibc

/// The single thread that owns every socket: waits in epoll, accepts, reads, answers, writes,
/// and enforces time-outs. All its state is confined to that thread.
final class EventLoop {
    let epoll: Epoll
    var listener: Int32?
    let wake: Int32
    let limits: HTTPLimits
    let responder: any HTTPResponder
    let log: @Sendable (String) -> Void
    /// Called once a batch of events has been handled, if it logged anything, so a buffering
    /// log can write the batch's lines together before the loop waits again.
    let flushLog: @Sendable () -> Void
    /// The access-log line being assembled; reused, so a line costs no allocation of its own.
    var logLine: [UInt8] = []
    var hasLoggedSinceFlush = false

    /// Connections by descriptor number; descriptors are small and dense.
    var connections: [Connection?] = []
    var connectionCount = 0
    private var nextGeneration: UInt64 = 1

    /// Monotonic nanoseconds, refreshed after each wait.
    var now = MonotonicClock.nanoseconds()
    var dateCache = HTTPDateCache()
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 16)
    private let eventBuffer = UnsafeMutableRawBufferPointer.allocate(
        byteCount: 512 * Epoll.eventSize, alignment: 16)

    let headerTimeout: UInt64
    let idleTimeout: UInt64
    /// How long a closing connection waits for the client to close first.
    let lingerTimeout: UInt64
    private let sweepInterval: UInt64
    private var nextSweep: UInt64
    private var acceptResumesAt: UInt64?
    private(set) var isDraining = false
    private var drainDeadline = UInt64.max

    /// The canned answer to a client beyond `maxConnections`.
    private let overloadResponse: [UInt8]
    private let overloadBodyBytes: Int

    static let listenerToken: UInt64 = 0
    static let wakeToken: UInt64 = 1

    init(
        epoll: Epoll, listener: Int32, wake: Int32, limits: HTTPLimits,
        responder: any HTTPResponder, log: @escaping @Sendable (String) -> Void,
        flushLog: @escaping @Sendable () -> Void = {}
    ) {
        self.epoll = epoll
        self.listener = listener
        self.wake = wake
        self.limits = limits
        self.responder = responder
        self.log = log
        self.flushLog = flushLog
        headerTimeout = MonotonicClock.nanoseconds(seconds: limits.headerReadTimeoutSeconds)
        idleTimeout = MonotonicClock.nanoseconds(seconds: limits.idleTimeoutSeconds)
        lingerTimeout = MonotonicClock.nanoseconds(seconds: min(2, limits.headerReadTimeoutSeconds))
        let shortest = min(limits.headerReadTimeoutSeconds, limits.idleTimeoutSeconds)
        sweepInterval = MonotonicClock.nanoseconds(seconds: min(max(shortest / 8, 0.005), 0.25))
        nextSweep = now + sweepInterval
        var overload: [UInt8] = []
        let message = "The server is at its connection limit; try again shortly."
        overloadBodyBytes = ResponseSerializer.write(
            ErrorResponse.make(.serviceUnavailable, message: message), isHead: false,
            connection: .close, date: nil, into: &overload)
        overloadResponse = overload
    }

    deinit {
        readBuffer.deallocate()
        eventBuffer.deallocate()
    }

    /// Runs until `shutdown` has drained every connection (or the drain time ran out).
    func run() {
        while !(isDraining && (connectionCount == 0 || now >= drainDeadline)) {
            let count: Int
            do {
                count = try epoll.wait(into: eventBuffer, timeoutMilliseconds: waitTimeout())
            } catch {
                log("event loop stopped: \(error)")
                break
            }
            now = MonotonicClock.nanoseconds()
            // A shutdown request is seen before the other events of its batch, so requests
            // completed in this batch are already answered with `Connection: close`.
            for index in 0..<count
            where Epoll.event(at: index, in: eventBuffer).token == Self.wakeToken {
                dispatch(events: 0, token: Self.wakeToken)
            }
            for index in 0..<count {
                let (events, token) = Epoll.event(at: index, in: eventBuffer)
                if token != Self.wakeToken { dispatch(events: events, token: token) }
            }
            runTimers()
            if hasLoggedSinceFlush {
                hasLoggedSinceFlush = false
                flushLog()
            }
        }
        closeEverything()
        flushLog()
    }

    private func dispatch(events: UInt32, token: UInt64) {
        switch token {
        case Self.listenerToken:
            acceptConnections()
        case Self.wakeToken:
            var value: UInt64 = 0
            _ = try? SystemCall.nonBlocking("read") { read(wake, &value, 8) }
            beginDraining()
        default:
            let descriptor = Int(token & 0xFFFF_FFFF)
            guard descriptor < connections.count, let connection = connections[descriptor],
                connection.token == token
            else { return }
            handle(events: events, on: connection)
        }
    }

    /// Milliseconds until the next timer is due: the sweep, resuming accepts, or the drain end.
    private func waitTimeout() -> Int32 {
        var due = nextSweep
        if let acceptResumesAt { due = min(due, acceptResumesAt) }
        if isDraining { due = min(due, drainDeadline) }
        let current = MonotonicClock.nanoseconds()
        guard due > current else { return 0 }
        return Int32(min((due - current + 999_999) / 1_000_000, 1_000))
    }

    private func runTimers() {
        if let resume = acceptResumesAt, now >= resume, let listener {
            acceptResumesAt = nil
            try? epoll.add(listener, events: LinuxAPI.epollIn, token: Self.listenerToken)
        }
        guard now >= nextSweep else { return }
        nextSweep = now + sweepInterval
        for case let connection? in connections where connection.deadline <= now {
            expire(connection)
        }
    }

    /// Accepts what is pending, up to a batch, so a flood of connects cannot monopolise the loop.
    private func acceptConnections() {
        guard let listener else { return }
        for _ in 0..<64 {
            let descriptor: Int32
            do {
                guard case .done(let accepted) = try ListeningSocket.accept(from: listener) else {
                    return
                }
                descriptor = accepted
            } catch {
                if [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(error.errno) {
                    pauseAccepting()
                    return
                }
                continue
            }
            guard connectionCount < limits.maxConnections else {
                refuseOverload(descriptor)
                continue
            }
            register(descriptor)
        }
    }

    /// Out of descriptors: stop listening for a moment instead of spinning on a ready listener.
    private func pauseAccepting() {
        guard let listener, acceptResumesAt == nil else { return }
        try? epoll.remove(listener)
        acceptResumesAt = now + 100_000_000
    }

    private func register(_ descriptor: Int32) {
        let token = nextGeneration << 32 | UInt64(UInt32(bitPattern: descriptor))
        nextGeneration += 1
        do {
            try epoll.add(descriptor, events: LinuxAPI.epollIn, token: token)
        } catch {
            SystemCall.close(descriptor)
            return
        }
        let index = Int(descriptor)
        if index >= connections.count {
            connections.append(contentsOf: repeatElement(nil, count: index + 1 - connections.count))
        }
        connections[index] = Connection(
            descriptor: descriptor, token: token, limits: limits, deadline: now + headerTimeout)
        connectionCount += 1
    }

    /// Tells a client beyond `maxConnections` to come back later, without keeping it.
    private func refuseOverload(_ descriptor: Int32) {
        // Best effort: one non-blocking send of a response that fits any socket buffer, then
        // drain what the client already sent so the close is not a reset that hides it.
        _ = try? overloadResponse.withUnsafeBytes { (bytes) throws(HTTPServerError) in
            try SystemCall.nonBlocking("send") {
                send(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
            }
        }
        _ = try? SystemCall.nonBlocking("shutdown") { shutdown(descriptor, Int32(SHUT_WR)) }
        _ = try? SystemCall.nonBlocking("recv") {
            recv(descriptor, readBuffer.baseAddress, readBuffer.count, 0)
        }
        SystemCall.close(descriptor)
        log("method=- path=- status=503 bytes=\(overloadBodyBytes) duration_us=0")
        hasLoggedSinceFlush = true
    }

    /// Stops accepting, closes connections with nothing in flight, and lets the rest finish.
    private func beginDraining() {
        guard !isDraining else { return }
        isDraining = true
        drainDeadline = now + MonotonicClock.nanoseconds(seconds: limits.drainTimeoutSeconds)
        if let listener {
            try? epoll.remove(listener)
            SystemCall.close(listener)
            self.listener = nil
        }
        for case let connection? in connections
        where connection.isIdle || (connection.isReceiving && !connection.parser.hasPartialRequest)
        {
            close(connection)
        }
    }

    /// Closes a connection; calling it again for the same connection does nothing.
    func close(_ connection: Connection) {
        guard connections[Int(connection.descriptor)] === connection else { return }
        // Closing the descriptor also removes it from the epoll set: it is never duplicated.
        SystemCall.close(connection.descriptor)
        connections[Int(connection.descriptor)] = nil
        connectionCount -= 1
    }

    private func closeEverything() {
        for case let connection? in connections {
            close(connection)
        }
        if let listener { SystemCall.close(listener) }
        SystemCall.close(epoll.descriptor)
    }
}
