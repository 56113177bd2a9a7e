/// Decoding of `application/x-www-form-urlencoded` style query strings.
///
/// A query is data for a handler, not a routing key, so decoding here is lenient: a stray `%`
/// stays literal and invalid UTF-8 becomes U+FFFD, rather than failing the whole request.
///
/// Every request with a query is decoded, so the work is done on the string's bytes in place
/// rather than through `String.UTF8View` slices.
enum QueryItems {
    /// Splits `a=1&b=x+y` into decoded pairs; `+` is a space, `%XX` a byte, empty pairs skipped.
    static func decode(_ query: String) -> [(name: String, value: String)] {
        var query = query
        return query.withUTF8 { bytes in
            var items: [(name: String, value: String)] = []
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: ASCII.ampersand) ?? bytes.count
                if end > start {
                    let pair = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    let equals = pair.firstIndex(of: ASCII.equals) ?? pair.count
                    let name = UnsafeBufferPointer(rebasing: pair[..<equals])
                    let value = UnsafeBufferPointer(rebasing: pair[min(equals + 1, pair.count)...])
                    items.append((name: decodeComponent(name), value: decodeComponent(value)))
                }
                start = end + 1
            }
            return items
        }
    }

    /// Decodes one name or value.
    static func decodeComponent(_ component: UnsafeBufferPointer<UInt8>) -> String {
        guard component.contains(where: { $0 == ASCII.percent || $0 == ASCII.plus }) else {
            return String(decoding: component, as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(component.count)
        var index = 0
        while index < component.count {
            let byte = component[index]
            index += 1
            switch byte {
            case ASCII.plus:
                bytes.append(ASCII.space)
            case ASCII.percent:
                if index + 1 < component.count,
                    let high = ASCII.hexValue(component[index]),
                    let low = ASCII.hexValue(component[index + 1])
                {
                    bytes.append(high << 4 | low)
                    index += 2
                } else {
                    bytes.append(byte)
                }
            default:
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
