import Testing

@testable import HTTPServer

@Suite("Router")
struct RouterTests {
    static let router: Router<String> = {
        var router = Router<String>()
        router.add(.get, "/", "home")
        router.add(.get, "/codes", "catalogue")
        router.add(.get, "/codes/{code}", "code")
        router.add(.get, "/codes/new", "new-literal")
        router.add(.get, "/compare/{a}/{b}", "compare")
        router.add(.get, "/explain", "explain-get")
        router.add(.post, "/explain", "explain-post")
        router.add(.get, "/static/{path...}", "static")
        router.add(.delete, "/items/{id}", "delete-item")
        return router
    }()

    private func found(_ method: HTTPMethod, _ path: String) -> (String, [String: String])? {
        let match = Self.router.match(method: method, path: path)
        guard case .found(let handler, let parameters) = match else { return nil }
        return (handler, parameters)
    }

    @Test func matchesLiteralsAndTheRoot() {
        #expect(found(.get, "/")?.0 == "home")
        #expect(found(.get, "/codes")?.0 == "catalogue")
    }

    @Test func extractsParameters() {
        #expect(found(.get, "/codes/5.7.1")?.1 == ["code": "5.7.1"])
        #expect(found(.get, "/compare/221/235")?.1 == ["a": "221", "b": "235"])
        #expect(found(.get, "/codes/a b")?.1 == ["code": "a b"])
    }

    @Test func prefersLiteralsOverParameters() {
        #expect(found(.get, "/codes/new")?.0 == "new-literal")
        #expect(found(.get, "/codes/newer")?.0 == "code")
    }

    @Test func capturesTheRestOfThePath() {
        #expect(found(.get, "/static/css/site.css")?.1 == ["path": "css/site.css"])
        #expect(found(.get, "/static/icon.svg")?.1 == ["path": "icon.svg"])
        #expect(found(.get, "/static/") == nil)
        #expect(found(.get, "/static") == nil)
    }

    @Test func answersNotFound() {
        for path in ["/nope", "/codes/250/extra", "/codes/", "/compare/221", "/Codes"] {
            guard case .notFound = Self.router.match(method: .get, path: path) else {
                Issue.record("expected 404 for \(path)")
                continue
            }
        }
    }

    @Test func answersMethodNotAllowedWithTheAllowedMethods() {
        let match = Self.router.match(method: .put, path: "/explain")
        guard case .methodNotAllowed(let allowed) = match else {
            Issue.record("expected 405")
            return
        }
        #expect(allowed == [.get, .head, .post])
        guard case .methodNotAllowed(let other) = Self.router.match(method: .get, path: "/items/3")
        else {
            Issue.record("expected 405")
            return
        }
        #expect(other == [.delete])
    }

    @Test func servesHeadFromGetRoutes() {
        #expect(found(.head, "/codes/250")?.0 == "code")
        #expect(found(.head, "/static/a.css")?.0 == "static")
        var router = Router<String>()
        router.add(.get, "/x", "get")
        router.add(.head, "/x", "head")
        guard case .found(let handler, _) = router.match(method: .head, path: "/x") else {
            Issue.record("expected a match")
            return
        }
        #expect(handler == "head")
    }
}
