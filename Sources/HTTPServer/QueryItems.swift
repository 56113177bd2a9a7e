/// Decoding of `application/x-www-form-urlencoded` style query strings.
///
/// A query is data for a handler, not a routing key, so decoding here is lenient: a stray `%`
/// stays literal and invalid UTF-8 becomes U+FFFD, rather than failing the whole request.
enum QueryItems {
    /// Splits `a=1&b=x+y` into decoded pairs; `+` is a space, `%XX` a byte, empty pairs skipped.
    static func decode(_ query: String) -> [(name: String, value: String)] {
        var items: [(name: String, value: String)] = []
        for pair in query.utf8.split(separator: ASCII.ampersand) {
            let equals = pair.firstIndex(of: ASCII.equals)
            let name = pair[..<(equals ?? pair.endIndex)]
            let value = equals.map { pair[pair.index(after: $0)...] } ?? pair[pair.endIndex...]
            items.append((name: decodeComponent(name), value: decodeComponent(value)))
        }
        return items
    }

    /// Decodes one name or value.
    static func decodeComponent(_ component: Substring.UTF8View) -> String {
        guard component.contains(where: { $0 == ASCII.percent || $0 == ASCII.plus }) else {
            return String(Substring(component))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(component.count)
        var index = component.startIndex
        while index < component.endIndex {
            let byte = component[index]
            index = component.index(after: index)
            switch byte {
            case ASCII.plus:
                bytes.append(ASCII.space)
            case ASCII.percent:
                let rest = component[index...]
                if rest.count >= 2,
                    let high = ASCII.hexValue(rest[rest.startIndex]),
                    let low = ASCII.hexValue(rest[rest.index(after: rest.startIndex)])
                {
                    bytes.append(high << 4 | low)
                    index = component.index(index, offsetBy: 2)
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
