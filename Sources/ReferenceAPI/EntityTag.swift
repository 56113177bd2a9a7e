import CZlib

/// Strong entity tags (RFC 9110 §8.8.3) computed from an answer's bytes: the same bytes
/// give the same tag on every replica and after every restart, so a CDN and browsers can
/// revalidate with `If-None-Match`.
enum EntityTag {
    static func make(for body: [UInt8]) -> String {
        let crc = body.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        let adler = body.withUnsafeBufferPointer { adler32(1, $0.baseAddress, uInt($0.count)) }
        return "\"\(hex(crc))\(hex(adler))-\(String(body.count, radix: 16))\""
    }

    /// `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `W/` is ignored, and
    /// `*` matches any current representation.
    static func matches(_ header: String?, _ tag: String) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { candidate in
            var value = candidate.trimmingASCIIWhitespace()
            if value == "*" { return true }
            if value.hasPrefix("W/") { value = value.dropFirst(2) }
            return value == tag
        }
    }

    private static func hex(_ value: uLong) -> String {
        let digits = String(value & 0xFFFF_FFFF, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
