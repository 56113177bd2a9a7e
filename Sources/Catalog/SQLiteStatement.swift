import CSQLite

/// A prepared statement that owns its pointer and finalizes it in `deinit`, so an early
/// throw never leaks one. Reused across calls: `reset(binding:)` clears it for the next.
public final class SQLiteStatement {
    /// Makes SQLite copy bound strings (https://sqlite.org/c3ref/c_static.html).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private let connection: SQLiteConnection
    private let handle: OpaquePointer
    let sql: String

    init(connection: SQLiteConnection, sql: String) throws(SQLiteError) {
        var handle: OpaquePointer?
        let result = sqlite3_prepare_v3(
            connection.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard result == SQLITE_OK, let handle else {
            throw SQLiteError(code: result, connection: connection.handle, sql: sql)
        }

        self.connection = connection
        self.handle = handle
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Clears earlier results and binds `values` to ?1, ?2, … in order.
    public func reset(binding values: [String]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let result = value.utf8CString.withUnsafeBufferPointer { buffer in
                sqlite3_bind_text(
                    handle, Int32(offset + 1), buffer.baseAddress, Int32(buffer.count - 1),
                    Self.transient)
            }
            guard result == SQLITE_OK else { throw failure(result) }
        }
    }

    /// Advances to the next row; false when there are no more.
    public func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let result: throw failure(result)
        }
    }

    /// The column as text, or nil when it is NULL.
    public func text(at column: Int32) -> String? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL,
            let pointer = sqlite3_column_text(handle, column)
        else { return nil }

        return String(cString: pointer)
    }

    /// The number of columns each row has.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    public func int(at column: Int32) -> Int {
        Int(sqlite3_column_int64(handle, column))
    }

    /// Binds, then collects every row through `row`.
    public func rows<T>(
        binding values: [String], _ row: (SQLiteStatement) throws -> T
    ) throws -> [T] {
        try reset(binding: values)
        var result: [T] = []
        while try step() {
            result.append(try row(self))
        }
        return result
    }

    private func failure(_ result: Int32) -> SQLiteError {
        SQLiteError(
            code: sqlite3_extended_errcode(connection.handle), connection: connection.handle,
            sql: sql)
    }
}
