import CZlib
import Foundation

/// One file of `Migrations/`: `NNNN_name.sql`, applied in the order of its number.
public struct Migration: Sendable, Equatable {
    public let identifier: Int
    public let name: String
    public let sql: String

    /// CRC-32 of the file's bytes: enough to notice that an applied file was edited.
    public let checksum: String

    public init(identifier: Int, name: String, sql: String) {
        self.identifier = identifier
        self.name = name
        self.sql = sql
        self.checksum = Self.checksum(of: Array(sql.utf8))
    }

    /// Reads every `NNNN_*.sql` in `directory`, sorted by number. Other files are ignored;
    /// a malformed name or a number used twice is an error, not a silent skip.
    public static func load(from directory: String) throws(MigrationError) -> [Migration] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .directoryUnreadable(directory)
        }

        var migrations: [Migration] = []
        for name in names where name.hasSuffix(".sql") {
            guard let identifier = identifier(of: name) else { throw .badFileName(name) }
            guard let sql = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            else { throw .directoryUnreadable(directory + "/" + name) }

            migrations.append(Migration(identifier: identifier, name: name, sql: sql))
        }

        migrations.sort { $0.identifier < $1.identifier }
        for (earlier, later) in zip(migrations, migrations.dropFirst())
        where earlier.identifier == later.identifier {
            throw .duplicateIdentifier(earlier.name, later.name)
        }
        return migrations
    }

    /// `0012_texts_50x.sql` → 12; nil unless four digits, an underscore, and a name.
    static func identifier(of fileName: String) -> Int? {
        let stem = fileName.dropLast(".sql".count)
        let digits = stem.prefix(4)
        let rest = stem.dropFirst(4)
        guard digits.count == 4, digits.allSatisfy(\.isASCIIDigitCharacter),
            rest.first == "_", rest.count > 1,
            rest.dropFirst().allSatisfy({ $0.isASCIILowercaseWordCharacter })
        else { return nil }

        return Int(digits)
    }

    static func checksum(of bytes: [UInt8]) -> String {
        let value = bytes.withUnsafeBufferPointer { buffer in
            crc32(0, buffer.baseAddress, uInt(buffer.count))
        }
        let hex = String(value, radix: 16)
        return "crc32:" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }

    fileprivate var isASCIILowercaseWordCharacter: Bool {
        isASCII && (isLowercase || isNumber || self == "_")
    }
}
