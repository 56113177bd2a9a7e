import Testing

@testable import ReplyCodes

@Suite("Classes, categories and retry policy")
struct ReplyClassTests {
    @Test("the first digit decides what the client does next")
    func retryPolicyFollowsClass() throws {
        #expect(try ReplyCode(parsing: "250").retryPolicy == .notNeeded)
        #expect(try ReplyCode(parsing: "354").retryPolicy == .continueExchange)
        #expect(try ReplyCode(parsing: "421").retryPolicy == .retryLater)
        #expect(try ReplyCode(parsing: "550").retryPolicy == .doNotRetryUnchanged)
        #expect(try ReplyCode(parsing: "4.7.1").retryPolicy == .retryLater)
        #expect(try ReplyCode(parsing: "5.7.1").retryPolicy == .doNotRetryUnchanged)
        #expect(RetryPolicy.retryLater.shouldRetry == true)
        #expect(RetryPolicy.doNotRetryUnchanged.shouldRetry == false)
        #expect(RetryPolicy.dependsOnClass.shouldRetry == nil)
    }

    @Test("RFC 5321's grammar allows second digits 0 to 5 only")
    func grammar() {
        #expect(BasicCode("550")!.isWithinGrammar)
        #expect(BasicCode("555")!.isWithinGrammar)
        #expect(!BasicCode("571")!.isWithinGrammar)
        #expect(!BasicCode("101")!.isWithinGrammar)
        #expect(BasicCode("101")!.replyClass == nil)
        #expect(BasicCode("535")!.categoryDigit == 3)
    }

    @Test("two codes of one class, and of two classes")
    func relation() throws {
        let r221 = try ReplyCode(parsing: "221")
        let r235 = try ReplyCode(parsing: "235")
        let r421 = try ReplyCode(parsing: "421")
        #expect(ClassRelation(r221, r235) == .sameClass(.positiveCompletion))
        #expect(
            ClassRelation(r221, r421) == .differentClasses(.positiveCompletion, .transientNegative))
        #expect(ClassRelation(r221, try ReplyCode(parsing: "X.7.1")) == nil)
        #expect(
            ClassRelation(try ReplyCode(parsing: "5.7.1"), try ReplyCode(parsing: "550"))
                == .sameClass(.permanentNegative))
    }

    @Test("the catalogue lists X.7.2 before X.7.10 and basic codes before enhanced ones")
    func catalogueOrder() {
        let codes = ["X.7.10", "550", "X.7.2", "221", "5.7.515", "X.1.1"].map {
            CodeSummary(
                code: $0, kind: $0.contains(".") ? .enhanced : .basic, status: .standard,
                title: "")
        }
        let sorted = codes.sorted(by: CodeSummary.catalogueOrder).map(\.code)
        #expect(sorted == ["221", "550", "X.1.1", "X.7.2", "X.7.10", "5.7.515"])
    }
}
