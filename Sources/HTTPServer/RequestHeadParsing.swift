/// The request line and header section (RFC 9112 §3 and §5), and the framing they imply (§6).
extension HTTPRequestParser {
    /// Scans for the end of the request line, refusing bytes that cannot belong to one as soon
    /// as they arrive, so binary garbage or a TLS ClientHello is answered at once rather than
    /// waiting for a line feed that never comes. Empty lines before it are skipped (§2.2).
    ///
    /// The scan runs over the buffer's memory with the indices in locals (written back on
    /// every exit), since it looks at every byte of every request line.
    mutating func takeRequestLine() throws(HTTPParseError) -> Range<Int>? {
        let maxBytes = limits.maxRequestLineBytes
        var scanIndex = self.scanIndex
        var readIndex = self.readIndex
        var isPastMethod = self.isPastMethod
        defer {
            self.scanIndex = scanIndex
            self.readIndex = readIndex
            self.isPastMethod = isPastMethod
        }
        return try buffer.withUnsafeBufferPointer { (buffer) throws(HTTPParseError) in
            while scanIndex < buffer.count {
                let byte = buffer[scanIndex]
                if byte == ASCII.lf {
                    var end = scanIndex
                    if end > readIndex, buffer[end - 1] == ASCII.cr { end -= 1 }
                    let line = readIndex..<end
                    readIndex = scanIndex + 1
                    scanIndex = readIndex
                    isPastMethod = false
                    if line.isEmpty { continue }
                    guard line.count <= maxBytes else { throw .requestLineTooLong }
                    return line
                }
                if byte == ASCII.cr {
                    guard scanIndex + 1 < buffer.count else { return nil }
                    guard buffer[scanIndex + 1] == ASCII.lf else { throw .malformedRequestLine }
                } else {
                    guard scanIndex - readIndex < maxBytes else { throw .requestLineTooLong }
                    if byte == ASCII.space {
                        isPastMethod = true
                    } else {
                        let isValid = isPastMethod ? ASCII.isVisible(byte) : ASCII.isTokenByte(byte)
                        guard isValid else { throw .malformedRequestLine }
                    }
                }
                scanIndex += 1
            }
            return nil
        }
    }

    /// `request-line = method SP request-target SP HTTP-version` (RFC 9112 §3), with exactly one
    /// space between parts. The version is checked first (505), then the method (501), then
    /// the target (400).
    mutating func parseRequestLine(_ line: Range<Int>) throws(HTTPParseError) {
        try buffer.withUnsafeBufferPointer { (all) throws(HTTPParseError) in
            let bytes = UnsafeBufferPointer(rebasing: all[line])
            guard let firstSpace = bytes.firstIndex(of: ASCII.space),
                let lastSpace = bytes.lastIndex(of: ASCII.space),
                firstSpace > 0, lastSpace > firstSpace + 1, lastSpace < bytes.count - 1
            else { throw .malformedRequestLine }
            let methodBytes = UnsafeBufferPointer(rebasing: bytes[..<firstSpace])
            let targetBytes = UnsafeBufferPointer(rebasing: bytes[(firstSpace + 1)..<lastSpace])
            let versionBytes = UnsafeBufferPointer(rebasing: bytes[(lastSpace + 1)...])
            guard !targetBytes.contains(ASCII.space) else { throw .malformedRequestLine }

            // A known method's name is a constant; only other tokens need a new string.
            let known = HTTPMethod.known(bytes: methodBytes)
            let methodName = known?.rawValue ?? String(decoding: methodBytes, as: UTF8.self)
            noteRequestLine(method: methodName, rawPath: nil)
            let version = try Self.parseVersion(versionBytes)
            guard version.major == 1, version.minor <= 1 else {
                let isPreface = methodName == "PRI" && targetBytes.elementsEqual([0x2A])
                throw isPreface ? .http2Preface : .unsupportedVersion
            }
            guard let method = known else {
                throw .unknownMethod
            }
            let resolved = try RequestTarget.parse(targetBytes, method: method)
            noteRequestLine(method: methodName, rawPath: resolved.rawPath)
            head = Head(
                method: method, target: String(decoding: targetBytes, as: UTF8.self),
                resolved: resolved, version: version)
        }
    }

    /// `HTTP-version = "HTTP/" DIGIT "." DIGIT`, case-sensitive (RFC 9112 §2.3).
    private static func parseVersion(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) throws(HTTPParseError) -> HTTPVersion {
        guard bytes.count == 8, bytes[0] == 0x48, bytes[1] == 0x54, bytes[2] == 0x54,
            bytes[3] == 0x50, bytes[4] == ASCII.slash, bytes[6] == ASCII.dot,  // "HTTP/"
            (0x30...0x39).contains(bytes[5]), (0x30...0x39).contains(bytes[7])
        else { throw .malformedRequestLine }
        return HTTPVersion(major: Int(bytes[5] - 0x30), minor: Int(bytes[7] - 0x30))
    }

    /// `field-line = field-name ":" OWS field-value OWS` (RFC 9112 §5).
    ///
    /// A line starting with whitespace is obs-fold, refused with 400 (§5.2); so is whitespace
    /// before the colon (§5.1), which some intermediaries would read as a different field.
    mutating func parseFieldLine(_ line: Range<Int>) throws(HTTPParseError) {
        guard (head?.fields.count ?? 0) < limits.maxHeaderCount else { throw .tooManyHeaders }
        let field = try buffer.withUnsafeBufferPointer {
            (all) throws(HTTPParseError) -> HTTPHeaders.Element in
            let bytes = UnsafeBufferPointer(rebasing: all[line])
            guard !ASCII.isWhitespace(bytes[0]) else { throw .obsoleteLineFolding }
            guard let colon = bytes.firstIndex(of: ASCII.colon), colon > 0 else {
                throw .invalidHeaderName
            }
            let name = UnsafeBufferPointer(rebasing: bytes[..<colon])
            guard !ASCII.isWhitespace(name[colon - 1]) else { throw .whitespaceBeforeColon }
            guard name.allSatisfy(ASCII.isTokenByte) else { throw .invalidHeaderName }

            var valueStart = colon + 1
            var valueEnd = bytes.count
            while valueStart < valueEnd, ASCII.isWhitespace(bytes[valueStart]) { valueStart += 1 }
            while valueEnd > valueStart, ASCII.isWhitespace(bytes[valueEnd - 1]) { valueEnd -= 1 }
            let value = UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])
            guard value.allSatisfy(ASCII.isFieldValueByte) else { throw .invalidHeaderValue }
            return (
                name: String(decoding: name, as: UTF8.self),
                value: String(decoding: value, as: UTF8.self)
            )
        }
        head?.fields.append(field)
    }

    /// Checks what the whole header section implies and picks how the body is framed.
    mutating func finishHead() throws(HTTPParseError) -> ParseResult? {
        // Read and updated in place: copying the head would retain and release each string.
        guard let version = head?.version, let fields = head?.fields else {
            throw .malformedRequestLine
        }
        let headers = HTTPHeaders(validatedFields: fields)
        try Self.checkHost(headers, version: version)
        let framing = try Self.bodyFraming(headers, version: version, limits: limits)
        let expectsContinue = try Self.expectsContinue(headers, version: version)
        head?.expectsContinue = expectsContinue

        switch framing {
        case .none:
            return .request(completeRequest())
        case .length(let length):
            phase = .body(remaining: length)
        case .chunked:
            phase = .chunked(.size)
        }
        return expectsContinue && readIndex == buffer.count ? .continueExpected : nil
    }

    enum BodyFraming: Equatable {
        case none
        case length(Int)
        case chunked
    }

    /// RFC 9112 §3.2: an HTTP/1.1 request needs exactly one Host; more than one is refused in
    /// any version. Its value may be empty but never holds whitespace, a slash or an `@`.
    private static func checkHost(
        _ headers: HTTPHeaders, version: HTTPVersion
    ) throws(HTTPParseError) {
        guard headers.count(of: "Host") <= 1 else { throw .invalidHost }
        guard let host = headers["Host"] else {
            if version == .http1_1 { throw .missingHost }
            return
        }
        var value = host  // scanned as contiguous bytes: a host is often a small string
        let isInvalid = value.withUTF8 { bytes in
            bytes.contains { $0 <= ASCII.space || $0 == ASCII.slash || $0 == 0x40 }
        }
        guard !isInvalid else { throw .invalidHost }
    }

    /// RFC 9112 §6.1–§6.3: chunked must be the final and only coding we decode; both framings
    /// at once are refused (request smuggling); Content-Length must be one number, repeated
    /// identically at most (RFC 9110 §8.6).
    private static func bodyFraming(
        _ headers: HTTPHeaders, version: HTTPVersion, limits: HTTPLimits
    ) throws(HTTPParseError) -> BodyFraming {
        let encodings = headers.values(for: "Transfer-Encoding")
        let lengths = headers.values(for: "Content-Length")
        if !encodings.isEmpty {
            guard lengths.isEmpty else { throw .conflictingFraming }
            guard version == .http1_1 else { throw .invalidTransferEncoding }
            let codings = encodings.flatMap(ASCII.listElements).map { $0.lowercased() }
            guard codings.last == "chunked" else { throw .invalidTransferEncoding }
            guard codings.count == 1 else {
                let isChunkedTwice = codings.dropLast().contains("chunked")
                throw isChunkedTwice ? .invalidTransferEncoding : .unsupportedTransferCoding
            }
            return .chunked
        }
        guard !lengths.isEmpty else { return .none }
        var length: Int?
        let elements = lengths.flatMap {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        for element in elements {
            let digits = element.trimmingASCIIWhitespace()
            guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
                throw .invalidContentLength
            }
            let value = digits.utf8.count > 18 ? Int.max : Int(digits)!
            guard length == nil || length == value else { throw .invalidContentLength }
            length = value
        }
        guard let length, length <= limits.maxBodyBytes else { throw .bodyTooLarge }
        return length == 0 ? .none : .length(length)
    }

    /// RFC 9110 §10.1.1: only `100-continue` is understood, and an HTTP/1.0 client's
    /// expectation is ignored because it cannot read an interim response.
    private static func expectsContinue(
        _ headers: HTTPHeaders, version: HTTPVersion
    ) throws(HTTPParseError) -> Bool {
        let expectations = headers.values(for: "Expect").flatMap(ASCII.listElements)
        guard version == .http1_1, !expectations.isEmpty else { return false }
        for expectation in expectations
        where !ASCII.equalsIgnoringCase(String(expectation), "100-continue") {
            throw .unsupportedExpectation
        }
        return true
    }
}
