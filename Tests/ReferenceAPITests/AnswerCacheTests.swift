import HTTPServer
import Testing

@testable import ReferenceAPI

@Suite("Answers served from the cache before routing")
struct AnswerCacheTests {
    private func same(_ first: HTTPResponse, _ second: HTTPResponse) -> Bool {
        first.status == second.status && first.body == second.body
            && first.headers.map { "\($0.name): \($0.value)" }
                == second.headers.map { "\($0.name): \($0.value)" }
    }

    @Test("a repeated request gets the same answer")
    func repeatedRequest() {
        let targets = [
            "/codes/250?lang=tr", "/compare/421/450", "/codes/299", "/codes/abc", "/nope",
        ]
        for target in targets {
            for accept in ["text/html", "application/json"] {
                let first = TestApplication.get(target, headers: [("Accept", accept)])
                let second = TestApplication.get(target, headers: [("Accept", accept)])
                #expect(same(first, second), "\(target) \(accept)")
            }
        }
    }

    @Test("a cached page still negotiates, revalidates and compresses per request")
    func cachedPageStillNegotiates() throws {
        _ = TestApplication.get("/codes/550")
        let html = TestApplication.get("/codes/550", headers: [("Accept", "text/html")])
        #expect(html.headers["Content-Type"] == "text/html; charset=utf-8")
        let turkish = TestApplication.get("/codes/550", headers: [("Accept-Language", "tr")])
        #expect(turkish.headers["Content-Language"] == "tr")

        let plain = TestApplication.get("/codes/550")
        let tag = try #require(plain.headers["ETag"])
        let revalidated = TestApplication.get("/codes/550", headers: [("If-None-Match", tag)])
        #expect(revalidated.status == .notModified)
        #expect(revalidated.body.isEmpty)
        #expect(revalidated.headers["Content-Type"] == nil)

        let zipped = TestApplication.get("/codes/550", headers: [("Accept-Encoding", "gzip")])
        #expect(zipped.headers["Content-Encoding"] == "gzip")
        #expect(zipped.headers["ETag"] != tag)
    }

    @Test("what the cache cannot answer still goes through routing and negotiation")
    func otherRequestsAreNotShortCut() {
        _ = TestApplication.get("/codes/235")
        #expect(TestApplication.get("/codes/235", method: .post).status.code == 405)
        #expect(TestApplication.get("/codes/235?lang=de").status.code == 400)
        #expect(TestApplication.get("/codes/235?format=xml").status.code == 400)
        #expect(TestApplication.get("/codes/235", method: .head).status == .ok)
    }

    @Test("a cached error keeps its language and format")
    func cachedErrors() {
        for _ in 0..<2 {
            let english = TestApplication.get("/codes/299")
            let turkish = TestApplication.get("/codes/299?lang=tr")
            let page = TestApplication.get("/codes/299", headers: [("Accept", "text/html")])
            #expect(english.status == .notFound && turkish.status == .notFound)
            #expect(english.headers["Content-Language"] == "en")
            #expect(turkish.headers["Content-Language"] == "tr")
            #expect(english.body != turkish.body)
            #expect(page.headers["Content-Type"] == "text/html; charset=utf-8")
            #expect(english.headers["Cache-Control"] == "no-cache")
        }
    }

    @Test("remembered negotiation agrees with the negotiator, and stays bounded")
    func memoAgrees() throws {
        let negotiator = Negotiator(languages: ["en", "tr"], defaultLanguage: "en")
        let memo = NegotiationMemo(negotiator)
        let accepts: [String?] = [nil, "text/html", "*/*", "application/json;q=0.5, text/html"]
        let languages: [String?] = [nil, "tr-TR,tr;q=0.9", "de", "en;q=0.1, tr;q=0.2"]
        for _ in 0..<2 {
            for accept in accepts {
                #expect(try memo.format(query: nil, accept: accept)
                    == negotiator.format(query: nil, accept: accept))
            }
            for header in languages {
                #expect(try memo.language(query: nil, acceptLanguage: header)
                    == negotiator.language(query: nil, acceptLanguage: header))
            }
            #expect(throws: APIError.self) { try memo.language(query: "xx", acceptLanguage: nil) }
            #expect(memo.acceptsGzip("br, gzip;q=0.8"))
            #expect(!memo.acceptsGzip("gzip;q=0"))
            #expect(!memo.acceptsGzip(nil))
        }
        for index in 0..<(NegotiationMemo.maxEntries * 3) {
            #expect(try memo.format(query: nil, accept: "text/x-\(index)") == .json)
        }
    }
}
