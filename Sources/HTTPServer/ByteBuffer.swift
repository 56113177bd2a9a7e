/// Appending text and numbers to the byte buffers responses and log lines are built in.
///
/// `append(contentsOf: text.utf8)` walks a small string (up to 15 bytes, stored inline) one
/// byte at a time through the generic path; these copy it in one piece, and format numbers
/// without building a `String`.
extension Array where Element == UInt8 {
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends `value` in decimal. Digits are produced last first into a small buffer, so
    /// every division is by the constant 10, which the compiler turns into a multiplication.
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(0x2D) }  // "-"
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes hold any 64-bit number
        Swift.withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            let written = UnsafeRawBufferPointer(rebasing: buffer[start...])
            append(contentsOf: written.assumingMemoryBound(to: UInt8.self))
        }
    }
}
