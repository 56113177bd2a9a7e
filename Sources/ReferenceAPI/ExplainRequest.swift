import Foundation
import HTTPServer

/// Reads the paste out of an `/explain` request: `?reply=` on GET and HEAD; on POST the
/// `reply` field of a form, the whole body when it is `text/plain`, or `{"reply": "…"}`
/// when it is `application/json`.
enum ExplainRequest {
    /// A whole bounce message fits many times over; anything longer is not a paste of one.
    static let maximumReplyBytes = 16_384

    /// A form encodes each byte as up to three, so a body beyond this cannot hold a paste
    /// within the limit and is refused before it is decoded.
    static let maximumBodyBytes = 3 * maximumReplyBytes + 1_024

    /// The paste, or nil when a GET carries none (the empty form). A POST always carries
    /// one: a post without it is an empty paste, answered 422.
    static func reply(from request: HTTPRequest) throws(ExplainError) -> String? {
        guard request.method == .post else {
            return try checked(request.queryValue("reply"))
        }
        guard request.body.count <= maximumBodyBytes else {
            throw .tooLarge(limit: maximumReplyBytes)
        }

        let type = request.headers["Content-Type"]?.split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        switch type {
        case "text/plain":
            return try checked(String(decoding: request.body, as: UTF8.self))
        case "application/json":
            let body = try? JSONDecoder().decode(Body.self, from: Data(request.body))
            return try checked(body?.reply) ?? ""
        default:
            return try checked(request.formValue("reply") ?? request.queryValue("reply")) ?? ""
        }
    }

    private struct Body: Decodable {
        let reply: String?
    }

    private static func checked(_ reply: String?) throws(ExplainError) -> String? {
        guard let reply else { return nil }
        guard reply.utf8.count <= maximumReplyBytes else {
            throw .tooLarge(limit: maximumReplyBytes)
        }
        return reply
    }
}

/// Why an `/explain` request gets no explanation. Callers match the case, never the text.
enum ExplainError: Error, Equatable {
    /// The paste is longer than `ExplainRequest.maximumReplyBytes`: 413.
    case tooLarge(limit: Int)

    /// Nothing in the paste was recognisable: 422.
    case unrecognized

    var status: Int {
        switch self {
        case .tooLarge: 413
        case .unrecognized: 422
        }
    }

    func message(in text: InterfaceText) -> String {
        switch self {
        case .tooLarge(let limit): text.fill("error.reply_too_large", ["limit": String(limit)])
        case .unrecognized: text["error.unrecognized_reply"]
        }
    }
}
