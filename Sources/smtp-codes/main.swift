import Catalog
import Dispatch
import Foundation
import HTTPServer
import ReferenceAPI

/// The version reported at start-up.
let version = "0.1.0"

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("smtp-codes: \(message)\n".utf8))
    exit(1)
}

let configuration: Configuration
do {
    configuration = try Configuration(
        arguments: Array(CommandLine.arguments.dropFirst()),
        environment: ProcessInfo.processInfo.environment)
} catch {
    fail(error.description)
}

let report: Migrator.Report
do {
    report = try Migrator.migrate(
        database: configuration.database, migrations: configuration.migrations)
} catch {
    fail("cannot prepare database \(configuration.database): \(error)")
}

if configuration.command == .migrate {
    LogOutput.write("migrated database=\(configuration.database) applied=\(report.applied.count) total=\(report.total)")
    exit(0)
}

let server: HTTPServer
do {
    let catalog = try Catalog(path: configuration.database)
    let application = try ReferenceApplication(
        catalog: catalog, publicDirectory: configuration.publicDirectory,
        log: LogOutput.write)
    server = HTTPServer(
        configuration: HTTPServerConfiguration(host: configuration.host, port: configuration.port),
        responder: application, log: LogOutput.write)
    let port = try server.start()
    LogOutput.write(
        "smtp-codes version=\(version) address=http://\(configuration.host):\(port) "
            + "database=\(configuration.database) migrations_applied=\(report.applied.count) "
            + "migrations_total=\(report.total)")
} catch {
    fail("cannot start: \(error)")
}

let signals = SignalHandling.stopOnTermination(server)

server.wait()
withExtendedLifetime(signals) {}
exit(0)
