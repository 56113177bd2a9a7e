import CSQLite

/// A failed SQLite call: the extended result code to match on, SQLite's own message, and
/// the statement that failed, so a log line says what went wrong where.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String
    public let sql: String?

    init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    init(code: Int32, connection: OpaquePointer?, sql: String? = nil) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        self.init(code: code, message: message ?? String(cString: sqlite3_errstr(code)), sql: sql)
    }

    /// The primary result code (SQLITE_CONSTRAINT for SQLITE_CONSTRAINT_FOREIGNKEY …).
    public var primaryCode: Int32 { code & 0xFF }

    public var description: String {
        let statement = sql.map { " in: \($0.prefix(200))" } ?? ""
        return "SQLite error \(code): \(message)\(statement)"
    }
}
