import HTTPServer

/// One of the server's ``HTTPLimits`` as the executable exposes it: a flag, an environment
/// variable, and the smallest value that still lets the server work.
///
/// Limits are a deployment decision (a replica behind a proxy wants different time-outs from
/// one facing the internet), so each can be set without rebuilding; the defaults are
/// ``HTTPLimits``' own and are written down in the README's configuration table.
struct LimitOption: Sendable {
    enum Value: Sendable {
        case count(WritableKeyPath<HTTPLimits, Int> & Sendable, minimum: Int)
        case seconds(WritableKeyPath<HTTPLimits, Double> & Sendable)
    }

    let flag: String
    let environment: String
    let value: Value

    /// The longest time-out accepted: a day. Longer ones are almost surely a typo (ms for s).
    static let maxSeconds = 86_400.0

    static let all: [LimitOption] = [
        LimitOption(
            flag: "--max-connections", environment: "SMTP_CODES_MAX_CONNECTIONS",
            value: .count(\.maxConnections, minimum: 1)),
        LimitOption(
            flag: "--max-requests-per-connection",
            environment: "SMTP_CODES_MAX_REQUESTS_PER_CONNECTION",
            value: .count(\.maxRequestsPerConnection, minimum: 1)),
        LimitOption(
            flag: "--max-request-line-bytes", environment: "SMTP_CODES_MAX_REQUEST_LINE_BYTES",
            value: .count(\.maxRequestLineBytes, minimum: 16)),
        LimitOption(
            flag: "--max-header-bytes", environment: "SMTP_CODES_MAX_HEADER_BYTES",
            value: .count(\.maxHeaderBytes, minimum: 16)),
        LimitOption(
            flag: "--max-header-count", environment: "SMTP_CODES_MAX_HEADER_COUNT",
            value: .count(\.maxHeaderCount, minimum: 1)),
        LimitOption(
            flag: "--max-body-bytes", environment: "SMTP_CODES_MAX_BODY_BYTES",
            value: .count(\.maxBodyBytes, minimum: 0)),
        LimitOption(
            flag: "--header-timeout-seconds", environment: "SMTP_CODES_HEADER_TIMEOUT_SECONDS",
            value: .seconds(\.headerReadTimeoutSeconds)),
        LimitOption(
            flag: "--idle-timeout-seconds", environment: "SMTP_CODES_IDLE_TIMEOUT_SECONDS",
            value: .seconds(\.idleTimeoutSeconds)),
        LimitOption(
            flag: "--drain-timeout-seconds", environment: "SMTP_CODES_DRAIN_TIMEOUT_SECONDS",
            value: .seconds(\.drainTimeoutSeconds)),
    ]

    static func named(_ flag: String) -> LimitOption? {
        all.first { $0.flag == flag }
    }

    /// Parses `text` and stores it in `limits`.
    ///
    /// - Parameters:
    ///   - text: the flag's or variable's value, as typed.
    ///   - source: what to name in an error (`--max-connections` or `SMTP_CODES_…`).
    func apply(
        _ text: String, from source: String, to limits: inout HTTPLimits
    ) throws(Configuration.UsageError) {
        switch value {
        case .count(let path, let minimum):
            guard let number = Int(text), number >= minimum else {
                throw Configuration.UsageError(
                    description: "\(source) must be a whole number of at least \(minimum), "
                        + "not '\(text)'")
            }
            limits[keyPath: path] = number
        case .seconds(let path):
            guard let seconds = Double(text), seconds > 0, seconds <= Self.maxSeconds else {
                throw Configuration.UsageError(
                    description: "\(source) must be a number of seconds above 0 and at most "
                        + "\(Int(Self.maxSeconds)), not '\(text)'")
            }
            limits[keyPath: path] = seconds
        }
    }
}
