/// An `Accept` or `Accept-Language` header as (value, q) pairs (RFC 9110 §12.4.2), in the
/// order sent. Malformed q-values count as 1 would be too generous; they count as 0.
struct QualityList: Sendable {
    struct Item: Sendable, Equatable {
        let value: String
        let quality: Double
    }

    let items: [Item]

    init(_ header: String?) {
        guard let header else {
            items = []
            return
        }

        items = header.split(separator: ",").compactMap { element in
            let parts = element.split(separator: ";")
            guard let first = parts.first else { return nil }

            let value = first.trimmingASCIIWhitespace().asciiLowercased()
            guard !value.isEmpty else { return nil }

            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.trimmingASCIIWhitespace()
                guard pair.hasPrefix("q=") || pair.hasPrefix("Q=") else { continue }
                quality = Double(pair.dropFirst(2)).flatMap { (0...1).contains($0) ? $0 : nil }
                    ?? 0
            }
            return Item(value: value, quality: quality)
        }
    }
}

extension StringProtocol {
    func trimmingASCIIWhitespace() -> Substring {
        let trimmed = drop { $0 == " " || $0 == "\t" }
        var end = trimmed.endIndex
        while end > trimmed.startIndex {
            let before = trimmed.index(before: end)
            guard trimmed[before] == " " || trimmed[before] == "\t" else { break }
            end = before
        }
        return Substring(trimmed[..<end])
    }

    /// Lowercases A–Z only: protocol tokens are ASCII, and a locale-aware lowercasing would
    /// turn a Turkish dotted capital I into something no header ever means.
    func asciiLowercased() -> String {
        String(decoding: utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
