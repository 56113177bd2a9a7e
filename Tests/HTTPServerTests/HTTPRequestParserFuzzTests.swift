import Testing

@testable import HTTPServer

/// Bad bytes must never trap: the parser answers with a request, "need more" or an error.
@Suite("Request parser: fuzzing")
struct HTTPRequestParserFuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces exactly.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let seeds = [
        "GET /codes/235?lang=tr HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n",
        "POST /explain HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello",
        "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "3;e=1\r\nabc\r\n0\r\nT: 1\r\n\r\n",
        "GET http://h/%E2%82%AC/../a%2Fb HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
    ].map { Array($0.utf8) }

    static let interesting: [UInt8] =
        Array(" \t\r\n:;,%/?=#*0123456789aAfF".utf8) + [0, 0x7F, 0x80, 0xFF]

    @Test func neverTrapsOnMutatedRequests() {
        var random = Generator(state: 42)
        var limits = HTTPLimits()
        limits.maxRequestLineBytes = 64
        limits.maxHeaderBytes = 128
        limits.maxBodyBytes = 32
        for round in 0..<3_000 {
            var bytes = Self.seeds[round % Self.seeds.count]
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[index] = Self.interesting.randomElement(using: &random)!
                case 1: bytes.insert(UInt8.random(in: 0...255, using: &random), at: index)
                default: bytes.remove(at: index)
                }
                if bytes.isEmpty { bytes = [0x47] }
            }
            feedInRandomPieces(bytes + bytes, limits: limits, using: &random)
        }
    }

    @Test func neverTrapsOnRandomBytes() {
        var random = Generator(state: 7)
        for _ in 0..<1_000 {
            let count = Int.random(in: 1...300, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            feedInRandomPieces(bytes, limits: HTTPLimits(), using: &random)
        }
    }

    private func feedInRandomPieces(
        _ bytes: [UInt8], limits: HTTPLimits, using random: inout Generator
    ) {
        var parser = HTTPRequestParser(limits: limits)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + Int.random(in: 1...40, using: &random))
            parser.append(Array(bytes[offset..<end]))
            offset = end
            if case .failure = parser.drain().last { return }
        }
    }
}
