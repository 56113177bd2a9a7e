import Testing

@testable import ReplyCodes
import ReplySamples

@Suite("Explaining pasted replies")
struct ReplyExplainerTests {
    @Test("each sample gives its codes, cause and advice", arguments: SampleReply.all)
    func sample(_ sample: SampleReply) throws {
        guard case .explained(let explanation) = ReplyExplainer.explain(sample.text) else {
            Issue.record("nothing recognised in \(sample.text)")
            return
        }
        let reply = explanation.reply
        #expect(reply.basicCode?.description == sample.basic)
        #expect(reply.enhancedCode?.description == sample.enhanced)
        #expect(explanation.reason == sample.category)
        #expect(reply.hasClassMismatch == sample.mismatch)
        #expect(reply.urls == sample.urls)
        #expect(reply.hasCode == (sample.basic != nil || sample.enhanced != nil))
        if let message = sample.message {
            #expect(reply.message == message)
        }
        if let retry = sample.retry {
            #expect(explanation.retryPolicy == retry)
        }
        if let suggested = sample.codeSuggests {
            #expect(explanation.reasonFromCode == suggested)
        }
    }

    @Test("the table has enough samples, and every cause at least twice")
    func coverage() {
        #expect(SampleReply.all.count >= 45)
        for category in ReasonCategory.allCases {
            let count = SampleReply.all.filter { $0.category == category }.count
            #expect(count >= 2, "\(category.rawValue) appears \(count) times")
        }
    }

    @Test(
        "text with nothing recognisable is its own outcome",
        arguments: [
            "", "   \n\t", "hello world",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "I ate 250 apples today", "Meeting at 10:30 in room 204", "Version 2.4.1 released",
            "192.0.2.10 198.51.100.7", "<script>alert(1)</script>", "asdfghjkl qwertz 12345",
        ])
    func unrecognized(text: String) {
        #expect(ReplyExplainer.explain(text) == .unrecognized)
    }

    @Test("a cause that passes with time changes a permanent class's advice")
    func retryFollowsReason() throws {
        guard case .explained(let greylisted) = ReplyExplainer.explain("550 5.7.1 Greylisted")
        else {
            Issue.record("not explained")
            return
        }
        #expect(greylisted.retryPolicy == .retryLater)
        #expect(greylisted.retryFollowsReason)

        guard case .explained(let unknown) = ReplyExplainer.explain("550 5.1.1 User unknown")
        else {
            Issue.record("not explained")
            return
        }
        #expect(unknown.retryPolicy == .doNotRetryUnchanged)
        #expect(!unknown.retryFollowsReason)
    }
}
