import Testing
@testable import ReplyCodes
@Test func zzdebug() {
    for s in SampleReply.all.prefix(200) {
        if case .explained(let e) = ReplyExplainer.explain(s.text) {
            print("[\(s.name)] \(e.reply.basicCode?.description ?? "-") \(e.reply.enhancedCode?.description ?? "-") \(e.reason.rawValue) text=\(e.reasonFromText?.rawValue ?? "-") code=\(e.reasonFromCode?.rawValue ?? "-") retry=\(e.retryPolicy.rawValue) | \(e.reply.message) | \(e.reply.urls)")
            for l in e.reply.lines { print("   ", l.segments.map { "\($0.kind?.rawValue ?? "_")<\($0.text)>" }.joined()) }
        }
    }
}
