import HTTPServer

/// The service's routes. The router stores these, and `ReferenceApplication` answers each.
enum Endpoint: Sendable {
    case home
    case code
    case compare
    case compareForm
    case catalogue
    case command
    case commands
    case staticFile
    case health
    case sitemap
    case robots
    case openAPI
    case explain

    static func makeRouter() -> Router<Endpoint> {
        var router = Router<Endpoint>()
        router.add(.get, "/", .home)
        router.add(.get, "/codes", .catalogue)
        router.add(.get, "/codes/{code}", .code)
        router.add(.get, "/compare", .compareForm)
        router.add(.get, "/compare/{a}/{b}", .compare)
        router.add(.get, "/commands", .commands)
        router.add(.get, "/commands/{verb}", .command)
        router.add(.get, "/static/{path...}", .staticFile)
        router.add(.get, "/healthz", .health)
        router.add(.get, "/sitemap.xml", .sitemap)
        router.add(.get, "/robots.txt", .robots)
        router.add(.get, "/openapi.json", .openAPI)
        router.add(.get, "/explain", .explain)
        router.add(.post, "/explain", .explain)
        return router
    }

    /// Whether answers vary with the reader's language and format (and so are cached per
    /// language and format, and say `Vary`).
    var isNegotiated: Bool {
        switch self {
        case .staticFile, .health, .sitemap, .robots, .openAPI: false
        default: true
        }
    }
}
