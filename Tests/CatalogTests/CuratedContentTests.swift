import ReplyCodes
import Testing

@testable import Catalog

@Suite("Curated comparisons, commands and search")
struct CuratedContentTests {
    let catalog = MigratedCatalog.catalog

    static let requiredPairs = [
        ("421", "450"), ("450", "550"), ("451", "554"), ("452", "552"), ("550", "553"),
        ("550", "551"), ("530", "535"), ("454", "535"), ("421", "521"), ("221", "421"),
        ("334", "235"), ("250", "251"), ("5.1.1", "5.1.2"), ("4.7.1", "5.7.1"),
        ("550", "5.7.1"), ("221", "235"),
    ]

    @Test("at least 25 pairs are written by hand, every one complete in both languages")
    func comparisons() throws {
        let pairs = try MigratedCatalog.rows("SELECT code_a, code_b FROM comparisons")
        #expect(pairs.count >= 25)
        for pair in pairs {
            let first = try ReplyCode(parsing: pair[0])
            let second = try ReplyCode(parsing: pair[1])
            #expect(try catalog.contains(first) && catalog.contains(second), "\(pair)")
            for language in catalog.languages {
                let curated = try #require(
                    try catalog.curatedComparison(second, first, language: language))
                for field in ComparisonField.allCases {
                    #expect(
                        curated.texts[field]?.language == language, "\(pair) \(field) \(language)")
                }
            }
        }
    }

    @Test("the pairs people confuse most are among them", arguments: requiredPairs)
    func requiredPair(first: String, second: String) throws {
        let curated = try catalog.curatedComparison(
            try ReplyCode(parsing: first), try ReplyCode(parsing: second), language: "tr")
        #expect(curated != nil)
    }

    @Test("every command of the per-command view lists its replies in class order")
    func commands() throws {
        let verbs = try catalog.commandVerbs()
        for verb in [
            "EHLO", "MAIL", "RCPT", "DATA", "BDAT", "AUTH", "STARTTLS", "VRFY", "EXPN",
            "ETRN", "RSET", "NOOP", "QUIT", "HELP",
        ] {
            #expect(verbs.contains(verb), "\(verb)")
        }

        let rcpt = try #require(try catalog.command("RCPT", language: "tr"))
        let codes = rcpt.replies.map(\.code)
        #expect(codes.contains("250") && codes.contains("550") && codes.contains("452"))
        #expect(codes.map { $0.prefix(1) } == codes.map { $0.prefix(1) }.sorted())
        #expect(rcpt.reference.document == "RFC 5321")

        let auth = try #require(try catalog.command("AUTH", language: "en"))
        #expect(Set(["235", "334", "535", "538"]).isSubset(of: auth.replies.map(\.code)))
    }

    @Test("search folds Turkish i's: izin, İZİN and İzin find the same codes")
    func turkishFolding() throws {
        let lower = try catalog.search("izin", language: "tr").map(\.code)
        #expect(!lower.isEmpty)
        #expect(try catalog.search("İZİN", language: "tr").map(\.code) == lower)
        #expect(try catalog.search("İzin", language: "tr").map(\.code) == lower)
        #expect(try catalog.search("IZIN", language: "tr").map(\.code) == lower)
    }

    @Test("search finds dotless-ı words however they are typed")
    func dotlessI() throws {
        let word = try catalog.search("kullanılamıyor", language: "tr").map(\.code)
        #expect(word.contains("550"))
        #expect(try catalog.search("KULLANILAMIYOR", language: "tr").map(\.code) == word)
        #expect(try catalog.search("kullanilamiyor", language: "tr").map(\.code) == word)
    }

    @Test("English words find codes on the Turkish site, an exact code comes first")
    func ranking() throws {
        let full = try catalog.search("mailbox full", language: "tr")
        #expect(full.first?.code == "X.2.2")
        #expect(full.first?.title.contains("dolu") == true, "titles in the asked language")
        #expect(try catalog.search("550", language: "en").first?.code == "550")
        #expect(
            try catalog.search("55", language: "en").prefix(6).map(\.code)
                == ["550", "551", "552", "553", "554", "555"])
        #expect(throws: Never.self) { try catalog.search("\"OR* NEAR( AND", language: "en") }
    }

    @Test("the query text is reduced to plain prefix terms")
    func queryTerms() {
        #expect(
            SearchQuery("İzin ışık \"OR\" NEAR(x)").terms
                == ["izin", "işik", "or", "near", "x"])
        #expect(SearchQuery("  ").isEmpty)
        #expect(SearchQuery("mailbox full").matchExpression == #""mailbox"* "full"*"#)
    }
}
