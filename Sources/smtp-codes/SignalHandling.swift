import Dispatch
import Glibc
import HTTPServer

/// SIGTERM and SIGINT stop the server gracefully: stop accepting, finish what is in
/// flight, then `wait()` returns and the process exits 0.
///
/// The handlers run on a Dispatch queue, outside the main actor that top-level code in
/// `main.swift` belongs to, so they live here rather than in a closure written there.
enum SignalHandling {
    static func stopOnTermination(_ server: HTTPServer) -> [any DispatchSourceSignal] {
        [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { server.shutdown() }
            source.resume()
            return source
        }
    }
}
