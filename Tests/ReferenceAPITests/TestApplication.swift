import Catalog
import Foundation
import HTTPServer

@testable import ReferenceAPI

/// One application over the repository's own migrations and `Public/`, shared by the
/// tests of this target: handlers are exercised in-process, without any network.
enum TestApplication {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path

    static let shared: ReferenceApplication = {
        let path = NSTemporaryDirectory() + "smtp-codes-api-\(UUID().uuidString).sqlite"
        do {
            _ = try Migrator.migrate(database: path, migrations: repositoryRoot + "/Migrations")
            return try ReferenceApplication(
                catalog: try Catalog(path: path), publicDirectory: repositoryRoot + "/Public")
        } catch {
            fatalError("cannot build the test application: \(error)")
        }
    }()

    static func get(
        _ target: String, headers: [(String, String)] = [], method: HTTPMethod = .get
    ) -> HTTPResponse {
        shared.respond(
            to: HTTPRequest(method: method, target: target, headers: HTTPHeaders(headers)))
    }

    static func json(_ response: HTTPResponse) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(response.body))
        guard let object = value as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        return object
    }

    static func text(_ response: HTTPResponse) -> String {
        String(decoding: response.body, as: UTF8.self)
    }
}
