/// The request-target split into what a responder needs (RFC 9112 §3.2).
///
/// The path is percent-decoded exactly once and then stripped of dot segments, so no handler
/// ever sees `..` as a segment, however it was spelled on the wire (`%2E%2E` included). The raw
/// path is kept apart because it is safe to log: it holds only visible ASCII.
struct RequestTarget: Equatable {
    /// Percent-decoded, valid UTF-8, without NUL or dot segments; starts with `/` (or is `*`).
    var path: String
    /// The path as sent, still percent-encoded; what the access log shows.
    var rawPath: String
    /// The raw query after `?`, or nil when the target had no `?`.
    var query: String?

    /// Parses the target bytes of a request line.
    ///
    /// Accepts origin-form (`/path?query`), absolute-form (`http://host/path`, which §3.2.2
    /// obliges a server to accept) and asterisk-form for OPTIONS. Authority-form is only for
    /// CONNECT, which the parser already refused.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, method: HTTPMethod
    ) throws(HTTPParseError) -> RequestTarget {
        if bytes.count == 1, bytes[0] == 0x2A {
            guard method == .options else { throw .invalidTarget }
            return RequestTarget(path: "*", rawPath: "*", query: nil)
        }
        guard !bytes.contains(ASCII.hash) else { throw .invalidTarget }
        let start = try originFormStart(bytes)
        let origin = UnsafeBufferPointer(rebasing: bytes[start...])

        let queryMark = origin.firstIndex(of: ASCII.question)
        let rawPathBytes = UnsafeBufferPointer(rebasing: origin[..<(queryMark ?? origin.count)])
        let rawPath = rawPathBytes.isEmpty ? "/" : String(decoding: rawPathBytes, as: UTF8.self)
        let query = queryMark.map {
            String(decoding: UnsafeBufferPointer(rebasing: origin[($0 + 1)...]), as: UTF8.self)
        }

        // Most paths have nothing to decode: the raw string is the path, made once.
        let isPlain =
            !rawPathBytes.contains(ASCII.percent) && !containsDotSegment(rawPathBytes)
        let path = try rawPathBytes.isEmpty || isPlain ? rawPath : decodePath(rawPathBytes)
        return RequestTarget(path: path, rawPath: rawPath, query: query)
    }

    /// Where the origin-form part begins: 0 for `/path`, after the authority for absolute-form.
    private static func originFormStart(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) throws(HTTPParseError) -> Int {
        if bytes.first == ASCII.slash { return 0 }
        let schemeLength: Int
        if hasPrefixIgnoringCase(bytes, "http://") {
            schemeLength = 7
        } else if hasPrefixIgnoringCase(bytes, "https://") {
            schemeLength = 8
        } else {
            throw .invalidTarget
        }
        let rest = bytes[schemeLength...]
        let authorityEnd =
            rest.firstIndex { $0 == ASCII.slash || $0 == ASCII.question } ?? bytes.count
        guard authorityEnd > schemeLength else { throw .invalidTarget }
        return authorityEnd
    }

    private static func hasPrefixIgnoringCase(
        _ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString
    ) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let expected = UnsafeBufferPointer(start: prefix.utf8Start, count: count)
        return ASCII.equalsIgnoringCase(UnsafeBufferPointer(rebasing: bytes[..<count]), expected)
    }

    /// Decodes `%XX` once (RFC 3986 §2.1), refusing NUL, bad escapes and invalid or overlong
    /// UTF-8, then removes dot segments (RFC 3986 §5.2.4).
    static func decodePath(
        _ raw: UnsafeBufferPointer<UInt8>
    ) throws(HTTPParseError) -> String {
        guard raw.contains(ASCII.percent) || containsDotSegment(raw) else {
            return String(decoding: raw, as: UTF8.self)
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == ASCII.percent else {
                decoded.append(byte)
                index += 1
                continue
            }
            guard index + 2 < raw.count,
                let high = ASCII.hexValue(raw[index + 1]),
                let low = ASCII.hexValue(raw[index + 2])
            else { throw .invalidPercentEncoding }
            let value = high << 4 | low
            guard value != 0 else { throw .invalidPercentEncoding }
            decoded.append(value)
            index += 3
        }
        let normalized = decoded.withUnsafeBufferPointer { containsDotSegment($0) }
            ? removingDotSegments(decoded) : decoded
        guard let path = String(validating: normalized, as: UTF8.self) else {
            throw .invalidPercentEncoding
        }
        return path
    }

    /// Whether a `/`-separated path has a `.` or `..` segment.
    static func containsDotSegment(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        var segmentStart = 0
        for index in 0...path.count where index == path.count || path[index] == ASCII.slash {
            let length = index - segmentStart
            if length == 1 || length == 2,
                path[segmentStart] == ASCII.dot,
                length == 1 || path[segmentStart + 1] == ASCII.dot
            {
                return true
            }
            segmentStart = index + 1
        }
        return false
    }

    /// RFC 3986 §5.2.4 for an absolute path: `.` goes, `..` removes the segment before it and
    /// never climbs above the root. A trailing dot segment leaves a trailing slash.
    static func removingDotSegments(_ path: [UInt8]) -> [UInt8] {
        let segments = path.split(separator: ASCII.slash, omittingEmptySubsequences: false)
            .dropFirst()
        var kept: [ArraySlice<UInt8>] = []
        for (position, segment) in segments.enumerated() {
            let isLast = position == segments.count - 1
            switch Array(segment) {
            case [ASCII.dot]:
                if isLast { kept.append([]) }
            case [ASCII.dot, ASCII.dot]:
                _ = kept.popLast()
                if isLast { kept.append([]) }
            default:
                kept.append(segment)
            }
        }
        var result: [UInt8] = []
        for segment in kept {
            result.append(ASCII.slash)
            result.append(contentsOf: segment)
        }
        return result.isEmpty ? [ASCII.slash] : result
    }
}
