import HTTPServer
import Testing

@testable import ReferenceAPI

@Suite("GET /codes/{code}")
struct CodeEndpointTests {
    @Test("235 as JSON carries the promised fields")
    func json235() throws {
        let response = TestApplication.get("/codes/235")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.headers["Content-Language"] == "en")
        #expect(response.headers["Vary"] == "Accept, Accept-Language, Accept-Encoding")
        #expect(response.headers["ETag"] != nil)

        let doc = try TestApplication.json(response)
        #expect(doc["code"] as? String == "235")
        #expect(doc["kind"] as? String == "basic")
        #expect(doc["lang"] as? String == "en")
        #expect(doc["title"] as? String == "Authentication Successful")
        #expect(doc["status"] as? String == "extension")
        let replyClass = try #require(doc["class"] as? [String: Any])
        #expect(replyClass["digit"] as? String == "2")
        #expect(replyClass["name"] as? String == "Positive Completion")

        let sections = try #require(doc["sections"] as? [[String: Any]])
        #expect(sections.map { $0["id"] as? String } == ["description", "seen_when", "how_to_fix"])
        #expect(
            sections.map { $0["heading"] as? String }
                == ["Description", "When You See It", "How to Fix"])
        let description = try #require(sections.first?["body"] as? String)
        #expect(description.contains("AUTH"))

        let retry = try #require(doc["retry"] as? [String: Any])
        #expect(retry["policy"] as? String == "not_needed")
        #expect(retry["should_retry"] as? Bool == false)

        let references = try #require(doc["references"] as? [[String: Any]])
        #expect(references.contains { $0["document"] as? String == "RFC 4954" })
        #expect((doc["related"] as? [[String: Any]])?.isEmpty == false)
        #expect(doc["fallback"] as? [String] == [])

        let links = try #require(doc["links"] as? [String: Any])
        #expect(links["self"] as? String == "/codes/235?lang=en&format=json")
        #expect(links["html"] as? String == "/codes/235?lang=en&format=html")
    }

    @Test("Turkish headings and body text, from ?lang= or Accept-Language")
    func turkish() throws {
        for response in [
            TestApplication.get("/codes/221?lang=tr"),
            TestApplication.get("/codes/221", headers: [("Accept-Language", "tr-TR,tr;q=0.9")]),
        ] {
            let doc = try TestApplication.json(response)
            #expect(response.headers["Content-Language"] == "tr")
            let sections = try #require(doc["sections"] as? [[String: Any]])
            #expect(
                sections.map { $0["heading"] as? String }
                    == ["Açıklama", "Gördüğünüzde", "Nasıl Düzeltilir"])
            let body = try #require(sections.first?["body"] as? String)
            #expect(body.contains("QUIT"))
            #expect(body.contains("ı") || body.contains("ş") || body.contains("ğ"))
        }
    }

    @Test("a browser gets an HTML page in its language")
    func html() {
        let response = TestApplication.get(
            "/codes/550?lang=tr", headers: [("Accept", "text/html,*/*;q=0.8")])
        let page = TestApplication.text(response)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(response.headers["Content-Security-Policy"]?.contains("default-src 'none'") == true)
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.contains(#"<html lang="tr">"#))
        #expect(page.contains(#"<link rel="stylesheet" href="/static/style.css">"#))
        #expect(page.contains(#"hreflang="en""#))
        #expect(page.contains("Nasıl Düzeltilir"))
        #expect(!page.contains("<script"))
    }

    @Test("enhanced codes are served with their class applied")
    func enhanced() throws {
        let permanent = try TestApplication.json(TestApplication.get("/codes/5.7.1"))
        let transient = try TestApplication.json(TestApplication.get("/codes/4.7.1"))
        let open = try TestApplication.json(TestApplication.get("/codes/X.7.1"))
        #expect(permanent["code"] as? String == "5.7.1")
        #expect(
            (permanent["retry"] as? [String: Any])?["policy"] as? String == "do_not_retry_unchanged"
        )
        #expect((transient["retry"] as? [String: Any])?["policy"] as? String == "retry_later")
        #expect((open["retry"] as? [String: Any])?["policy"] as? String == "depends_on_class")
        #expect(
            (permanent["subject"] as? [String: Any])?["name"] as? String
                == "Security or Policy Status")
        #expect(permanent["kind"] as? String == "enhanced")
    }

    @Test(
        "malformed codes are a 400 that says what a code looks like",
        arguments: ["abc", "2350", "5.7", "5.07.1", "3.1.1"])
    func malformed(code: String) throws {
        let response = TestApplication.get("/codes/\(code)")
        #expect(response.status.code == 400)
        let error = try #require(try TestApplication.json(response)["error"] as? [String: Any])
        #expect(error["status"] as? Int == 400)
        #expect((error["message"] as? String)?.contains("three digits") == true)
    }

    @Test("a well-formed code that is not in the catalogue is a 404")
    func unknown() throws {
        let response = TestApplication.get("/codes/299")
        #expect(response.status == .notFound)
        let error = try #require(try TestApplication.json(response)["error"] as? [String: Any])
        #expect(error["message"] as? String == "299 is not an SMTP reply code in the catalogue.")
    }

    @Test("an unregistered enhanced code is a 404 that explains its class and subject")
    func unregistered() throws {
        let response = TestApplication.get("/codes/5.1.99")
        #expect(response.status == .notFound)
        let error = try #require(try TestApplication.json(response)["error"] as? [String: Any])
        let message = try #require(error["message"] as? String)
        #expect(message.contains("not in the IANA registry"))
        #expect(message.contains("Permanent Failure"))
        #expect(message.contains("Addressing Status"))
    }

    @Test("an unsupported ?lang= is a 400 naming the supported languages")
    func unsupportedLanguage() throws {
        let response = TestApplication.get("/codes/235?lang=de")
        #expect(response.status.code == 400)
        let error = try #require(try TestApplication.json(response)["error"] as? [String: Any])
        #expect((error["message"] as? String)?.contains("en, tr") == true)
    }

    @Test("a browser gets errors as an HTML page")
    func htmlError() {
        let response = TestApplication.get(
            "/codes/%3Cscript%3E", headers: [("Accept", "text/html")])
        #expect(response.status.code == 400)
        let page = TestApplication.text(response)
        #expect(page.contains("<h1>Error 400</h1>"))
        #expect(page.contains("&lt;script&gt;"))
        #expect(!page.contains("<script>"))
    }

    @Test("unknown routes are 404 and wrong methods 405 with Allow")
    func routing() throws {
        #expect(TestApplication.get("/nowhere").status == .notFound)
        let response = TestApplication.get("/codes/235", method: .post)
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD")
        #expect(try TestApplication.json(response)["error"] != nil)
    }

    @Test("gzip is used when accepted, with its own tag, and revalidates on that tag")
    func gzip() {
        let plain = TestApplication.get("/compare/221/235?lang=tr")
        let zipped = TestApplication.get(
            "/compare/221/235?lang=tr", headers: [("Accept-Encoding", "br, gzip;q=0.8")])
        #expect(plain.headers["Content-Encoding"] == nil)
        #expect(zipped.headers["Content-Encoding"] == "gzip")
        #expect(Array(zipped.body.prefix(2)) == [0x1f, 0x8b])
        #expect(zipped.body.count < plain.body.count / 2)
        #expect(zipped.headers["ETag"] != plain.headers["ETag"])

        let refused = TestApplication.get(
            "/compare/221/235?lang=tr", headers: [("Accept-Encoding", "gzip;q=0, *")])
        #expect(refused.headers["Content-Encoding"] == nil)

        let revalidated = TestApplication.get(
            "/compare/221/235?lang=tr",
            headers: [("Accept-Encoding", "gzip"), ("If-None-Match", zipped.headers["ETag"] ?? "")])
        #expect(revalidated.status == .notModified)
    }

    @Test("a matching If-None-Match gets 304 without a body")
    func conditional() {
        let first = TestApplication.get("/codes/421?lang=tr")
        let tag = first.headers["ETag"] ?? ""
        #expect(!tag.isEmpty)
        let second = TestApplication.get("/codes/421?lang=tr", headers: [("If-None-Match", tag)])
        #expect(second.status == .notModified)
        #expect(second.body.isEmpty)
        #expect(second.headers["ETag"] == tag)
        #expect(TestApplication.get("/codes/421?lang=en").headers["ETag"] != tag)
    }
}

@Suite("Details testers asked for")
struct TesterFindingsTests {
    @Test("a failure subject asked for as a success says it is never sent that way")
    func neverSuccess() throws {
        let doc = try TestApplication.json(TestApplication.get("/codes/2.7.26"))
        #expect((doc["class_note"] as? String)?.contains("5.7.26") == true)
        let success = try TestApplication.json(TestApplication.get("/codes/2.7.0"))
        #expect(success["class_note"] == nil)

        let listed = try TestApplication.json(TestApplication.get("/codes?class=2&kind=enhanced"))
        let codes = (listed["codes"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("2.7.0") && codes.contains("2.1.5"))
        #expect(!codes.contains("2.7.26") && !codes.contains("2.1.1"))
    }

    @Test("a subject RFC 3463 does not define is explained as such")
    func undefinedSubject() throws {
        let response = TestApplication.get("/codes/5.9.1")
        #expect(response.status == .notFound)
        let message = (try TestApplication.json(response)["error"] as? [String: Any])?["message"]
        #expect((message as? String)?.contains("subjects run from 0 to 7") == true)
    }

    @Test("a basic code's related registry entries take its class")
    func relatedTakeTheClass() throws {
        let doc = try TestApplication.json(TestApplication.get("/codes/550"))
        let related = (doc["related"] as? [[String: Any]] ?? [])
            .compactMap { $0["code"] as? String }
        #expect(!related.contains { $0.hasPrefix("X.") })
        #expect(related.contains { $0.hasPrefix("5.") })
    }

    @Test("a registry entry's page lists the comparisons made under its classes")
    func registryComparisons() throws {
        let doc = try TestApplication.json(TestApplication.get("/codes/X.7.1"))
        let hrefs = (doc["comparisons"] as? [[String: Any]] ?? [])
            .compactMap { $0["href"] as? String }
        #expect(hrefs.contains("/compare/4.7.1/5.7.1?lang=en"))
    }

    @Test("?lang= takes a region tag as its language; references link the IANA registry")
    func languageTagsAndReferences() throws {
        let doc = try TestApplication.json(TestApplication.get("/codes/422?lang=tr-TR"))
        #expect(doc["lang"] as? String == "tr")
        let urls = (doc["references"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String }
        #expect(urls.contains { $0.hasPrefix("https://www.iana.org/assignments/") })
    }
}
