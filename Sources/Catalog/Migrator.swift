/// Applies migrations in order, each with its ledger row in one transaction, so a database
/// is always at a migration boundary (https://sqlite.org/lang_transaction.html).
public struct Migrator: Sendable {
    public let migrations: [Migration]

    public init(migrations: [Migration]) {
        self.migrations = migrations
    }

    /// Applies what is pending and returns the names applied now (empty when up to date).
    /// Checks the whole ledger against the files before applying anything.
    public func migrate(_ connection: SQLiteConnection) throws -> [String] {
        try connection.execute(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                identifier INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                checksum   TEXT NOT NULL,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            ) STRICT
            """)

        let applied = try appliedMigrations(connection)
        try verify(applied)

        var appliedNow: [String] = []
        for migration in migrations where applied[migration.identifier] == nil {
            try apply(migration, to: connection)
            appliedNow.append(migration.name)
        }
        return appliedNow
    }

    /// The ledger: identifier → (name, checksum).
    func appliedMigrations(
        _ connection: SQLiteConnection
    ) throws -> [Int: (name: String, checksum: String)] {
        let statement = try connection.prepare(
            "SELECT identifier, name, checksum FROM schema_migrations ORDER BY identifier")
        let rows = try statement.rows(binding: []) { row in
            (row.int(at: 0), row.text(at: 1) ?? "", row.text(at: 2) ?? "")
        }
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.0, (name: $0.1, checksum: $0.2)) })
    }

    private func verify(_ applied: [Int: (name: String, checksum: String)]) throws {
        let files = Dictionary(uniqueKeysWithValues: migrations.map { ($0.identifier, $0) })
        for (identifier, record) in applied.sorted(by: { $0.key < $1.key }) {
            guard let file = files[identifier], file.name == record.name else {
                throw MigrationError.unknownApplied(record.name)
            }
            guard file.checksum == record.checksum else {
                throw MigrationError.checksumMismatch(
                    name: file.name, recorded: record.checksum, current: file.checksum)
            }
        }
    }

    private func apply(_ migration: Migration, to connection: SQLiteConnection) throws {
        do {
            try connection.transaction {
                try connection.execute(migration.sql)
                let record = try connection.prepare(
                    "INSERT INTO schema_migrations (identifier, name, checksum) VALUES (?1, ?2, ?3)"
                )
                try record.reset(binding: [
                    String(migration.identifier), migration.name, migration.checksum,
                ])
                _ = try record.step()
            }
        } catch let error as SQLiteError {
            throw MigrationError.failed(name: migration.name, message: error.message)
        }
    }
}

extension Migrator {
    /// What a run of migrations did, for the start-up line.
    public struct Report: Sendable {
        public let applied: [String]
        public let total: Int
    }

    /// Opens (creating if needed) the database at `database` and applies the migrations
    /// found in `directory`: what `smtp-codes migrate` and start-up both do.
    public static func migrate(database: String, migrations directory: String) throws -> Report {
        let migrations = try Migration.load(from: directory)
        let connection = try SQLiteConnection(path: database, mode: .readWrite)
        let applied = try Migrator(migrations: migrations).migrate(connection)
        return Report(applied: applied, total: migrations.count)
    }
}
