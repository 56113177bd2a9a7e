/// Decoding of a chunked request body (RFC 9112 §7.1), bounded by `maxBodyBytes`.
///
/// ```
/// chunked-body = *chunk last-chunk trailer-section CRLF
/// chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
/// ```
/// Extensions are ignored (§7.1.1) and trailer fields discarded (§7.1.2); trailer bytes count
/// against `maxHeaderBytes`.
extension HTTPRequestParser {
    /// The longest chunk-size line accepted, extensions included.
    static let maxChunkSizeLineBytes = 1_024

    mutating func stepChunked(_ chunkPhase: ChunkPhase) throws(HTTPParseError) -> ParseResult? {
        switch chunkPhase {
        case .size:
            let budget = Self.maxChunkSizeLineBytes
            guard let line = try takeLine(budget: budget, overflow: .invalidChunk) else {
                return .needMoreData
            }
            let size = try parseChunkSize(line.content)
            guard size <= limits.maxBodyBytes - body.count else { throw .bodyTooLarge }
            phase = .chunked(size == 0 ? .trailers : .data(remaining: size))
            return nil
        case .data(let remaining):
            let available = min(buffer.count - readIndex, remaining)
            guard available > 0 else { return .needMoreData }
            body.append(contentsOf: buffer[readIndex..<(readIndex + available)])
            readIndex += available
            scanIndex = readIndex
            let left = remaining - available
            phase = .chunked(left == 0 ? .dataEnd : .data(remaining: left))
            return nil
        case .dataEnd:
            guard let consumed = try chunkDataEnd() else { return .needMoreData }
            readIndex += consumed
            scanIndex = readIndex
            phase = .chunked(.size)
            return nil
        case .trailers:
            let budget = limits.maxHeaderBytes - (head?.headerBytes ?? 0)
            guard let line = try takeLine(budget: budget, overflow: .headersTooLarge) else {
                return .needMoreData
            }
            head?.headerBytes += line.consumed
            return line.content.isEmpty ? .request(completeRequest()) : nil
        }
    }

    /// `chunk-size [ chunk-ext ]`: hex digits, then nothing or BWS and `;` extensions.
    private func parseChunkSize(_ line: Range<Int>) throws(HTTPParseError) -> Int {
        var size = 0
        var index = line.lowerBound
        while index < line.upperBound, let digit = ASCII.hexValue(buffer[index]) {
            guard size <= (Int.max >> 4) else { throw .bodyTooLarge }
            size = size << 4 | Int(digit)
            index += 1
        }
        guard index > line.lowerBound else { throw .invalidChunk }
        while index < line.upperBound, ASCII.isWhitespace(buffer[index]) { index += 1 }
        guard index == line.upperBound || buffer[index] == ASCII.semicolon else {
            throw .invalidChunk
        }
        guard buffer[index..<line.upperBound].allSatisfy(ASCII.isFieldValueByte) else {
            throw .invalidChunk
        }
        return size
    }

    /// The CRLF (or bare LF) after chunk data: how many bytes it takes, nil if not yet here.
    private func chunkDataEnd() throws(HTTPParseError) -> Int? {
        guard readIndex < buffer.count else { return nil }
        if buffer[readIndex] == ASCII.lf { return 1 }
        guard buffer[readIndex] == ASCII.cr else { throw .invalidChunk }
        guard readIndex + 1 < buffer.count else { return nil }
        guard buffer[readIndex + 1] == ASCII.lf else { throw .invalidChunk }
        return 2
    }
}
