import Foundation
import ReplyCodes
import Testing

@testable import Catalog

@Suite("Catalogue content")
struct ContentTests {
    let catalog = MigratedCatalog.catalog

    static let requiredBasicFields: [TextField] = [
        .title, .description, .seenWhen, .howToFix, .retry,
    ]
    static let requiredEnhancedFields: [TextField] = [.title, .description, .seenWhen, .howToFix]

    @Test("the catalogue is written in English and Turkish")
    func languages() {
        #expect(catalog.languages == ["en", "tr"])
        #expect(catalog.languageNames["tr"] == "Türkçe")
    }

    @Test(
        "every core code is served complete in both languages",
        arguments: FactTable.coreBasicCodes)
    func coreCodeIsComplete(code: String) throws {
        try expectComplete(code, fields: Self.requiredBasicFields)
    }

    @Test("every code of the fact tables is in the catalogue")
    func everyCodeIsPresent() throws {
        let keys = try MigratedCatalog.rows("SELECT code FROM codes").map { $0[0] }
        let expected = Set(FactTable.definingDocument.keys)
            .union(FactTable.nonStandardCodes).union(FactTable.vendorCodes)
        #expect(expected.subtracting(keys).sorted() == [])
    }

    @Test("every code has every required text in every language, and nothing falls back")
    func everyCodeIsComplete() throws {
        for row in try MigratedCatalog.rows("SELECT code, kind, status FROM codes") {
            let fields: [TextField] =
                row[1] == "basic" || row[2] == "vendor"
                ? Self.requiredBasicFields : Self.requiredEnhancedFields
            try expectComplete(row[0], fields: fields)
        }
    }

    @Test("each code cites the document the fact table gives")
    func referencesNameTheDefiningDocument() throws {
        for (code, document) in FactTable.definingDocument.sorted(by: { $0.key < $1.key }) {
            let entry = try #require(
                try catalog.entry(for: try ReplyCode(parsing: code), language: "en"))
            #expect(
                entry.references.contains { $0.document.contains(document) },
                "\(code) should cite \(document), cites \(entry.references.map(\.document))")
        }
    }

    @Test("non-standard codes are marked as such, with a note saying so")
    func nonStandardStatus() throws {
        for code in FactTable.nonStandardCodes {
            let entry = try #require(
                try catalog.entry(for: try ReplyCode(parsing: code), language: "tr"))
            #expect([.nonStandard, .vendor].contains(entry.status), "\(code)")
            #expect(entry.text(.note) != nil, "\(code) needs a note on its standing")
        }
    }

    @Test("every usage, command, comparison and glossary term exists in every language")
    func everythingElseIsTranslated() throws {
        let gaps = try MigratedCatalog.rows(
            """
            SELECT 'usage ' || u.code || '/' || u.position || ' ' || l.tag
            FROM code_usages AS u CROSS JOIN languages AS l
            WHERE NOT EXISTS (SELECT 1 FROM usage_texts AS t
                WHERE t.code = u.code AND t.position = u.position AND t.lang = l.tag)
            UNION ALL
            SELECT 'command ' || c.verb || ' ' || f.field || ' ' || l.tag
            FROM commands AS c CROSS JOIN languages AS l
            CROSS JOIN (SELECT 'title' AS field UNION ALL SELECT 'description') AS f
            WHERE NOT EXISTS (SELECT 1 FROM command_texts AS t
                WHERE t.verb = c.verb AND t.field = f.field AND t.lang = l.tag)
            UNION ALL
            SELECT 'comparison ' || p.code_a || '/' || p.code_b || ' ' || l.tag
            FROM comparisons AS p CROSS JOIN languages AS l
            WHERE (SELECT count(*) FROM comparison_texts AS t
                WHERE t.code_a = p.code_a AND t.code_b = p.code_b AND t.lang = l.tag) < 3
            UNION ALL
            SELECT 'glossary ' || g.concept || ' ' || l.tag
            FROM (SELECT DISTINCT concept FROM glossary) AS g CROSS JOIN languages AS l
            WHERE NOT EXISTS (SELECT 1 FROM glossary AS t
                WHERE t.concept = g.concept AND t.lang = l.tag)
            """)
        #expect(gaps.map { $0[0] } == [])
    }

    @Test("interface strings exist in every language under the same keys")
    func interfaceStrings() throws {
        let english = try catalog.interfaceStrings(language: "en")
        let rows = try MigratedCatalog.rows("SELECT key FROM ui_strings WHERE lang = 'tr'")
        #expect(Set(english.keys) == Set(rows.map { $0[0] }))
        let turkish = try catalog.interfaceStrings(language: "tr")
        #expect(turkish["section.seen_when"] == "Gördüğünüzde")
    }

    @Test("Turkish texts attach no case suffix to a bare number")
    func turkishNumbersCarryNoSuffix() throws {
        let pattern = try Regex(#"\d['’][a-zçğıöşü]"#)
        let rows = try MigratedCatalog.rows(
            """
            SELECT code || ' ' || field, body FROM code_texts WHERE lang = 'tr'
            UNION ALL SELECT code || ' usage', meaning FROM usage_texts WHERE lang = 'tr'
            UNION ALL SELECT code_a || '/' || code_b, body FROM comparison_texts WHERE lang = 'tr'
            UNION ALL SELECT key, value FROM ui_strings WHERE lang = 'tr'
            """)
        for row in rows {
            #expect(row[1].firstMatch(of: pattern) == nil, "\(row[0]): \(row[1].prefix(120))")
        }
    }

    @Test("no Turkish text is a copy of the English one")
    func turkishIsTranslated() throws {
        let rows = try MigratedCatalog.rows(
            """
            SELECT e.code || ' ' || e.field FROM code_texts AS e
            JOIN code_texts AS t ON t.code = e.code AND t.field = e.field AND t.lang = 'tr'
            WHERE e.lang = 'en' AND e.body = t.body AND e.field <> 'title'
            """)
        #expect(rows.map { $0[0] } == [])
    }

    private func expectComplete(_ code: String, fields: [TextField]) throws {
        for language in catalog.languages {
            let parsed = try ReplyCode(parsing: code)
            let entry = try #require(
                try catalog.entry(for: parsed, language: language), "\(code) missing")
            for field in fields {
                #expect(entry.texts[field]?.language == language, "\(code) \(field) in \(language)")
            }
            #expect(entry.fallbackFields.isEmpty, "\(code) falls back in \(language)")
        }
    }
}
