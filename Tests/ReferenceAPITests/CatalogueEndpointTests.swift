import HTTPServer
import Testing

@testable import ReferenceAPI

@Suite("GET /codes and /commands")
struct CatalogueEndpointTests {
    func codes(_ target: String) throws -> [[String: Any]] {
        try TestApplication.json(TestApplication.get(target))["codes"] as? [[String: Any]] ?? []
    }

    @Test("the whole catalogue, then filtered by class and by kind")
    func filters() throws {
        let all = try TestApplication.json(TestApplication.get("/codes"))
        let total = try #require(all["total"] as? Int)
        #expect(total > 150)

        let basic5 = try codes("/codes?class=5&kind=basic").compactMap { $0["code"] as? String }
        #expect(
            basic5.contains("550") && basic5.allSatisfy { $0.hasPrefix("5") && !$0.contains(".") })

        let enhanced4 = try codes("/codes?class=4&kind=enhanced").compactMap {
            $0["code"] as? String
        }
        #expect(enhanced4.contains("4.7.1"), "registry entries are listed with the class applied")
        #expect(enhanced4.allSatisfy { $0.hasPrefix("4.") })
        #expect(try codes("/codes?class=3&kind=enhanced").isEmpty)
    }

    @Test("a bad filter value is a 400 naming the allowed ones")
    func badFilter() throws {
        let response = TestApplication.get("/codes?class=7")
        #expect(response.status.code == 400)
        let error = try #require(try TestApplication.json(response)["error"] as? [String: Any])
        #expect((error["message"] as? String)?.contains("2, 3, 4, 5") == true)
        #expect(TestApplication.get("/codes?kind=fancy").status.code == 400)
    }

    @Test("search answers in the asked language, across languages")
    func search() throws {
        let results = try codes("/codes?q=mailbox%20full&lang=tr")
        #expect(results.first?["code"] as? String == "X.2.2")
        let turkish = try codes("/codes?q=%C4%B0Z%C4%B0N&lang=tr").compactMap {
            $0["code"] as? String
        }
        #expect(
            turkish == (try codes("/codes?q=izin&lang=tr").compactMap { $0["code"] as? String }))
        #expect(!turkish.isEmpty)
    }

    @Test("the catalogue page carries the filter form with labels")
    func page() {
        let page = TestApplication.text(
            TestApplication.get("/codes?class=2&lang=tr", headers: [("Accept", "text/html")]))
        #expect(page.contains(#"<label for="filter-q">"#))
        #expect(page.contains(#"<option value="2" selected>"#))
        #expect(page.contains(#"href="/codes/250?lang=tr""#))
        #expect(!page.contains(#"href="/codes/550?lang=tr""#))
    }

    @Test("a command page lists its replies, linked")
    func command() throws {
        let doc = try TestApplication.json(TestApplication.get("/commands/rcpt?lang=tr"))
        #expect(doc["verb"] as? String == "RCPT")
        let replies = try #require(doc["replies"] as? [[String: Any]])
        #expect(replies.contains { $0["code"] as? String == "550" })
        #expect(replies.allSatisfy { ($0["href"] as? String)?.hasPrefix("/codes/") == true })

        let page = TestApplication.text(
            TestApplication.get("/commands/AUTH", headers: [("Accept", "text/html")]))
        #expect(page.contains(#"href="/codes/535?lang=en""#))

        let unknown = TestApplication.get("/commands/FOO")
        #expect(unknown.status == .notFound)
        #expect(
            (try TestApplication.json(unknown)["error"] as? [String: Any])?["message"]
                .map { "\($0)".contains("RCPT") } == true)

        let index = try TestApplication.json(TestApplication.get("/commands"))
        #expect((index["commands"] as? [[String: Any]])?.count ?? 0 >= 14)
    }
}

@Suite("The catalogue's language switch")
struct CatalogueLanguageSwitchTests {
    @Test("switching language keeps the search and the filters")
    func keepsFilters() {
        let page = TestApplication.text(
            TestApplication.get(
                "/codes?q=%C4%B0zin&class=5&lang=tr", headers: [("Accept", "text/html")]))
        #expect(page.contains(#"href="/codes?q=%C4%B0zin&amp;class=5&amp;lang=en""#))
    }
}
