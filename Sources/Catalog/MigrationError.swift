/// Why migrations stopped. Each case names the file, so the start-up line can tell an
/// operator exactly which one to look at.
public enum MigrationError: Error, Equatable, CustomStringConvertible {
    case directoryUnreadable(String)
    case badFileName(String)
    case duplicateIdentifier(String, String)

    /// An applied migration's file no longer matches what was applied.
    case checksumMismatch(name: String, recorded: String, current: String)

    /// The database records a migration that is not in the folder (or was renamed).
    case unknownApplied(String)

    /// The file's SQL failed; nothing of it was kept.
    case failed(name: String, message: String)

    public var description: String {
        switch self {
        case .directoryUnreadable(let path):
            "cannot read migrations at \(path)"
        case .badFileName(let name):
            "migration file \(name) is not named NNNN_name.sql"
        case .duplicateIdentifier(let first, let second):
            "migrations \(first) and \(second) share a number"
        case .checksumMismatch(let name, let recorded, let current):
            "migration \(name) was changed after it was applied (recorded \(recorded), "
                + "file now \(current)); add a new migration instead of editing an applied one"
        case .unknownApplied(let name):
            "the database has migration \(name) applied, but no such file is in the folder"
        case .failed(let name, let message):
            "migration \(name) failed and was rolled back: \(message)"
        }
    }
}
