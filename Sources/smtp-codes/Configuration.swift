import HTTPServer

/// What the executable was asked to do, from its arguments and environment. Flags win over
/// environment variables, which win over the defaults (paths relative to the repository
/// root, where `swift run` and the README's commands start).
struct Configuration {
    enum Command: String {
        case serve
        case migrate
    }

    var command: Command = .serve
    var host = "127.0.0.1"
    var port = 8080
    var database = "smtp-codes.sqlite"
    var migrations = "Migrations"
    var publicDirectory = "Public"
    /// The server's limits and time-outs; see ``LimitOption`` for the flags that set them.
    var limits = HTTPLimits()

    static let usage = """
        usage: smtp-codes [serve|migrate] [--host H] [--port P] [--database PATH]
                          [--migrations DIR] [--public DIR]
                          [--max-connections N] [--max-requests-per-connection N]
                          [--max-request-line-bytes N] [--max-header-bytes N]
                          [--max-header-count N] [--max-body-bytes N]
                          [--header-timeout-seconds S] [--idle-timeout-seconds S]
                          [--drain-timeout-seconds S]
        environment: PORT, SMTP_CODES_HOST, SMTP_CODES_DATABASE, SMTP_CODES_MIGRATIONS,
                     SMTP_CODES_PUBLIC, and SMTP_CODES_ plus a limit flag's name in upper case
                     (SMTP_CODES_MAX_CONNECTIONS, SMTP_CODES_IDLE_TIMEOUT_SECONDS, ...)
        """

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    init(arguments: [String], environment: [String: String]) throws(UsageError) {
        host = environment["SMTP_CODES_HOST"] ?? host
        database = environment["SMTP_CODES_DATABASE"] ?? database
        migrations = environment["SMTP_CODES_MIGRATIONS"] ?? migrations
        publicDirectory = environment["SMTP_CODES_PUBLIC"] ?? publicDirectory
        if let value = environment["PORT"] {
            port = try Self.port(value)
        }
        for option in LimitOption.all {
            if let value = environment[option.environment] {
                try option.apply(value, from: option.environment, to: &limits)
            }
        }

        var rest = arguments[...]
        if let first = rest.first, !first.hasPrefix("-") {
            guard let command = Command(rawValue: first) else {
                throw UsageError(description: "unknown command '\(first)'\n\(Self.usage)")
            }
            self.command = command
            rest = rest.dropFirst()
        }

        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else {
                throw UsageError(description: "\(flag) needs a value\n\(Self.usage)")
            }
            switch flag {
            case "--host": host = value
            case "--port": port = try Self.port(value)
            case "--database": database = value
            case "--migrations": migrations = value
            case "--public": publicDirectory = value
            default:
                guard let option = LimitOption.named(flag) else {
                    throw UsageError(description: "unknown option '\(flag)'\n\(Self.usage)")
                }
                try option.apply(value, from: flag, to: &limits)
            }
        }
    }

    private static func port(_ value: String) throws(UsageError) -> Int {
        guard let port = Int(value), (0...65_535).contains(port) else {
            throw UsageError(description: "port must be a number from 0 to 65535, not '\(value)'")
        }
        return port
    }
}
