import Testing

@testable import ReferenceAPI

@Suite("Language and format negotiation")
struct NegotiationTests {
    let negotiator = Negotiator(languages: ["en", "tr"], defaultLanguage: "en")

    @Test("an explicit ?lang= wins over Accept-Language")
    func queryWins() throws {
        #expect(try negotiator.language(query: "tr", acceptLanguage: "en") == "tr")
        #expect(try negotiator.language(query: "TR", acceptLanguage: nil) == "tr")
    }

    @Test("an unsupported ?lang= is an error naming the supported ones")
    func unsupportedQuery() {
        #expect(throws: APIError.unsupportedLanguage("de", ["en", "tr"])) {
            try negotiator.language(query: "de", acceptLanguage: nil)
        }
    }

    @Test(
        "Accept-Language is weighed by q and reduced to the primary tag",
        arguments: [
            ("tr-TR,tr;q=0.9,en;q=0.8", "tr"),
            ("en-US,en;q=0.9,tr;q=0.8", "en"),
            ("de-DE,de;q=0.9,tr;q=0.5", "tr"),
            ("de, fr", "en"),
            ("tr;q=0, en;q=0.1", "en"),
            ("tr;q=abc, en;q=0.1", "en"),
            ("*", "en"),
            ("", "en"),
        ])
    func acceptLanguage(header: String, expected: String) throws {
        #expect(try negotiator.language(query: nil, acceptLanguage: header) == expected)
    }

    @Test(
        "Accept picks HTML for browsers and JSON otherwise",
        arguments: [
            ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Format.html),
            ("application/json", .json),
            ("*/*", .json),
            ("text/html;q=0.5, application/json", .json),
            ("application/json;q=0.5, text/html", .html),
            ("text/*", .html),
            ("text/html;q=0", .json),
            ("image/png", .json),
        ])
    func accept(header: String, expected: Format) throws {
        #expect(try negotiator.format(query: nil, accept: header) == expected)
    }

    @Test("no Accept header at all gets JSON; ?format= wins; an unknown one is an error")
    func formatQuery() throws {
        #expect(try negotiator.format(query: nil, accept: nil) == .json)
        #expect(try negotiator.format(query: "html", accept: "application/json") == .html)
        #expect(throws: APIError.unsupportedFormat("xml")) {
            try negotiator.format(query: "xml", accept: nil)
        }
    }
}

@Suite("Small pieces")
struct PiecesTests {
    @Test("templates are filled once, unknown placeholders are kept")
    func fill() {
        let text = InterfaceText(language: "en", strings: ["t": "{a} and {b} but {c}"])
        #expect(text.fill("t", ["a": "{b}", "b": "two"]) == "{b} and two but {c}")
        #expect(text["missing"] == "missing")
    }

    @Test("If-None-Match compares weakly and accepts lists and *")
    func entityTags() {
        let tag = EntityTag.make(for: Array("hello".utf8))
        #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""))
        #expect(EntityTag.make(for: Array("hello".utf8)) == tag)
        #expect(EntityTag.make(for: Array("hellp".utf8)) != tag)
        #expect(EntityTag.matches(tag, tag))
        #expect(EntityTag.matches("\"x\", W/\(tag)", tag))
        #expect(EntityTag.matches("*", tag))
        #expect(!EntityTag.matches("\"x\"", tag))
        #expect(!EntityTag.matches(nil, tag))
    }

    @Test("HTML escaping covers text and attribute contexts")
    func escaping() {
        #expect(
            HTML.escape(#"<script>alert("x") & 'y'</script>"#)
                == "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;")
        #expect(HTML.paragraphs("a\nb\n\n<c>") == "<p>a<br>b</p>\n<p>&lt;c&gt;</p>")
    }
}
