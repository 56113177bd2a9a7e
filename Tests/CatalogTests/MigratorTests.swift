import Foundation
import Testing

@testable import Catalog

@Suite("Migrator")
struct MigratorTests {
    /// A folder of migration files that disappears with the test.
    final class MigrationFolder {
        let path: String

        init(_ files: [String: String]) throws {
            path = NSTemporaryDirectory() + "smtp-codes-migrations-" + UUID().uuidString
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true)
            for (name, sql) in files {
                try write(name, sql)
            }
        }

        func write(_ name: String, _ sql: String) throws {
            try sql.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }

        func remove(_ name: String) throws {
            try FileManager.default.removeItem(atPath: path + "/" + name)
        }

        deinit {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    static let schema = "CREATE TABLE things (name TEXT PRIMARY KEY) STRICT;"
    static let content = "INSERT INTO things VALUES ('one'), ('two');"

    func migrate(_ folder: MigrationFolder, _ connection: SQLiteConnection) throws -> [String] {
        try Migrator(migrations: try Migration.load(from: folder.path)).migrate(connection)
    }

    func count(_ table: String, _ connection: SQLiteConnection) throws -> Int {
        let statement = try connection.prepare("SELECT count(*) FROM \(table)")
        _ = try statement.step()
        return statement.int(at: 0)
    }

    @Test("applies files in number order and records each in the ledger")
    func appliesInOrder() throws {
        let folder = try MigrationFolder([
            "0002_content.sql": Self.content, "0001_schema.sql": Self.schema,
            "README.txt": "not a migration",
        ])
        let connection = try SQLiteConnection(path: ":memory:", mode: .readWrite)

        #expect(try migrate(folder, connection) == ["0001_schema.sql", "0002_content.sql"])
        #expect(try count("things", connection) == 2)
        #expect(try count("schema_migrations", connection) == 2)
    }

    @Test("applying twice is a no-op")
    func idempotent() throws {
        let folder = try MigrationFolder([
            "0001_schema.sql": Self.schema, "0002_content.sql": Self.content,
        ])
        let connection = try SQLiteConnection(path: ":memory:", mode: .readWrite)

        _ = try migrate(folder, connection)
        #expect(try migrate(folder, connection).isEmpty)
        #expect(try count("things", connection) == 2)
    }

    @Test("a new file is applied on the next run, and only it")
    func appliesOnlyNew() throws {
        let folder = try MigrationFolder(["0001_schema.sql": Self.schema])
        let connection = try SQLiteConnection(path: ":memory:", mode: .readWrite)
        _ = try migrate(folder, connection)

        try folder.write("0002_content.sql", Self.content)
        #expect(try migrate(folder, connection) == ["0002_content.sql"])
    }

    @Test("an applied file that changed stops migration with a clear error")
    func checksumMismatch() throws {
        let folder = try MigrationFolder(["0001_schema.sql": Self.schema])
        let connection = try SQLiteConnection(path: ":memory:", mode: .readWrite)
        _ = try migrate(folder, connection)

        try folder.write("0001_schema.sql", Self.schema + "\n-- edited")
        try folder.write("0002_content.sql", Self.content)
        let error = try #require(throws: MigrationError.self) { try migrate(folder, connection) }
        guard case .checksumMismatch(let name, _, _) = error else {
            Issue.record("expected a checksum mismatch, got \(error)")
            return
        }
        #expect(name == "0001_schema.sql")
        #expect(error.description.contains("changed after it was applied"))
        #expect(try count("things", connection) == 0, "nothing after the mismatch is applied")
    }

    @Test("a failing migration leaves the database as it was")
    func rollback() throws {
        let folder = try MigrationFolder([
            "0001_schema.sql": Self.schema,
            "0002_broken.sql": "CREATE TABLE extra (x TEXT); INSERT INTO things VALUES ('a');"
                + " INSERT INTO missing_table VALUES (1);",
        ])
        let connection = try SQLiteConnection(path: ":memory:", mode: .readWrite)

        let error = try #require(throws: MigrationError.self) { try migrate(folder, connection) }
        guard case .failed(let name, let message) = error else {
            Issue.record("expected a failed migration, got \(error)")
            return
        }
        #expect(name == "0002_broken.sql")
        #expect(message.contains("missing_table"))
        #expect(try count("things", connection) == 0)
        #expect(try count("schema_migrations", connection) == 1)
        #expect(throws: SQLiteError.self) { try count("extra", connection) }
    }

    @Test("a ledger entry without its file is an error")
    func unknownApplied() throws {
        let folder = try MigrationFolder([
            "0001_schema.sql": Self.schema, "0002_content.sql": Self.content,
        ])
        let connection = try SQLiteConnection(path: ":memory:", mode: .readWrite)
        _ = try migrate(folder, connection)

        try folder.remove("0002_content.sql")
        #expect(throws: MigrationError.unknownApplied("0002_content.sql")) {
            try migrate(folder, connection)
        }
    }

    @Test("badly named and duplicate files are refused before anything runs")
    func fileNames() throws {
        let badName = try MigrationFolder(["1_schema.sql": Self.schema])
        #expect(throws: MigrationError.badFileName("1_schema.sql")) {
            try Migration.load(from: badName.path)
        }

        let duplicate = try MigrationFolder(["0001_a.sql": Self.schema, "0001_b.sql": Self.content])
        #expect(throws: MigrationError.duplicateIdentifier("0001_a.sql", "0001_b.sql")) {
            try Migration.load(from: duplicate.path)
        }

        #expect(throws: MigrationError.directoryUnreadable("/nonexistent/migrations")) {
            try Migration.load(from: "/nonexistent/migrations")
        }
    }
}
