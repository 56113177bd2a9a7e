/// The part of a response's head that is the same on every send — the status line and the
/// responder's own fields, sanitized — in wire form (RFC 9112 §4 and §5).
///
/// An answer served many times (a cached page) is prepared once with
/// ``HTTPResponse/prepare()``; sending it then costs one copy of these bytes instead of a walk
/// over its fields with a case-insensitive comparison and a sanitizing pass for each.
///
/// A class, so copying a prepared response retains one object rather than each array.
final class PreparedHead: Sendable {
    /// `HTTP/1.1 200 OK\r\n`.
    let statusLine: [UInt8]
    /// `Name: value\r\n` for each field except the ones the server writes itself.
    let fields: [UInt8]
    /// The responder's own `Content-Length`, which HEAD and 304 answers may carry (RFC 9110
    /// §8.6) when they have no body to measure.
    let declaredLength: Int?
    /// The responder asked for `Connection: close`.
    let closesConnection: Bool

    init(_ response: HTTPResponse) {
        var statusLine: [UInt8] = []
        Self.appendStatusLine(response.status, to: &statusLine)
        self.statusLine = statusLine
        var fields: [UInt8] = []
        Self.appendFields(of: response.headers, to: &fields)
        self.fields = fields
        declaredLength = Self.declaredLength(in: response.headers)
        closesConnection = response.headers.containsToken("close", in: "Connection")
    }

    /// Fields the server writes itself; a responder's values for them are not copied.
    private static let framingFields = ["Content-Length", "Connection", "Date", "Transfer-Encoding"]

    static func appendStatusLine(_ status: HTTPStatus, to output: inout [UInt8]) {
        output.append(contentsOf: "HTTP/1.1 ".utf8)
        HTTPDateCache.appendDigits(min(max(status.code, 100), 999), width: 3, to: &output)
        output.append(ASCII.space)
        appendSanitized(status.reasonPhrase, to: &output)
        output.append(contentsOf: [ASCII.cr, ASCII.lf])
    }

    static func appendFields(of headers: HTTPHeaders, to output: inout [UInt8]) {
        for (name, value) in headers
        where !framingFields.contains(where: { ASCII.equalsIgnoringCase($0, name) }) {
            appendSanitized(name, to: &output)
            output.append(contentsOf: [ASCII.colon, ASCII.space])
            appendSanitized(value, to: &output)
            output.append(contentsOf: [ASCII.cr, ASCII.lf])
        }
    }

    /// The responder's `Content-Length` when it is a plain number; anything else is ignored,
    /// since the server measures the body itself.
    static func declaredLength(in headers: HTTPHeaders) -> Int? {
        headers["Content-Length"].flatMap { Int($0) }
    }

    /// Appends text, turning control characters into spaces, so a value built from request
    /// data can never split the response (RFC 9110 §5.5: CR, LF and NUL are invalid).
    private static func appendSanitized(_ text: String, to output: inout [UInt8]) {
        let start = output.count
        output.append(contentsOf: text.utf8)
        for index in start..<output.count where output[index] < 0x20 || output[index] == 0x7F {
            output[index] = ASCII.space
        }
    }
}
