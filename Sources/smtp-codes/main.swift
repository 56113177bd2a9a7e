import Catalog
import Dispatch
import Foundation
import HTTPServer
import ReferenceAPI

/// The version reported at start-up.
let version = "0.1.0"

/// Says why start-up failed on one line of standard error and exits non-zero, before
/// anything listens: a server either starts whole or not at all.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("smtp-codes: \(StartupFailure.oneLine(message))\n".utf8))
    exit(1)
}

if CommandLine.arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) {
    print(Configuration.usage)
    exit(0)
}

let configuration: Configuration
do {
    configuration = try Configuration(
        arguments: Array(CommandLine.arguments.dropFirst()),
        environment: ProcessInfo.processInfo.environment)
} catch {
    // The usage text spans lines on purpose; exit status 2 is the convention for bad usage.
    FileHandle.standardError.write(Data("smtp-codes: \(error.description)\n".utf8))
    exit(2)
}

var folders = [(configuration.migrations, "migrations")]
if configuration.command == .serve { folders.append((configuration.publicDirectory, "public")) }
for (path, content) in folders {
    if let problem = StartupFailure.folderProblem(path, holding: content) { fail(problem) }
}
if let problem = StartupFailure.databasePathProblem(configuration.database) {
    fail(problem)
}

let report: Migrator.Report
do {
    report = try Migrator.migrate(
        database: configuration.database, migrations: configuration.migrations)
} catch {
    fail(StartupFailure.describe(database: configuration.database, error))
}

if configuration.command == .migrate {
    LogOutput.write(
        "migrated database=\(configuration.database) applied=\(report.applied.count) "
            + "total=\(report.total)")
    exit(0)
}

let catalog: Catalog
do {
    catalog = try Catalog(path: configuration.database)
} catch {
    fail(StartupFailure.describe(database: configuration.database, error))
}

let application: ReferenceApplication
do {
    application = try ReferenceApplication(
        catalog: catalog, publicDirectory: configuration.publicDirectory,
        log: LogOutput.write)
} catch {
    fail("cannot load content from \(configuration.publicDirectory): \(error)")
}

let openFiles = DescriptorLimit.raise()
var limits = configuration.limits
limits.maxConnections = DescriptorLimit.connectionCap(
    configured: limits.maxConnections, openFiles: openFiles)

// Request lines are written a batch of events at a time (see RequestLog).
let requestLog = RequestLog()
let server = HTTPServer(
    configuration: HTTPServerConfiguration(
        host: configuration.host, port: configuration.port, limits: limits),
    responder: application, log: requestLog.append, flushLog: requestLog.flush)
let port: Int
do {
    port = try server.start()
} catch {
    fail("cannot listen on \(configuration.host):\(configuration.port): \(error)")
}
LogOutput.write(
    "smtp-codes version=\(version) address=http://\(configuration.host):\(port) "
        + "database=\(configuration.database) migrations_applied=\(report.applied.count) "
        + "migrations_total=\(report.total) max_connections=\(limits.maxConnections) "
        + "open_files=\(openFiles == Int.max ? "unlimited" : String(openFiles))")

let signals = SignalHandling.stopOnTermination(server)

server.wait()
withExtendedLifetime(signals) {}
exit(0)
