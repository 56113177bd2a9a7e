import Glibc

/// Opening the listening socket and accepting clients from it.
enum ListeningSocket {
    /// Binds a non-blocking TCP socket with `SO_REUSEADDR` (so a restart does not fail with
    /// `EADDRINUSE` while old connections sit in TIME_WAIT) and starts listening.
    ///
    /// - Returns: the descriptor and the bound port, which differs from `port` when it is 0.
    static func open(host: String, port: Int) throws(HTTPServerError) -> (Int32, Int) {
        guard (0...65_535).contains(port) else {
            throw HTTPServerError(systemCall: "bind", errno: EINVAL)
        }
        var address = try SocketAddress(host: host, port: UInt16(port))
        let flags = Int32(SOCK_STREAM.rawValue) | LinuxAPI.nonBlocking | LinuxAPI.closeOnExec
        let descriptor = try SystemCall.checked("socket") {
            socket(Int32(address.family), flags, 0)
        }
        do {
            var one: Int32 = 1
            let size = socklen_t(MemoryLayout<Int32>.size)
            try SystemCall.checked("setsockopt") {
                setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, size)
            }
            _ = try address.withSockaddr { (pointer, length) throws(HTTPServerError) in
                try SystemCall.checked("bind") { bind(descriptor, pointer, length) }
            }
            try SystemCall.checked("listen") { listen(descriptor, 4_096) }
            return (descriptor, try boundPort(descriptor))
        } catch {
            SystemCall.close(descriptor)
            throw error
        }
    }

    private static func boundPort(_ descriptor: Int32) throws(HTTPServerError) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        try withUnsafeMutableBytes(of: &storage) { (raw) throws(HTTPServerError) in
            let pointer = raw.baseAddress!.assumingMemoryBound(to: sockaddr.self)
            try SystemCall.checked("getsockname") { getsockname(descriptor, pointer, &length) }
        }
        // sin_port and sin6_port sit at the same offset, in network byte order.
        let port = withUnsafeBytes(of: &storage) { $0.load(fromByteOffset: 2, as: UInt16.self) }
        return Int(UInt16(bigEndian: port))
    }

    /// Accepts one pending client as a non-blocking socket with `TCP_NODELAY`, so small
    /// responses leave at once instead of waiting for Nagle's algorithm.
    static func accept(from listener: Int32) throws(HTTPServerError) -> IOResult<Int32> {
        let api = LinuxAPI.shared
        let result = try SystemCall.nonBlocking("accept4") {
            api.accept4(listener, nil, nil, LinuxAPI.nonBlocking | LinuxAPI.closeOnExec)
        }
        if case .done(let client) = result {
            var one: Int32 = 1
            let size = socklen_t(MemoryLayout<Int32>.size)
            _ = try? SystemCall.checked("setsockopt") {
                setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &one, size)
            }
        }
        return result
    }
}

/// An IPv4 or IPv6 socket address parsed from a numeric host.
private struct SocketAddress {
    private var storage = sockaddr_storage()
    private(set) var family: Int32
    private var length: socklen_t

    init(host: String, port: UInt16) throws(HTTPServerError) {
        let name = host == "localhost" ? "127.0.0.1" : host
        var ipv4 = sockaddr_in()
        var ipv6 = sockaddr_in6()
        if inet_pton(AF_INET, name, &ipv4.sin_addr) == 1 {
            ipv4.sin_family = sa_family_t(AF_INET)
            ipv4.sin_port = port.bigEndian
            family = AF_INET
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: ipv4, as: sockaddr_in.self) }
        } else if inet_pton(AF_INET6, name, &ipv6.sin6_addr) == 1 {
            ipv6.sin6_family = sa_family_t(AF_INET6)
            ipv6.sin6_port = port.bigEndian
            family = AF_INET6
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: ipv6, as: sockaddr_in6.self) }
        } else {
            throw HTTPServerError(systemCall: "inet_pton", errno: EINVAL)
        }
    }

    mutating func withSockaddr<Result>(
        _ body: (UnsafePointer<sockaddr>, socklen_t) throws(HTTPServerError) -> Result
    ) throws(HTTPServerError) -> Result {
        let length = self.length
        return try withUnsafeBytes(of: &storage) { (raw) throws(HTTPServerError) in
            try body(raw.baseAddress!.assumingMemoryBound(to: sockaddr.self), length)
        }
    }
}
