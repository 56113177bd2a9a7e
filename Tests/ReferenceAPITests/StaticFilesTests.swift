import Foundation
import Testing

@testable import ReferenceAPI

@Suite("Static files")
struct StaticFilesTests {
    @Test("only regular files inside the folder are served: a symbolic link never is")
    func symbolicLinksAreSkipped() throws {
        let folder = NSTemporaryDirectory() + "smtp-codes-public-\(UUID().uuidString)"
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/css", withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: folder) }
        try "body {}".write(toFile: folder + "/css/site.css", atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(
            atPath: folder + "/passwd", withDestinationPath: "/etc/passwd")
        try manager.createSymbolicLink(atPath: folder + "/etc", withDestinationPath: "/etc")

        let files = try StaticFiles(directory: folder)
        #expect(files["css/site.css"]?.contentType == "text/css; charset=utf-8")
        #expect(files["passwd"] == nil)
        #expect(files["etc/passwd"] == nil)
        #expect(files.files.count == 1)
    }
}
