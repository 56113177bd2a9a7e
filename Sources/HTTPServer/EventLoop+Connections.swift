import Glibc

/// How a connection moves through its states: reading, answering, writing, closing.
extension EventLoop {
    private enum Flush {
        case sent
        case blocked
        case failed
    }

    /// Why answering buffered requests stopped.
    private enum Progress {
        case needMoreData
        /// Enough output is queued; write it before parsing further pipelined requests.
        case outputFull
        case close
    }

    /// Queued output past which pipelined requests wait for the socket to drain.
    private static let outputHighWater = 262_144

    func handle(events: UInt32, on connection: Connection) {
        if events & (LinuxAPI.epollError | LinuxAPI.epollHangUp) != 0 {
            close(connection)
            return
        }
        if events & LinuxAPI.epollOut != 0, case .sending(let then) = connection.state {
            resumeSending(connection, then: then)
        }
        if events & LinuxAPI.epollIn != 0, connections[Int(connection.descriptor)] === connection {
            receive(on: connection)
        }
    }

    private func receive(on connection: Connection) {
        switch connection.state {
        case .lingering:
            discardInput(on: connection)
            return
        case .sending:
            return
        case .idle, .receiving:
            break
        }
        let result: IOResult<Int>
        do {
            result = try SystemCall.nonBlocking("recv") {
                recv(connection.descriptor, readBuffer.baseAddress, readBuffer.count, 0)
            }
        } catch {
            close(connection)
            return
        }
        guard case .done(let count) = result else { return }
        if count == 0 {
            connection.isInputClosed = true
        } else {
            connection.parser.append(UnsafeRawBufferPointer(rebasing: readBuffer[..<count]))
            if connection.isReceiving, connection.parser.isReadingBody {
                connection.deadline = now + headerTimeout
            }
        }
        serve(connection)
    }

    /// Answers every complete buffered request in order, writes the answers, and settles the
    /// connection in its next state.
    private func serve(_ connection: Connection) {
        var answered = false
        while true {
            let progress = answerBufferedRequests(on: connection, answered: &answered)
            var then: Connection.AfterSend = progress == .close ? .close : .keepAlive
            if progress == .needMoreData, connection.isInputClosed || isDraining {
                // Nothing more can arrive, or nothing more is wanted.
                if connection.isInputClosed || !connection.parser.hasPartialRequest {
                    then = .close
                }
            }
            switch flush(connection) {
            case .failed:
                close(connection)
                return
            case .blocked:
                enterSending(connection, then: then)
                return
            case .sent:
                if then == .close {
                    finish(connection)
                    return
                }
                if progress == .outputFull { continue }
                awaitRequest(on: connection, afterAnswer: answered)
                return
            }
        }
    }

    private func answerBufferedRequests(
        on connection: Connection, answered: inout Bool
    ) -> Progress {
        while connection.pendingOutputBytes < Self.outputHighWater {
            let started = MonotonicClock.nanoseconds()
            switch connection.parser.next() {
            case .needMoreData:
                return .needMoreData
            case .continueExpected:
                connection.output.append(ResponseSerializer.continueResponse)
            case .request(let request):
                answered = true
                if respond(to: request, on: connection, started: started) == .close {
                    return .close
                }
            case .failure(let error):
                refuse(connection, status: error.status, message: error.message, started: started)
                return .close
            }
        }
        return .outputFull
    }

    /// Calls the responder, queues its answer and logs the request.
    private func respond(
        to request: HTTPRequest, on connection: Connection, started: UInt64
    ) -> Connection.AfterSend {
        let response = responder.respond(to: request)
        connection.requestsServed += 1
        let closes =
            !request.isKeepAlive || isDraining || connection.isInputClosed
            || connection.requestsServed >= limits.maxRequestsPerConnection
            || response.closesConnection
        let field: ResponseSerializer.ConnectionField =
            closes ? .close : (request.version == .http1_0 ? .keepAlive : .none)
        let bytes = ResponseSerializer.write(
            response, isHead: request.method == .head, connection: field,
            date: dateCache.current(), into: &connection.output)
        logRequest(
            method: request.method.rawValue, target: request.target,
            status: response.status.code, bytes: bytes, started: started)
        return closes ? .close : .keepAlive
    }

    /// Queues the server's own error answer for the request in progress; the caller closes.
    private func refuse(
        _ connection: Connection, status: HTTPStatus, message: String, started: UInt64
    ) {
        let method = connection.parser.currentMethod
        let bytes = ResponseSerializer.write(
            ErrorResponse.make(status, message: message), isHead: method == "HEAD",
            connection: .close, date: dateCache.current(), into: &connection.output)
        logRequest(
            method: method ?? "-", rawPath: connection.parser.currentRawPath ?? "-",
            status: status.code, bytes: bytes, started: started)
    }

    /// Writes queued output until done or the socket is full.
    private func flush(_ connection: Connection) -> Flush {
        while !connection.output.isEmpty {
            do {
                guard case .done = try connection.output.send(to: connection.descriptor) else {
                    return .blocked
                }
            } catch {
                return .failed
            }
        }
        return .sent
    }

    private func enterSending(_ connection: Connection, then: Connection.AfterSend) {
        connection.state = .sending(then: then)
        connection.deadline = now + idleTimeout
        setInterest(LinuxAPI.epollOut, on: connection)
    }

    /// The socket became writable again: continue, then carry on serving or close.
    private func resumeSending(_ connection: Connection, then: Connection.AfterSend) {
        let before = connection.pendingOutputBytes
        switch flush(connection) {
        case .failed:
            close(connection)
        case .blocked:
            if connection.pendingOutputBytes != before { connection.deadline = now + idleTimeout }
        case .sent:
            connection.state = .idle
            connection.deadline = now + idleTimeout
            if then == .close {
                finish(connection)
            } else {
                setInterest(LinuxAPI.epollIn, on: connection)
                serve(connection)
            }
        }
    }

    /// Nothing is owed: wait for the next request (or the rest of one) with the right deadline.
    /// A deadline only restarts on a state change or a new answer, so a client trickling empty
    /// lines cannot keep a connection open forever.
    private func awaitRequest(on connection: Connection, afterAnswer: Bool) {
        setInterest(LinuxAPI.epollIn, on: connection)
        if connection.parser.hasPartialRequest {
            guard afterAnswer || !connection.isReceiving else { return }
            connection.state = .receiving
            connection.deadline = now + headerTimeout
        } else if afterAnswer || !connection.isIdle {
            connection.state = .idle
            connection.deadline = now + idleTimeout
        }
    }

    /// Closes after the last answer (RFC 9112 §9.6): shut the write side, then wait briefly for
    /// the client to close, so unread input does not turn our close into a reset that could
    /// destroy the answer before the client reads it.
    private func finish(_ connection: Connection) {
        guard !connection.isInputClosed else {
            close(connection)
            return
        }
        _ = try? SystemCall.nonBlocking("shutdown") {
            shutdown(connection.descriptor, Int32(SHUT_WR))
        }
        connection.state = .lingering
        connection.deadline = now + lingerTimeout
        setInterest(LinuxAPI.epollIn, on: connection)
    }

    /// Reads and drops what a lingering client still sends; its end of stream closes.
    private func discardInput(on connection: Connection) {
        for _ in 0..<16 {
            let result = try? SystemCall.nonBlocking("recv") {
                recv(connection.descriptor, readBuffer.baseAddress, readBuffer.count, 0)
            }
            switch result {
            case .wouldBlock: return
            case .done(let count) where count > 0: continue
            default:
                close(connection)
                return
            }
        }
    }

    /// A deadline passed: answer 408 to a half-sent request, otherwise close.
    func expire(_ connection: Connection) {
        guard connection.isReceiving, connection.parser.hasPartialRequest else {
            close(connection)
            return
        }
        refuse(
            connection, status: .requestTimeout,
            message: "The request was not received in time.", started: now)
        switch flush(connection) {
        case .sent: finish(connection)
        case .blocked: enterSending(connection, then: .close)
        case .failed: close(connection)
        }
    }

    private func setInterest(_ events: UInt32, on connection: Connection) {
        guard connection.interest != events else { return }
        connection.interest = events
        do {
            try epoll.modify(connection.descriptor, events: events, token: connection.token)
        } catch {
            close(connection)
        }
    }
}
