import Glibc

/// A system call failed; carries the call's name and `errno` so callers can match on the code.
public struct HTTPServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name of the failing call, such as `bind` or `epoll_wait`.
    public let systemCall: String
    /// The `errno` value the call left.
    public let errno: Int32

    public init(systemCall: String, errno: Int32) {
        self.systemCall = systemCall
        self.errno = errno
    }

    public var description: String {
        "\(systemCall) failed: \(String(cString: strerror(errno))) (errno \(errno))"
    }
}
