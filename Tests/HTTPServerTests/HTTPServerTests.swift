import Glibc
import Testing

@testable import HTTPServer

@Suite("Server over loopback: keep-alive, framing, pipelining")
struct HTTPServerTests {
    @Test func servesTwoRequestsOnOneKeptAliveConnection() throws {
        try withServer { port, log in
            let client = try TestClient(port: port)
            client.send(get("/codes/235"))
            let first = try client.readResponse()
            #expect(first.status == 200)
            #expect(first.text == "GET /codes/235 body=0")
            #expect(first.headers["Content-Length"] == "21")
            #expect(first.headers["Content-Type"] == "text/plain")
            #expect(first.headers["Connection"] == nil)
            #expect(first.headers["Date"]?.hasSuffix(" GMT") == true)
            client.send(get("/codes/221"))
            #expect(try client.readResponse().text == "GET /codes/221 body=0")
            let line = "method=GET path=/codes/235 status=200 bytes=21 duration_us="
            #expect(log.all.first?.hasPrefix(line) == true)
        }
    }

    @Test func honoursConnectionClose() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send(get("/a", "Connection: close\r\n"))
            let response = try client.readResponse()
            #expect(response.headers["Connection"] == "close")
            #expect(client.isClosedByServer())
        }
    }

    @Test func closesWhenTheResponderSaysSo() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send(get("/close"))
            #expect(try client.readResponse().headers["Connection"] == "close")
            #expect(client.isClosedByServer())
        }
    }

    @Test func closesHTTP10UnlessAskedToKeepAlive() throws {
        try withServer { port, _ in
            let once = try TestClient(port: port)
            once.send("GET /old HTTP/1.0\r\n\r\n")
            #expect(try once.readResponse().headers["Connection"] == "close")
            #expect(once.isClosedByServer())

            let kept = try TestClient(port: port)
            kept.send("GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try kept.readResponse().headers["Connection"] == "keep-alive")
            kept.send("GET /again HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try kept.readResponse().text == "GET /again body=0")
        }
    }

    @Test func answersHeadWithTheLengthOfGetAndNoBody() throws {
        try withServer { port, log in
            let client = try TestClient(port: port)
            client.send("HEAD /codes/235 HTTP/1.1\r\nHost: t\r\n\r\n")
            let head = try client.readResponse(head: true)
            #expect(head.headers["Content-Length"] == "22")
            #expect(head.body.isEmpty)
            client.send(get("/next"))
            #expect(try client.readResponse().text == "GET /next body=0")
            let line = "method=HEAD path=/codes/235 status=200 bytes=0 "
            #expect(log.all.first?.contains(line) == true)
        }
    }

    @Test func answersThreePipelinedRequestsInOrder() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send(
                get("/one") + "POST /two HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n\r\nabcd"
                    + get("/three"))
            #expect(try client.readResponse().text == "GET /one body=0")
            #expect(try client.readResponse().text == "POST /two body=4")
            #expect(try client.readResponse().text == "GET /three body=0")
        }
    }

    @Test func answersARequestTrickledByteByByte() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            for byte in get("/slowly").utf8 {
                client.send([byte])
            }
            #expect(try client.readResponse().text == "GET /slowly body=0")
        }
    }

    @Test func sendsContinueBeforeReadingTheBody() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send(
                "PUT /up HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n")
            #expect(try client.readResponse().status == 100)
            client.send("abc")
            #expect(try client.readResponse().text == "PUT /up body=3")
        }
    }

    @Test func decodesAChunkedUpload() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send(
                "POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "4\r\nabcd\r\n2\r\nef\r\n0\r\n\r\n")
            #expect(try client.readResponse().text == "POST /up body=6")
        }
    }

    @Test func writesALargeResponseAcrossPartialWrites() throws {
        try withServer { port, _ in
            let client = try TestClient(port: port)
            client.send(get("/big") + get("/after"))
            usleep(100_000)  // let the server fill the socket and wait for writability
            let big = try client.readResponse()
            #expect(big.body.count == 4_000_000)
            #expect(try client.readResponse().text == "GET /after body=0")
        }
    }
}
