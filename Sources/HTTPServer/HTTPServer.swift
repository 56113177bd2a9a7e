import Glibc

/// An HTTP/1.1 server: one listening socket and one epoll event-loop thread serving every
/// connection, so thousands of idle keep-alive clients cost memory, not threads.
///
/// The responder is called on the loop thread, one request at a time, in the order requests
/// arrive on each connection. The server frames responses (`Content-Length`, `Date`,
/// `Connection`), enforces ``HTTPLimits``, and answers protocol errors itself. Each request,
/// including refused ones, produces exactly one `log` line:
/// `method=GET path=/codes/235 status=200 bytes=781 duration_us=42`.
public final class HTTPServer: Sendable {
    private enum Lifecycle: Sendable {
        case notStarted
        case running(wake: Int32)
        case stopped
    }

    private let configuration: HTTPServerConfiguration
    private let responder: any HTTPResponder
    private let log: @Sendable (String) -> Void
    private let flushLog: @Sendable () -> Void
    private let lifecycle = Locked(Lifecycle.notStarted)

    /// - Parameters:
    ///   - configuration: address, port and limits.
    ///   - responder: turns each request into a response, on the loop thread.
    ///   - log: receives one line per request; called on the loop thread.
    ///   - flushLog: called on the loop thread after each batch of events that logged
    ///     something, before the loop waits again: a `log` that buffers lines writes them
    ///     here, so lines leave together yet promptly. Nothing by default.
    public init(
        configuration: HTTPServerConfiguration, responder: any HTTPResponder,
        log: @escaping @Sendable (String) -> Void,
        flushLog: @escaping @Sendable () -> Void = {}
    ) {
        self.configuration = configuration
        self.responder = responder
        self.log = log
        self.flushLog = flushLog
    }

    /// Binds, listens and starts the event-loop thread.
    ///
    /// Also ignores `SIGPIPE` process-wide, so writing to a client that went away is an error
    /// return, never the death of the process.
    ///
    /// - Returns: the bound port (the kernel's choice when the configured port is 0).
    /// - Throws: ``HTTPServerError`` naming the failing call, such as `bind` with `EADDRINUSE`;
    ///   `start` with `EALREADY` when called twice or after `shutdown()`.
    public func start() throws -> Int {
        signal(SIGPIPE, SIG_IGN)
        return try lifecycle.withLock { (state) throws(HTTPServerError) -> Int in
            guard case .notStarted = state else {
                throw HTTPServerError(systemCall: "start", errno: EALREADY)
            }
            let (listener, port) = try ListeningSocket.open(
                host: configuration.host, port: configuration.port)
            var descriptors = [listener]
            do throws(HTTPServerError) {
                let epoll = try Epoll.make()
                descriptors.append(epoll.descriptor)
                let api = LinuxAPI.shared
                let wake = try SystemCall.checked("eventfd") {
                    api.eventFD(0, LinuxAPI.nonBlocking | LinuxAPI.closeOnExec)
                }
                descriptors.append(wake)
                try epoll.add(listener, events: LinuxAPI.epollIn, token: EventLoop.listenerToken)
                try epoll.add(wake, events: LinuxAPI.epollIn, token: EventLoop.wakeToken)
                try LoopThread.start { [self] in
                    runLoop(epoll: epoll, listener: listener, wake: wake)
                }
                state = .running(wake: wake)
                return port
            } catch {
                descriptors.forEach(SystemCall.close)
                throw error
            }
        }
    }

    private func runLoop(epoll: Epoll, listener: Int32, wake: Int32) {
        let loop = EventLoop(
            epoll: epoll, listener: listener, wake: wake, limits: configuration.limits,
            responder: responder, log: log, flushLog: flushLog)
        loop.run()
        lifecycle.withLock { state in
            // Closed under the lock so `shutdown()` never writes to a recycled descriptor.
            SystemCall.close(wake)
            state = .stopped
        }
    }

    /// Blocks until the server has stopped; returns at once if it never started.
    public func wait() {
        lifecycle.wait { state in
            if case .running = state { return false }
            return true
        }
    }

    /// Stops gracefully; safe from any thread, any number of times.
    ///
    /// The listening socket closes at once; idle keep-alive connections are closed; requests in
    /// flight are finished and answered with `Connection: close`. The loop then exits, at the
    /// latest after ``HTTPLimits/drainTimeoutSeconds``, and ``wait()`` returns.
    public func shutdown() {
        lifecycle.withLock { state in
            switch state {
            case .notStarted:
                state = .stopped
            case .running(let wake):
                var one: UInt64 = 1
                _ = try? SystemCall.nonBlocking("write") { write(wake, &one, 8) }
            case .stopped:
                break
            }
        }
    }
}
