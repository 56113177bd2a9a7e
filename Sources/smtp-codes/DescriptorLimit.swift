import Glibc

/// The open-files limit (`RLIMIT_NOFILE`), which caps how many clients can be connected.
///
/// Every client is a descriptor. If the limit is below the connection cap, `accept` fails with
/// `EMFILE` and new clients wait in the backlog instead of getting the fast 503 the cap
/// promises; so the soft limit is raised to the hard one, and the cap lowered below it.
enum DescriptorLimit {
    /// Descriptors kept for everything that is not a client: standard streams, the listener,
    /// epoll, the wake-up eventfd, SQLite, the runtime's own, and the one the 503 needs.
    static let reservedDescriptors = 64

    /// Raises the soft limit to the hard limit.
    ///
    /// - Returns: the soft limit now in force (`Int.max` when unlimited or unknown).
    static func raise() -> Int {
        var limit = rlimit()
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        guard getrlimit(resource, &limit) == 0 else { return Int.max }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(resource, &raised) == 0 { limit = raised }
        }
        return limit.rlim_cur >= rlim_t(Int.max) ? Int.max : Int(limit.rlim_cur)
    }

    /// The connection cap that fits under `openFiles` descriptors.
    static func connectionCap(configured: Int, openFiles: Int) -> Int {
        guard openFiles < Int.max else { return configured }
        return max(1, min(configured, openFiles - reservedDescriptors))
    }
}
