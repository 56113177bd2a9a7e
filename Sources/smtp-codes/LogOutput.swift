import Glibc

/// Log lines go to standard output with one `write(2)` each, unbuffered, so lines from the
/// loop thread and the main thread never interleave and a crash loses none.
enum LogOutput {
    @Sendable static func write(_ line: String) {
        var text = line + "\n"
        text.withUTF8 { bytes in
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
}
