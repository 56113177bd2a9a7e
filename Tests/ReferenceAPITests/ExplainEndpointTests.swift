import Foundation
import HTTPServer
import Testing

@testable import ReferenceAPI

@Suite("GET and POST /explain")
struct ExplainEndpointTests {
    static let bounce = """
        SMTP error from remote mail server after RCPT TO:<someone@example.org>:
        550-5.1.1 The email account that you tried to reach does not exist. Please try
        550-5.1.1 double-checking the recipient's email address for typos or
        550 5.1.1 unnecessary spaces. https://support.example.com/mail/?p=NoSuchUser
        """

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    @Test("a multi-line bounce is taken apart: codes, message, URL, reason, retry")
    func getJSON() throws {
        let response = TestApplication.get("/explain?reply=\(Self.encoded(Self.bounce))")
        #expect(response.status == .ok)
        #expect(response.headers["Cache-Control"] == "no-store")
        let doc = try TestApplication.json(response)
        #expect(doc["basic_code"] as? String == "550")
        #expect(doc["enhanced_code"] as? String == "5.1.1")
        #expect(doc["class_mismatch"] as? Bool == false)
        #expect((doc["urls"] as? [String]) == ["https://support.example.com/mail/?p=NoSuchUser"])
        #expect((doc["reason"] as? [String: Any])?["category"] as? String == "user_unknown")
        #expect((doc["retry"] as? [String: Any])?["should_retry"] as? Bool == false)
        #expect((doc["message"] as? String)?.contains("does not exist") == true)
    }

    @Test("no enhanced code is invented from the basic one")
    func noInventedEnhancedCode() throws {
        let doc = try TestApplication.json(
            TestApplication.get(
                "/explain?reply="
                    + Self.encoded("535 Authentication failed: Bad username / password")
            ))
        #expect(doc["basic_code"] as? String == "535")
        #expect(doc["enhanced_code"] is NSNull)
        #expect((doc["reason"] as? [String: Any])?["category"] as? String == "auth_failed")
    }

    @Test("a form post and a text/plain post are both read, in Turkish too")
    func post() throws {
        let form = HTTPRequest(
            method: .post, target: "/explain?lang=tr",
            headers: HTTPHeaders([("Content-Type", "application/x-www-form-urlencoded")]),
            body: Array("reply=\(Self.encoded("421 4.7.0 [192.0.2.10] Try again later"))".utf8))
        let formDoc = try TestApplication.json(TestApplication.shared.respond(to: form))
        #expect(formDoc["basic_code"] as? String == "421")
        #expect(formDoc["lang"] as? String == "tr")

        let plain = HTTPRequest(
            method: .post, target: "/explain",
            headers: HTTPHeaders([("Content-Type", "text/plain; charset=utf-8")]),
            body: Array("452 4.2.2 Mailbox full".utf8))
        let plainDoc = try TestApplication.json(TestApplication.shared.respond(to: plain))
        #expect((plainDoc["reason"] as? [String: Any])?["category"] as? String == "mailbox_full")
    }

    @Test("text with nothing recognisable is a 422; a paste over 16 KiB is a 413")
    func refusals() throws {
        let nothing = TestApplication.get("/explain?reply=hello%20world")
        #expect(nothing.status.code == 422)
        #expect(try TestApplication.json(nothing)["error"] != nil)

        let huge = HTTPRequest(
            method: .post, target: "/explain",
            headers: HTTPHeaders([("Content-Type", "text/plain")]),
            body: Array(repeating: UInt8(ascii: "a"), count: 16_385))
        let response = TestApplication.shared.respond(to: huge)
        #expect(response.status.code == 413)
    }

    @Test("a script in the paste comes back escaped on the HTML page")
    func escaping() {
        let paste = "550 5.7.1 <script>alert(1)</script> rejected"
        let response = TestApplication.get(
            "/explain?reply=\(Self.encoded(paste))", headers: [("Accept", "text/html")])
        let page = TestApplication.text(response)
        #expect(response.status == .ok)
        #expect(!page.contains("<script>"))
        #expect(page.contains("&lt;script&gt;"))
        #expect(page.contains(#"<mark class="basic">"#))
        #expect(page.contains(#"href="/codes/550?lang=en""#))
    }

    @Test("the home page and every code page carry the paste box")
    func pasteBoxes() {
        for target in ["/", "/codes/550"] {
            let page = TestApplication.text(
                TestApplication.get(target, headers: [("Accept", "text/html")]))
            #expect(page.contains(#"<textarea id="reply-"#), "\(target)")
            #expect(page.contains(#"action="/explain?lang=en""#), "\(target)")
        }
    }
}
