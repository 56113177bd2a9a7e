// Shared by the unit tests and the libFuzzer target (scripts/reliability/fuzz), which compiles
// this file into the HTTPServer module itself with -D FUZZING, so it must not import it there.
#if !FUZZING
    @testable import HTTPServer
#endif

/// What the parser made of one request, in a form two runs can be compared by.
enum ParserOutcome: Equatable, CustomStringConvertible {
    case request(head: String, body: [UInt8])
    case failure(HTTPParseError)

    var description: String {
        switch self {
        case .request(let head, let body): "request(\(head.debugDescription), \(body.count) B)"
        case .failure(let error): "failure(\(error))"
        }
    }
}

/// The properties every input must have, whatever its bytes. A fuzzer looks for an input
/// that breaks one; a test replays inputs that once did.
///
/// 1. Splitting the bytes differently never changes what comes out (the parser is fed by a
///    socket that may cut anywhere), except for `100 Continue` offers, which by design depend
///    on whether the body had arrived.
/// 2. Every request handed to a responder honours the parser's promises: a known method, a
///    decoded path that starts with `/` without NUL or dot segments, a body and header section
///    within the limits.
/// 3. Every refusal maps to a 4xx or 5xx status with a message.
enum ParserOracle {
    /// The first broken property for `bytes`, or nil when all hold.
    ///
    /// - Parameters:
    ///   - bytes: what a client sent.
    ///   - limits: the limits to parse under (small ones reach the limit checks sooner).
    ///   - cuts: offsets at which the bytes are split into separate appends.
    static func violation(in bytes: [UInt8], limits: HTTPLimits, cuts: [Int]) -> String? {
        let (whole, requests) = outcomes(bytes, cuts: [], limits: limits)
        let (split, _) = outcomes(bytes, cuts: cuts, limits: limits)
        if whole != split {
            return "split at \(cuts) gave \(split), whole gave \(whole)"
        }
        if bytes.count <= 2_048 {
            let (trickled, _) = outcomes(bytes, cuts: Array(0..<bytes.count), limits: limits)
            if whole != trickled {
                return "byte by byte gave \(trickled), whole gave \(whole)"
            }
        }
        for request in requests {
            if let broken = brokenPromise(request, limits: limits) { return broken }
        }
        for case .failure(let error) in whole {
            guard (400...505).contains(error.status.code), !error.message.isEmpty else {
                return "\(error) maps to status \(error.status.code)"
            }
        }
        return nil
    }

    /// Feeds `bytes` to a fresh parser in pieces ending at `cuts`, draining after each.
    static func outcomes(
        _ bytes: [UInt8], cuts: [Int], limits: HTTPLimits
    ) -> ([ParserOutcome], [HTTPRequest]) {
        var parser = HTTPRequestParser(limits: limits)
        var outcomes: [ParserOutcome] = []
        var requests: [HTTPRequest] = []
        var start = 0
        for end in cuts.filter({ $0 > 0 && $0 < bytes.count }).sorted() + [bytes.count]
        where end > start {
            parser.append(Array(bytes[start..<end]))
            start = end
            draining: while true {
                switch parser.next() {
                case .needMoreData:
                    break draining
                case .continueExpected:
                    continue
                case .request(let request):
                    requests.append(request)
                    outcomes.append(.request(head: summary(of: request), body: request.body))
                case .failure(let error):
                    outcomes.append(.failure(error))
                    return (outcomes, requests)
                }
            }
        }
        return (outcomes, requests)
    }

    private static func summary(of request: HTTPRequest) -> String {
        let fields = request.headers.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
        return "\(request.method) \(request.target) \(request.version)\n\(fields)"
    }

    private static func brokenPromise(_ request: HTTPRequest, limits: HTTPLimits) -> String? {
        guard HTTPMethod.known.contains(request.method) else {
            return "unknown method \(request.method) accepted"
        }
        // Bytes, not Characters: "/" and a combining mark after it are one Character, and
        // the parser's promises are about the bytes (RFC 3986 works on them too).
        let path = Array(request.path.utf8)
        let slash = UInt8(ascii: "/")
        let isAsterisk = path == [UInt8(ascii: "*")] && request.method == .options
        guard path.first == slash || isAsterisk else {
            return "path \(request.path.debugDescription) does not start with /"
        }
        guard !path.contains(0) else { return "path \(request.path.debugDescription) holds NUL" }
        let dot = UInt8(ascii: ".")
        let segments = path.split(separator: slash, omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0 == [dot] || $0 == [dot, dot] }) else {
            return "path \(request.path.debugDescription) keeps a dot segment"
        }
        guard request.body.count <= limits.maxBodyBytes else {
            return "body of \(request.body.count) bytes passed the limit"
        }
        guard request.headers.count <= limits.maxHeaderCount else {
            return "\(request.headers.count) header fields passed the limit"
        }
        return nil
    }
}

extension ParserOracle {
    /// Small limits, so short fuzz inputs reach every limit check.
    static let smallLimits: HTTPLimits = {
        var limits = HTTPLimits()
        limits.maxRequestLineBytes = 64
        limits.maxHeaderBytes = 256
        limits.maxHeaderCount = 8
        limits.maxBodyBytes = 64
        return limits
    }()

    /// Checks one fuzz input: its first byte chooses the limits (low bit) and where the rest
    /// is cut (the other bits seed the cut points); the rest is what the client sent. The
    /// libFuzzer target and the regression tests both decode inputs here, so a saved crasher
    /// replays exactly.
    static func violation(inFuzzInput input: [UInt8]) -> String? {
        guard let control = input.first else { return nil }
        let bytes = Array(input.dropFirst())
        let limits = control & 1 == 0 ? HTTPLimits() : smallLimits
        var state = UInt32(control >> 1) &+ 1
        var cuts: [Int] = []
        if !bytes.isEmpty {
            for _ in 0..<Int(control >> 5) + 1 {
                state = state &* 1_103_515_245 &+ 12_345  // an LCG: any spread will do
                cuts.append(Int(state >> 8) % bytes.count)
            }
        }
        return violation(in: bytes, limits: limits, cuts: cuts)
    }
}
