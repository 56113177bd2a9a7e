import CZlib

/// gzip (RFC 1952) through zlib, for text answers whose client sends
/// `Accept-Encoding: gzip`. Answers are compressed once, when they are cached, never per
/// request.
enum Gzip {
    /// Below this many bytes the gzip header costs more than it saves.
    static let minimumBytes = 512

    /// The compressed bytes, or nil when compression fails or does not make the body
    /// smaller.
    static func compress(_ input: [UInt8]) -> [UInt8]? {
        guard input.count >= minimumBytes else { return nil }

        var stream = z_stream()
        let windowBitsWithGzipHeader: Int32 = 15 + 16
        let status = deflateInit2_(
            &stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBitsWithGzipHeader, 8,
            Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { return nil }
        defer { deflateEnd(&stream) }

        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
        let result = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END, Int(stream.total_out) < input.count else { return nil }
        return Array(output.prefix(Int(stream.total_out)))
    }

    /// Whether `Accept-Encoding` allows gzip (RFC 9110 §12.5.3): listed with q > 0, or
    /// covered by `*` and not refused by name.
    static func isAccepted(by header: String?) -> Bool {
        let items = QualityList(header).items
        if let gzip = items.first(where: { $0.value == "gzip" || $0.value == "x-gzip" }) {
            return gzip.quality > 0
        }
        return items.first { $0.value == "*" }.map { $0.quality > 0 } ?? false
    }
}
