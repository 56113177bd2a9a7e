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

    /// Appends `value` in decimal.
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(0x2D) }  // "-"
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            append(UInt8(truncatingIfNeeded: 0x30 &+ (magnitude / divisor) % 10))
            divisor /= 10
        } while divisor > 0
    }
}
