import Glibc

/// Log lines go to standard output with one `write(2)` each, unbuffered, so lines from the
/// loop thread and the main thread never interleave and a crash loses none.
enum LogOutput {
    @Sendable static func write(_ line: String) {
        var text = line + "\n"
        text.withUTF8 { writeAll($0) }
    }

    /// Writes whole lines to standard output, continuing after a partial write or `EINTR`.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(1, bytes.baseAddress! + offset, bytes.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
