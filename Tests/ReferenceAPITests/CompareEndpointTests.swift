import HTTPServer
import Testing

@testable import ReferenceAPI

@Suite("GET /compare/{a}/{b}")
struct CompareEndpointTests {
    @Test("the Turkish 221 vs 235 page has the original page's five headings")
    func originalPageInTurkish() {
        let response = TestApplication.get(
            "/compare/221/235?lang=tr", headers: [("Accept", "text/html")])
        #expect(response.status == .ok)
        let page = TestApplication.text(response)
        #expect(page.contains(#"<html lang="tr">"#))
        for heading in [
            "Açıklama", "Gördüğünüzde", "Nasıl Düzeltilir", "Temel Farklar",
            "Hangisini Ne Zaman Kullanmalı",
        ] {
            #expect(page.contains(heading), "missing \(heading)")
        }
        #expect(page.contains("ikisi de 2xx Olumlu Tamamlama sınıfındadır"))
    }

    @Test("the English summary says both codes are 2xx Positive Completion")
    func englishSummary() throws {
        let doc = try TestApplication.json(TestApplication.get("/compare/221/235"))
        let summary = try #require(doc["summary"] as? String)
        #expect(
            summary.hasPrefix(
                "Both SMTP 221 (Closing Connection) and 235 (Authentication Successful) belong to "
                    + "the 2xx Positive Completion category."))
        let codes = try #require(doc["codes"] as? [[String: Any]])
        #expect(codes.map { $0["code"] as? String } == ["221", "235"])
        let sections = try #require(doc["sections"] as? [[String: Any]])
        #expect(sections.map { $0["id"] as? String } == ["key_differences", "when_to_use"])
        #expect(
            sections.map { $0["heading"] as? String } == ["Key Differences", "When to Use Which"])
    }

    @Test("codes of different classes say what the client does after each")
    func differentClasses() throws {
        let doc = try TestApplication.json(TestApplication.get("/compare/421/550"))
        let summary = try #require(doc["summary"] as? String)
        #expect(summary.contains("4xx Transient Negative Completion"))
        #expect(summary.contains("5xx Permanent Negative Completion"))
        #expect(summary.contains("try again later"))

        let turkish = try TestApplication.json(TestApplication.get("/compare/421/550?lang=tr"))
        let özet = try #require(turkish["summary"] as? String)
        #expect(özet.contains("yeniden denemelidir"))
    }

    @Test("a malformed or unknown code in a pair is answered like on /codes")
    func errors() {
        #expect(TestApplication.get("/compare/221/abc").status.code == 400)
        #expect(TestApplication.get("/compare/221/299").status == .notFound)
    }

    @Test("the compare form redirects to the pair's page")
    func form() {
        let response = TestApplication.get("/compare?a=221&b=235&lang=tr")
        #expect(response.status.code == 303)
        #expect(response.headers["Location"] == "/compare/221/235?lang=tr")
    }
}

@Suite("Static files and the home page")
struct StaticAndHomeTests {
    @Test("Public/ files are served with their type; nothing outside it")
    func staticFiles() {
        let css = TestApplication.get("/static/style.css")
        #expect(css.status == .ok)
        #expect(css.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(TestApplication.get("/static/../Package.swift").status == .notFound)
        #expect(TestApplication.get("/static/%2e%2e/Package.swift").status == .notFound)
        #expect(TestApplication.get("/static/nope.css").status == .notFound)
    }

    @Test("the home page lists codes by class, in both languages")
    func home() throws {
        let page = TestApplication.text(
            TestApplication.get("/?lang=tr", headers: [("Accept", "text/html")]))
        #expect(page.contains("Olumlu Tamamlama"))
        #expect(page.contains(#"href="/codes/235?lang=tr""#))
        let index = try TestApplication.json(TestApplication.get("/"))
        #expect((index["total"] as? Int ?? 0) > 100)
    }

    @Test("a code typed in the look-up box goes to its page")
    func lookup() {
        let response = TestApplication.get(
            "/codes?q=5.7.1&lang=en", headers: [("Accept", "text/html")])
        #expect(response.status.code == 303)
        #expect(response.headers["Location"] == "/codes/5.7.1?lang=en")
    }
}
