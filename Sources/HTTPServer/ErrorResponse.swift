/// The answer the server itself gives to a request it refuses (bad syntax, limits, time-outs,
/// overload), in the same JSON shape the application uses for its errors.
enum ErrorResponse {
    /// `{"error":{"status":400,"message":"…"}}` as `application/json; charset=utf-8`.
    static func make(_ status: HTTPStatus, message: String) -> HTTPResponse {
        var body = Array("{\"error\":{\"status\":\(status.code),\"message\":\"".utf8)
        appendJSONEscaped(message, to: &body)
        body.append(contentsOf: "\"}}".utf8)
        return HTTPResponse(
            status: status,
            headers: ["Content-Type": "application/json; charset=utf-8"],
            body: body)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Escapes a string for a JSON string literal (RFC 8259 §7).
    private static func appendJSONEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x00..<0x20:
                let high = hexDigits[Int(byte >> 4)]
                let low = hexDigits[Int(byte & 0xF)]
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, high, low])  // \u00XX
            default: out.append(byte)
            }
        }
    }
}
