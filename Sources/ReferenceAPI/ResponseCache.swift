import HTTPServer
import Synchronization

/// Rendered answers, kept whole: the content never changes while the process runs, so an
/// answer rendered once is valid until exit.
///
/// Bounded by bytes. When a new answer would pass the budget, everything is dropped and
/// the cache refills from the requests that follow: crude, but it costs nothing per hit
/// and the working set (a few hundred pages) fits many times over.
final class ResponseCache: Sendable {
    /// An answer ready to send: headers already built, body and tag fixed, and the gzip
    /// representation made once when it is worth having.
    struct Answer: Sendable {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: [UInt8]
        let entityTag: String
        var gzipBody: [UInt8]? = nil

        /// A representation has its own strong tag (RFC 9110 §8.8.3): the gzip bytes differ.
        var gzipEntityTag: String { String(entityTag.dropLast()) + "-gzip\"" }
    }

    static let defaultBudgetBytes = 16 * 1024 * 1024

    private struct State {
        var answers: [String: Answer] = [:]
        var bytes = 0
    }

    private let budgetBytes: Int
    private let state = Mutex(State())

    init(budgetBytes: Int = ResponseCache.defaultBudgetBytes) {
        self.budgetBytes = budgetBytes
    }

    subscript(key: String) -> Answer? {
        state.withLock { $0.answers[key] }
    }

    func insert(_ answer: Answer, for key: String) {
        let size = answer.body.count + (answer.gzipBody?.count ?? 0) + key.utf8.count
        guard size <= budgetBytes else { return }

        state.withLock { state in
            if state.bytes + size > budgetBytes {
                state = State()
            }
            if let old = state.answers.updateValue(answer, forKey: key) {
                state.bytes -= old.body.count + (old.gzipBody?.count ?? 0) + key.utf8.count
            }
            state.bytes += size
        }
    }

    var count: Int { state.withLock { $0.answers.count } }
}
