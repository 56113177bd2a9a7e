import Foundation
import Testing

@testable import HTTPServer

/// The fuzzer's properties (``ParserOracle``) as unit tests: every saved fuzz input, the seed
/// corpus and every crasher kept in `scripts/reliability/fuzz/regressions/`, replayed on
/// each `swift test`. A crasher found by the fuzzer becomes a test by saving it there.
@Suite("Request parser: fuzz oracle and regressions")
struct HTTPRequestParserOracleTests {
    static let fuzzDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/reliability/fuzz")

    /// The files of one folder under `fuzz/`, by name.
    static func inputs(in folder: String) -> [String] {
        let directory = fuzzDirectory.appendingPathComponent(folder).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    private func replay(_ folder: String, _ name: String) throws {
        let url = Self.fuzzDirectory.appendingPathComponent(folder).appendingPathComponent(name)
        let input = [UInt8](try Data(contentsOf: url))
        #expect(ParserOracle.violation(inFuzzInput: input) == nil, "\(folder)/\(name)")
    }

    @Test func theSeedCorpusIsThere() {
        #expect(Self.inputs(in: "corpus").count >= 10)
    }

    @Test(arguments: inputs(in: "corpus"))
    func seedHoldsTheProperties(_ name: String) throws {
        try replay("corpus", name)
    }

    @Test(arguments: inputs(in: "regressions"))
    func formerCrasherHoldsTheProperties(_ name: String) throws {
        try replay("regressions", name)
    }

    @Test func theOracleCatchesASplitThatChangesTheOutcome() {
        // The oracle must be able to fail, or the fuzzer proves nothing: two runs that differ
        // are reported.
        let request = Array("GET /a HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        let (whole, _) = ParserOracle.outcomes(request, cuts: [], limits: HTTPLimits())
        let (cut, _) = ParserOracle.outcomes(request, cuts: [10], limits: HTTPLimits())
        #expect(whole == cut)
        let (truncated, _) = ParserOracle.outcomes(
            Array(request.dropLast()), cuts: [], limits: HTTPLimits())
        #expect(whole != truncated)
    }

    @Test func mutatedSeedsHoldTheProperties() {
        // A few thousand deterministic mutations, so `swift test` alone exercises the oracle.
        var random = HTTPRequestParserFuzzTests.Generator(state: 2_024)
        let seeds = Self.inputs(in: "corpus").compactMap { name in
            try? [UInt8](
                Data(contentsOf: Self.fuzzDirectory.appendingPathComponent("corpus/\(name)")))
        }
        for round in 0..<2_000 {
            var input = seeds[round % seeds.count]
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let index = Int.random(in: 1..<input.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0:
                    input[index] = HTTPRequestParserFuzzTests.interesting.randomElement(
                        using: &random)!
                case 1: input.insert(UInt8.random(in: 0...255, using: &random), at: index)
                default: if input.count > 2 { input.remove(at: index) }
                }
            }
            input[0] = UInt8.random(in: 0...255, using: &random)
            let violation = ParserOracle.violation(inFuzzInput: input)
            #expect(violation == nil, "\(input)")
            if violation != nil { return }
        }
    }
}
