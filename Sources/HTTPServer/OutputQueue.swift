import Glibc

/// A connection's responses not yet sent: serialized bytes, then possibly one body held by
/// reference, written together with one `sendmsg` (a gathering write, POSIX `writev`).
///
/// A large body — a cached page is many kilobytes — is not copied into the connection's
/// buffer: the buffer holds only heads, so it stays small for every idle keep-alive
/// connection, and the body's bytes are copied once, by the kernel. When another response
/// follows before the body is sent (pipelining), the body is copied in first, so bytes
/// always leave in order.
struct OutputQueue {
    /// Bodies from this size up are sent by reference; below it a copy costs less than the
    /// second I/O vector.
    static let referenceThresholdBytes = 512

    /// Buffer capacity kept after everything is sent; a larger buffer (a pipelined burst)
    /// is released, so thousands of idle connections hold little.
    static let retainedCapacityBytes = 4_096

    private(set) var bytes: [UInt8] = []
    private var bytesSent = 0
    private var body: [UInt8]?
    private var bodySent = 0

    var pendingBytes: Int { bytes.count - bytesSent + (body.map { $0.count - bodySent } ?? 0) }

    var isEmpty: Bool { pendingBytes == 0 }

    /// Appends serialized bytes after everything queued.
    mutating func append(_ more: [UInt8]) {
        materializeBody()
        bytes.append(contentsOf: more)
    }

    /// Gives access to the buffer for serializing into it, after everything queued.
    mutating func write<Result>(_ serialize: (inout [UInt8]) -> Result) -> Result {
        materializeBody()
        return serialize(&bytes)
    }

    /// Queues a body after the serialized bytes, by reference when it is large.
    mutating func append(body content: [UInt8]) {
        materializeBody()
        if content.count >= Self.referenceThresholdBytes {
            body = content
        } else {
            bytes.append(contentsOf: content)
        }
    }

    /// Sends as much as the socket takes, with one system call.
    ///
    /// - Returns: the number of bytes sent, or `.wouldBlock` when the socket is full.
    mutating func send(to descriptor: Int32) throws(HTTPServerError) -> IOResult<Int> {
        let result = try SystemCall.nonBlocking("sendmsg") { gatherAndSend(to: descriptor) }
        if case .done(let sent) = result { advance(by: sent) }
        return result
    }

    /// `sendmsg` with an I/O vector for the unsent bytes and one for the unsent body;
    /// empty ones are left out.
    private func gatherAndSend(to descriptor: Int32) -> Int {
        bytes.withUnsafeBytes { head in
            (body ?? []).withUnsafeBytes { content in
                let pieces = (
                    UnsafeRawBufferPointer(rebasing: head[bytesSent...]),
                    UnsafeRawBufferPointer(rebasing: content[min(bodySent, content.count)...])
                )
                var vectors = (
                    iovec(
                        iov_base: UnsafeMutableRawPointer(mutating: pieces.0.baseAddress),
                        iov_len: pieces.0.count),
                    iovec(
                        iov_base: UnsafeMutableRawPointer(mutating: pieces.1.baseAddress),
                        iov_len: pieces.1.count)
                )
                return withUnsafeMutablePointer(to: &vectors) { pair in
                    pair.withMemoryRebound(to: iovec.self, capacity: 2) { all in
                        var message = msghdr()
                        message.msg_iov = pieces.0.isEmpty ? all + 1 : all
                        message.msg_iovlen = (pieces.0.isEmpty ? 0 : 1) + (pieces.1.isEmpty ? 0 : 1)
                        return sendmsg(descriptor, &message, Int32(MSG_NOSIGNAL))
                    }
                }
            }
        }
    }

    private mutating func advance(by count: Int) {
        let fromBytes = min(count, bytes.count - bytesSent)
        bytesSent += fromBytes
        bodySent += count - fromBytes
        guard isEmpty else { return }
        bytes.removeAll(keepingCapacity: bytes.capacity <= Self.retainedCapacityBytes)
        bytesSent = 0
        body = nil
        bodySent = 0
    }

    /// Copies the unsent rest of a referenced body into the buffer, so what is appended
    /// next goes out after it.
    private mutating func materializeBody() {
        guard let content = body else { return }
        bytes.append(contentsOf: content[bodySent...])
        body = nil
        bodySent = 0
    }
}
