import Glibc

/// An epoll instance (level-triggered) and its event buffer.
///
/// Level-triggered keeps the loop simple: a connection reads once per wake-up and epoll reports
/// it again if bytes remain, so one busy client cannot starve the others. Each registration
/// carries a 64-bit token instead of a bare descriptor, so an event queued for a socket that
/// was closed and whose number was reused in the same batch is recognised as stale.
struct Epoll: Sendable {
    let descriptor: Int32

    /// `struct epoll_event` is packed on x86_64 (12 bytes) and naturally aligned elsewhere.
    #if arch(x86_64)
        static let eventSize = 12
        static let tokenOffset = 4
    #else
        static let eventSize = 16
        static let tokenOffset = 8
    #endif

    static func make() throws(HTTPServerError) -> Epoll {
        let api = LinuxAPI.shared
        let descriptor = try SystemCall.checked("epoll_create1") {
            api.epollCreate1(LinuxAPI.closeOnExec)
        }
        return Epoll(descriptor: descriptor)
    }

    func add(_ descriptor: Int32, events: UInt32, token: UInt64) throws(HTTPServerError) {
        try control(LinuxAPI.controlAdd, descriptor, events: events, token: token)
    }

    func modify(_ descriptor: Int32, events: UInt32, token: UInt64) throws(HTTPServerError) {
        try control(LinuxAPI.controlModify, descriptor, events: events, token: token)
    }

    func remove(_ descriptor: Int32) throws(HTTPServerError) {
        try control(LinuxAPI.controlDelete, descriptor, events: 0, token: 0)
    }

    private func control(
        _ operation: Int32, _ target: Int32, events: UInt32, token: UInt64
    ) throws(HTTPServerError) {
        var event = (UInt64(0), UInt64(0))
        try withUnsafeMutableBytes(of: &event) { (raw) throws(HTTPServerError) in
            raw.storeBytes(of: events, as: UInt32.self)
            raw.storeBytes(of: token, toByteOffset: Self.tokenOffset, as: UInt64.self)
            let api = LinuxAPI.shared
            try SystemCall.checked("epoll_ctl") {
                api.epollControl(descriptor, operation, target, raw.baseAddress)
            }
        }
    }

    /// Waits for events; returns how many were written to `buffer`.
    func wait(
        into buffer: UnsafeMutableRawBufferPointer, timeoutMilliseconds: Int32
    ) throws(HTTPServerError) -> Int {
        let api = LinuxAPI.shared
        let capacity = Int32(buffer.count / Self.eventSize)
        let count = try SystemCall.checked("epoll_wait") {
            api.epollWait(descriptor, buffer.baseAddress, capacity, timeoutMilliseconds)
        }
        return Int(count)
    }

    /// Reads event `index` from a buffer filled by ``wait(into:timeoutMilliseconds:)``.
    static func event(
        at index: Int, in buffer: UnsafeMutableRawBufferPointer
    ) -> (events: UInt32, token: UInt64) {
        let offset = index * eventSize
        let events = buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        let token = buffer.loadUnaligned(fromByteOffset: offset + tokenOffset, as: UInt64.self)
        return (events, token)
    }
}
