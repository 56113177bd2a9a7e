/// Byte classes of the HTTP grammar (RFC 9110 §5.6, RFC 9112 §2–§5), folded ASCII-only.
///
/// Protocol tokens are compared without locale: Turkish dotted and dotless `i` have no place
/// in a header name, and `lowercased()` would allocate on the hot path.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let percent: UInt8 = 0x25
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let equals: UInt8 = 0x3D
    static let question: UInt8 = 0x3F
    static let ampersand: UInt8 = 0x26
    static let hash: UInt8 = 0x23

    /// `tchar` of RFC 9110 §5.6.2: the bytes a method or a field name may contain.
    @inline(__always)
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true  // DIGIT, ALPHA
        case 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2E: true  // ! # $ % & ' * + - .
        case 0x5E, 0x5F, 0x60, 0x7C, 0x7E: true  // ^ _ ` | ~
        default: false
        }
    }

    /// Space or horizontal tab: optional whitespace (`OWS`, RFC 9110 §5.6.3).
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    /// A visible character, excluding space: what a request-target is made of.
    @inline(__always)
    static func isVisible(_ byte: UInt8) -> Bool {
        byte >= 0x21 && byte <= 0x7E
    }

    /// `field-vchar` plus inner whitespace (RFC 9110 §5.5): VCHAR, obs-text, SP and HTAB.
    /// CR, LF, NUL and the other controls are refused, as §5.5 advises.
    @inline(__always)
    static func isFieldValueByte(_ byte: UInt8) -> Bool {
        byte == tab || (byte >= 0x20 && byte != 0x7F)
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }

    /// The value of a hexadecimal digit, or nil.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// ASCII case-insensitive equality of two strings, without allocating.
    static func equalsIgnoringCase(_ lhs: String, _ rhs: String) -> Bool {
        // Most names differ in length, and a string knows its length: answer at once.
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        // Strings stored out of line are compared in place; small ones (up to 15 bytes, held
        // inline) are copied to the stack by `withUTF8`, which costs no reference count.
        let inPlace = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in equalsIgnoringCase(left, right) }
        }
        if let inPlace, let result = inPlace { return result }
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in equalsIgnoringCase(left, right) }
        }
    }

    static func equalsIgnoringCase(
        _ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for index in 0..<lhs.count where lowercased(lhs[index]) != lowercased(rhs[index]) {
            return false
        }
        return true
    }

    /// Splits a comma-separated list value (RFC 9110 §5.6.1) into trimmed, non-empty elements.
    static func listElements(_ value: String) -> [Substring] {
        value.split(separator: ",").compactMap { element in
            let trimmed = element.trimmingASCIIWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing SP and HTAB.
    func trimmingASCIIWhitespace() -> SubSequence {
        let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isWhitespace($0) }) else { return self[endIndex...] }
        let last = lastIndex(where: { !isWhitespace($0) })!
        return self[first...last]
    }
}
