import CSQLite

/// One SQLite connection, set up the same way everywhere (https://sqlite.org/c3ref/open.html):
/// extended result codes, a busy time-out, foreign keys enforced.
///
/// Not thread-safe by itself; `Catalog` confines it behind a lock.
public final class SQLiteConnection {
    /// How the file is opened: `readWrite` creates it if missing (migrations), `readOnly`
    /// is what the server uses at run time, when content never changes.
    public enum Mode: Sendable {
        case readWrite
        case readOnly
    }

    static let busyTimeoutMilliseconds: Int32 = 5_000

    let handle: OpaquePointer

    public init(path: String, mode: Mode) throws(SQLiteError) {
        var handle: OpaquePointer?
        let flags =
            switch mode {
            case .readWrite: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
            case .readOnly: SQLITE_OPEN_READONLY
            }

        let result = sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard result == SQLITE_OK, let handle else {
            let error = SQLiteError(code: result, connection: handle)
            sqlite3_close_v2(handle)
            throw error
        }

        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows (schema, migrations, pragmas).
    public func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let result = sqlite3_exec(handle, sql, nil, nil, &message)
        guard result == SQLITE_OK else {
            let text = message.map { String(cString: $0) }
            sqlite3_free(message)
            throw SQLiteError(
                code: sqlite3_extended_errcode(handle),
                message: text ?? String(cString: sqlite3_errstr(result)),
                sql: sql
            )
        }
    }

    public func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        try SQLiteStatement(connection: self, sql: sql)
    }

    /// Runs `body` inside BEGIN IMMEDIATE … COMMIT; any error rolls everything back.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Checks the file is a readable SQLite database (a corrupt file fails here, at start-up,
    /// rather than on the first request).
    public func checkIntegrity() throws(SQLiteError) {
        let statement = try prepare("PRAGMA quick_check")
        guard try statement.step(), statement.text(at: 0) == "ok" else {
            throw SQLiteError(code: SQLITE_CORRUPT, message: "database file failed quick_check")
        }
    }
}
