import Glibc

/// The `Date` field value in IMF-fixdate form (RFC 9110 §5.6.7), such as
/// `Sun, 06 Nov 1994 08:49:37 GMT`, formatted at most once per second.
///
/// Formatting writes digits directly: no `DateFormatter`, no locale, no allocation on the
/// requests that share a second.
struct HTTPDateCache {
    private var second = Int.min
    private var cached: [UInt8] = []

    /// The date for the current wall-clock second.
    mutating func current() -> [UInt8] {
        let now = Int(time(nil))
        if now != second {
            second = now
            cached = Self.format(epochSeconds: now)
        }
        return cached
    }

    private static let dayNames = Array("SunMonTueWedThuFriSat".utf8)
    private static let monthNames = Array("JanFebMarAprMayJunJulAugSepOctNovDec".utf8)

    /// Formats seconds since 1970 as the 29 bytes of an IMF-fixdate.
    static func format(epochSeconds: Int) -> [UInt8] {
        var seconds = time_t(epochSeconds)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var out: [UInt8] = []
        out.reserveCapacity(29)
        let day = Int(parts.tm_wday) * 3
        out.append(contentsOf: dayNames[day..<(day + 3)])
        out.append(contentsOf: [ASCII.comma, ASCII.space])
        appendDigits(Int(parts.tm_mday), width: 2, to: &out)
        out.append(ASCII.space)
        let month = Int(parts.tm_mon) * 3
        out.append(contentsOf: monthNames[month..<(month + 3)])
        out.append(ASCII.space)
        appendDigits(Int(parts.tm_year) + 1900, width: 4, to: &out)
        out.append(ASCII.space)
        appendDigits(Int(parts.tm_hour), width: 2, to: &out)
        out.append(ASCII.colon)
        appendDigits(Int(parts.tm_min), width: 2, to: &out)
        out.append(ASCII.colon)
        appendDigits(Int(parts.tm_sec), width: 2, to: &out)
        out.append(contentsOf: " GMT".utf8)
        return out
    }

    /// Appends `value` in decimal, left-padded with zeros to `width`.
    static func appendDigits(_ value: Int, width: Int, to out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + (rest / divisor) % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
