import Synchronization

/// The per-request log lines of the event loop, written a batch at a time: the server calls
/// `append` for each request and `flush` once it has handled a batch of events, before it
/// waits for more, so the lines of one batch leave in one `write(2)` instead of one each.
///
/// Lines stay whole and in order, and none waits longer than the batch that produced it
/// (at most one pass over the ready connections); a batch past `flushBytes` is written at
/// once, so a burst cannot grow the buffer without bound.
final class RequestLog: Sendable {
    static let flushBytes = 65_536

    private let pending = Mutex<[UInt8]>([])

    @Sendable func append(_ line: String) {
        pending.withLock { buffer in
            buffer.append(contentsOf: line.utf8)
            buffer.append(0x0A)  // "\n"
            if buffer.count >= Self.flushBytes { Self.write(&buffer) }
        }
    }

    @Sendable func flush() {
        pending.withLock { Self.write(&$0) }
    }

    /// Written under the lock, so batches never interleave with each other.
    private static func write(_ buffer: inout [UInt8]) {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { LogOutput.writeAll($0) }
        buffer.removeAll(keepingCapacity: buffer.capacity <= 4 * flushBytes)
    }
}
