/// The outcome of matching a request against a ``Router``.
public enum RouteMatch<Handler> {
    /// A route matched; `parameters` holds the values of its `{name}` segments.
    case found(Handler, parameters: [String: String])
    /// No route has this path.
    case notFound
    /// Routes have this path, but not for this method; `allowed` is what the `Allow` field
    /// of the 405 answer should list (RFC 9110 §15.5.6).
    case methodNotAllowed(allowed: [HTTPMethod])
}

extension RouteMatch: Sendable where Handler: Sendable {}

/// Maps a method and a decoded path to a handler, extracting path parameters.
///
/// Patterns are `/`-separated segments: a literal (`codes`), a parameter (`{code}`, one whole
/// non-empty segment) or, last only, a rest parameter (`{path...}`, the rest of the path, at
/// least one character). Literals win over parameters, parameters over rest parameters, and
/// matching backtracks, so `/codes/new` and `/codes/{code}` coexist. `HEAD` is served by the
/// GET handler unless a HEAD route exists (RFC 9110 §9.3.2). Generic over the handler so the
/// application stores whatever it calls; the router never calls it.
public struct Router<Handler: Sendable>: Sendable {
    private var root = RouteNode<Handler>()

    public init() {}

    /// Registers `handler` for `method` on `pattern`.
    ///
    /// - Precondition: `pattern` starts with `/`, parameter names are non-empty, a rest
    ///   parameter is the last segment, and the same method and pattern are not added twice.
    public mutating func add(_ method: HTTPMethod, _ pattern: String, _ handler: Handler) {
        precondition(pattern.hasPrefix("/"), "A route pattern starts with '/': \(pattern)")
        let segments = Self.segments(of: pattern).map(RouteSegment.init)
        for (index, segment) in segments.enumerated() {
            if case .rest = segment {
                precondition(index == segments.count - 1, "{name...} must end: \(pattern)")
            }
        }
        root.insert(segments[...], method: method, handler: handler, pattern: pattern)
    }

    /// Finds the handler for `method` and `path` (a decoded path, as in ``HTTPRequest/path``).
    public func match(method: HTTPMethod, path: String) -> RouteMatch<Handler> {
        let segments = Self.segments(of: path)
        var parameters: [String: String] = [:]
        var allowed: [HTTPMethod]?
        if let handler = root.find(
            segments[...], method: method, parameters: &parameters, allowed: &allowed)
        {
            return .found(handler, parameters: parameters)
        }
        guard let allowed else { return .notFound }
        return .methodNotAllowed(allowed: allowed)
    }

    /// `"/"` has no segments; `"/a/b/"` has `a`, `b` and an empty last segment.
    ///
    /// Split on the `/` scalar, not on `Character`s: a combining mark after a slash (`%E2%83%AC`)
    /// forms one grapheme with it, which would hide a segment boundary that RFC 3986 §3.3 and
    /// the parser's dot-segment removal both see. Found by the parser fuzzer.
    private static func segments(of path: String) -> [Substring] {
        var scalars = path.unicodeScalars[...]
        if scalars.first == "/" { scalars = scalars.dropFirst() }
        guard !scalars.isEmpty else { return [] }
        return scalars.split(separator: "/", omittingEmptySubsequences: false).map(Substring.init)
    }
}

/// One segment of a route pattern.
enum RouteSegment: Equatable, Sendable {
    case literal(String)
    case parameter(String)
    case rest(String)

    init(_ text: Substring) {
        guard text.hasPrefix("{"), text.hasSuffix("}") else {
            self = .literal(String(text))
            return
        }
        let inner = text.dropFirst().dropLast()
        if inner.hasSuffix("...") {
            let name = String(inner.dropLast(3))
            precondition(!name.isEmpty, "A rest parameter needs a name: {name...}")
            self = .rest(name)
        } else {
            precondition(!inner.isEmpty, "A parameter needs a name: {name}")
            self = .parameter(String(inner))
        }
    }
}

/// A node of the routing tree: one per distinct pattern prefix.
struct RouteNode<Handler: Sendable>: Sendable {
    private var handlers: [HTTPMethod: Handler] = [:]
    private var literals: [String: RouteNode] = [:]
    /// The `{name}` branch. Its node sits in a one-element array because a struct cannot hold
    /// itself directly; the array supplies the indirection.
    private var parameter: (name: String, node: [RouteNode])?
    private var rest: (name: String, handlers: [HTTPMethod: Handler])?

    mutating func insert(
        _ segments: ArraySlice<RouteSegment>, method: HTTPMethod, handler: Handler, pattern: String
    ) {
        guard let first = segments.first else {
            precondition(handlers[method] == nil, "Route added twice: \(method) \(pattern)")
            handlers[method] = handler
            return
        }
        let remaining = segments.dropFirst()
        switch first {
        case .literal(let text):
            literals[text, default: RouteNode()].insert(
                remaining, method: method, handler: handler, pattern: pattern)
        case .parameter(let name):
            var child = parameter?.node.first ?? RouteNode()
            precondition(
                parameter == nil || parameter?.name == name,
                "Conflicting parameter names at the same place: \(pattern)")
            child.insert(remaining, method: method, handler: handler, pattern: pattern)
            parameter = (name, [child])
        case .rest(let name):
            var restHandlers = rest?.handlers ?? [:]
            precondition(restHandlers[method] == nil, "Route added twice: \(method) \(pattern)")
            restHandlers[method] = handler
            rest = (name, restHandlers)
        }
    }

    /// Depth-first search, most specific branch first. The first path match that lacks the
    /// method records its allowed methods, for a 405 if nothing matches fully.
    func find(
        _ segments: ArraySlice<Substring>, method: HTTPMethod,
        parameters: inout [String: String], allowed: inout [HTTPMethod]?
    ) -> Handler? {
        guard let first = segments.first else {
            return Self.pick(handlers, method: method, allowed: &allowed)
        }
        let remaining = segments.dropFirst()
        if let child = literals[String(first)],
            let handler = child.find(
                remaining, method: method, parameters: &parameters, allowed: &allowed)
        {
            return handler
        }
        if let parameter, !first.isEmpty {
            parameters[parameter.name] = String(first)
            if let handler = parameter.node[0].find(
                remaining, method: method, parameters: &parameters, allowed: &allowed)
            {
                return handler
            }
            parameters[parameter.name] = nil
        }
        if let rest {
            let value = segments.joined(separator: "/")
            guard !value.isEmpty else { return nil }
            if let handler = Self.pick(rest.handlers, method: method, allowed: &allowed) {
                parameters[rest.name] = value
                return handler
            }
        }
        return nil
    }

    private static func pick(
        _ handlers: [HTTPMethod: Handler], method: HTTPMethod, allowed: inout [HTTPMethod]?
    ) -> Handler? {
        guard !handlers.isEmpty else { return nil }
        if let handler = handlers[method] { return handler }
        if method == .head, let handler = handlers[.get] { return handler }
        if allowed == nil {
            var methods = Set(handlers.keys)
            if methods.contains(.get) { methods.insert(.head) }
            let others = methods.filter { !HTTPMethod.known.contains($0) }
            allowed = HTTPMethod.known.filter(methods.contains)
                + others.sorted { $0.rawValue < $1.rawValue }
        }
        return nil
    }
}
