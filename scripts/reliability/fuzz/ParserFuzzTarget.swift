/// The libFuzzer entry point for the HTTP request parser.
///
/// Built by `build.sh` into one module with the HTTPServer sources and the shared
/// `ParserOracle` (Tests/HTTPServerTests), so it reaches the parser's internal API. A broken
/// property traps; libFuzzer then saves the input, which belongs in `regressions/` where the
/// unit tests replay it.
@_cdecl("LLVMFuzzerTestOneInput")
public func parserFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    if let violation = ParserOracle.violation(inFuzzInput: input) {
        fatalError("parser property broken: \(violation)")
    }
    return 0
}
