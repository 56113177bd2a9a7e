import Testing

/// Hostile request-targets against the real application over a socket: percent-escapes,
/// traversal attempts, invalid and combining Unicode, junk queries. Each must get a clear
/// answer: the status the rule gives, never a 5xx, and JSON that says what was wrong.
@Suite("The service against hostile request targets", .serialized)
struct ServiceHostileInputTests {
    /// Targets whose answer is fixed by a rule, with that answer.
    static let ruled: [(target: String, status: Int)] = [
        ("/codes/%3235", 200),  // decoded once: %32 is "2"
        ("/codes/%253235", 400),  // ... and only once: "%3235" is not a code
        ("/static/..%2F..%2FPackage.swift", 404),  // decoded, then dot segments removed
        ("/static/%2e%2e/%2e%2e/Package.swift", 404),
        ("/static/./../../Migrations/0001_schema.sql", 404),
        ("/codes/%E2%83%AC235", 400),  // a combining mark after "/" still starts a segment
        ("/compare/221/%E2%83%AC235", 400),
        ("/codes/235%00", 400),  // NUL, refused by the parser
        ("/static/%C0%AE%C0%AE/x", 400),  // overlong UTF-8 for ".."
        ("/codes/" + String(repeating: "5", count: 5_000), 400),
    ]

    /// Targets that have no rule of their own; they must simply not break anything.
    static let junk = [
        "/codes/235?lang=%FF", "/codes/235?lang=tr&lang=en&format=xml", "/codes?q=%00",
        "/codes?q=" + String(repeating: "%41", count: 2_000), "/compare?a=&b=",
        "/codes/5.7.1?format=html&lang=%E2%80%AE", "/commands/%F0%9F%92%A5", "/codes/X.7.1",
        "/codes/9.9.9", "/codes/5.999.999", "/compare/235/235", "/sitemap.xml?x=%",
    ]

    @Test func answersRuledTargetsWithTheirStatus() throws {
        let service = try RunningService()
        defer { service.stop() }
        for (target, status) in Self.ruled {
            // A connection each: the parser's refusals close theirs.
            let client = try LoopbackClient(port: service.port)
            client.send("GET \(target) HTTP/1.1\r\nHost: a\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == status, "\(target.prefix(60))")
            if status >= 400 {
                let isError =
                    response.body.hasPrefix(#"{"error":{"#)
                    && response.body.contains(#""status":\#(status)"#)
                #expect(isError, "\(target.prefix(60)): \(response.body.prefix(80))")
            }
        }
    }

    @Test func neverAnswersJunkWithAServerError() throws {
        let service = try RunningService()
        defer { service.stop() }
        let client = try LoopbackClient(port: service.port)
        for target in Self.junk {
            client.send("GET \(target) HTTP/1.1\r\nHost: a\r\n\r\n")
            let response = try client.readResponse()
            #expect((200..<500).contains(response.status), "\(target.prefix(60))")
            #expect(!response.body.isEmpty, "\(target.prefix(60))")
        }
        #expect(!service.lines.all.contains { $0.contains("status=5") })
    }
}
