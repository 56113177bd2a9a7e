import Testing

@testable import ReplyCodes

@Suite("Parsing reply codes")
struct ReplyCodeParsingTests {
    @Test("three digits are a basic code", arguments: ["235", "550", "101", "571", "999"])
    func basic(text: String) throws {
        let code = try ReplyCode(parsing: text)
        #expect(code == .basic(BasicCode(text)!))
        #expect(code.description == text)
        #expect(code.kind == .basic)
    }

    @Test(
        "anything else without dots is unrecognized",
        arguments: ["abc", "2350", "23", "", "023", "２３５", "23a", " 235"])
    func malformedBasic(text: String) {
        #expect(throws: CodeSyntaxError.unrecognized(text)) { try ReplyCode(parsing: text) }
    }

    @Test("class, subject and detail make an enhanced code")
    func enhanced() throws {
        let code = try ReplyCode(parsing: "5.7.1")
        guard case .enhanced(let enhanced) = code else {
            Issue.record("expected an enhanced code")
            return
        }
        #expect(enhanced.statusClass == .permanentFailure)
        #expect(enhanced.subject == 7)
        #expect(enhanced.detail == 1)
        #expect(enhanced.registryForm.description == "X.7.1")
        #expect(code.catalogKeys == ["5.7.1", "X.7.1"])
    }

    @Test("X stands for any class, as the registry writes it")
    func registryForm() throws {
        let code = try ReplyCode(parsing: "X.7.30")
        #expect(code.description == "X.7.30")
        #expect(code.catalogKeys == ["X.7.30"])
        #expect(code.retryPolicy == .dependsOnClass)
    }

    @Test("three-digit details are valid", arguments: ["5.7.515", "4.7.650", "5.1.999"])
    func longDetails(text: String) throws {
        #expect(try ReplyCode(parsing: text).description == text)
    }

    @Test(
        "an enhanced code with a class other than 2, 4, 5 or X is rejected",
        arguments: ["3.1.1", "1.0.0", "6.7.1", "a.1.1"])
    func badClass(text: String) {
        #expect(throws: CodeSyntaxError.invalidEnhancedClass(text)) {
            try ReplyCode(parsing: text)
        }
    }

    @Test(
        "subjects and details need one to three digits without leading zeros",
        arguments: ["5.07.1", "5.7.01", "5.7.1000", "5.7.", "5..1", "5.7.x"])
    func badNumbers(text: String) {
        #expect(throws: CodeSyntaxError.invalidEnhancedNumber(text)) {
            try ReplyCode(parsing: text)
        }
    }

    @Test("two parts or four parts are not a code", arguments: ["5.7", "5.7.1.2", "."])
    func wrongPartCount(text: String) {
        #expect(throws: CodeSyntaxError.unrecognized(text)) { try ReplyCode(parsing: text) }
    }
}
