/// Writes a response in HTTP/1.1 wire form (RFC 9112 §4 and §6) into a connection's buffer.
///
/// The whole response — status line, fields and body — goes into one contiguous buffer so it
/// can leave in a single `send`.
enum ResponseSerializer {
    /// What the server says about the connection after this response (RFC 9112 §9.3).
    enum ConnectionField {
        /// HTTP/1.1 persistence is the default: nothing to say.
        case none
        /// An HTTP/1.0 client that asked to keep the connection is told it is kept.
        case keepAlive
        case close
    }

    /// The interim response promised by `Expect: 100-continue` (RFC 9110 §15.2.1).
    static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Fields the server writes itself; a responder's values for them are not copied.
    private static let framingFields = ["Content-Length", "Connection", "Date", "Transfer-Encoding"]

    /// Appends `response` to `output`.
    ///
    /// - Parameters:
    ///   - isHead: the request was HEAD: send the length the body would have, not the body.
    ///   - date: the `Date` value, or nil to omit it (allowed for 5xx, RFC 9110 §6.6.1).
    /// - Returns: the number of body bytes written.
    @discardableResult
    static func write(
        _ response: HTTPResponse, isHead: Bool, connection: ConnectionField, date: [UInt8]?,
        into output: inout [UInt8]
    ) -> Int {
        let status = response.status
        let sendsBody = !isHead && !status.forbidsContent
        output.reserveCapacity(output.count + 160 + response.body.count)

        output.append(contentsOf: "HTTP/1.1 ".utf8)
        HTTPDateCache.appendDigits(min(max(status.code, 100), 999), width: 3, to: &output)
        output.append(ASCII.space)
        appendSanitized(status.reasonPhrase, to: &output)
        output.append(contentsOf: [ASCII.cr, ASCII.lf])

        if let date {
            output.append(contentsOf: "Date: ".utf8)
            output.append(contentsOf: date)
            output.append(contentsOf: [ASCII.cr, ASCII.lf])
        }
        for (name, value) in response.headers
        where !framingFields.contains(where: { ASCII.equalsIgnoringCase($0, name) }) {
            appendField(name, value, to: &output)
        }
        if let length = contentLength(of: response, isHead: isHead) {
            appendField("Content-Length", length, to: &output)
        }
        switch connection {
        case .none: break
        case .keepAlive: output.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        case .close: output.append(contentsOf: "Connection: close\r\n".utf8)
        }
        output.append(contentsOf: [ASCII.cr, ASCII.lf])

        guard sendsBody else { return 0 }
        output.append(contentsOf: response.body)
        return response.body.count
    }

    /// RFC 9110 §8.6: none for 1xx and 204; for 304 only what the responder chose to say; for
    /// HEAD the responder's own value when it sent no body, since that is the GET's length.
    private static func contentLength(of response: HTTPResponse, isHead: Bool) -> String? {
        let code = response.status.code
        if code < 200 || code == 204 { return nil }
        let declared = response.headers["Content-Length"].flatMap { Int($0) }.map(String.init)
        if code == 304 { return declared }
        if isHead, response.body.isEmpty, let declared { return declared }
        return String(response.body.count)
    }

    private static func appendField(_ name: String, _ value: String, to output: inout [UInt8]) {
        appendSanitized(name, to: &output)
        output.append(contentsOf: [ASCII.colon, ASCII.space])
        appendSanitized(value, to: &output)
        output.append(contentsOf: [ASCII.cr, ASCII.lf])
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
