import HTTPServer

extension ResponseCache {
    /// An answer ready to send: every response it can become — identity or gzip, full or
    /// `304 Not Modified` — built and prepared (``HTTPResponse/prepare()``) once, so serving
    /// it picks one and the server copies its head in one piece. A class, so taking it out
    /// of the cache retains one object rather than every response inside.
    final class Answer: Sendable {
        /// One representation (RFC 9110 §3.2) of the answer and its validator.
        final class Representation: Sendable {
            let response: HTTPResponse
            /// Empty when the answer has no validator (redirects, errors).
            let entityTag: String
            /// What a client that already holds `entityTag` gets; nil without a tag.
            let notModified: HTTPResponse?

            init(response: HTTPResponse, entityTag: String, notModified: HTTPResponse?) {
                self.response = response
                self.entityTag = entityTag
                self.notModified = notModified
            }
        }

        let status: HTTPStatus
        let identity: Representation
        let gzip: Representation?

        /// The strong tag of the identity bytes, empty for none.
        var entityTag: String { identity.entityTag }

        /// Bytes this answer holds, for the cache budget.
        let byteCount: Int

        /// - Parameters:
        ///   - headers: the fields of every representation; `ETag` and `Content-Encoding`
        ///     are added per representation.
        ///   - entityTag: the strong tag of `body`, or empty for an answer without one.
        ///   - gzipBody: `body` compressed, when that is worth offering.
        init(
            status: HTTPStatus, headers: HTTPHeaders, body: [UInt8], entityTag: String,
            gzipBody: [UInt8]? = nil
        ) {
            self.status = status
            identity = Self.representation(
                status: status, headers: headers, body: body, entityTag: entityTag)
            gzip = gzipBody.map { compressed in
                var zipped = headers
                zipped.add(name: "Content-Encoding", value: "gzip")
                return Self.representation(
                    status: status, headers: zipped, body: compressed,
                    entityTag: Self.gzipEntityTag(entityTag))
            }
            let heads = identity.response.headers.count + (gzip?.response.headers.count ?? 0)
            byteCount = body.count + (gzipBody?.count ?? 0) + heads * 64
        }

        /// A representation has its own strong tag (RFC 9110 §8.8.3): the gzip bytes differ.
        static func gzipEntityTag(_ tag: String) -> String {
            tag.isEmpty ? "" : String(tag.dropLast()) + "-gzip\""
        }

        /// The full response with its `ETag`, and the `304` that stands for it: the same
        /// fields without `Content-Type` and `Content-Encoding`, and no body.
        private static func representation(
            status: HTTPStatus, headers: HTTPHeaders, body: [UInt8], entityTag: String
        ) -> Representation {
            var headers = headers
            if !entityTag.isEmpty {
                headers.add(name: "ETag", value: entityTag)
            }
            var response = HTTPResponse(status: status, headers: headers, body: body)
            response.prepare()
            guard !entityTag.isEmpty else {
                return Representation(response: response, entityTag: "", notModified: nil)
            }

            headers.remove(name: "Content-Type")
            headers.remove(name: "Content-Encoding")
            var notModified = HTTPResponse(status: .notModified, headers: headers, body: [])
            notModified.prepare()
            return Representation(
                response: response, entityTag: entityTag, notModified: notModified)
        }
    }
}
