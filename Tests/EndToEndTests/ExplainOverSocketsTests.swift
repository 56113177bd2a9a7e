import Foundation
import ReplySamples
import Testing

@Suite("/explain over real sockets", .serialized)
struct ExplainOverSocketsTests {
    /// One keep-alive connection posts every sample of the table, as a mail client's
    /// support tool would, and checks the JSON against what the table says.
    @Test("every sample of the reply table is answered end to end")
    func wholeTable() throws {
        let service = try RunningService()
        defer { service.stop() }
        let client = try LoopbackClient(port: service.port)

        for sample in SampleReply.all {
            let body = Array(sample.text.utf8)
            client.send(
                "POST /explain HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    + "Content-Length: \(body.count)\r\n\r\n" + sample.text)
            let response = try client.readResponse()
            #expect(response.status == 200, "\(sample.name)")

            let document = try JSONSerialization.jsonObject(with: Data(response.body.utf8))
            let json = try #require(document as? [String: Any], "\(sample.name)")
            #expect(json["basic_code"] as? String == sample.basic, "\(sample.name)")
            #expect(json["enhanced_code"] as? String == sample.enhanced, "\(sample.name)")
            let reason = json["reason"] as? [String: Any]
            #expect(reason?["category"] as? String == sample.category.rawValue, "\(sample.name)")
        }
    }

    @Test("a pasted script comes back escaped in the HTML answer")
    func escaped() throws {
        let service = try RunningService()
        defer { service.stop() }
        let client = try LoopbackClient(port: service.port)

        let form = "reply=550+5.7.1+%3Cscript%3Ealert(1)%3C%2Fscript%3E+denied"
        client.send(
            "POST /explain?lang=tr HTTP/1.1\r\nHost: a\r\nAccept: text/html\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: \(form.utf8.count)\r\nConnection: close\r\n\r\n" + form)
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.header("Cache-Control") == "no-store")
        #expect(!response.body.contains("<script>"))
        #expect(response.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
