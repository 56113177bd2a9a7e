@testable import HTTPServer

/// What a parser run produced, in a form tests can compare.
enum Parsed: Equatable {
    case request(method: String, path: String, body: String)
    case continueExpected
    case failure(HTTPParseError)
}

extension HTTPRequestParser {
    /// Drains every result the buffered bytes allow, stopping at "need more" or a failure.
    mutating func drain() -> [Parsed] {
        var results: [Parsed] = []
        while true {
            switch next() {
            case .needMoreData:
                return results
            case .continueExpected:
                results.append(.continueExpected)
            case .request(let request):
                results.append(
                    .request(
                        method: request.method.rawValue, path: request.path,
                        body: String(decoding: request.body, as: UTF8.self)))
            case .failure(let error):
                results.append(.failure(error))
                return results
            }
        }
    }

    mutating func append(_ text: String) {
        append(Array(text.utf8))
    }
}

/// Parses `text` fed in one piece.
func parse(_ text: String, limits: HTTPLimits = HTTPLimits()) -> [Parsed] {
    var parser = HTTPRequestParser(limits: limits)
    parser.append(text)
    return parser.drain()
}

/// Parses `text` and returns the single request it must hold.
func parseRequest(_ text: String, limits: HTTPLimits = HTTPLimits()) -> HTTPRequest? {
    var parser = HTTPRequestParser(limits: limits)
    parser.append(text)
    guard case .request(let request) = parser.next() else { return nil }
    return request
}

/// The failure `text` produces, if any.
func parseError(_ text: String, limits: HTTPLimits = HTTPLimits()) -> HTTPParseError? {
    guard case .failure(let error) = parse(text, limits: limits).last else { return nil }
    return error
}
