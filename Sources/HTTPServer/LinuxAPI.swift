import Glibc

/// The Linux calls the Swift `Glibc` module map does not export (`sys/epoll.h`,
/// `sys/eventfd.h` and the GNU `accept4`), looked up once by name in the C library.
///
/// This keeps the module free of a C shim target. The signatures are those of the Linux man
/// pages and have not changed since glibc 2.9.
// TODO: Replace with a system-library shim target (`CEpoll`) if the package ever gains one for
// another reason; lookups by name are checked at start-up rather than at link time.
struct LinuxAPI: Sendable {
    let epollCreate1: @convention(c) (Int32) -> Int32
    let epollControl: @convention(c) (Int32, Int32, Int32, UnsafeMutableRawPointer?) -> Int32
    let epollWait: @convention(c) (Int32, UnsafeMutableRawPointer?, Int32, Int32) -> Int32
    let eventFD: @convention(c) (UInt32, Int32) -> Int32
    let accept4:
        @convention(c) (
            Int32, UnsafeMutablePointer<sockaddr>?, UnsafeMutablePointer<socklen_t>?, Int32
        ) -> Int32

    static let shared = LinuxAPI()

    private init() {
        epollCreate1 = Self.symbol("epoll_create1")
        epollControl = Self.symbol("epoll_ctl")
        epollWait = Self.symbol("epoll_wait")
        eventFD = Self.symbol("eventfd")
        accept4 = Self.symbol("accept4")
    }

    private static func symbol<Function>(_ name: String) -> Function {
        guard let address = dlsym(nil, name) else {
            fatalError("The C library does not export \(name); Linux with glibc is required.")
        }
        return unsafeBitCast(address, to: Function.self)
    }

    // Flag values from the kernel's uapi headers (identical on x86_64 and arm64).
    static let epollIn: UInt32 = 0x001
    static let epollOut: UInt32 = 0x004
    static let epollError: UInt32 = 0x008
    static let epollHangUp: UInt32 = 0x010
    static let controlAdd: Int32 = 1
    static let controlDelete: Int32 = 2
    static let controlModify: Int32 = 3
    static let closeOnExec: Int32 = 0o2_000_000
    static let nonBlocking: Int32 = 0o4_000
}
