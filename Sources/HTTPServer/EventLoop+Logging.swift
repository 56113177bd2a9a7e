/// The access log: one line per request, including refused ones, such as
/// `method=GET path=/codes/235 status=200 bytes=781 duration_us=42`.
///
/// Lines are assembled as bytes in one buffer the loop reuses, not by string interpolation,
/// because this runs for every request; the line becomes a `String` only to be handed over.
extension EventLoop {
    /// Logs an answered request; the path is taken from the target as sent.
    func logRequest(method: String, target: String, status: Int, bytes: Int, started: UInt64) {
        var line = beginLogLine(method: method)
        Self.appendLoggedPath(of: target, to: &line)
        endLogLine(&line, status: status, bytes: bytes, started: started)
    }

    /// Logs a refused request, whose path may be unknown (`-`).
    func logRequest(method: String, rawPath: String, status: Int, bytes: Int, started: UInt64) {
        var line = beginLogLine(method: method)
        line.appendUTF8(rawPath)
        endLogLine(&line, status: status, bytes: bytes, started: started)
    }

    /// Takes the reusable buffer out of the loop, so appending to it is not an access to a
    /// class property checked each time.
    private func beginLogLine(method: String) -> [UInt8] {
        var line: [UInt8] = []
        swap(&line, &logLine)
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: LogField.method)
        line.appendUTF8(method)
        line.append(contentsOf: LogField.path)
        return line
    }

    private func endLogLine(_ line: inout [UInt8], status: Int, bytes: Int, started: UInt64) {
        let micros = (MonotonicClock.nanoseconds() &- started) / 1_000
        line.append(contentsOf: LogField.status)
        line.appendDecimal(status)
        line.append(contentsOf: LogField.bytes)
        line.appendDecimal(bytes)
        line.append(contentsOf: LogField.duration)
        line.appendDecimal(Int(truncatingIfNeeded: micros))
        log(String(decoding: line, as: UTF8.self))
        swap(&line, &logLine)
        hasLoggedSinceFlush = true
    }

    /// The still-encoded path of a target: visible ASCII only, so it cannot break a log line.
    static func loggedPath(of target: String) -> String {
        var bytes: [UInt8] = []
        appendLoggedPath(of: target, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the path of a target, without the query and, for absolute-form
    /// (RFC 9112 §3.2.2), without scheme and authority; an empty path is `/`.
    static func appendLoggedPath(of target: String, to line: inout [UInt8]) {
        var target = target
        target.withUTF8 { bytes in
            var start = 0
            if bytes.first != ASCII.slash, let colon = bytes.firstIndex(of: ASCII.colon) {
                // Absolute-form: skip "://" and the authority.
                let authority = Swift.min(colon + 3, bytes.count)
                start = bytes[authority...].firstIndex {
                    $0 == ASCII.slash || $0 == ASCII.question
                } ?? bytes.count
            }
            let end = bytes[start...].firstIndex(of: ASCII.question) ?? bytes.count
            if start == end {
                line.append(ASCII.slash)
            } else {
                line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
        }
    }
}

/// The keys of a log line, as bytes made once.
private enum LogField {
    static let method = Array("method=".utf8)
    static let path = Array(" path=".utf8)
    static let status = Array(" status=".utf8)
    static let bytes = Array(" bytes=".utf8)
    static let duration = Array(" duration_us=".utf8)
}
