import Synchronization

/// Remembers what negotiation decided for each distinct header value, so a request pays a
/// hash lookup instead of parsing its `Accept`, `Accept-Language` and `Accept-Encoding`
/// lists again.
///
/// Negotiation is a pure function of these inputs, and clients send few distinct values
/// (one per browser build), so the answers repeat. Each table is bounded by entries and
/// emptied when full, so a client inventing header values costs memory only up to that
/// bound. Refusals (an unsupported `?lang=`) are not remembered: they go through
/// ``Negotiator`` every time and throw from there.
final class NegotiationMemo: Sendable {
    /// What one decision depends on: the query parameter, if any, and the header.
    private struct Input: Hashable {
        let query: String?
        let header: String?
    }

    private struct Tables {
        var languages: [Input: String] = [:]
        var formats: [Input: Format] = [:]
        var gzip: [String: Bool] = [:]
    }

    static let maxEntries = 256

    let negotiator: Negotiator
    private let tables = Mutex(Tables())
    /// The decisions for a request without the parameter and the header, the most common
    /// case (programs send neither), kept apart so it needs no lookup at all.
    private let plainLanguage: String
    private let plainFormat: Format

    init(_ negotiator: Negotiator) {
        self.negotiator = negotiator
        plainLanguage = (try? negotiator.language(query: nil, acceptLanguage: nil))
            ?? negotiator.defaultLanguage
        plainFormat = (try? negotiator.format(query: nil, accept: nil)) ?? .json
    }

    func language(query: String?, acceptLanguage: String?) throws(APIError) -> String {
        if query == nil, acceptLanguage == nil { return plainLanguage }
        let input = Input(query: query, header: acceptLanguage)
        if let known = tables.withLock({ $0.languages[input] }) { return known }
        let language = try negotiator.language(query: query, acceptLanguage: acceptLanguage)
        tables.withLock { Self.remember(language, for: input, in: &$0.languages) }
        return language
    }

    func format(query: String?, accept: String?) throws(APIError) -> Format {
        if query == nil, accept == nil { return plainFormat }
        let input = Input(query: query, header: accept)
        if let known = tables.withLock({ $0.formats[input] }) { return known }
        let format = try negotiator.format(query: query, accept: accept)
        tables.withLock { Self.remember(format, for: input, in: &$0.formats) }
        return format
    }

    /// ``Gzip/isAccepted(by:)`` for this `Accept-Encoding` value.
    func acceptsGzip(_ acceptEncoding: String?) -> Bool {
        guard let acceptEncoding else { return false }
        if let known = tables.withLock({ $0.gzip[acceptEncoding] }) { return known }
        let accepted = Gzip.isAccepted(by: acceptEncoding)
        tables.withLock { Self.remember(accepted, for: acceptEncoding, in: &$0.gzip) }
        return accepted
    }

    private static func remember<Key, Value>(
        _ value: Value, for key: Key, in table: inout [Key: Value]
    ) {
        if table.count >= maxEntries { table.removeAll(keepingCapacity: true) }
        table[key] = value
    }
}
