import ReplyCodes

/// The prepared statements of `Catalog`, and the mapping from rows to values. Confined to
/// one thread at a time by `Catalog`'s mutex.
final class CatalogQueries {
    private let connection: SQLiteConnection
    private let code: SQLiteStatement
    private let texts: SQLiteStatement
    private let references: SQLiteStatement
    private let related: SQLiteStatement
    private let usages: SQLiteStatement
    private let comparison: SQLiteStatement
    private let strings: SQLiteStatement
    private let partners: SQLiteStatement
    private let summaries: SQLiteStatement
    private let command: SQLiteStatement
    private let commandTexts: SQLiteStatement
    private let commandReplies: SQLiteStatement
    private let verbs: SQLiteStatement
    private let search: SQLiteStatement
    private let pairs: SQLiteStatement

    init(connection: SQLiteConnection) throws {
        self.connection = connection
        code = try connection.prepare("SELECT status, vendor FROM codes WHERE code = ?1")
        texts = try connection.prepare(
            "SELECT field, lang, body FROM code_texts WHERE code = ?1 AND lang IN (?2, ?3)")
        references = try connection.prepare(
            "SELECT document, section FROM code_references WHERE code = ?1 ORDER BY position")
        related = try connection.prepare(
            "SELECT related FROM related_codes WHERE code = ?1 ORDER BY position")
        usages = try connection.prepare(
            """
            SELECT u.position, u.context, u.document, u.section, t.lang, t.meaning
            FROM code_usages AS u JOIN usage_texts AS t USING (code, position)
            WHERE u.code = ?1 AND t.lang IN (?2, ?3)
            ORDER BY u.position
            """)
        comparison = try connection.prepare(
            """
            SELECT field, lang, body FROM comparison_texts
            WHERE code_a = ?1 AND code_b = ?2 AND lang IN (?3, ?4)
            """)
        partners = try connection.prepare(
            """
            SELECT code_b FROM comparisons WHERE code_a = ?1
            UNION SELECT code_a FROM comparisons WHERE code_b = ?1
            """)
        summaries = try connection.prepare(
            """
            SELECT c.code, c.kind, c.status, t.lang, t.body
            FROM codes AS c
            LEFT JOIN code_texts AS t
                ON t.code = c.code AND t.field = 'title' AND t.lang IN (?1, ?2)
            """)
        command = try connection.prepare("SELECT document, section FROM commands WHERE verb = ?1")
        commandTexts = try connection.prepare(
            "SELECT field, lang, body FROM command_texts WHERE verb = ?1 AND lang IN (?2, ?3)")
        commandReplies = try connection.prepare(
            "SELECT code FROM command_replies WHERE verb = ?1 ORDER BY position")
        verbs = try connection.prepare("SELECT verb FROM commands ORDER BY verb")
        search = try connection.prepare(
            """
            WITH hits AS MATERIALIZED (
                SELECT code, bm25(code_search) * (CASE field WHEN 'title' THEN 5 ELSE 1 END)
                    AS score
                FROM code_search WHERE code_search MATCH ?1
            )
            SELECT code FROM hits GROUP BY code ORDER BY min(score), code LIMIT 200
            """)
        pairs = try connection.prepare("SELECT code_a, code_b FROM comparisons ORDER BY 1, 2")
        strings = try connection.prepare(
            "SELECT key, lang, value FROM ui_strings WHERE lang IN (?1, ?2)")
    }

    func languages() throws -> [(tag: String, name: String)] {
        let statement = try connection.prepare("SELECT tag, name FROM languages ORDER BY position")
        return try statement.rows(binding: []) { ($0.text(at: 0) ?? "", $0.text(at: 1) ?? "") }
    }

    func exists(key: String) throws -> Bool {
        try code.reset(binding: [key])
        return try code.step()
    }

    func entry(key: String, code requested: ReplyCode, language: String) throws -> CodeEntry? {
        try code.reset(binding: [key])
        guard try code.step() else { return nil }

        let status = CodeStatus(rawValue: code.text(at: 0) ?? "") ?? .nonStandard
        let vendor = code.text(at: 1)
        let fallback = Catalog.fallbackLanguage

        let textRows = try texts.rows(binding: [key, language, fallback]) { row in
            (
                row.text(at: 0) ?? "",
                LocalizedText(
                    body: row.text(at: 2) ?? "",
                    language: row.text(at: 1) ?? "")
            )
        }
        var fields: [TextField: LocalizedText] = [:]
        for (name, text) in textRows {
            guard let field = TextField(rawValue: name) else { continue }
            if fields[field] == nil || text.language == language { fields[field] = text }
        }

        let references = try self.references.rows(binding: [key]) { row in
            Reference(document: row.text(at: 0) ?? "", section: row.text(at: 1) ?? "")
        }
        let related = try self.related.rows(binding: [key]) { row in
            Self.applyingClass(of: requested, to: row.text(at: 0) ?? "")
        }

        return CodeEntry(
            code: requested, catalogKey: key, status: status, vendor: vendor,
            language: language, texts: fields, references: references, related: related,
            usages: try usages(key: key, language: language))
    }

    func comparison(_ first: String, _ second: String, language: String) throws
        -> CuratedComparison?
    {
        let rows = try comparison.rows(
            binding: [first, second, language, Catalog.fallbackLanguage]
        ) { row in
            (
                row.text(at: 0) ?? "",
                LocalizedText(
                    body: row.text(at: 2) ?? "",
                    language: row.text(at: 1) ?? "")
            )
        }
        guard !rows.isEmpty else { return nil }

        var fields: [ComparisonField: LocalizedText] = [:]
        for (name, text) in rows {
            guard let field = ComparisonField(rawValue: name) else { continue }
            if fields[field] == nil || text.language == language { fields[field] = text }
        }
        return CuratedComparison(texts: fields)
    }

    func comparisonPartners(of code: String) throws -> [(String, String)] {
        try partners.rows(binding: [code]) { (code, $0.text(at: 0) ?? "") }
    }

    func summaries(language: String) throws -> [CodeSummary] {
        let rows = try summaries.rows(binding: [language, Catalog.fallbackLanguage]) { row in
            (
                row.text(at: 3),
                CodeSummary(
                    code: row.text(at: 0) ?? "",
                    kind: CodeKind(rawValue: row.text(at: 1) ?? "") ?? .basic,
                    status: CodeStatus(rawValue: row.text(at: 2) ?? "") ?? .nonStandard,
                    title: row.text(at: 4) ?? "")
            )
        }
        var byCode: [String: CodeSummary] = [:]
        for (lang, summary) in rows where byCode[summary.code] == nil || lang == language {
            byCode[summary.code] = summary
        }
        return byCode.values.sorted(by: CodeSummary.catalogueOrder)
    }

    /// The codes whose texts (in any language) match, best first.
    func search(_ query: SearchQuery) throws -> [String] {
        guard !query.isEmpty else { return [] }
        return try search.rows(binding: [query.matchExpression]) { $0.text(at: 0) ?? "" }
    }

    func comparisonPairs() throws -> [(String, String)] {
        try pairs.rows(binding: []) { ($0.text(at: 0) ?? "", $0.text(at: 1) ?? "") }
    }

    func successCapableEntries() throws -> [String] {
        let statement = try connection.prepare(
            """
            SELECT DISTINCT code FROM registry_associations WHERE basic GLOB '2[0-9][0-9]'
            UNION SELECT 'X.0.0'
            """)
        return try statement.rows(binding: []) { $0.text(at: 0) ?? "" }
    }

    func commandVerbs() throws -> [String] {
        try verbs.rows(binding: []) { $0.text(at: 0) ?? "" }
    }

    /// The command with its replies; titles of the replies come from `titles`.
    func command(
        verb: String, language: String, titles: [String: CodeSummary]
    ) throws -> CommandEntry? {
        try command.reset(binding: [verb])
        guard try command.step() else { return nil }

        let reference = Reference(
            document: command.text(at: 0) ?? "", section: command.text(at: 1) ?? "")
        let rows = try commandTexts.rows(binding: [verb, language, Catalog.fallbackLanguage]) {
            row in (row.text(at: 0) ?? "", row.text(at: 1) ?? "", row.text(at: 2) ?? "")
        }
        var fields: [String: String] = [:]
        for (field, lang, body) in rows where fields[field] == nil || lang == language {
            fields[field] = body
        }
        let replies = try commandReplies.rows(binding: [verb]) { $0.text(at: 0) ?? "" }
            .compactMap { titles[$0] }

        return CommandEntry(
            verb: verb, title: fields["title"] ?? verb, description: fields["description"] ?? "",
            reference: reference, replies: replies)
    }

    func interfaceStrings(language: String) throws -> [String: String] {
        let rows = try strings.rows(binding: [language, Catalog.fallbackLanguage]) { row in
            (row.text(at: 0) ?? "", row.text(at: 1) ?? "", row.text(at: 2) ?? "")
        }
        var values: [String: String] = [:]
        for (key, lang, value) in rows where values[key] == nil || lang == language {
            values[key] = value
        }
        return values
    }

    private func usages(key: String, language: String) throws -> [Usage] {
        let rows = try usages.rows(binding: [key, language, Catalog.fallbackLanguage]) { row in
            (
                position: row.int(at: 0),
                usage: Usage(
                    context: row.text(at: 1) ?? "",
                    reference: Reference(
                        document: row.text(at: 2) ?? "",
                        section: row.text(at: 3) ?? ""),
                    meaning: LocalizedText(
                        body: row.text(at: 5) ?? "",
                        language: row.text(at: 4) ?? ""))
            )
        }

        var byPosition: [Int: Usage] = [:]
        for row in rows
        where byPosition[row.position] == nil
            || row.usage.meaning.language == language
        {
            byPosition[row.position] = row.usage
        }
        return byPosition.sorted { $0.key < $1.key }.map(\.value)
    }

    /// A registry entry's relatives are stored class-free ('X.7.8'); on the page of 5.7.1,
    /// or of 550, they are offered as 5.7.8, in the class the reader is looking at. A 3xx
    /// reply never carries an enhanced code (RFC 2034), so there they stay class-free.
    static func applyingClass(of code: ReplyCode, to related: String) -> String {
        guard related.hasPrefix("X."), let symbol = enhancedClassSymbol(of: code) else {
            return related
        }
        return symbol + related.dropFirst()
    }

    private static func enhancedClassSymbol(of code: ReplyCode) -> String? {
        switch code {
        case .enhanced(let enhanced):
            enhanced.statusClass == .unspecified ? nil : enhanced.statusClass.symbol
        case .basic(let basic):
            [2, 4, 5].contains(basic.classDigit) && basic.isWithinGrammar
                ? String(basic.classDigit) : nil
        }
    }
}
