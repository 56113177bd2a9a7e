import Foundation

@testable import Catalog

/// The repository's own migrations applied once per test process to a temporary file,
/// so content tests read exactly what the server would serve.
enum MigratedCatalog {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path

    static let path: String = {
        let path = NSTemporaryDirectory() + "smtp-codes-content-\(UUID().uuidString).sqlite"
        do {
            _ = try Migrator.migrate(database: path, migrations: repositoryRoot + "/Migrations")
        } catch {
            fatalError("the repository's migrations do not apply: \(error)")
        }
        return path
    }()

    static let catalog: Catalog = {
        do {
            return try Catalog(path: path)
        } catch {
            fatalError("cannot open the migrated catalogue: \(error)")
        }
    }()

    /// Rows of an ad-hoc query against the migrated file, for checks the API has no call for.
    static func rows(_ sql: String) throws -> [[String]] {
        let connection = try SQLiteConnection(path: path, mode: .readOnly)
        let statement = try connection.prepare(sql)
        var rows: [[String]] = []
        try statement.reset(binding: [])
        while try statement.step() {
            rows.append((0..<statement.columnCount).map { statement.text(at: $0) ?? "" })
        }
        return rows
    }
}
