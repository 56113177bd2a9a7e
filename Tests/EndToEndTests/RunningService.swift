import Catalog
import Foundation
import HTTPServer
import ReferenceAPI

/// The whole service — migrations, catalogue, application, server — on an ephemeral
/// loopback port, as `smtp-codes serve` runs it. Shut down by the test that starts it.
final class RunningService {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path

    let server: HTTPServer
    let port: Int
    let lines = LogLines()

    init(limits: HTTPLimits = HTTPLimits()) throws {
        let path = NSTemporaryDirectory() + "smtp-codes-e2e-\(UUID().uuidString).sqlite"
        _ = try Migrator.migrate(database: path, migrations: Self.repositoryRoot + "/Migrations")
        let application = try ReferenceApplication(
            catalog: try Catalog(path: path), publicDirectory: Self.repositoryRoot + "/Public")
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.limits = limits
        let lines = self.lines
        server = HTTPServer(configuration: configuration, responder: application) {
            lines.append($0)
        }
        port = try server.start()
    }

    func stop() {
        server.shutdown()
        server.wait()
    }

    /// The log lines the server wrote, collected across threads.
    final class LogLines: @unchecked Sendable {
        // A lock-owning box: the only state is the array, touched under the lock.
        private let lock = NSLock()
        private var lines: [String] = []

        func append(_ line: String) {
            lock.withLock { lines.append(line) }
        }

        var all: [String] { lock.withLock { lines } }
    }
}
