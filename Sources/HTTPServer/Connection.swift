/// One client socket and what the loop remembers about it. Confined to the event-loop thread.
final class Connection {
    /// Where the connection is in its life; each state has one deadline meaning.
    enum State {
        /// Between requests, nothing buffered or owed. Deadline: the idle time-out (the header
        /// time-out before the first request). Expiry closes silently.
        case idle
        /// Part of a request has arrived. Deadline: the header time-out from its first byte, or
        /// the same span of silence while a body arrives. Expiry answers 408 and closes.
        case receiving
        /// Responses are queued but the socket is full; epoll watches for writability.
        /// Deadline: the idle time-out without progress. Expiry closes.
        case sending(then: AfterSend)
        /// The last response is sent and the write side shut; input is read and dropped until
        /// the client closes (RFC 9112 §9.6), so it is not reset before it reads the answer.
        case lingering
    }

    /// What follows once queued output has been written.
    enum AfterSend: Equatable {
        case keepAlive
        case close
    }

    let descriptor: Int32
    /// Identifies this connection in epoll events (generation in the high bits, descriptor low).
    let token: UInt64
    var state: State = .idle
    var parser: HTTPRequestParser
    /// Responses not yet fully sent.
    var output = OutputQueue()
    /// Monotonic nanoseconds at which the current state times out.
    var deadline: UInt64
    var requestsServed = 0
    /// The client has shut its side; nothing more will arrive.
    var isInputClosed = false
    /// The epoll events currently registered.
    var interest: UInt32 = LinuxAPI.epollIn

    init(descriptor: Int32, token: UInt64, limits: HTTPLimits, deadline: UInt64) {
        self.descriptor = descriptor
        self.token = token
        self.parser = HTTPRequestParser(limits: limits)
        self.deadline = deadline
    }

    var pendingOutputBytes: Int { output.pendingBytes }

    var isIdle: Bool {
        if case .idle = state { return true }
        return false
    }

    var isReceiving: Bool {
        if case .receiving = state { return true }
        return false
    }
}
