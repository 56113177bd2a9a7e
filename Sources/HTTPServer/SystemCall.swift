import Glibc

/// The result of a call on a non-blocking descriptor.
enum IOResult<Value> {
    case done(Value)
    /// `EAGAIN`/`EWOULDBLOCK`: nothing to do now; wait for epoll to report readiness.
    case wouldBlock
}

/// The one place system calls go through: `EINTR` is retried, `EAGAIN` becomes
/// ``IOResult/wouldBlock``, and any other failure throws ``HTTPServerError`` naming the call.
enum SystemCall {
    /// Runs a call that reports failure as -1 with `errno` set.
    static func nonBlocking<Result: FixedWidthInteger>(
        _ name: StaticString, _ call: () -> Result
    ) throws(HTTPServerError) -> IOResult<Result> {
        while true {
            let result = call()
            if result >= 0 { return .done(result) }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK { return .wouldBlock }
            throw HTTPServerError(systemCall: "\(name)", errno: code)
        }
    }

    /// Runs a call that is not expected to block; a would-block is reported as an error.
    @discardableResult
    static func checked<Result: FixedWidthInteger>(
        _ name: StaticString, _ call: () -> Result
    ) throws(HTTPServerError) -> Result {
        switch try nonBlocking(name, call) {
        case .done(let result): return result
        case .wouldBlock: throw HTTPServerError(systemCall: "\(name)", errno: EAGAIN)
        }
    }

    /// Closes a descriptor. Not retried on `EINTR`: Linux has released the descriptor by then,
    /// and a retry could close one another thread just opened.
    static func close(_ descriptor: Int32) {
        _ = Glibc.close(descriptor)
    }
}

/// Monotonic time for deadlines, immune to wall-clock jumps.
enum MonotonicClock {
    static func nanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) &* 1_000_000_000 &+ UInt64(now.tv_nsec)
    }

    static func nanoseconds(seconds: Double) -> UInt64 {
        UInt64(max(0, seconds) * 1_000_000_000)
    }
}
