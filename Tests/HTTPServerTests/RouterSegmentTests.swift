import Testing

@testable import HTTPServer

/// Regressions from the parser fuzzer (scripts/reliability/fuzz/regressions): a decoded path
/// may hold any Unicode, and the router must cut it at every `/` byte, as the parser does.
@Suite("Router: segments are cut at every slash")
struct RouterSegmentTests {
    static let router: Router<String> = {
        var router = Router<String>()
        router.add(.get, "/compare/{a}/{b}", "compare")
        router.add(.get, "/static/{path...}", "static")
        return router
    }()

    @Test func cutsASlashFollowedByACombiningMark() throws {
        // U+20EC after "/" forms one Character with it; the boundary is still there.
        let match = Self.router.match(method: .get, path: "/compare/221/\u{20EC}235")
        guard case .found(let handler, let parameters) = match else {
            Issue.record("no route for a path with a combining mark after a slash: \(match)")
            return
        }
        #expect(handler == "compare")
        #expect(parameters == ["a": "221", "b": "\u{20EC}235"])
    }

    @Test func keepsTheLeadingSlashApartFromAMarkAfterIt() {
        let match = Self.router.match(method: .get, path: "/\u{20EC}static/x")
        guard case .notFound = match else {
            Issue.record("'\u{20EC}static' is not the literal 'static': \(match)")
            return
        }
    }

    @Test func passesTheRestOfAPathWithMarksThrough() {
        let match = Self.router.match(method: .get, path: "/static/a/\u{301}b")
        guard case .found(_, let parameters) = match else {
            Issue.record("no route: \(match)")
            return
        }
        #expect(parameters["path"] == "a/\u{301}b")
    }
}
