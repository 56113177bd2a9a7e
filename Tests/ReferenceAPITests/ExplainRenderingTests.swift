import Foundation
import HTTPServer
import ReplyCodes
import Testing

@testable import ReferenceAPI

/// The explain document and its renderings, exercised through the application's own
/// builder and renderer (the route is wired separately).
@Suite("Explain: document, JSON and HTML")
struct ExplainRenderingTests {
    static let gmail = """
        SMTP error from remote mail server after RCPT TO:<someone@example.org>:
        550-5.1.1 The email account that you tried to reach does not exist. Please try
        550-5.1.1 double-checking the recipient's email address for typos or
        550 5.1.1 unnecessary spaces. https://support.example.com/mail/?p=NoSuchUser
        """

    let application = TestApplication.shared

    func document(_ paste: String?, _ language: String = "en") throws -> ExplainDocument {
        try application.builder.explainDocument(paste, language: language)
    }

    func json(_ paste: String?, _ language: String = "en") throws -> [String: Any] {
        let document = try document(paste, language)
        let body = application.renderer.render(
            document, .json, application.builder.text(language))
        let value = try JSONSerialization.jsonObject(with: Data(body))
        return try #require(value as? [String: Any])
    }

    func html(_ paste: String?, _ language: String = "en") throws -> String {
        let document = try document(paste, language)
        let body = application.renderer.render(
            document, .html, application.builder.text(language))
        return String(decoding: body, as: UTF8.self)
    }

    @Test("a multi-line bounce as JSON carries every promised field")
    func gmailJSON() throws {
        let doc = try json(Self.gmail)
        #expect(doc["basic_code"] as? String == "550")
        #expect(doc["enhanced_code"] as? String == "5.1.1")
        #expect(doc["class_mismatch"] as? Bool == false)
        #expect(doc["found_code"] as? Bool == true)
        #expect(doc["urls"] as? [String] == ["https://support.example.com/mail/?p=NoSuchUser"])
        #expect((doc["input_lines"] as? [String])?.count == 3)
        #expect((doc["message"] as? String)?.hasPrefix("The email account") == true)

        let reason = try #require(doc["reason"] as? [String: Any])
        #expect(reason["category"] as? String == "user_unknown")
        #expect(reason["title"] as? String == "The recipient address does not exist")
        let retry = try #require(doc["retry"] as? [String: Any])
        #expect(retry["policy"] as? String == "do_not_retry_unchanged")
        #expect(retry["should_retry"] as? Bool == false)

        let codes = try #require(doc["codes"] as? [[String: Any]])
        #expect(codes.map { $0["code"] as? String } == ["550", "5.1.1"])
        #expect(
            codes.map { $0["href"] as? String } == ["/codes/550?lang=en", "/codes/5.1.1?lang=en"])
        let links = try #require(doc["links"] as? [String: Any])
        #expect(links["self"] as? String == "/explain?lang=en&format=json")
    }

    @Test("a code the reply did not send is null, never invented")
    func nullCodes() throws {
        let basicOnly = try json("550 Requested action not taken")
        #expect(basicOnly["enhanced_code"] is NSNull)
        #expect(basicOnly["basic_code"] as? String == "550")

        let enhancedOnly = try json("The server response was: 5.7.1 Unable to relay")
        #expect(enhancedOnly["basic_code"] is NSNull)
        let codes = enhancedOnly["codes"] as? [[String: Any]]
        #expect(codes?.map { $0["code"] as? String } == ["5.7.1"])
    }

    @Test("a paste without a code is explained from its words, and says so")
    func noCode() throws {
        let doc = try json("Host or domain name not found. Name service error for name=x.invalid")
        #expect(doc["found_code"] as? Bool == false)
        #expect((doc["reason"] as? [String: Any])?["category"] as? String == "host_unknown")
        #expect((doc["codes"] as? [Any])?.isEmpty == true)
        #expect(try html("Connection timed out").contains("No reply code found"))
    }

    @Test("nothing recognisable is a 422 in both formats, empty input only in JSON")
    func unrecognized() throws {
        let garbage = try document("lorem ipsum dolor")
        #expect(garbage.status(for: .json) == 422)
        #expect(garbage.status(for: .html) == 422)
        let error = try #require(try json("lorem ipsum dolor")["error"] as? [String: Any])
        #expect(error["status"] as? Int == 422)

        let empty = try document(nil)
        #expect(empty.status(for: .html) == 200)
        #expect(empty.status(for: .json) == 422)
    }

    @Test("the page has the paste form, the marked pieces and links to the codes")
    func page() throws {
        let page = try html(Self.gmail)
        #expect(page.contains(#"<form class="paste-form" action="/explain?lang=en" method="post""#))
        #expect(page.contains(#"<label for="reply">"#))
        #expect(page.contains(#"<textarea id="reply" name="reply""#))
        #expect(page.contains(#"<mark class="basic">550</mark>"#))
        #expect(page.contains(#"<mark class="enhanced">5.1.1</mark>"#))
        let url = "https://support.example.com/mail/?p=NoSuchUser"
        #expect(page.contains(#"<mark class="url">\#(url)</mark>"#))
        #expect(page.contains(#"<mark class="message">The email account"#))
        #expect(page.contains(#"href="/codes/550?lang=en""#))
        #expect(page.contains(#"href="/codes/5.1.1?lang=en""#))
        #expect(page.contains("What to Do Now"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("style="))
        #expect(!page.contains("<style"))
    }

    @Test(
        "everything from the paste comes back escaped",
        arguments: [
            "550 5.1.1 <script>alert('x')</script> User unknown",
            "<script>alert(1)</script>",
            "550 5.7.1 see https://example.com/\"><script>alert(1)</script>",
        ])
    func escaped(paste: String) throws {
        let page = try html(paste)
        #expect(!page.contains("<script"))
        #expect(page.contains("&lt;script&gt;"))
    }

    @Test("Turkish pages speak Turkish, with the class mismatch explained")
    func turkish() throws {
        let page = try html("452 5.2.2 Posta kutusu dolu", "tr")
        #expect(page.contains("Alıcının posta kutusu dolu"))
        #expect(page.contains("Şimdi ne yapmalı?"))
        #expect(page.contains("452 temel yanıt kodu ile 5.2.2 genişletilmiş durum kodu"))
        #expect(try json("452 5.2.2 Posta kutusu dolu", "tr")["class_mismatch"] as? Bool == true)
    }

    @Test("every reason has a title and advice in every language")
    func reasonTexts() {
        for language in ["en", "tr"] {
            let text = application.builder.text(language)
            for category in ReasonCategory.allCases {
                for field in ["title", "advice"] {
                    let key = "reason.\(category.rawValue).\(field)"
                    #expect(text[key] != key, "\(key) in \(language)")
                }
            }
        }
    }

    @Test("the paste box renders on its own, with its own id")
    func pasteForm() {
        let form = ReplyPasteForm.render(
            text: application.builder.text("tr"), input: "</textarea><b>", id: "home-reply")
        #expect(form.contains(#"<label for="home-reply">Sunucu yanıtı ya da hata metni</label>"#))
        #expect(form.contains(#"action="/explain?lang=tr""#))
        #expect(form.contains("&lt;/textarea&gt;&lt;b&gt;</textarea>"))
    }
}

@Suite("Explain: reading the paste from a request")
struct ExplainRequestTests {
    @Test("GET takes ?reply=, POST a form field, plain text or JSON")
    func sources() throws {
        let get = HTTPRequest(target: "/explain?reply=550+5.1.1+User%20unknown")
        #expect(try ExplainRequest.reply(from: get) == "550 5.1.1 User unknown")
        #expect(try ExplainRequest.reply(from: HTTPRequest(target: "/explain")) == nil)

        let form = HTTPRequest(
            method: .post, target: "/explain?lang=tr",
            headers: HTTPHeaders([("Content-Type", "application/x-www-form-urlencoded")]),
            body: Array("reply=550-5.1.1+Kullan%C4%B1c%C4%B1%0D%0A550+5.1.1+yok".utf8))
        #expect(try ExplainRequest.reply(from: form) == "550-5.1.1 Kullanıcı\r\n550 5.1.1 yok")

        let plain = HTTPRequest(
            method: .post, target: "/explain",
            headers: HTTPHeaders([("Content-Type", "text/plain; charset=utf-8")]),
            body: Array("421 4.7.0 Try again later".utf8))
        #expect(try ExplainRequest.reply(from: plain) == "421 4.7.0 Try again later")

        let json = HTTPRequest(
            method: .post, target: "/explain",
            headers: HTTPHeaders([("Content-Type", "application/json")]),
            body: Array(#"{"reply": "535 Authentication failed"}"#.utf8))
        #expect(try ExplainRequest.reply(from: json) == "535 Authentication failed")
    }

    @Test("a paste over the limit is a 413 that names the limit")
    func tooLarge() throws {
        let long = String(repeating: "a", count: ExplainRequest.maximumReplyBytes + 1)
        let request = HTTPRequest(
            method: .post, target: "/explain",
            headers: HTTPHeaders([("Content-Type", "text/plain")]), body: Array(long.utf8))
        #expect(throws: ExplainError.tooLarge(limit: ExplainRequest.maximumReplyBytes)) {
            try ExplainRequest.reply(from: request)
        }
        let error = ExplainError.tooLarge(limit: 16_384)
        #expect(error.status == 413)
        #expect(error.message(in: TestApplication.shared.builder.text("en")).contains("16384"))
    }
}
