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
        guard writeHead(response, isHead: isHead, connection: connection, date: date, into: &output)
        else { return 0 }
        output.append(contentsOf: response.body)
        return response.body.count
    }

    /// Queues `response` on a connection: the head is serialized into its buffer and a large
    /// body is queued by reference, not copied.
    @discardableResult
    static func write(
        _ response: HTTPResponse, isHead: Bool, connection: ConnectionField, date: [UInt8]?,
        into queue: inout OutputQueue
    ) -> Int {
        let sendsBody = queue.write { output in
            writeHead(response, isHead: isHead, connection: connection, date: date, into: &output)
        }
        guard sendsBody else { return 0 }
        queue.append(body: response.body)
        return response.body.count
    }

    /// Appends the status line and fields, ending with the empty line.
    ///
    /// - Returns: whether the body follows (not for HEAD, nor where the status forbids it).
    private static func writeHead(
        _ response: HTTPResponse, isHead: Bool, connection: ConnectionField, date: [UInt8]?,
        into output: inout [UInt8]
    ) -> Bool {
        let prepared = response.preparedHead
        output.reserveCapacity(output.count + 160 + (prepared?.fields.count ?? 0))

        if let prepared {
            output.append(contentsOf: prepared.statusLine)
        } else {
            PreparedHead.appendStatusLine(response.status, to: &output)
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
        let declared =
            prepared.map(\.declaredLength) ?? PreparedHead.declaredLength(in: response.headers)
        if let length = contentLength(of: response, declared: declared, isHead: isHead) {
            output.append(contentsOf: lengthName)
            output.appendDecimal(length)
            output.append(contentsOf: [ASCII.cr, ASCII.lf])
        }
        switch connection {
        case .none: break
        case .keepAlive: output.append(contentsOf: keepAliveField)
        case .close: output.append(contentsOf: closeField)
        }
        output.append(contentsOf: [ASCII.cr, ASCII.lf])
        return !isHead && !response.status.forbidsContent
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
}
