import HTTPServer
import Synchronization

/// Rendered answers, kept whole: the content never changes while the process runs, so an
/// answer rendered once is valid until exit.
///
/// Bounded by bytes. When a new answer would pass the budget, everything is dropped and
/// the cache refills from the requests that follow: crude, but it costs nothing per hit
/// and the working set (a few hundred pages) fits many times over.
final class ResponseCache: Sendable {
    /// What an answer's bytes depend on. A struct rather than a joined string, so a lookup
    /// hashes the request's own strings instead of building a new one.
    enum Key: Hashable, Sendable {
        /// A negotiated answer: a page, a redirect or an error, per format and language.
        case page(format: Format, language: String, path: String, query: String?)
        /// `sitemap.xml` or `robots.txt` for one origin.
        case crawler(Endpoint, base: String)
        /// A file of `Public/`.
        case staticFile(String)

        var utf8Count: Int {
            switch self {
            case .page(_, let language, let path, let query):
                language.utf8.count + path.utf8.count + (query?.utf8.count ?? 0)
            case .crawler(_, let base): base.utf8.count
            case .staticFile(let name): name.utf8.count
            }
        }
    }

    static let defaultBudgetBytes = 16 * 1024 * 1024

    private struct State {
        var answers: [Key: Answer] = [:]
        var bytes = 0
    }

    private let budgetBytes: Int
    private let state = Mutex(State())

    init(budgetBytes: Int = ResponseCache.defaultBudgetBytes) {
        self.budgetBytes = budgetBytes
    }

    subscript(key: Key) -> Answer? {
        state.withLock { $0.answers[key] }
    }

    func insert(_ answer: Answer, for key: Key) {
        let size = answer.byteCount + key.utf8Count
        guard size <= budgetBytes else { return }

        state.withLock { state in
            if state.bytes + size > budgetBytes {
                state = State()
            }
            if let old = state.answers.updateValue(answer, forKey: key) {
                state.bytes -= old.byteCount + key.utf8Count
            }
            state.bytes += size
        }
    }

    var count: Int { state.withLock { $0.answers.count } }
}
