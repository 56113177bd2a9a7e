import Foundation
import ReplyCodes
import Synchronization

/// The catalogue as the server reads it: a read-only SQLite connection and its prepared
/// statements, returning `ReplyCodes` values.
///
/// The connection is confined behind a mutex, so the catalogue can be shared by any thread;
/// answers are cached whole above this layer, so the lock is rarely taken after warm-up.
public final class Catalog: Sendable {
    /// The language every text exists in, and the one a missing translation falls back to.
    public static let fallbackLanguage = "en"

    /// The languages the content is written in, in the order they are offered.
    public let languages: [String]

    /// Each language's name in itself ('Türkçe'), for a language switch.
    public let languageNames: [String: String]

    /// Registry entries (X.s.d) the IANA registry associates with a 2xx reply (X.7.0 with
    /// 235, X.1.5 with 250), and X.0.0, which it lists with any code; the others are
    /// failures that are never sent with class 2.
    public let successCapableEntries: Set<String>

    private let queries: Mutex<CatalogQueries>

    /// Opens a migrated database read-only and prepares every query once.
    public init(path: String) throws {
        let connection = try SQLiteConnection(path: path, mode: .readOnly)
        try connection.checkIntegrity()
        let queries = try CatalogQueries(connection: connection)
        let languages = try queries.languages()
        self.languages = languages.map(\.tag)
        self.languageNames = Dictionary(uniqueKeysWithValues: languages.map { ($0.tag, $0.name) })
        self.successCapableEntries = Set(try queries.successCapableEntries())
        self.queries = Mutex(queries)
    }

    /// The entry for `code` in `language`, or nil when the catalogue has no such code.
    /// Texts missing in `language` come in English and are listed in `fallbackFields`.
    public func entry(for code: ReplyCode, language: String) throws -> CodeEntry? {
        try queries.withLock { queries in
            for key in code.catalogKeys {
                if let entry = try queries.entry(key: key, code: code, language: language) {
                    return entry
                }
            }
            return nil
        }
    }

    /// Whether a code is in the catalogue, without reading its texts.
    public func contains(_ code: ReplyCode) throws -> Bool {
        try queries.withLock { queries in
            try code.catalogKeys.contains { try queries.exists(key: $0) }
        }
    }

    /// The hand-written comparison of two codes, whichever order they are asked in.
    public func curatedComparison(
        _ first: ReplyCode, _ second: ReplyCode, language: String
    ) throws -> CuratedComparison? {
        let pair = [first.description, second.description].sorted {
            $0.utf8.lexicographicallyPrecedes($1.utf8)
        }
        return try queries.withLock { queries in
            try queries.comparison(pair[0], pair[1], language: language)
        }
    }

    /// The hand-written comparisons `code` takes part in, as (the code as stored, the other
    /// code), in code order. A registry entry (X.7.1) is compared under its classes (4.7.1,
    /// 5.7.1), so its page lists those.
    public func comparisonPartners(of code: ReplyCode) throws -> [(own: String, other: String)] {
        var spellings = [code.description]
        if case .enhanced(let enhanced) = code, enhanced.statusClass == .unspecified {
            spellings += ["2", "4", "5"].map { "\($0).\(enhanced.subject).\(enhanced.detail)" }
        }
        let pairs = try queries.withLock { queries in
            try spellings.flatMap { try queries.comparisonPartners(of: $0) }
        }
        return pairs.map { (own: $0.0, other: $0.1) }
            .sorted { ($0.own, $0.other) < ($1.own, $1.other) }
    }

    /// Every code with its title in `language` (English where missing), in catalogue order.
    public func summaries(language: String) throws -> [CodeSummary] {
        try queries.withLock { try $0.summaries(language: language) }
    }

    /// Codes matching `text`, best first, with titles in `language`: codes whose number
    /// starts with what was typed come first (the exact code before all), then full-text
    /// matches in any language, so English words find codes on the Turkish site too.
    public func search(_ text: String, language: String) throws -> [CodeSummary] {
        let all = try summaries(language: language)
        let typed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let numeric = !typed.isEmpty && typed.allSatisfy { $0.isNumber || $0 == "." || $0 == "X" }
        let byNumber = numeric ? all.filter { $0.code.hasPrefix(typed) } : []
        let exact = byNumber.filter { $0.code == typed }

        let byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
        let matched = try queries.withLock { try $0.search(SearchQuery(text)) }
            .compactMap { byCode[$0] }

        var seen = Set<String>()
        return (exact + byNumber + matched).filter { seen.insert($0.code).inserted }
    }

    /// Every pair with a hand-written comparison, as stored (first code first).
    public func comparisonPairs() throws -> [(String, String)] {
        try queries.withLock { try $0.comparisonPairs() }
    }

    /// The verbs that have a command page, in alphabetical order.
    public func commandVerbs() throws -> [String] {
        try queries.withLock { try $0.commandVerbs() }
    }

    /// A command and the replies it can get, or nil for a verb the catalogue does not know.
    public func command(_ verb: String, language: String) throws -> CommandEntry? {
        let titles = Dictionary(
            uniqueKeysWithValues: try summaries(language: language).map { ($0.code, $0) })
        return try queries.withLock {
            try $0.command(verb: verb, language: language, titles: titles)
        }
    }

    /// Interface strings (headings, labels, templates) in `language`, English where missing.
    public func interfaceStrings(language: String) throws -> [String: String] {
        try queries.withLock { try $0.interfaceStrings(language: language) }
    }
}
