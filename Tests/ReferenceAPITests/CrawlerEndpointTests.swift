import Foundation
import FoundationXML
import HTTPServer
import Testing

@testable import ReferenceAPI

@Suite("robots.txt, sitemap.xml and openapi.json")
struct CrawlerEndpointTests {
    @Test("robots.txt points at the sitemap on the request's origin")
    func robots() {
        let response = TestApplication.get("/robots.txt", headers: [("Host", "codes.example.com")])
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(
            TestApplication.text(response).contains("Sitemap: http://codes.example.com/sitemap.xml")
        )
    }

    @Test("a Host that is not a plain host name never reaches the sitemap")
    func hostileHost() {
        let response = TestApplication.get("/robots.txt", headers: [("Host", "x\"><script>")])
        #expect(!TestApplication.text(response).contains("<script>"))
    }

    @Test("the sitemap lists every code and curated comparison in both languages")
    func sitemap() throws {
        let response = TestApplication.get("/sitemap.xml", headers: [("Host", "localhost:8080")])
        #expect(response.headers["Content-Type"] == "application/xml; charset=utf-8")
        let xml = TestApplication.text(response)
        for path in ["/codes/235", "/codes/X.7.1", "/compare/221/235", "/commands/RCPT"] {
            #expect(xml.contains("<loc>http://localhost:8080\(path)?lang=en</loc>"), "\(path)")
            #expect(xml.contains("<loc>http://localhost:8080\(path)?lang=tr</loc>"), "\(path)")
        }
        #expect(xml.contains(#"hreflang="tr" href="http://localhost:8080/codes/235?lang=tr""#))

        let document = try XMLDocument(data: Data(response.body))
        let locations = try document.nodes(forXPath: "//*[local-name()='loc']")
        #expect(locations.count > 300)
    }

    @Test("the OpenAPI document names every route the router serves")
    func openAPI() throws {
        let response = TestApplication.get("/openapi.json")
        #expect(response.status == .ok)
        let document = try TestApplication.json(response)
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: Any])
        for path in [
            "/codes/{code}", "/compare/{a}/{b}", "/codes", "/commands/{verb}", "/",
            "/healthz", "/sitemap.xml", "/robots.txt", "/openapi.json",
        ] {
            #expect(paths[path] != nil, "\(path)")
        }
    }
}
