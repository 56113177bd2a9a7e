import Glibc

/// Starts the detached thread the event loop runs on.
///
/// A thread of our own, not a task: the loop blocks in `epoll_wait`, which would starve
/// Swift's cooperative thread pool.
enum LoopThread {
    private final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    static func start(_ body: @escaping @Sendable () -> Void) throws(HTTPServerError) {
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(
            &thread, nil,
            { context in
                Unmanaged<Box>.fromOpaque(context!).takeRetainedValue().body()
                return nil
            }, context)
        guard result == 0 else {
            Unmanaged<Box>.fromOpaque(context).release()
            throw HTTPServerError(systemCall: "pthread_create", errno: result)
        }
        pthread_detach(thread)
    }
}
