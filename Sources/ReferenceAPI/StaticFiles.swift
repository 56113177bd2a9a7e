import Foundation
import HTTPServer

/// The files of `Public/`, read once at start-up and served from memory.
///
/// Only names found by listing the folder can be served, so `..`, encoded dots and
/// symbolic links that point outside never reach the file system: symbolic links are
/// skipped when listing.
struct StaticFiles: Sendable {
    struct File: Sendable {
        let body: [UInt8]
        let contentType: String
        let entityTag: String
        let gzipBody: [UInt8]?
    }

    static let contentTypes = [
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "ico": "image/x-icon",
        "txt": "text/plain; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "woff2": "font/woff2",
    ]

    let files: [String: File]

    init(directory: String) throws {
        var files: [String: File] = [:]
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey]
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: keys)
        else { throw CocoaError(.fileReadNoSuchFile) }

        for case let url as URL in enumerator {
            let values = try url.resourceValues(forKeys: Set(keys))
            guard values.isRegularFile == true, values.isSymbolicLink != true else { continue }

            let name = String(
                url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            let body = Array(try Data(contentsOf: url))
            let type =
                Self.contentTypes[url.pathExtension.lowercased()] ?? "application/octet-stream"
            let compressible =
                type.hasPrefix("text/") || type.hasPrefix("image/svg")
                || type.hasPrefix("application/json")
            files[name] = File(
                body: body, contentType: type, entityTag: EntityTag.make(for: body),
                gzipBody: compressible ? Gzip.compress(body) : nil)
        }
        self.files = files
    }

    subscript(name: String) -> File? { files[name] }
}
