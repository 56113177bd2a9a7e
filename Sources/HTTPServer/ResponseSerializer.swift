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

    private static let dateName: [UInt8] = Array("Date: ".utf8)
    private static let lengthName: [UInt8] = Array("Content-Length: ".utf8)
    private static let keepAliveField: [UInt8] = Array("Connection: keep-alive\r\n".utf8)
    private static let closeField: [UInt8] = Array("Connection: close\r\n".utf8)

    /// Appends `response` to `output`.
    ///
    /// A prepared response (``HTTPResponse/prepare()``) has its status line and fields copied
    /// as they are; any other has them serialized here.
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
        let prepared = response.preparedHead
        output.reserveCapacity(
            output.count + 160 + (prepared?.fields.count ?? 0) + response.body.count)

        if let prepared {
            output.append(contentsOf: prepared.statusLine)
        } else {
            PreparedHead.appendStatusLine(status, to: &output)
        }
        if let date {
            output.append(contentsOf: dateName)
            output.append(contentsOf: date)
            output.append(contentsOf: [ASCII.cr, ASCII.lf])
        }
        if let prepared {
            output.append(contentsOf: prepared.fields)
        } else {
            PreparedHead.appendFields(of: response.headers, to: &output)
        }
        let declared = prepared?.declaredLength ?? PreparedHead.declaredLength(in: response.headers)
        if let length = contentLength(of: response, declared: declared, isHead: isHead) {
            output.append(contentsOf: lengthName)
            appendDecimal(length, to: &output)
            output.append(contentsOf: [ASCII.cr, ASCII.lf])
        }
        switch connection {
        case .none: break
        case .keepAlive: output.append(contentsOf: keepAliveField)
        case .close: output.append(contentsOf: closeField)
        }
        output.append(contentsOf: [ASCII.cr, ASCII.lf])

        guard sendsBody else { return 0 }
        output.append(contentsOf: response.body)
        return response.body.count
    }

    /// RFC 9110 §8.6: none for 1xx and 204; for 304 only what the responder chose to say; for
    /// HEAD the responder's own value when it sent no body, since that is the GET's length.
    private static func contentLength(
        of response: HTTPResponse, declared: Int?, isHead: Bool
    ) -> Int? {
        let code = response.status.code
        if code < 200 || code == 204 { return nil }
        if code == 304 { return declared }
        if isHead, response.body.isEmpty, let declared { return declared }
        return response.body.count
    }

    /// Appends `value` in decimal without building a `String`.
    static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(0x2D) }  // "-"
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes hold any 64-bit number
        withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: buffer[index...])
        }
    }
}
