import Catalog
import Foundation

/// Why the executable could not start, said on one line.
///
/// Start-up failures are read in container logs and by process supervisors, where a
/// multi-line message is split into unrelated records; so every failure is one line that
/// names the file or address, says what is wrong with it, and what to do when that is clear.
enum StartupFailure {
    // Primary result codes, https://sqlite.org/rescode.html
    private static let sqliteReadOnly: Int32 = 8
    private static let sqliteCorrupt: Int32 = 11
    private static let sqliteCannotOpen: Int32 = 14
    private static let sqliteNotADatabase: Int32 = 26

    /// A problem with the database path that SQLite would only report as "unable to open
    /// database file", checked before SQLite is asked. An existing file is left to SQLite:
    /// a read-only one with nothing to migrate is served, since the server only reads.
    static func databasePathProblem(_ path: String) -> String? {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? "\(path) is a directory, not a database file" : nil
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard files.fileExists(atPath: directory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            return "database directory \(directory) does not exist; create it or pick "
                + "another --database path"
        }
        guard files.isWritableFile(atPath: directory) else {
            return "database \(path) does not exist and directory \(directory) is not "
                + "writable, so it cannot be created"
        }
        return nil
    }

    /// A folder the server reads at start-up that is missing. Checked here because listing a
    /// missing folder with Foundation on Linux yields nothing rather than an error, which would
    /// start a server without its static files.
    static func folderProblem(_ path: String, holding content: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return "\(content) folder \(path) does not exist or is not a folder" }
        return nil
    }

    /// One line for a failure while preparing or opening the database at `path`.
    static func describe(database path: String, _ error: any Error) -> String {
        guard let sqlite = error as? SQLiteError else {
            return oneLine("cannot prepare database \(path): \(error)")
        }
        let detail = "\(sqlite.message), SQLite error \(sqlite.code)"
        let text =
            switch sqlite.primaryCode {
            case sqliteCorrupt, sqliteNotADatabase:
                "database \(path) is corrupt or not an SQLite database (\(detail)); delete it "
                    + "and start again to rebuild it from the migrations"
            case sqliteReadOnly:
                "database \(path) is not writable (\(detail))"
            case sqliteCannotOpen:
                "cannot open database \(path) (\(detail))"
            default:
                "cannot prepare database \(path): \(detail)"
            }
        return oneLine(text)
    }

    /// Folds every run of whitespace, line breaks included, into one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
