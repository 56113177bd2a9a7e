-- Texts for the enhanced status codes X.5.0 to X.7.30 (protocol, media and security or
-- policy subjects) and for the vendor codes 4.7.32 (Google), 4.7.650, 4.7.651, 5.2.121,
-- 5.2.122, 5.7.515 and 5.7.606 (Microsoft), in English and Turkish, with their references
-- and related codes. Registry codes are written class-free, so their texts say where the
-- class (2, 4 or 5) changes the reading.

-- X.5.0
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.5.0', 'en', 'title', 'Other or Undefined Protocol Status'),
    ('X.5.0', 'tr', 'title', 'Diğer veya tanımsız protokol durumu'),
    ('X.5.0', 'en', 'description', 'A problem at the level of the SMTP dialogue (or, as 2.5.0, an ordinary intermediate state) that none of the more specific X.5 details describes. As 4.5.0 the condition is expected to clear on a later attempt; as 5.5.0 the same exchange will fail again until the client or the server behaves differently. The code says little beyond that, so the reply text carries the real reason.'),
    ('X.5.0', 'tr', 'description', 'SMTP diyaloğunun kendisiyle ilgili olup daha belirli X.5 ayrıntılarından hiçbirine uymayan bir sorunu (2.5.0 biçiminde ise olağan bir ara durumu) bildirir. 4.5.0 olarak gelirse durumun sonraki denemede düzelmesi beklenir; 5.5.0 olarak gelirse istemci ya da sunucu davranışını değiştirmedikçe aynı alışveriş yine başarısız olur. Kod bunun ötesinde pek bilgi vermez; asıl nedeni yanıt metninde aramak gerekir.'),
    ('X.5.0', 'en', 'seen_when', 'Extensions reuse it freely, so the registry pairs it with an unusually long list of basic codes: 220, 250 to 253, 451, 452, 454, 458, 459, 501 to 503 and 554. The best-known texts come from BURL (RFC 4468): "250 2.5.0 Waiting for additional BURL or BDAT commands" and "503 5.5.0 Valid RCPT TO required before BURL". Filters and proxies in the SMTP path also use 451 4.5.0 or 554 5.5.0 as a catch-all for protocol faults they do not classify further.'),
    ('X.5.0', 'tr', 'seen_when', 'Uzantılar bu kodu serbestçe kullandığı için IANA kaydı onu alışılmadık ölçüde uzun bir temel kod listesiyle eşleştirir: 220, 250–253, 451, 452, 454, 458, 459, 501–503 ve 554. En bilinen metinler BURL uzantısından (RFC 4468) gelir: "250 2.5.0 Waiting for additional BURL or BDAT commands" ve "503 5.5.0 Valid RCPT TO required before BURL". SMTP yolundaki filtreler ve vekil sunucular da ayrıca sınıflandırmadıkları protokol hataları için 451 4.5.0 ya da 554 5.5.0 yanıtını genel amaçlı olarak kullanır.'),
    ('X.5.0', 'en', 'how_to_fix', 'Sender side: note which command drew the reply and read its text; the cause is usually in the client, such as a command sent too early, a missing step (RCPT before BURL) or pipelining that the server never advertised. Updating the mail library or turning off pipelining in the client often clears it.

Server side: the code alone does not say what happened, so record the session (Postfix debug_peer_list for that client, or a packet capture) and answer with a more specific X.5 code in your own software.'),
    ('X.5.0', 'tr', 'how_to_fix', 'Gönderen tarafında: yanıtın hangi komuttan sonra geldiğine bakın ve metnini okuyun; neden çoğunlukla istemcidedir: erken gönderilmiş bir komut, atlanmış bir adım (BURL öncesinde RCPT gibi) ya da sunucu duyurmadığı halde kullanılan pipelining. Posta kitaplığını güncellemek veya istemcide pipelining özelliğini kapatmak sorunu çoğu zaman giderir.

Sunucu tarafında: kod tek başına ne olduğunu söylemez; o istemcinin oturumunu kaydedin (Postfix''te debug_peer_list ya da paket yakalama) ve kendi yazılımınızda daha belirli bir X.5 koduyla yanıt verin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.5.0', 1, 'RFC 3463', '3.6'),
    ('X.5.0', 2, 'RFC 4468', '5');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.5.0', '554', 1),
    ('X.5.0', '451', 2),
    ('X.5.0', '503', 3),
    ('X.5.0', 'X.5.1', 4),
    ('X.5.0', 'X.5.2', 5);

-- X.5.1
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.5.1', 'en', 'title', 'Invalid Command'),
    ('X.5.1', 'tr', 'title', 'Geçersiz komut'),
    ('X.5.1', 'en', 'description', 'The command is real SMTP but was not acceptable at that point: it arrived out of sequence, or it is not supported in the session''s current state. RFC 3463 treats it as a permanent error for that command, so it is normally seen as 5.5.1; the session itself stays open and the right command can still follow.'),
    ('X.5.1', 'tr', 'description', 'Komut gerçek bir SMTP komutudur ama o anda kabul edilemez: ya yanlış sırada gelmiştir ya da oturumun içinde bulunduğu durumda desteklenmez. RFC 3463 bunu o komut için kalıcı bir hata sayar, bu yüzden genellikle 5.5.1 olarak görülür; oturum açık kalır ve ardından doğru komut gönderilebilir.'),
    ('X.5.1', 'en', 'seen_when', 'Mostly with 503 (bad sequence of commands), also with 500, 501, 530, 550, 554 and 555; the registry adds 430. Postfix sends "503 5.5.1 Error: need RCPT command", "503 5.5.1 Error: nested MAIL command", and "554 5.5.1 Error: no valid recipients" when DATA follows only rejected recipients. Gmail''s submission servers answer MAIL FROM without a prior AUTH with "530 5.5.1 Authentication Required".'),
    ('X.5.1', 'tr', 'seen_when', 'Çoğunlukla 503 (komut sırası hatalı) yanıtıyla, ayrıca 500, 501, 530, 550, 554 ve 555 ile gelir; IANA kaydı bunlara 430 kodunu da ekler. Postfix "503 5.5.1 Error: need RCPT command" ve "503 5.5.1 Error: nested MAIL command" yanıtlarını, tüm alıcılar reddedildiği halde DATA gönderildiğinde de "554 5.5.1 Error: no valid recipients" yanıtını verir. Gmail''in ileti gönderim sunucuları, AUTH yapılmadan gelen MAIL FROM komutuna "530 5.5.1 Authentication Required" ile karşılık verir.'),
    ('X.5.1', 'en', 'how_to_fix', 'Sender side: make sure the client follows the order EHLO, STARTTLS, EHLO again, AUTH, MAIL, RCPT, DATA, and that it stops instead of sending DATA when every recipient was refused. A 530 5.5.1 from a submission server means SMTP authentication is switched off in the mail program: enable "outgoing server requires authentication" and use port 587 with STARTTLS.

Server side: the log shows which command arrived out of order; home-made scripts and clients that pipeline commands without the server advertising PIPELINING are the usual sources.'),
    ('X.5.1', 'tr', 'how_to_fix', 'Gönderen tarafında: istemcinin EHLO, STARTTLS, yeniden EHLO, AUTH, MAIL, RCPT, DATA sırasına uyduğundan ve tüm alıcılar reddedildiğinde DATA göndermek yerine durduğundan emin olun. Gönderim sunucusundan gelen 530 5.5.1 yanıtı, e-posta programında SMTP kimlik doğrulamasının kapalı olduğunu gösterir: "giden sunucu kimlik doğrulaması gerektirir" seçeneğini açın ve STARTTLS ile 587 portunu kullanın.

Sunucu tarafında: hangi komutun yanlış sırada geldiği günlükte görünür; elle yazılmış betikler ve sunucu PIPELINING duyurmadan komutları art arda gönderen istemciler en sık rastlanan kaynaklardır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.5.1', 1, 'RFC 3463', '3.6');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.5.1', '503', 1),
    ('X.5.1', '500', 2),
    ('X.5.1', '530', 3),
    ('X.5.1', 'X.5.2', 4),
    ('X.5.1', 'X.5.4', 5);

-- X.5.2
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.5.2', 'en', 'title', 'Syntax Error'),
    ('X.5.2', 'tr', 'title', 'Söz dizimi hatası'),
    ('X.5.2', 'en', 'description', 'The server could not interpret the command at all: the verb is unknown, or the line does not follow SMTP syntax. Where X.5.4 objects to one argument of an otherwise valid command, X.5.2 rejects the line as a whole. RFC 3463 defines it as a permanent error, so it is seen as 5.5.2; the session continues and a corrected command can be sent.'),
    ('X.5.2', 'tr', 'description', 'Sunucu komutu hiç yorumlayamamıştır: ya komut adı bilinmiyordur ya da satır SMTP söz dizimine uymuyordur. X.5.4 geçerli bir komutun tek bir argümanına itiraz ederken X.5.2 satırın tamamını reddeder. RFC 3463 bunu kalıcı hata olarak tanımladığı için 5.5.2 biçiminde görülür; oturum sürer ve düzeltilmiş komut gönderilebilir.'),
    ('X.5.2', 'en', 'seen_when', 'The registry lists 500, 501, 502, 550 and 555. Postfix answers unknown commands with "502 5.5.2 Error: command not recognized"; Gmail answers a MAIL FROM or RCPT TO written without angle brackets with "555 5.5.2 Syntax error"; RFC 4954 uses 501 5.5.2 when an AUTH response is not valid base64. HTTP requests or TLS handshakes sent to a plain SMTP port produce a burst of these replies.'),
    ('X.5.2', 'tr', 'seen_when', 'IANA kaydı 500, 501, 502, 550 ve 555 kodlarını sayar. Postfix bilinmeyen komutlara "502 5.5.2 Error: command not recognized" ile, Gmail ise köşeli parantez olmadan yazılmış MAIL FROM ya da RCPT TO komutuna "555 5.5.2 Syntax error" ile yanıt verir; RFC 4954, AUTH yanıtı geçerli base64 olmadığında 501 5.5.2 kullanır. Düz bir SMTP portuna gönderilen HTTP istekleri ya da TLS el sıkışmaları bu yanıtlardan art arda birçoğuna yol açar.'),
    ('X.5.2', 'en', 'how_to_fix', 'Sender side: write envelope addresses as MAIL FROM:<user@example.com>, end every line with CRLF, and base64-encode AUTH responses; if you are scripting SMTP by hand, switch to a maintained mail library. A client set to implicit TLS but pointed at port 25 or 587 speaks TLS where the server expects text, so check the port and the security setting together.

Server side: the log shows the rejected line. Postfix''s default strict_rfc821_envelopes = no already tolerates common sloppiness such as a space after the colon; setting it to yes makes such clients fail with this code.'),
    ('X.5.2', 'tr', 'how_to_fix', 'Gönderen tarafında: zarf adreslerini MAIL FROM:<kullanici@example.com> biçiminde yazın, her satırı CRLF ile bitirin ve AUTH yanıtlarını base64 ile kodlayın; SMTP''yi elle betikle konuşturuyorsanız bakımı süren bir posta kitaplığına geçin. Doğrudan TLS kullanacak biçimde ayarlanmış ama 25 ya da 587 portuna yönlendirilmiş bir istemci, sunucunun düz metin beklediği yerde TLS konuşur; bu yüzden port ile güvenlik ayarını birlikte denetleyin.

Sunucu tarafında: reddedilen satır günlükte görünür. Postfix''in varsayılan strict_rfc821_envelopes = no ayarı, iki noktadan sonra boşluk bırakmak gibi yaygın özensizlikleri zaten hoş görür; bu ayarı yes yapmak bu tür istemcilerin bu kodla başarısız olmasına neden olur.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.5.2', 1, 'RFC 3463', '3.6'),
    ('X.5.2', 2, 'RFC 4954', '4');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.5.2', '500', 1),
    ('X.5.2', '501', 2),
    ('X.5.2', '555', 3),
    ('X.5.2', 'X.5.1', 4),
    ('X.5.2', 'X.5.4', 5);

-- X.5.3
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.5.3', 'en', 'title', 'Too Many Recipients'),
    ('X.5.3', 'tr', 'title', 'Alıcı sayısı çok fazla'),
    ('X.5.3', 'en', 'description', 'The message named more recipients than this server takes in one transaction. RFC 3463 expects the sender to split the list: recipients already accepted stay accepted, and the rest go in a further transaction. As 4.5.3 that is exactly what the client should do; a 5.5.3 says the server will not take that many recipients in one message and the split cannot be left to a later attempt.'),
    ('X.5.3', 'tr', 'description', 'İleti, bu sunucunun tek bir işlemde kabul ettiğinden daha fazla alıcıya yöneltilmiştir. RFC 3463 göndericinin listeyi bölmesini bekler: kabul edilmiş alıcılar kabul edilmiş olarak kalır, geri kalanlar ayrı bir işlemle gönderilir. 4.5.3 olarak geldiğinde istemcinin yapması gereken tam olarak budur; 5.5.3 ise sunucunun tek iletide bu kadar alıcıyı hiçbir zaman almayacağını ve bölme işinin sonraki bir denemeye bırakılamayacağını söyler.'),
    ('X.5.3', 'en', 'seen_when', 'At RCPT TO once the per-message limit is reached: Postfix answers "452 4.5.3 Error: too many recipients" after smtpd_recipient_limit (1000 by default), Gmail "452 4.5.3 Your message has too many recipients". Some servers refuse outright with 550 or 552 and 5.5.3. The registry pairs the code with 451, while RFC 5321 names 452 for this case.'),
    ('X.5.3', 'tr', 'seen_when', 'İleti başına sınıra ulaşıldığında RCPT TO komutuna yanıt olarak gelir: Postfix smtpd_recipient_limit değeri aşılınca (varsayılanı 1000) "452 4.5.3 Error: too many recipients", Gmail ise "452 4.5.3 Your message has too many recipients" yanıtını verir. Bazı sunucular doğrudan 550 ya da 552 ile 5.5.3 kodunu döndürür. IANA kaydı kodu 451 ile eşleştirir, RFC 5321 ise bu durum için 452 yanıtını öngörür.'),
    ('X.5.3', 'en', 'how_to_fix', 'Sender side: send to fewer recipients per message, put large audiences on a mailing-list manager or a bulk-sending service, and check your provider''s per-message and per-day limits. A correct client that meets 452 delivers to the recipients already accepted and sends the rest in a new transaction on its own.

Server side: raise the limit (Postfix smtpd_recipient_limit, Exchange''s message recipient limit) only for authenticated internal users; for mail arriving from the Internet a limit of a few hundred is normal.'),
    ('X.5.3', 'tr', 'how_to_fix', 'Gönderen tarafında: ileti başına daha az alıcı kullanın, kalabalık kitleler için bir posta listesi yöneticisine ya da toplu gönderim hizmetine geçin ve sağlayıcınızın ileti başına ve günlük sınırlarını öğrenin. Doğru çalışan bir istemci 452 aldığında kabul edilen alıcılara teslimi tamamlar ve kalanları kendiliğinden yeni bir işlemle gönderir.

Sunucu tarafında: sınırı (Postfix''te smtpd_recipient_limit, Exchange''de ileti başına alıcı sınırı) yalnızca kimliği doğrulanmış iç kullanıcılar için yükseltin; İnternet''ten gelen postalar için birkaç yüzlük bir sınır olağandır.'),
    ('X.5.3', 'en', 'retry', 'With 452 4.5.3, finish the current message for the recipients already accepted and open a new transaction for the rest straight away; no waiting is needed. Sending the same oversized list again fails the same way.'),
    ('X.5.3', 'tr', 'retry', '452 4.5.3 yanıtında, kabul edilmiş alıcılar için mevcut iletiyi tamamlayın ve kalanlar için hemen yeni bir işlem başlatın; beklemeye gerek yoktur. Aynı uzun listeyi yeniden göndermek aynı biçimde başarısız olur.'),
    ('X.5.3', 'en', 'note', 'The IANA registry lists 451 with X.5.3, but RFC 5321 (section 4.5.3.1.10) says the correct reply for too many recipients is 452, and that clients should treat a 552 for this case, as RFC 821 had it, as a temporary failure. Servers in the field send 452 4.5.3.'),
    ('X.5.3', 'tr', 'note', 'IANA kaydı X.5.3 kodunu 451 ile eşleştirir; oysa RFC 5321 (bölüm 4.5.3.1.10) alıcı sayısı aşıldığında doğru yanıtın 452 olduğunu ve RFC 821 dönemindeki gibi bu durumda gelen 552 yanıtının istemcilerce geçici hata sayılması gerektiğini söyler. Uygulamadaki sunucular 452 4.5.3 gönderir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.5.3', 1, 'RFC 3463', '3.6'),
    ('X.5.3', 2, 'RFC 5321', '4.5.3.1.10');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.5.3', '452', 1),
    ('X.5.3', '451', 2),
    ('X.5.3', '552', 3),
    ('X.5.3', 'X.3.1', 4);

-- X.5.4
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.5.4', 'en', 'title', 'Invalid Command Arguments'),
    ('X.5.4', 'tr', 'title', 'Geçersiz komut argümanları'),
    ('X.5.4', 'en', 'description', 'The command itself was valid, but an argument or parameter was wrong: malformed, out of range, or naming a feature the server does not support. X.5.2 rejects a line that cannot be parsed; X.5.4 accepts the verb and objects to what follows it. RFC 3463 treats it as permanent (5.5.4); a 4.5.4 says the parameter cannot be honoured for now.'),
    ('X.5.4', 'tr', 'description', 'Komutun kendisi geçerlidir ama bir argümanı ya da parametresi hatalıdır: biçimi bozuktur, izin verilen aralığın dışındadır ya da sunucunun desteklemediği bir özelliği ister. X.5.2 çözümlenemeyen satırı reddeder; X.5.4 ise komutu kabul edip ardından gelene itiraz eder. RFC 3463 bunu kalıcı sayar (5.5.4); 4.5.4 ise parametrenin şimdilik karşılanamayacağını bildirir.'),
    ('X.5.4', 'en', 'seen_when', 'With 501 (bad arguments), 504 (parameter not implemented) and 555 (MAIL or RCPT parameter not recognized); the registry also lists 451, 502, 503 and 550. Typical texts: Postfix "501 5.5.4 Syntax: MAIL FROM:<address>" and "555 5.5.4 Unsupported option: ...", "504 5.5.4 Unrecognized authentication type" when AUTH names a mechanism the server does not offer (RFC 4954), and Outlook.com''s "501 5.5.4 Invalid domain name" for a malformed EHLO name.'),
    ('X.5.4', 'tr', 'seen_when', '501 (hatalı argüman), 504 (parametre uygulanmamış) ve 555 (MAIL ya da RCPT parametresi tanınmıyor) ile gelir; IANA kaydı 451, 502, 503 ve 550 kodlarını da sayar. Tipik metinler: Postfix''ten "501 5.5.4 Syntax: MAIL FROM:<address>" ve "555 5.5.4 Unsupported option: ...", AUTH sunucunun sunmadığı bir mekanizmayı istediğinde "504 5.5.4 Unrecognized authentication type" (RFC 4954) ve Outlook.com''dan bozuk bir EHLO adı için "501 5.5.4 Invalid domain name".'),
    ('X.5.4', 'en', 'how_to_fix', 'Sender side: compare the command with its syntax: angle brackets around addresses, SIZE= with a plain number of octets, no parameters the server did not list in its EHLO reply, and an AUTH mechanism taken from the server''s own AUTH line. The EHLO name must be the sending host''s fully qualified name (mail.example.com), not "localhost" or a bare word.

Server side: the log shows the rejected argument; if a legitimate client trips over one strict check, relax that check rather than the parser as a whole.'),
    ('X.5.4', 'tr', 'how_to_fix', 'Gönderen tarafında: komutu söz dizimiyle karşılaştırın: adresler köşeli parantez içinde olmalı, SIZE= yalnızca sayı almalı, sunucunun EHLO yanıtında listelemediği parametreler kullanılmamalı ve AUTH mekanizması sunucunun kendi AUTH satırından seçilmelidir. EHLO adı "localhost" ya da tek bir sözcük değil, gönderen makinenin tam nitelikli adı (mail.example.com) olmalıdır.

Sunucu tarafında: reddedilen argüman günlükte görünür; meşru bir istemci katı bir denetime takılıyorsa ayrıştırıcının tamamını değil, yalnızca o denetimi gevşetin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.5.4', 1, 'RFC 3463', '3.6'),
    ('X.5.4', 2, 'RFC 4954', '4');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.5.4', '501', 1),
    ('X.5.4', '504', 2),
    ('X.5.4', '555', 3),
    ('X.5.4', '455', 4),
    ('X.5.4', 'X.5.2', 5);

-- X.5.5
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.5.5', 'en', 'title', 'Wrong Protocol Version'),
    ('X.5.5', 'tr', 'title', 'Yanlış protokol sürümü'),
    ('X.5.5', 'en', 'description', 'The two sides disagree about the protocol version and could not resolve the mismatch between themselves. RFC 3463 defines it for that situation without saying whether it is temporary or permanent. It is rare in SMTP, where features are negotiated through EHLO rather than by version numbers.'),
    ('X.5.5', 'tr', 'description', 'İki taraf protokol sürümü konusunda uyuşamamış ve bu uyumsuzluğu kendi aralarında çözememiştir. RFC 3463 kodu bu durum için tanımlar ama geçici mi kalıcı mı olduğunu belirtmez. Özelliklerin sürüm numarasıyla değil EHLO ile pazarlık edildiği SMTP''de nadiren görülür.'),
    ('X.5.5', 'en', 'seen_when', 'Seldom met in practice, and the registry names no basic code for it. It is meant for peers that speak incompatible dialects, such as a gateway or special-purpose listener receiving commands from a protocol variant it does not implement; when it does appear, it usually comes with 500 or 554.'),
    ('X.5.5', 'tr', 'seen_when', 'Uygulamada pek karşılaşılmaz ve IANA kaydı bunun için bir temel kod belirtmez. Birbiriyle uyumsuz lehçeler konuşan taraflar için düşünülmüştür; örneğin uygulamadığı bir protokol türevinden komut alan bir ağ geçidi ya da özel amaçlı bir dinleyici. Görüldüğünde çoğunlukla 500 ya da 554 ile gelir.'),
    ('X.5.5', 'en', 'how_to_fix', 'Sender side: check that the client is talking to the right service: SMTP on port 25, message submission on 587 (or implicit TLS on 465), LMTP only on the delivery agent''s own socket. Very old or embedded clients may need an update.

Server side: make sure the listener on that port runs the protocol clients expect, and that no proxy or load balancer in front of it alters the greeting or the EHLO exchange.'),
    ('X.5.5', 'tr', 'how_to_fix', 'Gönderen tarafında: istemcinin doğru hizmetle konuştuğunu denetleyin: SMTP için 25, ileti gönderimi için 587 (ya da doğrudan TLS için 465) portu; LMTP yalnızca teslim aracısının kendi soketinde. Çok eski ya da gömülü istemcilerin güncellenmesi gerekebilir.

Sunucu tarafında: o porttaki dinleyicinin istemcilerin beklediği protokolü çalıştırdığından ve önündeki hiçbir vekil sunucunun ya da yük dengeleyicinin karşılama satırını veya EHLO alışverişini değiştirmediğinden emin olun.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.5.5', 1, 'RFC 3463', '3.6');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.5.5', '500', 1),
    ('X.5.5', '554', 2),
    ('X.5.5', 'X.5.0', 3),
    ('X.5.5', 'X.5.1', 4);

-- X.5.6
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.5.6', 'en', 'title', 'Authentication Exchange Line Is Too Long'),
    ('X.5.6', 'tr', 'title', 'Kimlik doğrulama satırı çok uzun'),
    ('X.5.6', 'en', 'description', 'During AUTH the client sent a base64 line, either the initial response or an answer to a 334 challenge, that was longer than the server can buffer for the chosen SASL mechanism. Authentication has failed, but the session stays open. RFC 4954 allows it as a permanent or a persistent transient error, so both 4.5.6 and 5.5.6 are possible.'),
    ('X.5.6', 'tr', 'description', 'AUTH sırasında istemci, ilk yanıt ya da bir 334 sorusuna verilen yanıt olarak, sunucunun seçilen SASL mekanizması için ayırdığı arabellekten daha uzun bir base64 satırı göndermiştir. Kimlik doğrulama başarısız olmuştur ama oturum açık kalır. RFC 4954 kodun hem kalıcı hem de süregelen geçici hata olarak kullanılmasına izin verir; bu yüzden 4.5.6 da 5.5.6 da görülebilir.'),
    ('X.5.6', 'en', 'seen_when', 'Defined by RFC 4954 as "500 5.5.6 Authentication Exchange line is too long". It shows up with mechanisms that carry large tokens: XOAUTH2 or OAUTHBEARER access tokens, and GSSAPI (Kerberos) tickets of Active Directory users who belong to many groups, sent to a server with a small buffer.'),
    ('X.5.6', 'tr', 'seen_when', 'RFC 4954 bunu "500 5.5.6 Authentication Exchange line is too long" olarak tanımlar. Büyük jeton taşıyan mekanizmalarda görülür: XOAUTH2 ya da OAUTHBEARER erişim jetonları ve çok sayıda gruba üye Active Directory kullanıcılarının GSSAPI (Kerberos) biletleri, arabelleği küçük bir sunucuya gönderildiğinde.'),
    ('X.5.6', 'en', 'how_to_fix', 'Sender side: if the client allows it, send the token on its own line after the 334 prompt instead of as an initial response on the AUTH line, or choose another mechanism the server offers; requesting fewer OAuth scopes can also shrink the token.

Server side: RFC 4954 (section 4) considers 12288 octets a sufficient line length for deployed mechanisms; in Postfix 3.4 and later this is smtpd_sasl_response_limit, in older versions line_length_limit, and large Kerberos tickets may need more.'),
    ('X.5.6', 'tr', 'how_to_fix', 'Gönderen tarafında: istemci izin veriyorsa jetonu AUTH satırında ilk yanıt olarak değil, 334 sorusundan sonra ayrı bir satırda gönderin ya da sunucunun sunduğu başka bir mekanizmayı seçin; daha az OAuth izni istemek de jetonu küçültebilir.

Sunucu tarafında: RFC 4954 (bölüm 4), kullanımdaki mekanizmalar için 12288 sekizlik satır uzunluğunu yeterli sayar; Postfix 3.4 ve sonrasında bu değer smtpd_sasl_response_limit, daha eski sürümlerde line_length_limit ayarıdır ve büyük Kerberos biletleri daha fazlasını gerektirebilir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.5.6', 1, 'RFC 4954', '4'),
    ('X.5.6', 2, 'RFC 4954', '6');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.5.6', '500', 1),
    ('X.5.6', '334', 2),
    ('X.5.6', '535', 3),
    ('X.5.6', 'X.7.8', 4),
    ('X.5.6', 'X.5.2', 5);

-- X.6.0
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.0', 'en', 'title', 'Other or Undefined Media Error'),
    ('X.6.0', 'tr', 'title', 'Diğer veya tanımsız içerik hatası'),
    ('X.6.0', 'en', 'description', 'Something in the content of the message made it undeliverable, and no more specific X.6 detail fits. The fault lies in the body or the header fields rather than in the addresses or the servers. As 4.6.0 the receiver expects the condition to pass; as 5.6.0 the message has to change before it can be delivered.'),
    ('X.6.0', 'tr', 'description', 'İletinin içeriğindeki bir şey teslimi engellemiştir ve daha belirli bir X.6 ayrıntısı duruma uymaz. Sorun adreslerde ya da sunucularda değil, ileti gövdesinde veya başlık alanlarındadır. 4.6.0 olarak gelirse alıcı taraf durumun geçeceğini düşünür; 5.6.0 olarak gelirse ileti değiştirilmeden teslim edilemez.'),
    ('X.6.0', 'en', 'seen_when', 'The registry names no basic code; it usually arrives with 554 or 550 after the end of DATA, once the server has seen the content. The causes behind it are typically malformed MIME (missing boundaries, broken transfer encodings), illegal header lines, bare LF or bare CR line endings, or lines longer than the 1000-octet limit of RFC 5321. Reply texts vary by server, along the lines of "invalid message content" or "message contains invalid header".'),
    ('X.6.0', 'tr', 'seen_when', 'IANA kaydı bir temel kod belirtmez; genellikle sunucu içeriği gördükten sonra, DATA sonunda 554 ya da 550 ile gelir. Arkasında çoğunlukla bozuk MIME yapısı (eksik sınırlayıcılar, hatalı aktarım kodlaması), kurala aykırı başlık satırları, tek başına LF ya da CR ile biten satırlar veya RFC 5321 belgesindeki 1000 sekizlik sınırı aşan satırlar vardır. Yanıt metinleri sunucuya göre değişir; "invalid message content" ya da "message contains invalid header" gibi ifadeler görülür.'),
    ('X.6.0', 'en', 'how_to_fix', 'Sender side: if only one message fails, look at what is unusual about it: a generated attachment, an HTML body with very long lines, a header added by a script. Sending the same content from a standard mail client usually works, and applications that build MIME by hand should switch to a mail library that encodes lines and headers correctly.

Server side: the content filter or MTA log names the rule that fired; check whether a strict check (bare LF, header syntax) is rejecting mail from otherwise legitimate senders.'),
    ('X.6.0', 'tr', 'how_to_fix', 'Gönderen tarafında: yalnızca tek bir ileti başarısız oluyorsa onda olağan dışı olana bakın: programla üretilmiş bir ek, çok uzun satırlı bir HTML gövdesi, bir betiğin eklediği başlık. Aynı içeriği standart bir e-posta istemcisinden göndermek çoğunlukla işe yarar; MIME yapısını elle kuran uygulamalar satırları ve başlıkları doğru kodlayan bir posta kitaplığına geçmelidir.

Sunucu tarafında: içerik filtresinin ya da MTA''nın günlüğü devreye giren kuralı gösterir; katı bir denetimin (tek başına LF, başlık söz dizimi) başka açılardan meşru gönderenlerin postalarını reddedip reddetmediğini kontrol edin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.0', 1, 'RFC 3463', '3.7');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.0', '554', 1),
    ('X.6.0', '550', 2),
    ('X.6.0', 'X.6.1', 3),
    ('X.6.0', 'X.6.5', 4),
    ('X.6.0', 'X.6.3', 5);

-- X.6.1
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.1', 'en', 'title', 'Media Not Supported'),
    ('X.6.1', 'tr', 'title', 'İçerik türü desteklenmiyor'),
    ('X.6.1', 'en', 'description', 'The media of the message, meaning its content type or body encoding, cannot be carried by the delivery protocol or accepted by the next system on the path. RFC 3463 defines it as a permanent error, so it appears as 5.6.1. Classic cases are 8-bit or binary bodies offered to a hop without 8BITMIME or BINARYMIME, and gateways (fax, SMS, legacy systems) that accept only certain content types.'),
    ('X.6.1', 'tr', 'description', 'İletinin içerik türü ya da gövde kodlaması, teslim protokolüyle taşınamıyor veya yoldaki bir sonraki sistem tarafından kabul edilmiyordur. RFC 3463 bunu kalıcı hata olarak tanımlar, bu yüzden 5.6.1 biçiminde görülür. Tipik örnekler, 8BITMIME ya da BINARYMIME desteği olmayan bir sunucuya sunulan 8 bitlik veya ikili gövdeler ve yalnızca belirli içerik türlerini kabul eden ağ geçitleridir (faks, SMS, eski sistemler).'),
    ('X.6.1', 'en', 'seen_when', 'The registry names no basic code; typically 554 or 550 after DATA, or a refusal at MAIL FROM when a BODY=8BITMIME or BODY=BINARYMIME parameter is not accepted. It also appears in bounce reports from gateways, and some servers use it when policy blocks a whole content type.'),
    ('X.6.1', 'tr', 'seen_when', 'IANA kaydı bir temel kod belirtmez; genellikle DATA sonrasında 554 ya da 550 ile veya BODY=8BITMIME ya da BODY=BINARYMIME parametresi kabul edilmediğinde MAIL FROM aşamasında gelir. Ağ geçitlerinin teslim edilemedi bildirimlerinde de görülür; bazı sunucular politika gereği bütün bir içerik türünü engellediklerinde de bu kodu kullanır.'),
    ('X.6.1', 'en', 'how_to_fix', 'Sender side: send the content in a form every hop can carry: let the client encode attachments as base64 and text as quoted-printable instead of raw 8-bit, and avoid unusual content types when writing to a gateway. If the refusal names a content type, convert the file (to PDF, for example) or compress it and resend.

Server side: if your own relay refused it, advertise 8BITMIME, which every modern MTA supports, or let the MTA downgrade 8-bit content to 7-bit before relaying.'),
    ('X.6.1', 'tr', 'how_to_fix', 'Gönderen tarafında: içeriği her sunucunun taşıyabileceği biçimde gönderin: istemcinin ekleri base64, metni ise ham 8 bit yerine quoted-printable olarak kodlamasını sağlayın ve bir ağ geçidine yazarken alışılmadık içerik türlerinden kaçının. Ret metni bir içerik türü adı veriyorsa dosyayı dönüştürün (örneğin PDF''ye) ya da sıkıştırıp yeniden gönderin.

Sunucu tarafında: reddeden sizin aktarma sunucunuzsa, her güncel MTA''nın desteklediği 8BITMIME özelliğini duyurun ya da MTA''nın 8 bitlik içeriği aktarmadan önce 7 bite dönüştürmesine izin verin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.1', 1, 'RFC 3463', '3.7');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.1', '554', 1),
    ('X.6.1', '550', 2),
    ('X.6.1', 'X.6.3', 3),
    ('X.6.1', 'X.6.0', 4);

-- X.6.2
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.2', 'en', 'title', 'Conversion Required and Prohibited'),
    ('X.6.2', 'tr', 'title', 'Dönüştürme gerekli ama yasak'),
    ('X.6.2', 'en', 'description', 'To be delivered, the content would have to be converted, for example from 8-bit to 7-bit or into a gateway''s format, but conversion is not allowed: either the sender marked the message as not to be converted, or the sending host''s policy forbids it. Usually permanent (5.6.2): the next hop will not change, so the message must.'),
    ('X.6.2', 'tr', 'description', 'İletinin teslim edilebilmesi için içeriğin dönüştürülmesi gerekir (örneğin 8 bitten 7 bite ya da bir ağ geçidinin biçimine), ama dönüştürmeye izin verilmez: ya gönderen iletiyi dönüştürülmeyecek olarak işaretlemiştir ya da gönderen sunucunun politikası bunu yasaklar. Genellikle kalıcıdır (5.6.2): bir sonraki sunucu değişmeyeceğine göre iletinin değişmesi gerekir.'),
    ('X.6.2', 'en', 'seen_when', 'The registry names no basic code; it usually comes as 554 or in a delivery status notification generated by a relay that cannot pass the content on as it is. Signed messages are the common real case: converting the 8-bit body of an S/MIME, PGP/MIME or DKIM-signed message would break the signature, so a careful relay refuses instead.'),
    ('X.6.2', 'tr', 'seen_when', 'IANA kaydı bir temel kod belirtmez; genellikle 554 ile ya da içeriği olduğu gibi iletemeyen bir aktarma sunucusunun ürettiği teslim durum bildiriminde görülür. Gerçek hayattaki tipik örnek imzalı iletilerdir: S/MIME, PGP/MIME ya da DKIM ile imzalanmış bir iletinin 8 bitlik gövdesini dönüştürmek imzayı bozacağından, özenli bir aktarma sunucusu dönüştürmek yerine reddeder.'),
    ('X.6.2', 'en', 'how_to_fix', 'Sender side: send the message in 7-bit-safe form from the start (quoted-printable or base64 transfer encoding, which mail clients normally use for signed mail), so that no hop needs to convert it. If the sending application sets a "do not convert" flag, clear it when the destination cannot take the original form.

Server side: advertise 8BITMIME on your relays so 8-bit mail passes unchanged, and sign outgoing mail only after the body has been encoded in 7-bit form.'),
    ('X.6.2', 'tr', 'how_to_fix', 'Gönderen tarafında: iletiyi baştan 7 bit açısından güvenli biçimde gönderin (e-posta istemcilerinin imzalı postalarda zaten kullandığı quoted-printable ya da base64 aktarım kodlamasıyla); böylece hiçbir sunucunun onu dönüştürmesi gerekmez. Gönderen uygulama "dönüştürme" yasağı koyuyorsa, hedef özgün biçimi alamadığında bu işareti kaldırın.

Sunucu tarafında: 8 bitlik postaların değişmeden geçmesi için aktarma sunucularınızda 8BITMIME duyurun ve giden postayı ancak gövde 7 bitlik biçime kodlandıktan sonra imzalayın.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.2', 1, 'RFC 3463', '3.7');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.2', '554', 1),
    ('X.6.2', 'X.6.3', 2),
    ('X.6.2', 'X.6.4', 3),
    ('X.6.2', 'X.6.1', 4);

-- X.6.3
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.3', 'en', 'title', 'Conversion Required but Not Supported'),
    ('X.6.3', 'tr', 'title', 'Dönüştürme gerekli ama desteklenmiyor'),
    ('X.6.3', 'en', 'description', 'The content has to be converted before the next hop can take it, but no host on the path is able, or finds it practical, to do so. RFC 3463''s own example is an ESMTP gateway that carries 8-bit mail but cannot downgrade it to 7-bit for a next hop that lacks 8BITMIME. Usually permanent (5.6.3).'),
    ('X.6.3', 'tr', 'description', 'İçeriğin bir sonraki sunucuya kabul ettirilebilmesi için dönüştürülmesi gerekir, ama yoldaki hiçbir sunucu bunu yapamaz ya da yapmayı pratik bulmaz. RFC 3463 belgesinin kendi örneği, 8 bitlik postayı taşıyan ama 8BITMIME desteği olmayan bir sonraki sunucu için onu 7 bite indiremeyen bir ESMTP ağ geçididir. Genellikle kalıcıdır (5.6.3).'),
    ('X.6.3', 'en', 'seen_when', 'The registry pairs it with 554. It is seen in bounces from relays and in reports generated by the sending MTA itself, typically saying that the message has 8-bit content but the remote host does not support 8BITMIME.'),
    ('X.6.3', 'tr', 'seen_when', 'IANA kaydı kodu 554 ile eşleştirir. Aktarma sunucularının teslim edilemedi bildirimlerinde ve gönderen MTA''nın kendi ürettiği raporlarda görülür; bunlar genellikle iletinin 8 bitlik içerik taşıdığını ama karşı sunucunun 8BITMIME desteklemediğini söyler.'),
    ('X.6.3', 'en', 'how_to_fix', 'Sender side: resend with a 7-bit transfer encoding (quoted-printable or base64), which any mail client can be set to use; once no conversion is needed, the problem disappears.

Server side: find the hop on the path that lacks 8BITMIME, and let your relay downgrade 8-bit content; Postfix does this by default unless disable_mime_output_conversion = yes is set.'),
    ('X.6.3', 'tr', 'how_to_fix', 'Gönderen tarafında: iletiyi her e-posta istemcisinde seçilebilen 7 bitlik bir aktarım kodlamasıyla (quoted-printable ya da base64) yeniden gönderin; dönüştürme gerekmediğinde sorun da ortadan kalkar.

Sunucu tarafında: yoldaki hangi sunucunun 8BITMIME desteklemediğini bulun ve aktarma sunucunuzun 8 bitlik içeriği 7 bite indirmesine izin verin; Postfix, disable_mime_output_conversion = yes ayarlanmadıkça bunu varsayılan olarak yapar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.3', 1, 'RFC 3463', '3.7');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.3', '554', 1),
    ('X.6.3', 'X.6.2', 2),
    ('X.6.3', 'X.6.5', 3),
    ('X.6.3', 'X.3.3', 4);

-- X.6.4
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.4', 'en', 'title', 'Conversion With Loss Performed'),
    ('X.6.4', 'tr', 'title', 'Bilgi kaybıyla dönüştürme yapıldı'),
    ('X.6.4', 'en', 'description', 'A conversion along the way lost some information. In its usual form, 2.6.4, it is a warning attached to a successful delivery: the message arrived, but not exactly as it was sent. As 5.6.4 it is a failure, because the sender had said that a lossy conversion was not acceptable.'),
    ('X.6.4', 'tr', 'description', 'Yol üzerindeki bir dönüştürme sırasında bazı bilgiler kaybolmuştur. En sık görülen 2.6.4 biçiminde başarılı bir teslime eklenen bir uyarıdır: ileti ulaşmıştır ama gönderildiği haliyle değil. 5.6.4 olarak gelirse bir hatadır, çünkü gönderen kayıplı dönüştürmeyi kabul etmediğini belirtmiştir.'),
    ('X.6.4', 'en', 'seen_when', 'The registry pairs it with 250. It is seen mostly in delivery status notifications from gateways into other systems (fax, SMS, legacy mail systems) that had to drop attachments, formatting or characters the target cannot represent.'),
    ('X.6.4', 'tr', 'seen_when', 'IANA kaydı kodu 250 ile eşleştirir. Çoğunlukla, hedefin gösteremediği ekleri, biçimlendirmeyi ya da karakterleri atmak zorunda kalan başka sistemlere (faks, SMS, eski posta sistemleri) açılan ağ geçitlerinin teslim durum bildirimlerinde görülür.'),
    ('X.6.4', 'en', 'how_to_fix', 'Sender side: ask the recipient what actually arrived; if attachments or formatting matter, send them in a form the target supports (plain text, PDF) or by another route.

Server side: the gateway''s log shows what was dropped; if the loss is not acceptable, configure the gateway to refuse such messages (with 5.6.4 or X.6.2) instead of converting them silently.'),
    ('X.6.4', 'tr', 'how_to_fix', 'Gönderen tarafında: alıcıya gerçekte neyin ulaştığını sorun; ekler ya da biçimlendirme önemliyse bunları hedefin desteklediği bir biçimde (düz metin, PDF) ya da başka bir yoldan gönderin.

Sunucu tarafında: neyin atıldığı ağ geçidinin günlüğünde görünür; kayıp kabul edilemiyorsa ağ geçidini bu tür iletileri sessizce dönüştürmek yerine reddedecek (5.6.4 ya da X.6.2 ile) biçimde yapılandırın.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.4', 1, 'RFC 3463', '3.7');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.4', '250', 1),
    ('X.6.4', 'X.6.2', 2),
    ('X.6.4', 'X.6.5', 3),
    ('X.6.4', 'X.6.3', 4);

-- X.6.5
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.5', 'en', 'title', 'Conversion Failed'),
    ('X.6.5', 'tr', 'title', 'Dönüştürme başarısız oldu'),
    ('X.6.5', 'en', 'description', 'A conversion was needed, was attempted, and did not work. RFC 3463 allows it as a permanent failure (5.6.5) or as a persistent temporary one (4.6.5), depending on whether the converter might succeed later.'),
    ('X.6.5', 'tr', 'description', 'Bir dönüştürme gerekmiş, denenmiş ve başarısız olmuştur. RFC 3463, dönüştürücünün daha sonra başarılı olup olamayacağına göre kodun kalıcı hata (5.6.5) ya da süregelen geçici hata (4.6.5) olarak kullanılmasına izin verir.'),
    ('X.6.5', 'en', 'seen_when', 'The registry names no basic code; typically 554 after DATA or a delivery status notification from a relay. Common causes are a corrupt MIME structure the converter cannot parse, attachments in formats a gateway cannot render, and character-set conversions that hit invalid byte sequences.'),
    ('X.6.5', 'tr', 'seen_when', 'IANA kaydı bir temel kod belirtmez; genellikle DATA sonrasında 554 ile ya da bir aktarma sunucusunun teslim durum bildiriminde görülür. Sık nedenler, dönüştürücünün çözümleyemediği bozuk bir MIME yapısı, ağ geçidinin işleyemediği biçimlerde ekler ve geçersiz bayt dizilerine takılan karakter kümesi dönüşümleridir.'),
    ('X.6.5', 'en', 'how_to_fix', 'Sender side: resend from another client, or without the attachment most likely to blame; damaged or unusually encoded files are the usual trigger.

Server side: the converter''s log (content filter, gateway, character-set or TNEF conversion step) shows which part failed; if the cause is a bug or a resource shortage in the converter, answer with 4.6.5 so that senders retry instead of bouncing.'),
    ('X.6.5', 'tr', 'how_to_fix', 'Gönderen tarafında: iletiyi başka bir istemciden ya da en olası suçlu olan ek olmadan yeniden gönderin; genellikle tetikleyici, bozuk ya da alışılmadık biçimde kodlanmış dosyalardır.

Sunucu tarafında: hangi parçanın başarısız olduğunu dönüştürücünün günlüğü (içerik filtresi, ağ geçidi, karakter kümesi ya da TNEF dönüşümü) gösterir; neden dönüştürücüdeki bir hata ya da kaynak yetersizliğiyse, gönderenler iletiyi geri çevirmek yerine yeniden denesin diye 4.6.5 ile yanıt verin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.5', 1, 'RFC 3463', '3.7');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.5', '554', 1),
    ('X.6.5', '451', 2),
    ('X.6.5', 'X.6.3', 3),
    ('X.6.5', 'X.6.0', 4);

-- X.6.6
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.6', 'en', 'title', 'Message Content Not Available'),
    ('X.6.6', 'tr', 'title', 'İleti içeriğine erişilemiyor'),
    ('X.6.6', 'en', 'description', 'The content of the message was to be fetched from another system and could not be. It was defined for BURL (RFC 4468), where a submission client tells the submission server to pull the message from an IMAP server by URL instead of uploading it. It may be permanent (5.6.6) or persistent temporary (4.6.6).'),
    ('X.6.6', 'tr', 'description', 'İletinin içeriği başka bir sistemden alınacaktı ve alınamadı. Kod, gönderim istemcisinin iletiyi yüklemek yerine gönderim sunucusuna onu bir IMAP sunucusundan URL ile çekmesini söylediği BURL uzantısı (RFC 4468) için tanımlanmıştır. Kalıcı (5.6.6) ya da süregelen geçici (4.6.6) olabilir.'),
    ('X.6.6', 'en', 'seen_when', 'With 554 after a BURL command; RFC 4468''s example is "554 5.6.6 IMAP URL resolution failed". If the IMAP server cannot be reached at all, RFC 4468 uses "451 4.4.1 IMAP server unavailable" instead, and a missing trust relationship gives 554 5.7.14.'),
    ('X.6.6', 'tr', 'seen_when', 'Bir BURL komutundan sonra 554 ile gelir; RFC 4468 belgesindeki örnek "554 5.6.6 IMAP URL resolution failed" yanıtıdır. IMAP sunucusuna hiç ulaşılamıyorsa RFC 4468 bunun yerine "451 4.4.1 IMAP server unavailable" yanıtını kullanır; güven ilişkisi eksikse 554 5.7.14 döner.'),
    ('X.6.6', 'en', 'how_to_fix', 'Sender side: this concerns clients that use BURL (part of the Lemonade profile, RFC 5550); saving the draft again or sending the message normally with DATA usually works. An expired or revoked URLAUTH URL is a common cause, so let the client generate a fresh one.

Server side: check that the submission server can reach the IMAP server, that the URLAUTH-authorized URL resolves, and that the two servers have the trust relationship BURL requires.'),
    ('X.6.6', 'tr', 'how_to_fix', 'Gönderen tarafında: bu durum BURL kullanan istemcileri ilgilendirir (Lemonade profilinin parçası, RFC 5550); taslağı yeniden kaydetmek ya da iletiyi DATA ile olağan biçimde göndermek çoğunlukla işe yarar. Süresi dolmuş ya da iptal edilmiş bir URLAUTH adresi sık bir nedendir, bu yüzden istemcinin yenisini üretmesini sağlayın.

Sunucu tarafında: gönderim sunucusunun IMAP sunucusuna erişebildiğini, URLAUTH ile yetkilendirilmiş adresin çözümlendiğini ve iki sunucu arasında BURL için gereken güven ilişkisinin kurulu olduğunu denetleyin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.6', 1, 'RFC 4468', '5');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.6', '554', 1),
    ('X.6.6', '451', 2),
    ('X.6.6', 'X.7.14', 3),
    ('X.6.6', 'X.4.1', 4);

-- X.6.7
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.7', 'en', 'title', 'Non-ASCII Addresses Not Permitted for That Sender/Recipient'),
    ('X.6.7', 'tr', 'title', 'Bu gönderen ya da alıcı için ASCII dışı adreslere izin verilmiyor'),
    ('X.6.7', 'en', 'description', 'A MAIL FROM or RCPT TO named an internationalized address, one with non-ASCII characters such as ü or ç in the local part, and the server will not accept it for that sender or recipient. Under RFC 6531 such addresses need the SMTPUTF8 extension on both sides; the code says the form of the address was refused, not that the mailbox does not exist. Normally permanent (5.6.7).'),
    ('X.6.7', 'tr', 'description', 'MAIL FROM ya da RCPT TO komutu uluslararasılaştırılmış bir adres, yani yerel kısmında ü ya da ç gibi ASCII dışı karakterler bulunan bir adres içermektedir ve sunucu bunu o gönderen veya alıcı için kabul etmez. RFC 6531 belgesine göre bu tür adresler her iki tarafta da SMTPUTF8 uzantısını gerektirir; kod, posta kutusunun olmadığını değil, adresin bu biçiminin reddedildiğini söyler. Genellikle kalıcıdır (5.6.7).'),
    ('X.6.7', 'en', 'seen_when', 'RFC 6531 (section 3.5) pairs it with 553 for RCPT TO and 550 for MAIL FROM. A sending MTA also produces 5.6.7 bounces itself when the next hop does not advertise SMTPUTF8 and the envelope contains a non-ASCII address.'),
    ('X.6.7', 'tr', 'seen_when', 'RFC 6531 (bölüm 3.5) kodu RCPT TO için 553, MAIL FROM için 550 ile eşleştirir. Bir sonraki sunucu SMTPUTF8 duyurmuyorsa ve zarfta ASCII dışı bir adres varsa, gönderen MTA da kendiliğinden 5.6.7 kodlu teslim edilemedi bildirimleri üretir.'),
    ('X.6.7', 'en', 'how_to_fix', 'Sender side: if the recipient has an ASCII alias, use it; otherwise the mail has to pass through servers that support SMTPUTF8 from end to end, which Gmail does but many smaller systems do not. If your own address is internationalized, keep an ASCII alternative for correspondents whose systems cannot handle it.

Server side: enable SMTPUTF8 (Postfix 3.0 or later with smtputf8_enable = yes, Exim built with SUPPORT_I18N) and check that the mailbox store and directory can hold UTF-8 local parts.'),
    ('X.6.7', 'tr', 'how_to_fix', 'Gönderen tarafında: alıcının ASCII bir takma adresi varsa onu kullanın; yoksa postanın baştan sona SMTPUTF8 destekleyen sunuculardan geçmesi gerekir; Gmail bunu destekler ama birçok küçük sistem desteklemez. Kendi adresiniz uluslararasılaştırılmışsa, sistemleri bunu işleyemeyen yazışma ortaklarınız için ASCII bir seçenek bulundurun.

Sunucu tarafında: SMTPUTF8 desteğini açın (Postfix 3.0 ve sonrasında smtputf8_enable = yes, Exim''de SUPPORT_I18N ile derleme) ve posta kutusu deposunun ve dizinin UTF-8 yerel kısımları saklayabildiğini denetleyin.'),
    ('X.6.7', 'en', 'note', 'RFC 5336, the experimental predecessor of RFC 6531 and now obsolete, used the same code for "The ALT-ADDRESS is required but not specified", tied to its scheme of ASCII fallback addresses. RFC 6531 dropped ALT-ADDRESS and gave X.6.7 its current meaning; some older code tables, such as the comment block in the sisimai library, still print the old text.'),
    ('X.6.7', 'tr', 'note', 'RFC 6531 belgesinin deneysel ve artık geçersiz öncülü RFC 5336, aynı kodu ASCII yedek adres düzeniyle bağlantılı olarak "The ALT-ADDRESS is required but not specified" anlamında kullanıyordu. RFC 6531, ALT-ADDRESS mekanizmasını kaldırmış ve X.6.7 koduna bugünkü anlamını vermiştir; sisimai kitaplığının yorum bloğu gibi bazı eski kod tabloları hâlâ eski metni gösterir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.7', 1, 'RFC 6531', '3.5');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.7', '553', 1),
    ('X.6.7', '550', 2),
    ('X.6.7', 'X.6.8', 3),
    ('X.6.7', 'X.6.9', 4),
    ('X.6.7', 'X.1.3', 5);

-- X.6.8
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.8', 'en', 'title', 'UTF-8 String Reply Is Required, but Not Permitted by the SMTP Client'),
    ('X.6.8', 'tr', 'title', 'UTF-8 içeren yanıt gerekiyor ama istemci buna izin vermiyor'),
    ('X.6.8', 'en', 'description', 'The honest answer to the client, typically to VRFY or EXPN, would have to contain a UTF-8 mailbox name, but the client did not signal that it accepts UTF-8 in replies (it did not give the SMTPUTF8 parameter with the command). Rather than sending UTF-8 to a client that may not handle it, the server withholds the name or refuses the request.'),
    ('X.6.8', 'tr', 'description', 'İstemciye verilecek doğru yanıt, genellikle VRFY ya da EXPN için, UTF-8 bir posta kutusu adı içermek zorundadır; ama istemci yanıtlarda UTF-8 kabul ettiğini belirtmemiştir (komutla birlikte SMTPUTF8 parametresini göndermemiştir). Sunucu, bunu işleyemeyebilecek bir istemciye UTF-8 göndermek yerine adı saklar ya da isteği reddeder.'),
    ('X.6.8', 'en', 'seen_when', 'RFC 6531 (section 3.7.4.2) pairs it with 252 when the server will still accept mail for the address without showing it, and with 553 or 550 when it refuses. Only administrators and test tools meet it, since ordinary mail delivery does not use VRFY or EXPN.'),
    ('X.6.8', 'tr', 'seen_when', 'RFC 6531 (bölüm 3.7.4.2) kodu, sunucu adresi göstermeden o adrese posta kabul etmeyi sürdürüyorsa 252 ile, isteği reddediyorsa 553 ya da 550 ile eşleştirir. Olağan posta teslimi VRFY ya da EXPN kullanmadığından bu yanıtla yalnızca yöneticiler ve test araçları karşılaşır.'),
    ('X.6.8', 'en', 'how_to_fix', 'Sender side: repeat VRFY or EXPN with the SMTPUTF8 parameter if your tool supports it, or simply send the message: a 252 means the server will accept mail for the address anyway.

Server side: nothing is wrong; this is the reply RFC 6531 requires. If it surprises you, check whether VRFY and EXPN are enabled on purpose, since most public servers disable them to prevent address harvesting.'),
    ('X.6.8', 'tr', 'how_to_fix', 'Gönderen tarafında: aracınız destekliyorsa VRFY ya da EXPN komutunu SMTPUTF8 parametresiyle yineleyin ya da doğrudan iletiyi gönderin: 252 yanıtı, sunucunun o adrese yine de posta kabul edeceği anlamına gelir.

Sunucu tarafında: ortada bir hata yoktur; RFC 6531 belgesinin istediği yanıt budur. Sizi şaşırttıysa VRFY ve EXPN komutlarının bilerek mi açık olduğunu denetleyin; çoğu herkese açık sunucu adres toplanmasını önlemek için bunları kapatır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.8', 1, 'RFC 6531', '3.7.4.2');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.8', '252', 1),
    ('X.6.8', '553', 2),
    ('X.6.8', '550', 3),
    ('X.6.8', 'X.6.7', 4),
    ('X.6.8', 'X.6.10', 5);

-- X.6.9
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.9', 'en', 'title', 'UTF-8 Header Message Cannot Be Transferred to One or More Recipients, So the Message Must Be Rejected'),
    ('X.6.9', 'tr', 'title', 'UTF-8 başlıklı ileti bazı alıcılara iletilemediği için reddedildi'),
    ('X.6.9', 'en', 'description', 'The message has internationalized (raw UTF-8) header fields, and after the end of DATA the server found that it cannot pass such a message on to at least one recipient, typically because a later hop does not support SMTPUTF8. Since DATA gets one reply for all recipients, the whole message is refused. Normally permanent (5.6.9).'),
    ('X.6.9', 'tr', 'description', 'İletide uluslararasılaştırılmış (ham UTF-8) başlık alanları vardır ve sunucu DATA sonunda böyle bir iletiyi alıcılardan en az birine iletemeyeceğini anlamıştır; genellikle sonraki bir sunucu SMTPUTF8 desteklemediği için. DATA komutuna tüm alıcılar için tek bir yanıt verildiğinden iletinin tamamı reddedilir. Genellikle kalıcıdır (5.6.9).'),
    ('X.6.9', 'en', 'seen_when', 'Only after the final "." of DATA. The IANA registry lists it with 550, while RFC 6531 (section 3.5) shows it with 554, so both 550 5.6.9 and 554 5.6.9 occur. Sending MTAs also produce 5.6.9 bounces on their own when the message has UTF-8 header fields and the next hop lacks SMTPUTF8.'),
    ('X.6.9', 'tr', 'seen_when', 'Yalnızca DATA komutunu bitiren "." satırından sonra görülür. IANA kaydı kodu 550 ile, RFC 6531 (bölüm 3.5) ise 554 ile birlikte gösterir; bu yüzden hem 550 5.6.9 hem de 554 5.6.9 görülür. İletide UTF-8 başlık alanları varsa ve bir sonraki sunucu SMTPUTF8 desteklemiyorsa, gönderen MTA''lar da kendiliğinden 5.6.9 kodlu teslim edilemedi bildirimleri üretir.'),
    ('X.6.9', 'en', 'how_to_fix', 'Sender side: when the recipient''s system cannot handle internationalized mail, send from an ASCII address; mail clients then encode non-ASCII names and subjects in the traditional MIME form (RFC 2047), which every server accepts.

Server side: enable SMTPUTF8 on every hop the mail passes through (relays, filters, the final store); a single hop without it is enough to cause this rejection.'),
    ('X.6.9', 'tr', 'how_to_fix', 'Gönderen tarafında: alıcının sistemi uluslararasılaştırılmış postayı işleyemiyorsa ASCII bir adresten gönderin; e-posta istemcileri bu durumda ASCII dışı adları ve konuları her sunucunun kabul ettiği geleneksel MIME biçiminde (RFC 2047) kodlar.

Sunucu tarafında: postanın geçtiği her sunucuda (aktarma sunucuları, filtreler, son depo) SMTPUTF8 desteğini açın; bu desteği olmayan tek bir sunucu bile bu reddin gerçekleşmesine yeter.'),
    ('X.6.9', 'en', 'note', 'Sources disagree on the basic code: RFC 6531 (section 3.5) uses 554 with X.6.9 for a rejection after the end of DATA, while the IANA registry lists 550 as the associated code. Both are permanent failures, and a client should act on the 5 class in either case.'),
    ('X.6.9', 'tr', 'note', 'Kaynaklar temel kod konusunda ayrışır: RFC 6531 (bölüm 3.5), DATA sonundaki ret için X.6.9 ile birlikte 554 kullanır; IANA kaydı ise ilişkili kod olarak 550 yazar. İkisi de kalıcı hatadır ve istemci her iki durumda da 5 sınıfına göre davranmalıdır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.9', 1, 'RFC 6531', '3.5');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.9', '554', 1),
    ('X.6.9', '550', 2),
    ('X.6.9', 'X.6.7', 3),
    ('X.6.9', 'X.6.3', 4);

-- X.6.10
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.6.10', 'en', 'title', 'Deprecated (Duplicate of X.6.8)'),
    ('X.6.10', 'tr', 'title', 'Kullanımdan kaldırıldı (X.6.8 kodunun kopyası)'),
    ('X.6.10', 'en', 'description', 'Not a status of its own: X.6.10 was entered in the registry by mistake as a second code for the condition that X.6.8 already covers, a reply that would need UTF-8 the client has not allowed. The registry marks it deprecated, and no server should send it.'),
    ('X.6.10', 'tr', 'description', 'Kendine ait bir durum değildir: X.6.10, X.6.8 kodunun zaten kapsadığı durum (istemcinin izin vermediği UTF-8 içeriği gerektiren bir yanıt) için IANA kaydına yanlışlıkla ikinci bir kod olarak girilmiştir. IANA kaydı onu kullanımdan kaldırılmış olarak işaretler ve hiçbir sunucu bu kodu göndermemelidir.'),
    ('X.6.10', 'en', 'seen_when', 'It should never be sent, and the registry gives it neither a reply text nor a basic code. If it appears in a bounce, the software took it from an outdated code table; read it as X.6.8.'),
    ('X.6.10', 'tr', 'seen_when', 'Hiç gönderilmemelidir; IANA kaydı ona ne bir yanıt metni ne de bir temel kod verir. Bir teslim edilemedi bildiriminde görülürse, yazılım onu güncelliğini yitirmiş bir kod tablosundan almıştır; X.6.8 olarak okuyun.'),
    ('X.6.10', 'en', 'how_to_fix', 'Sender side: handle it exactly like X.6.8; nothing in your message needs to change because of the code itself.

Server side: if your software emits X.6.10, change it to X.6.8 (or to X.6.7 or X.6.9 if that is the actual condition), and update any code table that still lists it as current.'),
    ('X.6.10', 'tr', 'how_to_fix', 'Gönderen tarafında: tam olarak X.6.8 gibi ele alın; kodun kendisi yüzünden iletinizde değiştirmeniz gereken bir şey yoktur.

Sunucu tarafında: yazılımınız X.6.10 üretiyorsa bunu X.6.8 ile (gerçek durum buysa X.6.7 ya da X.6.9 ile) değiştirin ve onu hâlâ geçerli gösteren kod tablolarını güncelleyin.'),
    ('X.6.10', 'en', 'note', 'Deprecated in the IANA registry: it duplicates X.6.8 and was registered in error alongside the RFC 6531 codes. Some older code lists still show it as an active code with a meaning of its own.'),
    ('X.6.10', 'tr', 'note', 'IANA kaydında kullanımdan kaldırılmıştır: X.6.8 kodunu yineler ve RFC 6531 kodlarıyla birlikte yanlışlıkla kaydedilmiştir. Bazı eski kod listeleri onu hâlâ kendine özgü anlamı olan etkin bir kod gibi gösterir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.6.10', 1, 'RFC 6531', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.6.10', 'X.6.8', 1),
    ('X.6.10', 'X.6.7', 2),
    ('X.6.10', '252', 3);

-- X.7.0
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.0', 'en', 'title', 'Other or Undefined Security Status'),
    ('X.7.0', 'tr', 'title', 'Diğer veya tanımsız güvenlik durumu'),
    ('X.7.0', 'en', 'description', 'A security or policy condition that no more specific X.7 detail describes, or one the server will not describe further because its security policy says so. As 2.7.0 it marks success in a security exchange, such as completed authentication; as 4.7.0 a temporary security or policy problem; as 5.7.0 a permanent refusal on those grounds.'),
    ('X.7.0', 'tr', 'description', 'Daha belirli bir X.7 ayrıntısıyla anlatılamayan ya da sunucunun, güvenlik politikası gereği daha fazla açıklamadığı bir güvenlik veya politika durumunu bildirir. 2.7.0 olarak başarıyla tamamlanan bir kimlik doğrulama gibi güvenlikle ilgili bir adımın başarısını, 4.7.0 olarak geçici bir güvenlik ya da politika sorununu, 5.7.0 olarak da bu gerekçelerle verilmiş kalıcı bir reddi gösterir.'),
    ('X.7.0', 'en', 'seen_when', 'The registry pairs it with 220, 235, 450, 454, 500, 501, 503, 504, 530, 535 and 550. RFC 4954 and RFC 3207 use it in "235 2.7.0 Authentication successful", "454 4.7.0 Temporary authentication failure", "530 5.7.0 Authentication required" and "530 5.7.0 Must issue a STARTTLS command first". Postfix answers STARTTLS with "454 4.7.0 TLS not available due to local problem" when it cannot load its certificate or key.'),
    ('X.7.0', 'tr', 'seen_when', 'IANA kaydı kodu 220, 235, 450, 454, 500, 501, 503, 504, 530, 535 ve 550 ile eşleştirir. RFC 4954 ve RFC 3207 bu kodu "235 2.7.0 Authentication successful", "454 4.7.0 Temporary authentication failure", "530 5.7.0 Authentication required" ve "530 5.7.0 Must issue a STARTTLS command first" yanıtlarında kullanır. Postfix, sertifikasını ya da anahtarını yükleyemediğinde STARTTLS komutuna "454 4.7.0 TLS not available due to local problem" ile yanıt verir.'),
    ('X.7.0', 'en', 'how_to_fix', 'Sender side: the text matters more than the code. For 530 5.7.0, switch on STARTTLS and SMTP authentication in the client and use port 587; for 454 4.7.0, wait and retry, since the problem is on the server; for other 5.7.0 refusals, the text or the provider''s help page names the policy involved.

Server side: when STARTTLS gets 454 4.7.0, check the certificate and key files and their permissions (Postfix smtpd_tls_cert_file and smtpd_tls_key_file, or smtpd_tls_chain_files) and the log line just before; in your own policy replies, prefer a more specific X.7 code.'),
    ('X.7.0', 'tr', 'how_to_fix', 'Gönderen tarafında: koddan çok metin önemlidir. 530 5.7.0 için istemcide STARTTLS ve SMTP kimlik doğrulamasını açın ve 587 portunu kullanın; 454 4.7.0 için sorun sunucuda olduğundan bekleyip yeniden deneyin; diğer 5.7.0 retlerinde ilgili politikayı yanıt metni ya da sağlayıcının yardım sayfası söyler.

Sunucu tarafında: STARTTLS komutuna 454 4.7.0 dönüyorsa sertifika ve anahtar dosyalarını ve izinlerini (Postfix''te smtpd_tls_cert_file ile smtpd_tls_key_file ya da smtpd_tls_chain_files) ve hemen öncesindeki günlük satırını inceleyin; kendi politika yanıtlarınızda daha belirli bir X.7 kodunu tercih edin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.0', 1, 'RFC 3463', '3.8'),
    ('X.7.0', 2, 'RFC 4954', '6');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.0', '530', 1),
    ('X.7.0', '454', 2),
    ('X.7.0', '535', 3),
    ('X.7.0', 'X.7.1', 4),
    ('X.7.0', 'X.7.8', 5);

-- X.7.1
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.1', 'en', 'title', 'Delivery Not Authorized, Message Refused'),
    ('X.7.1', 'tr', 'title', 'Teslim yetkisi yok, ileti reddedildi'),
    ('X.7.1', 'en', 'description', 'The sender is not allowed to send this message to this destination. It covers the whole range of per-host and per-recipient policy: relaying refused, a blocklisted IP address, a spam or content filter verdict, a recipient that accepts mail only from certain senders. RFC 3463 calls it useful only as a permanent error (5.7.1), yet 4.7.1 is common in practice for temporary policy blocks and deferrals.'),
    ('X.7.1', 'tr', 'description', 'Gönderenin bu iletiyi bu hedefe gönderme izni yoktur. Sunucuya ve alıcıya özgü politikaların tamamını kapsar: reddedilen aktarma, kara listeye (DNSBL) alınmış bir IP adresi, istenmeyen ileti (spam) ya da içerik filtresinin kararı, yalnızca belirli gönderenlerden posta kabul eden bir alıcı. RFC 3463 kodun yalnızca kalıcı hata olarak (5.7.1) anlamlı olduğunu söyler, ama uygulamada geçici politika engelleri ve ertelemeler için 4.7.1 de yaygındır.'),
    ('X.7.1', 'en', 'seen_when', 'Mostly with 550 and 554; the registry lists 451, 454, 502, 503, 533, 550 and 551. Typical texts: Postfix "554 5.7.1 <user@example.com>: Relay access denied" and "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", Exchange "550 5.7.1 Unable to relay", Gmail "550 5.7.1 ... this message is likely unsolicited mail", and "450 4.7.1 Client host rejected: cannot find your hostname" for a client without reverse DNS.'),
    ('X.7.1', 'tr', 'seen_when', 'Çoğunlukla 550 ve 554 ile gelir; IANA kaydı 451, 454, 502, 503, 533, 550 ve 551 kodlarını sayar. Tipik metinler: Postfix''ten "554 5.7.1 <user@example.com>: Relay access denied" ve "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", Exchange''den "550 5.7.1 Unable to relay", Gmail''den "550 5.7.1 ... this message is likely unsolicited mail" ve ters DNS kaydı olmayan bir istemci için "450 4.7.1 Client host rejected: cannot find your hostname".'),
    ('X.7.1', 'en', 'how_to_fix', 'Sender side: read the text. "Relay access denied" or "Unable to relay" means the server does not know you, so enable SMTP authentication and send through port 587; a blocklist name means your IP address is listed, so look it up on that list''s website and follow its delisting procedure after fixing the cause; a spam verdict calls for SPF, DKIM and DMARC records and a cleaner list or content.

Server side: check the relay restrictions (Postfix smtpd_relay_restrictions and mynetworks) before loosening anything, and never allow unauthenticated relaying, which turns the server into an open relay.'),
    ('X.7.1', 'tr', 'how_to_fix', 'Gönderen tarafında: yanıt metnini okuyun. "Relay access denied" ya da "Unable to relay" sunucunun sizi tanımadığı anlamına gelir; SMTP kimlik doğrulamasını açın ve 587 portu üzerinden gönderin. Metinde bir kara liste adı geçiyorsa IP adresiniz listelenmiştir; nedeni giderdikten sonra o listenin sitesinde adresinizi sorgulayıp listeden çıkarma adımlarını izleyin. İstenmeyen ileti kararı ise SPF, DKIM ve DMARC kayıtlarını ve daha temiz bir alıcı listesini ya da içeriği gerektirir.

Sunucu tarafında: herhangi bir kısıtlamayı gevşetmeden önce aktarma kurallarını (Postfix''te smtpd_relay_restrictions ve mynetworks) denetleyin ve kimliği doğrulanmamış aktarmaya asla izin vermeyin; bu, sunucuyu açık aktarıcıya dönüştürür.'),
    ('X.7.1', 'en', 'note', 'RFC 3463 describes X.7.1 as useful only as a permanent error, but the registry also pairs it with 451 and 454, and servers routinely send 450 4.7.1 or 451 4.7.1 for greylisting and other temporary policy deferrals (Postfix''s DEFER_IF_PERMIT results, for instance). Go by the class: 4.7.1 is worth retrying, 5.7.1 is not without a change.'),
    ('X.7.1', 'tr', 'note', 'RFC 3463, X.7.1 kodunun yalnızca kalıcı hata olarak anlamlı olduğunu söyler; ancak IANA kaydı onu 451 ve 454 ile de eşleştirir ve sunucular gri listeleme ile diğer geçici politika ertelemeleri için sıklıkla 450 4.7.1 ya da 451 4.7.1 gönderir (örneğin Postfix''in DEFER_IF_PERMIT sonuçları). Sınıfa göre davranın: 4.7.1 yeniden denemeye değer, 5.7.1 ise bir şey değişmeden denenmemelidir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.1', 1, 'RFC 3463', '3.8');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.1', '550', 1),
    ('X.7.1', '554', 2),
    ('X.7.1', '451', 3),
    ('X.7.1', 'X.7.26', 4),
    ('X.7.1', 'X.7.23', 5);

-- X.7.2
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.2', 'en', 'title', 'Mailing List Expansion Prohibited'),
    ('X.7.2', 'tr', 'title', 'Posta listesine gönderim yasak'),
    ('X.7.2', 'en', 'description', 'The sender is not allowed to send to the mailing list or distribution group named as recipient. The list exists and works; what is refused is this sender''s right to post to it. RFC 3463 defines it as permanent (5.7.2).'),
    ('X.7.2', 'tr', 'description', 'Gönderenin alıcı olarak belirtilen posta listesine ya da dağıtım grubuna gönderme izni yoktur. Liste vardır ve çalışır; reddedilen, bu gönderenin listeye ileti gönderme hakkıdır. RFC 3463 kodu kalıcı olarak tanımlar (5.7.2).'),
    ('X.7.2', 'en', 'seen_when', 'The registry pairs it with 550, at RCPT TO, after DATA, or in a bounce from the list server. Typical situations are lists that accept posts only from members, moderated announcement lists, and corporate distribution groups restricted to internal or authenticated senders; many servers report the same situation with 5.7.1 instead.'),
    ('X.7.2', 'tr', 'seen_when', 'IANA kaydı kodu 550 ile eşleştirir; RCPT TO aşamasında, DATA sonrasında ya da liste sunucusunun teslim edilemedi bildiriminde görülür. Tipik durumlar yalnızca üyelerden ileti kabul eden listeler, moderatörlü duyuru listeleri ve iç ya da kimliği doğrulanmış gönderenlerle sınırlı kurumsal dağıtım gruplarıdır; birçok sunucu aynı durumu bunun yerine 5.7.1 ile bildirir.'),
    ('X.7.2', 'en', 'how_to_fix', 'Sender side: post from the exact address that is subscribed (aliases and "send as" addresses count as different senders), subscribe first, or ask the list owner to allow your address.

Server side: check the group''s delivery restrictions, for example Exchange''s "Require that all senders are authenticated" setting and its list of allowed senders, or the list manager''s non-member and moderation settings in Mailman.'),
    ('X.7.2', 'tr', 'how_to_fix', 'Gönderen tarafında: listeye kayıtlı olan adresin tam olarak kendisinden gönderin (takma adresler ve "farklı gönder" adresleri ayrı gönderen sayılır); bu mümkün değilse önce listeye üye olun ya da liste sahibinden adresinize izin vermesini isteyin.

Sunucu tarafında: grubun teslim kısıtlamalarını denetleyin; örneğin Exchange''deki "Require that all senders are authenticated" ayarını ve izin verilen gönderenler listesini ya da Mailman''deki üye olmayanlar ve moderasyon ayarlarını.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.2', 1, 'RFC 3463', '3.8');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.2', '550', 1),
    ('X.7.2', 'X.7.1', 2),
    ('X.7.2', 'X.2.4', 3);

-- X.7.3
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.3', 'en', 'title', 'Security Conversion Required but Not Possible'),
    ('X.7.3', 'tr', 'title', 'Güvenlik dönüşümü gerekli ama yapılamıyor'),
    ('X.7.3', 'en', 'description', 'Delivery needed the message to be converted from one secure messaging protocol to another, for example at a gateway between Internet mail and another secure messaging system, and that conversion was not possible. RFC 3463 defines it as permanent (5.7.3). It is rare today in its registry meaning.'),
    ('X.7.3', 'tr', 'description', 'Teslim için iletinin bir güvenli mesajlaşma protokolünden diğerine dönüştürülmesi gerekmiş, örneğin İnternet postası ile başka bir güvenli mesajlaşma sistemi arasındaki bir ağ geçidinde, ama bu dönüştürme yapılamamıştır. RFC 3463 kodu kalıcı olarak tanımlar (5.7.3). IANA kaydındaki anlamıyla bugün nadiren görülür.'),
    ('X.7.3', 'en', 'seen_when', 'The registry names no basic code; in its registry sense it comes with 554 or in a gateway''s bounce. Far more often 5.7.3 is seen with a different meaning: Microsoft''s SMTP submission service answers failed logins with "535 5.7.3 Authentication unsuccessful", which has nothing to do with security conversion.'),
    ('X.7.3', 'tr', 'seen_when', 'IANA kaydı bir temel kod belirtmez; IANA kaydındaki anlamıyla 554 ile ya da bir ağ geçidinin teslim edilemedi bildiriminde görülür. 5.7.3 çok daha sık başka bir anlamla karşımıza çıkar: Microsoft''un SMTP gönderim hizmeti başarısız oturum açma denemelerine "535 5.7.3 Authentication unsuccessful" ile yanıt verir; bunun güvenlik dönüşümüyle ilgisi yoktur.'),
    ('X.7.3', 'en', 'how_to_fix', 'Sender side: for Microsoft''s 535 5.7.3, the user name or password is wrong, or basic authentication for SMTP is blocked for the mailbox or the tenant; check the credentials and ask the administrator to allow authenticated SMTP or move the application to OAuth. For a genuine security conversion failure, send the message in a format the recipient''s gateway supports.

Server side: in Microsoft 365, SMTP AUTH is enabled per mailbox with Set-CASMailbox -SmtpClientAuthenticationDisabled $false and must not be blocked tenant-wide or by security defaults; for gateways, configure the secure formats you need to convert between.'),
    ('X.7.3', 'tr', 'how_to_fix', 'Gönderen tarafında: Microsoft''un 535 5.7.3 yanıtında kullanıcı adı ya da parola yanlıştır veya posta kutusu ya da kiracı için SMTP''de temel kimlik doğrulama engellenmiştir; kimlik bilgilerini denetleyin ve yöneticiden kimliği doğrulanmış SMTP''ye izin vermesini ya da uygulamayı OAuth''a taşımasını isteyin. Gerçek bir güvenlik dönüşümü hatasında iletiyi alıcının ağ geçidinin desteklediği bir biçimde gönderin.

Sunucu tarafında: Microsoft 365 ortamında SMTP AUTH posta kutusu başına Set-CASMailbox -SmtpClientAuthenticationDisabled $false ile açılır ve kiracı genelinde ya da güvenlik varsayılanlarıyla engellenmemelidir; ağ geçitlerinde ise aralarında dönüştürme yapılacak güvenli biçimleri yapılandırın.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.3', 1, 'RFC 3463', '3.8');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.3', '554', 1),
    ('X.7.3', '535', 2),
    ('X.7.3', 'X.7.4', 3),
    ('X.7.3', 'X.7.5', 4),
    ('X.7.3', 'X.6.2', 5);

-- X.7.4
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.4', 'en', 'title', 'Security Features Not Supported'),
    ('X.7.4', 'tr', 'title', 'Güvenlik özellikleri desteklenmiyor'),
    ('X.7.4', 'en', 'description', 'The message or the session asked for a security feature, such as a particular secure authentication method, that the delivery protocol or this server cannot provide. RFC 3463 defines it as permanent (5.7.4). In practice it is mostly about authentication mechanisms and TLS that one side requires and the other does not offer.'),
    ('X.7.4', 'tr', 'description', 'İleti ya da oturum, teslim protokolünün veya bu sunucunun sağlayamadığı bir güvenlik özelliği, örneğin belirli bir güvenli kimlik doğrulama yöntemi istemiştir. RFC 3463 kodu kalıcı olarak tanımlar (5.7.4). Uygulamada çoğunlukla bir tarafın zorunlu tuttuğu, diğer tarafın ise sunmadığı kimlik doğrulama mekanizmaları ve TLS ile ilgilidir.'),
    ('X.7.4', 'en', 'seen_when', 'The registry pairs it with 504. Exchange and Microsoft 365 answer an AUTH mechanism they do not offer with "504 5.7.4 Unrecognized authentication type", common when basic authentication (AUTH LOGIN) is disabled on the connector. Postfix uses 4.7.4 in its own deferrals ("TLS is required, but was not offered by host ...") when a TLS policy demands encryption that the remote server does not advertise.'),
    ('X.7.4', 'tr', 'seen_when', 'IANA kaydı kodu 504 ile eşleştirir. Exchange ve Microsoft 365, sunmadıkları bir AUTH mekanizmasına "504 5.7.4 Unrecognized authentication type" ile yanıt verir; bağlayıcıda temel kimlik doğrulama (AUTH LOGIN) kapatıldığında sık görülür. Postfix, bir TLS politikası karşı sunucunun duyurmadığı şifrelemeyi (TLS) zorunlu kıldığında kendi ertelemelerinde 4.7.4 kullanır ("TLS is required, but was not offered by host ...").'),
    ('X.7.4', 'en', 'how_to_fix', 'Sender side: use only mechanisms that the server lists on its AUTH line after STARTTLS (openssl s_client -starttls smtp -connect host:587 shows them), and make sure the client issues STARTTLS before AUTH; for Microsoft 365, use OAuth or have SMTP AUTH enabled for the mailbox.

Server side: offer the mechanisms your clients need, for example basic authentication over TLS on an Exchange receive connector; for outbound TLS policies, check whether the remote really lacks STARTTLS or a firewall or middlebox strips it from the EHLO reply.'),
    ('X.7.4', 'tr', 'how_to_fix', 'Gönderen tarafında: yalnızca sunucunun STARTTLS sonrasında AUTH satırında listelediği mekanizmaları kullanın (openssl s_client -starttls smtp -connect sunucu:587 bunları gösterir) ve istemcinin AUTH öncesinde STARTTLS gönderdiğinden emin olun; Microsoft 365 için OAuth kullanın ya da posta kutusunda SMTP AUTH özelliğini açtırın.

Sunucu tarafında: istemcilerinizin ihtiyaç duyduğu mekanizmaları sunun, örneğin bir Exchange alma bağlayıcısında TLS üzerinden temel kimlik doğrulamayı; giden TLS politikalarında karşı sunucunun gerçekten STARTTLS desteğinden yoksun mu olduğunu, yoksa bir güvenlik duvarının ya da ara cihazın bunu EHLO yanıtından mı sildiğini denetleyin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.4', 1, 'RFC 3463', '3.8');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.4', '504', 1),
    ('X.7.4', '530', 2),
    ('X.7.4', 'X.7.10', 3),
    ('X.7.4', 'X.7.11', 4),
    ('X.7.4', 'X.7.3', 5);

-- X.7.5
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.5', 'en', 'title', 'Cryptographic Failure'),
    ('X.7.5', 'tr', 'title', 'Kriptografik hata'),
    ('X.7.5', 'en', 'description', 'A system that is entitled to verify or decrypt the message in transit could not do so, because the key or similar material it needed was missing or invalid. It concerns message-level security (S/MIME, PGP, encryption gateways), and some MTAs also use it for TLS failures such as a certificate that cannot be verified. Temporary or permanent depending on whether the key problem can be expected to go away.'),
    ('X.7.5', 'tr', 'description', 'İletiyi aktarım sırasında doğrulama ya da şifresini çözme yetkisi olan bir sistem, gereken anahtar veya benzeri bilgi eksik ya da geçersiz olduğu için bunu yapamamıştır. İleti düzeyindeki güvenliği (S/MIME, PGP, şifreleme ağ geçitleri) ilgilendirir; bazı MTA''lar bu kodu doğrulanamayan bir sertifika gibi TLS hataları için de kullanır. Anahtar sorununun giderilmesinin beklenip beklenmediğine göre geçici ya da kalıcı olabilir.'),
    ('X.7.5', 'en', 'seen_when', 'The registry names no basic code; typically 554 or 451. Encryption gateways use it when a recipient certificate or a private key is missing or expired. Postfix uses 4.7.5 in its own deferrals when TLS verification fails under a DANE, "verify" or "secure" policy, for example "Server certificate not verified".'),
    ('X.7.5', 'tr', 'seen_when', 'IANA kaydı bir temel kod belirtmez; genellikle 554 ya da 451 ile gelir. Şifreleme ağ geçitleri, bir alıcı sertifikası ya da özel anahtar eksik veya süresi dolmuş olduğunda bu kodu kullanır. Postfix, DANE, "verify" ya da "secure" politikası altında TLS doğrulaması başarısız olduğunda kendi ertelemelerinde 4.7.5 kullanır; örneğin "Server certificate not verified".'),
    ('X.7.5', 'en', 'how_to_fix', 'Sender side: for encrypted mail, make sure you used the recipient''s current certificate or public key; if it has expired, ask the recipient for a new one.

Server side: for TLS-related 4.7.5 deferrals, examine the remote certificate with openssl s_client -starttls smtp -connect mx.example.net:25; an expired certificate, a missing intermediate certificate, a name that does not match the MX host or a stale TLSA record are the usual causes. For gateway encryption, check the key store.'),
    ('X.7.5', 'tr', 'how_to_fix', 'Gönderen tarafında: şifreli postalarda alıcının güncel sertifikasını ya da açık anahtarını kullandığınızdan emin olun; süresi dolmuşsa alıcıdan yenisini isteyin.

Sunucu tarafında: TLS kaynaklı 4.7.5 ertelemelerinde karşı sunucunun sertifikasını openssl s_client -starttls smtp -connect mx.example.net:25 ile inceleyin; süresi dolmuş bir sertifika, eksik ara sertifika, MX sunucusunun adıyla eşleşmeyen bir ad ya da güncelliğini yitirmiş bir TLSA kaydı en sık nedenlerdir. Ağ geçidi şifrelemesinde anahtar deposunu denetleyin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.5', 1, 'RFC 3463', '3.8');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.5', '554', 1),
    ('X.7.5', '451', 2),
    ('X.7.5', 'X.7.6', 3),
    ('X.7.5', 'X.7.7', 4);

-- X.7.6
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.6', 'en', 'title', 'Cryptographic Algorithm Not Supported'),
    ('X.7.6', 'tr', 'title', 'Kriptografik algoritma desteklenmiyor'),
    ('X.7.6', 'en', 'description', 'A system entitled to verify or decrypt the message could not do so because it does not implement the algorithm that was used, for example an S/MIME message encrypted with a cipher the gateway lacks, or a signature algorithm it does not know. RFC 3463 fixes no class; it is usually permanent (5.7.6), since the same algorithm will fail again.'),
    ('X.7.6', 'tr', 'description', 'İletiyi doğrulama ya da şifresini çözme yetkisi olan bir sistem, kullanılan algoritmayı desteklemediği için bunu yapamamıştır; örneğin ağ geçidinin bilmediği bir şifreyle şifrelenmiş bir S/MIME iletisi ya da tanımadığı bir imza algoritması. RFC 3463 bir sınıf belirlemez; aynı algoritma yine başarısız olacağından genellikle kalıcıdır (5.7.6).'),
    ('X.7.6', 'en', 'seen_when', 'The registry names no basic code. It is rare, seen mostly in reports from encryption gateways and secure-mail appliances; the TLS counterpart (no shared cipher or protocol version) normally ends the handshake and shows up as a TLS error in the log rather than as an SMTP reply.'),
    ('X.7.6', 'tr', 'seen_when', 'IANA kaydı bir temel kod belirtmez. Nadir görülür, çoğunlukla şifreleme ağ geçitlerinin ve güvenli posta cihazlarının raporlarında karşımıza çıkar; TLS tarafındaki karşılığı (ortak bir şifreleme takımının ya da protokol sürümünün bulunmaması) ise genellikle el sıkışmayı sonlandırır ve SMTP yanıtı olarak değil, günlükte bir TLS hatası olarak görünür.'),
    ('X.7.6', 'en', 'how_to_fix', 'Sender side: configure the mail client or gateway to use widely supported algorithms, such as AES for S/MIME encryption and RSA or ECDSA with SHA-256 for signatures, and avoid obsolete ones such as 3DES or SHA-1.

Server side: update the gateway or its cryptographic library and enable the algorithms your correspondents use; the log names the algorithm that was refused.'),
    ('X.7.6', 'tr', 'how_to_fix', 'Gönderen tarafında: e-posta istemcisini ya da ağ geçidini yaygın desteklenen algoritmaları kullanacak biçimde ayarlayın; örneğin S/MIME şifrelemesi için AES, imzalar için SHA-256 ile RSA ya da ECDSA. 3DES veya SHA-1 gibi eskimiş algoritmalardan kaçının.

Sunucu tarafında: ağ geçidini ya da kriptografi kitaplığını güncelleyin ve yazışma ortaklarınızın kullandığı algoritmaları etkinleştirin; reddedilen algoritmanın adı günlükte yazar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.6', 1, 'RFC 3463', '3.8');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.6', '554', 1),
    ('X.7.6', 'X.7.5', 2),
    ('X.7.6', 'X.7.3', 3);

-- X.7.7
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.7', 'en', 'title', 'Message Integrity Failure'),
    ('X.7.7', 'tr', 'title', 'İleti bütünlüğü doğrulanamadı'),
    ('X.7.7', 'en', 'description', 'A system entitled to validate the message found that it had been corrupted or altered in transit, so the check failed. RFC 3463 allows it in every class: 2.7.7 as a warning on a delivered message, 4.7.7 or 5.7.7 as a failure. For DKIM failures specifically, the later codes X.7.20 to X.7.22 (RFC 7372) are the more precise choice.'),
    ('X.7.7', 'tr', 'description', 'İletiyi doğrulama yetkisi olan bir sistem, iletinin aktarım sırasında bozulduğunu ya da değiştirildiğini görmüş ve denetim başarısız olmuştur. RFC 3463 kodun her sınıfta kullanılmasına izin verir: 2.7.7 olarak teslim edilmiş bir iletideki uyarı, 4.7.7 ya da 5.7.7 olarak bir hata. Özellikle DKIM hataları için sonradan tanımlanan X.7.20–X.7.22 kodları (RFC 7372) daha kesin bir seçimdir.'),
    ('X.7.7', 'en', 'seen_when', 'The registry names no basic code; usually 550 or 554. Causes are broken S/MIME or PGP signatures and changes made by intermediaries: footers added by mailing lists or relays, MIME rewriting by antivirus gateways, or line-ending and encoding conversions.'),
    ('X.7.7', 'tr', 'seen_when', 'IANA kaydı bir temel kod belirtmez; genellikle 550 ya da 554 ile gelir. Nedenleri bozulmuş S/MIME ya da PGP imzaları ve aradaki sistemlerin yaptığı değişikliklerdir: posta listelerinin ya da aktarma sunucularının eklediği alt bilgiler, virüs tarama ağ geçitlerinin MIME yapısını yeniden yazması ya da satır sonu ve kodlama dönüşümleri.'),
    ('X.7.7', 'en', 'how_to_fix', 'Sender side: send directly rather than through a service that rewrites mail, and make sure signing happens after footers and disclaimers are added.

Server side: find the hop that changed the message (compare the Received header fields with the point where the signature was made) and stop it modifying signed mail, or have it re-sign; for forwarded mail, ARC can carry the original authentication results.'),
    ('X.7.7', 'tr', 'how_to_fix', 'Gönderen tarafında: postayı yeniden yazan bir hizmet yerine doğrudan gönderin ve imzalamanın alt bilgiler ile yasal uyarılar eklendikten sonra yapıldığından emin olun.

Sunucu tarafında: iletiyi değiştiren sunucuyu bulun (Received başlık alanlarını imzanın atıldığı noktayla karşılaştırarak) ve imzalı postaları değiştirmesini engelleyin ya da yeniden imzalamasını sağlayın; yönlendirilen postalarda ARC özgün kimlik doğrulama sonuçlarını taşıyabilir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.7', 1, 'RFC 3463', '3.8');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.7', '550', 1),
    ('X.7.7', '554', 2),
    ('X.7.7', 'X.7.5', 3),
    ('X.7.7', 'X.7.20', 4),
    ('X.7.7', 'X.7.29', 5);

-- X.7.8
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.8', 'en', 'title', 'Authentication Credentials Invalid'),
    ('X.7.8', 'tr', 'title', 'Kimlik bilgileri geçersiz'),
    ('X.7.8', 'en', 'description', 'AUTH failed because the credentials were wrong or insufficient. RFC 4954 asks the client to respond by prompting the user for new credentials, which is what separates it from a temporary authentication failure (454 4.7.0). It is the standard reply to a bad user name or password, normally 5.7.8.'),
    ('X.7.8', 'tr', 'description', 'AUTH komutu, kimlik bilgileri yanlış ya da yetersiz olduğu için başarısız olmuştur. RFC 4954 istemciden bu durumda kullanıcıdan yeni kimlik bilgileri istemesini bekler; onu geçici kimlik doğrulama hatasından (454 4.7.0) ayıran da budur. Yanlış kullanıcı adı ya da parolaya verilen standart yanıttır ve genellikle 5.7.8 biçimindedir.'),
    ('X.7.8', 'en', 'seen_when', 'With 535 ("535 5.7.8 Authentication credentials invalid" in RFC 4954); the registry also lists 554. Gmail says "535 5.7.8 Username and Password not accepted", Postfix "535 5.7.8 Error: authentication failed: ...". Microsoft 365 reports the same situation as 535 5.7.3 instead.'),
    ('X.7.8', 'tr', 'seen_when', '535 ile gelir (RFC 4954 belgesinde "535 5.7.8 Authentication credentials invalid"); IANA kaydı 554 kodunu da sayar. Gmail "535 5.7.8 Username and Password not accepted", Postfix "535 5.7.8 Error: authentication failed: ..." yanıtını verir. Microsoft 365 aynı durumu bunun yerine 535 5.7.3 ile bildirir.'),
    ('X.7.8', 'en', 'how_to_fix', 'Sender side: check the user name (usually the full email address) and the password, and whether the provider requires an app password: Gmail and Yahoo, for example, refuse the normal account password from mail clients when two-step verification is on. Also make sure the client authenticates against the right server and port (587 with STARTTLS or 465 with TLS).

Server side: the authentication log (Dovecot auth, Cyrus saslauthd) shows whether the user was unknown or the password wrong; streams of failures from one IP address are usually password guessing, which fail2ban or a rate limit should stop.'),
    ('X.7.8', 'tr', 'how_to_fix', 'Gönderen tarafında: kullanıcı adını (genellikle tam e-posta adresi) ve parolayı, ayrıca sağlayıcının uygulama parolası isteyip istemediğini denetleyin: örneğin Gmail ve Yahoo, iki adımlı doğrulama açıkken e-posta istemcilerinden gelen olağan hesap parolasını reddeder. İstemcinin doğru sunucu ve portta (STARTTLS ile 587 ya da TLS ile 465) kimlik doğruladığından da emin olun.

Sunucu tarafında: kimlik doğrulama günlüğü (Dovecot auth, Cyrus saslauthd) kullanıcının mı bilinmediğini yoksa parolanın mı yanlış olduğunu gösterir; tek bir IP adresinden art arda gelen hatalar genellikle parola tahminidir ve fail2ban ya da bir hız sınırıyla durdurulmalıdır.'),
    ('X.7.8', 'en', 'retry', 'Do not retry with the same credentials: clients that loop on 535 can lock the account or get the IP address blocked by brute-force protection. Retry only after the user has entered new credentials.'),
    ('X.7.8', 'tr', 'retry', 'Aynı kimlik bilgileriyle yeniden denemeyin: 535 yanıtında döngüye giren istemciler hesabı kilitleyebilir ya da IP adresinin kaba kuvvet korumasına takılmasına yol açabilir. Ancak kullanıcı yeni kimlik bilgileri girdikten sonra yeniden deneyin.'),
    ('X.7.8', 'en', 'note', 'RFC 4468 (BURL) as published used 5.7.8 for a missing trust relationship between the submission server and the IMAP server. Verified errata 895 and 896 moved that meaning to X.7.14, which RFC 5248 registered, so X.7.8 now means only invalid credentials; old BURL implementations may still send 554 5.7.8 for the trust case.'),
    ('X.7.8', 'tr', 'note', 'RFC 4468 (BURL) yayımlandığı haliyle, gönderim sunucusu ile IMAP sunucusu arasındaki güven ilişkisinin eksikliği için 5.7.8 kullanıyordu. Doğrulanmış 895 ve 896 numaralı düzeltmeler bu anlamı RFC 5248 ile kaydedilen X.7.14 koduna taşıdı; bu yüzden X.7.8 artık yalnızca geçersiz kimlik bilgileri anlamına gelir. Eski BURL uygulamaları güven durumu için hâlâ 554 5.7.8 gönderebilir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.8', 1, 'RFC 4954', '6'),
    ('X.7.8', 2, 'RFC 5248', '2.4');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.8', '535', 1),
    ('X.7.8', '554', 2),
    ('X.7.8', 'X.7.9', 3),
    ('X.7.8', 'X.7.13', 4),
    ('X.7.8', 'X.7.14', 5);

-- X.7.9
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.9', 'en', 'title', 'Authentication Mechanism Is Too Weak'),
    ('X.7.9', 'tr', 'title', 'Kimlik doğrulama mekanizması çok zayıf'),
    ('X.7.9', 'en', 'description', 'The SASL mechanism the client chose is weaker than the server''s policy allows for this user. RFC 4954 says the client should retry with a stronger mechanism. Usually sent as 5.7.9, since the same mechanism will be refused every time.'),
    ('X.7.9', 'tr', 'description', 'İstemcinin seçtiği SASL mekanizması, sunucu politikasının bu kullanıcı için izin verdiğinden daha zayıftır. RFC 4954 istemcinin daha güçlü bir mekanizmayla yeniden denemesini öngörür. Aynı mekanizma her seferinde reddedileceği için genellikle 5.7.9 olarak gönderilir.'),
    ('X.7.9', 'en', 'seen_when', 'With 534 ("534 5.7.9 Authentication mechanism is too weak" in RFC 4954). Gmail uses the code for "534 5.7.9 Application-specific password required" when an account with two-step verification is used with its normal password.'),
    ('X.7.9', 'tr', 'seen_when', '534 ile gelir (RFC 4954 belgesinde "534 5.7.9 Authentication mechanism is too weak"). Gmail bu kodu, iki adımlı doğrulaması açık bir hesap olağan parolasıyla kullanıldığında "534 5.7.9 Application-specific password required" yanıtında kullanır.'),
    ('X.7.9', 'en', 'how_to_fix', 'Sender side: choose a stronger mechanism from those the server offers (SCRAM-SHA-256, or OAUTHBEARER or XOAUTH2 instead of LOGIN or PLAIN); for Gmail, create an app password or switch the client to OAuth sign-in.

Server side: make sure the mechanisms you require are both advertised and supported by the clients your users run, and advertise PLAIN and LOGIN only after STARTTLS (Postfix smtpd_tls_auth_only = yes).'),
    ('X.7.9', 'tr', 'how_to_fix', 'Gönderen tarafında: sunucunun sunduğu mekanizmalar arasından daha güçlü olanı seçin (LOGIN ya da PLAIN yerine SCRAM-SHA-256 veya OAUTHBEARER ya da XOAUTH2); Gmail için bir uygulama parolası oluşturun ya da istemciyi OAuth ile oturum açacak biçimde ayarlayın.

Sunucu tarafında: zorunlu tuttuğunuz mekanizmaların hem duyurulduğundan hem de kullanıcılarınızın istemcilerince desteklendiğinden emin olun; PLAIN ve LOGIN mekanizmalarını yalnızca STARTTLS sonrasında duyurun (Postfix''te smtpd_tls_auth_only = yes).'),
    ('X.7.9', 'en', 'retry', 'Retry at once with a stronger mechanism from the server''s AUTH list, in the same session if the client supports it. Repeating the same mechanism fails every time, and a client that loops on it may trip brute-force protection.'),
    ('X.7.9', 'tr', 'retry', 'Sunucunun AUTH listesindeki daha güçlü bir mekanizmayla, istemci destekliyorsa aynı oturum içinde hemen yeniden deneyin. Aynı mekanizmayı yinelemek her seferinde başarısız olur ve bunda döngüye giren bir istemci kaba kuvvet korumasına takılabilir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.9', 1, 'RFC 4954', '6');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.9', '534', 1),
    ('X.7.9', 'X.7.8', 2),
    ('X.7.9', 'X.7.10', 3),
    ('X.7.9', 'X.7.11', 4);

-- X.7.10
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.10', 'en', 'title', 'Encryption Needed'),
    ('X.7.10', 'tr', 'title', 'Şifreleme gerekli'),
    ('X.7.10', 'en', 'description', 'The requested authentication mechanism, typically a clear-text one such as PLAIN or LOGIN, may only be used inside a strong encryption layer. The client can start TLS and authenticate again, or choose a stronger mechanism. RFC 5248 registered the code; it is seen as 5.7.10.'),
    ('X.7.10', 'tr', 'description', 'İstenen kimlik doğrulama mekanizması, genellikle PLAIN ya da LOGIN gibi açık metin kullanan bir mekanizma, yalnızca güçlü bir şifreleme katmanı içinde kullanılabilir. İstemci TLS başlatıp yeniden kimlik doğrulayabilir ya da daha güçlü bir mekanizma seçebilir. Kodu RFC 5248 kaydetmiştir; 5.7.10 biçiminde görülür.'),
    ('X.7.10', 'en', 'seen_when', 'The registry pairs it with 523, a basic code that no SMTP RFC defines. Real servers report the situation as "538 5.7.11 Encryption required for requested authentication mechanism" (RFC 4954) or refuse earlier with "530 5.7.0 Must issue a STARTTLS command first". Well-configured servers avoid it altogether by not advertising PLAIN and LOGIN until TLS is active.'),
    ('X.7.10', 'tr', 'seen_when', 'IANA kaydı kodu, hiçbir SMTP RFC belgesinin tanımlamadığı 523 temel koduyla eşleştirir. Gerçek sunucular bu durumu "538 5.7.11 Encryption required for requested authentication mechanism" (RFC 4954) ile bildirir ya da daha erken aşamada "530 5.7.0 Must issue a STARTTLS command first" ile reddeder. İyi yapılandırılmış sunucular, TLS etkin olana kadar PLAIN ve LOGIN duyurmayarak bu durumu hiç yaşatmaz.'),
    ('X.7.10', 'en', 'how_to_fix', 'Sender side: set the client''s connection security to STARTTLS on port 587 (or SSL/TLS on 465), so that AUTH happens inside the encrypted session; a security setting of "None" is the usual cause.

Server side: advertise clear-text mechanisms only after STARTTLS, e.g. Postfix smtpd_tls_auth_only = yes, or in Exim an authenticator condition such as server_advertise_condition = ${if def:tls_in_cipher}.'),
    ('X.7.10', 'tr', 'how_to_fix', 'Gönderen tarafında: istemcinin bağlantı güvenliği ayarını 587 portunda STARTTLS (ya da 465 portunda SSL/TLS) olarak belirleyin; böylece AUTH şifreli oturumun içinde gerçekleşir. Sorunun olağan nedeni güvenlik ayarının "Yok" olarak bırakılmasıdır.

Sunucu tarafında: açık metin mekanizmalarını yalnızca STARTTLS sonrasında duyurun; örneğin Postfix''te smtpd_tls_auth_only = yes, Exim''de ise server_advertise_condition = ${if def:tls_in_cipher} gibi bir doğrulayıcı koşulu.'),
    ('X.7.10', 'en', 'retry', 'Retry at once over TLS: send STARTTLS, repeat EHLO, then AUTH. Without encryption the same request fails every time.'),
    ('X.7.10', 'tr', 'retry', 'TLS üzerinden hemen yeniden deneyin: STARTTLS gönderin, EHLO komutunu yineleyin, ardından AUTH gönderin. Şifreleme olmadan aynı istek her seferinde başarısız olur.'),
    ('X.7.10', 'en', 'note', 'The registry''s associated basic code 523 appears in no SMTP RFC, and many online lists describe 523 as "message too large", which has nothing to do with X.7.10. Servers in practice send 538 or 530 for this situation.'),
    ('X.7.10', 'tr', 'note', 'IANA kaydının ilişkili temel kod olarak verdiği 523 hiçbir SMTP RFC belgesinde geçmez; birçok çevrimiçi liste 523 kodunu "ileti çok büyük" olarak tanımlar, bunun X.7.10 ile ilgisi yoktur. Uygulamada sunucular bu durum için 538 ya da 530 gönderir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.10', 1, 'RFC 5248', '2.4');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.10', '523', 1),
    ('X.7.10', '538', 2),
    ('X.7.10', '530', 3),
    ('X.7.10', 'X.7.11', 4),
    ('X.7.10', 'X.7.0', 5);

-- X.7.11
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.11', 'en', 'title', 'Encryption Required for Requested Authentication Mechanism'),
    ('X.7.11', 'tr', 'title', 'İstenen kimlik doğrulama mekanizması şifreleme gerektiriyor'),
    ('X.7.11', 'en', 'description', 'The chosen SASL mechanism may only be used when the SMTP connection is encrypted. RFC 4954 documents the code for historical purposes only: a modern server should not advertise such a mechanism on an unencrypted connection in the first place. Normally 5.7.11.'),
    ('X.7.11', 'tr', 'description', 'Seçilen SASL mekanizması yalnızca SMTP bağlantısı şifreliyken kullanılabilir. RFC 4954 bu kodu yalnızca tarihsel amaçla belgeler: güncel bir sunucu böyle bir mekanizmayı şifresiz bir bağlantıda baştan duyurmamalıdır. Genellikle 5.7.11 biçimindedir.'),
    ('X.7.11', 'en', 'seen_when', 'With 538 ("538 5.7.11 Encryption required for requested authentication mechanism" in RFC 4954); the registry also names 524, which no SMTP RFC defines. It comes from servers that advertise AUTH PLAIN or LOGIN before STARTTLS and then refuse to use them, and it meets clients that send AUTH without looking at the server''s list.'),
    ('X.7.11', 'tr', 'seen_when', '538 ile gelir (RFC 4954 belgesinde "538 5.7.11 Encryption required for requested authentication mechanism"); IANA kaydı hiçbir SMTP RFC belgesinin tanımlamadığı 524 kodunu da sayar. STARTTLS öncesinde AUTH PLAIN ya da LOGIN duyurup sonra bunları kullanmayı reddeden sunuculardan gelir ve sunucunun listesine bakmadan AUTH gönderen istemcilerin karşısına çıkar.'),
    ('X.7.11', 'en', 'how_to_fix', 'Sender side: enable STARTTLS (port 587) or SSL/TLS (port 465) in the account settings so that authentication happens only after the encrypted session is up.

Server side: stop advertising mechanisms you are going to refuse; Postfix smtpd_tls_auth_only = yes hides AUTH until TLS is active, which is also what RFC 4954 recommends.'),
    ('X.7.11', 'tr', 'how_to_fix', 'Gönderen tarafında: kimlik doğrulamanın yalnızca şifreli oturum kurulduktan sonra yapılması için hesap ayarlarında STARTTLS (587 portu) ya da SSL/TLS (465 portu) seçeneğini açın.

Sunucu tarafında: reddedeceğiniz mekanizmaları duyurmayı bırakın; Postfix''te smtpd_tls_auth_only = yes ayarı AUTH özelliğini TLS etkin olana kadar gizler; RFC 4954 belgesinin önerdiği de budur.'),
    ('X.7.11', 'en', 'retry', 'Retry at once over an encrypted connection: STARTTLS, a new EHLO, then AUTH. Without encryption the mechanism is refused every time.'),
    ('X.7.11', 'tr', 'retry', 'Şifreli bir bağlantı üzerinden hemen yeniden deneyin: STARTTLS, yeni bir EHLO, ardından AUTH. Şifreleme olmadan mekanizma her seferinde reddedilir.'),
    ('X.7.11', 'en', 'note', 'RFC 4954 keeps X.7.11 with 538 for historical purposes only, and the registry adds 524, a basic code no SMTP RFC defines. X.7.10 (Encryption Needed, RFC 5248) describes almost the same situation; servers use either.'),
    ('X.7.11', 'tr', 'note', 'RFC 4954, X.7.11 kodunu 538 ile birlikte yalnızca tarihsel amaçla korur; IANA kaydı buna hiçbir SMTP RFC belgesinin tanımlamadığı 524 kodunu ekler. X.7.10 (Encryption Needed, RFC 5248) hemen hemen aynı durumu anlatır; sunucular ikisinden birini kullanır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.11', 1, 'RFC 4954', '6');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.11', '538', 1),
    ('X.7.11', '524', 2),
    ('X.7.11', 'X.7.10', 3),
    ('X.7.11', 'X.7.9', 4);

-- X.7.12
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.12', 'en', 'title', 'A Password Transition Is Needed'),
    ('X.7.12', 'tr', 'title', 'Parola geçişi gerekiyor'),
    ('X.7.12', 'en', 'description', 'The user has to move to the SASL mechanism just selected, and the server cannot use it yet, typically because it has no stored secret for that mechanism. RFC 4954 describes the remedy: authenticate once with PLAIN, over an encrypted connection, so the server can set up what it needs; the chosen mechanism then works in later sessions. Temporary by nature, so it appears as 4.7.12.'),
    ('X.7.12', 'tr', 'description', 'Kullanıcının az önce seçilen SASL mekanizmasına geçmesi gerekir, ama sunucu bu mekanizmayı henüz kullanamaz; genellikle o mekanizma için saklanmış bir gizli bilgisi olmadığından. RFC 4954 çözümü de tarif eder: sunucunun gerekeni hazırlayabilmesi için şifreli bir bağlantı üzerinden bir kez PLAIN ile kimlik doğrulayın; seçilen mekanizma sonraki oturumlarda çalışır. Doğası gereği geçicidir, bu yüzden 4.7.12 olarak görülür.'),
    ('X.7.12', 'en', 'seen_when', 'With 432 ("432 4.7.12 A password transition is needed" in RFC 4954); the registry also lists 422, which no SMTP RFC defines. Rare in practice: it occurs after a server has moved its password storage to a new scheme.'),
    ('X.7.12', 'tr', 'seen_when', '432 ile gelir (RFC 4954 belgesinde "432 4.7.12 A password transition is needed"); IANA kaydı hiçbir SMTP RFC belgesinin tanımlamadığı 422 kodunu da sayar. Uygulamada nadirdir: bir sunucu parola saklama düzenini yenisine taşıdıktan sonra ortaya çıkar.'),
    ('X.7.12', 'en', 'how_to_fix', 'Sender side: authenticate once with PLAIN over an encrypted connection (in most clients, choose "normal password"), then switch back to the stronger mechanism.

Server side: if many users hit this after a migration, offer PLAIN after STARTTLS for a transition period, or have users reset their passwords so that the new stored secrets exist.'),
    ('X.7.12', 'tr', 'how_to_fix', 'Gönderen tarafında: şifreli bir bağlantı üzerinden bir kez PLAIN ile kimlik doğrulayın (çoğu istemcide "normal parola" seçeneği), ardından daha güçlü mekanizmaya geri dönün.

Sunucu tarafında: bir taşıma sonrasında çok sayıda kullanıcı bu duruma düşüyorsa bir geçiş dönemi boyunca STARTTLS sonrasında PLAIN sunun ya da yeni gizli bilgilerin oluşması için kullanıcıların parolalarını sıfırlamasını sağlayın.'),
    ('X.7.12', 'en', 'retry', 'Retry right away with PLAIN over TLS. Once that succeeds, the originally chosen mechanism should work from the next session on.'),
    ('X.7.12', 'tr', 'retry', 'TLS üzerinden PLAIN ile hemen yeniden deneyin. Bu başarılı olunca başta seçilen mekanizma bir sonraki oturumdan itibaren çalışmalıdır.'),
    ('X.7.12', 'en', 'note', 'Online lists sometimes describe 432 as an Exchange condition in which the recipient''s incoming mail queue has been stopped, and 422 as a mailbox over its storage limit; neither meaning comes from an RFC. Paired with X.7.12, both codes mean only the password transition of RFC 4954.'),
    ('X.7.12', 'tr', 'note', 'Çevrimiçi listeler 432 kodunu bazen alıcının gelen posta kuyruğunun durdurulduğu bir Exchange durumu, 422 kodunu ise depolama alanı sınırını aşmış bir posta kutusu olarak tanımlar; bu anlamların hiçbiri bir RFC belgesinden gelmez. X.7.12 ile birlikte iki kod da yalnızca RFC 4954 belgesindeki parola geçişini anlatır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.12', 1, 'RFC 4954', '6');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.12', '432', 1),
    ('X.7.12', '422', 2),
    ('X.7.12', 'X.7.9', 3),
    ('X.7.12', 'X.7.8', 4);

-- X.7.13
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.13', 'en', 'title', 'User Account Disabled'),
    ('X.7.13', 'tr', 'title', 'Kullanıcı hesabı devre dışı'),
    ('X.7.13', 'en', 'description', 'The credentials were correct, but the account is disabled, for example for non-payment, abuse or a suspected break-in. RFC 5248 separates it from a plain authentication failure because asking the user to retype the password will not help. Permanent (5.7.13) until an administrator re-enables the account.'),
    ('X.7.13', 'tr', 'description', 'Kimlik bilgileri doğrudur ama hesap devre dışıdır; örneğin ödeme yapılmadığı, kötüye kullanıldığı ya da izinsiz giriş şüphesi olduğu için. RFC 5248 bunu sıradan bir kimlik doğrulama hatasından ayırır, çünkü kullanıcıdan parolayı yeniden yazmasını istemek işe yaramaz. Bir yönetici hesabı yeniden etkinleştirene kadar kalıcıdır (5.7.13).'),
    ('X.7.13', 'en', 'seen_when', 'The registry pairs it with 525, a basic code no SMTP RFC defines; servers that use the code send it with 535 or 550 after AUTH. Many providers use their own wording instead, such as "account disabled" or "sending suspended", and others do not tell it apart from a wrong password and answer with 535 5.7.8.'),
    ('X.7.13', 'tr', 'seen_when', 'IANA kaydı kodu hiçbir SMTP RFC belgesinin tanımlamadığı 525 temel koduyla eşleştirir; bu kodu kullanan sunucular onu AUTH sonrasında 535 ya da 550 ile gönderir. Birçok sağlayıcı bunun yerine "account disabled" ya da "sending suspended" gibi kendi ifadelerini kullanır; bazıları ise onu yanlış paroladan ayırmaz ve 535 5.7.8 ile yanıt verir.'),
    ('X.7.13', 'en', 'how_to_fix', 'Sender side: contact the provider or your administrator. Providers often suspend accounts that sent spam after a compromise, so expect to change the password and to check for forwarding rules, app passwords or sessions you did not create.

Server side: re-enable the account once the cause is dealt with (password reset, malware removed, invoice paid), and keep the X.7.13 reply distinct from invalid credentials so that clients stop prompting for passwords.'),
    ('X.7.13', 'tr', 'how_to_fix', 'Gönderen tarafında: sağlayıcıya ya da yöneticinize başvurun. Sağlayıcılar ele geçirildikten sonra istenmeyen ileti göndermiş hesapları sıklıkla askıya alır; bu nedenle parolayı değiştirmeniz ve sizin oluşturmadığınız yönlendirme kurallarını, uygulama parolalarını ya da oturumları denetlemeniz gerekebilir.

Sunucu tarafında: neden giderildikten sonra (parola sıfırlandı, kötü amaçlı yazılım temizlendi, fatura ödendi) hesabı yeniden etkinleştirin ve istemciler boşuna parola sormasın diye X.7.13 yanıtını geçersiz kimlik bilgileri yanıtından ayrı tutun.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.13', 1, 'RFC 5248', '2.4');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.13', '525', 1),
    ('X.7.13', '535', 2),
    ('X.7.13', 'X.7.8', 3),
    ('X.7.13', 'X.2.1', 4);

-- X.7.14
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.14', 'en', 'title', 'Trust Relationship Required'),
    ('X.7.14', 'tr', 'title', 'Güven ilişkisi gerekli'),
    ('X.7.14', 'en', 'description', 'The submission server needs a configured trust relationship with a third-party server, in BURL''s case the IMAP server holding the message, before it may fetch the content, and none exists. RFC 5248 introduced this code to replace the earlier use of X.7.8 for the condition in RFC 4468. Usually 5.7.14.'),
    ('X.7.14', 'tr', 'description', 'Gönderim sunucusunun içeriği alabilmesi için üçüncü taraf bir sunucuyla, BURL söz konusu olduğunda iletiyi barındıran IMAP sunucusuyla, yapılandırılmış bir güven ilişkisi gerekir ve böyle bir ilişki yoktur. RFC 5248 bu kodu, RFC 4468 belgesinde aynı durum için kullanılan X.7.8 yerine getirmiştir. Genellikle 5.7.14 biçimindedir.'),
    ('X.7.14', 'en', 'seen_when', 'With 554 after BURL ("554 5.7.14 URL resolution requires trust relationship"); the registry also lists 535. Outside BURL, Gmail uses the code with a meaning of its own: "534 5.7.14 Please log in via your web browser and then try again", when Google wants the account holder to confirm a sign-in before the mail client may authenticate.'),
    ('X.7.14', 'tr', 'seen_when', 'BURL sonrasında 554 ile gelir ("554 5.7.14 URL resolution requires trust relationship"); IANA kaydı 535 kodunu da sayar. BURL dışında Gmail bu kodu kendine özgü bir anlamda kullanır: Google, e-posta istemcisinin kimlik doğrulamasına izin vermeden önce hesap sahibinin oturum açmayı onaylamasını istediğinde "534 5.7.14 Please log in via your web browser and then try again" yanıtını verir.'),
    ('X.7.14', 'en', 'how_to_fix', 'Sender side: for Gmail''s 534 5.7.14, sign in to the account in a web browser from the same network, confirm the security alert, and then use an app password or OAuth in the mail client. For BURL, send the message normally with DATA.

Server side: set up the trust between submission server and IMAP server (an URLAUTH access identifier such as "submit+" for the submission server''s user, RFC 4467), or turn BURL off.'),
    ('X.7.14', 'tr', 'how_to_fix', 'Gönderen tarafında: Gmail''in 534 5.7.14 yanıtında aynı ağdan bir web tarayıcısıyla hesaba giriş yapın, güvenlik uyarısını onaylayın, ardından e-posta istemcisinde bir uygulama parolası ya da OAuth kullanın. BURL söz konusuysa iletiyi DATA ile olağan biçimde gönderin.

Sunucu tarafında: gönderim sunucusu ile IMAP sunucusu arasındaki güveni kurun (gönderim sunucusunun kullanıcısı için "submit+" gibi bir URLAUTH erişim tanımlayıcısı, RFC 4467) ya da BURL özelliğini kapatın.'),
    ('X.7.14', 'en', 'note', 'Gmail''s "534 5.7.14" sign-in prompt is a provider-specific use of the code and has nothing to do with BURL trust relationships. When reading logs, go by the text and by the server that sent it.'),
    ('X.7.14', 'tr', 'note', 'Gmail''in "534 5.7.14" oturum açma uyarısı kodun sağlayıcıya özgü bir kullanımıdır ve BURL güven ilişkileriyle ilgisi yoktur. Günlükleri okurken metne ve yanıtı gönderen sunucuya göre değerlendirin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.14', 1, 'RFC 5248', '2.4'),
    ('X.7.14', 2, 'RFC 4468', '5');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.14', '554', 1),
    ('X.7.14', '535', 2),
    ('X.7.14', 'X.6.6', 3),
    ('X.7.14', 'X.7.8', 4);

-- X.7.15
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.15', 'en', 'title', 'Priority Level Is Too Low'),
    ('X.7.15', 'tr', 'title', 'Öncelik düzeyi çok düşük'),
    ('X.7.15', 'en', 'description', 'The message was sent with a priority, through the MT-PRIORITY extension of RFC 6710, that is below the lowest priority this server currently accepts. RFC 6710 expects this to be temporary in many cases: a server under heavy load or in an emergency mode may take only higher-priority traffic for a while. As 4.7.15 try again later; as 5.7.15 the server does not take mail at that priority at all.'),
    ('X.7.15', 'tr', 'description', 'İleti, RFC 6710 belgesindeki MT-PRIORITY uzantısıyla, bu sunucunun şu anda kabul ettiği en düşük öncelikten daha düşük bir öncelikle gönderilmiştir. RFC 6710 bunun çoğu zaman geçici olmasını bekler: yoğun yük altındaki ya da acil durum kipindeki bir sunucu bir süre yalnızca yüksek öncelikli trafiği kabul edebilir. 4.7.15 olarak gelirse daha sonra yeniden deneyin; 5.7.15 olarak gelirse sunucu o öncelikte hiç posta almaz.'),
    ('X.7.15', 'en', 'seen_when', 'With 450 or 550 (the registry allows other 4xx and 5xx codes too), usually at MAIL FROM when the MT-PRIORITY parameter is evaluated. MT-PRIORITY is used in closed environments such as military and emergency-services messaging and is almost never seen on the public Internet.'),
    ('X.7.15', 'tr', 'seen_when', '450 ya da 550 ile (IANA kaydı başka 4xx ve 5xx kodlarına da izin verir), genellikle MT-PRIORITY parametresinin değerlendirildiği MAIL FROM aşamasında gelir. MT-PRIORITY askerî ve acil durum hizmetleri mesajlaşması gibi kapalı ortamlarda kullanılır; herkese açık İnternet''te neredeyse hiç görülmez.'),
    ('X.7.15', 'en', 'how_to_fix', 'Sender side: resend later at the same priority, or at a higher priority if you are entitled to use one; which priorities your client may assign is decided by your submission server''s policy.

Server side: check the MT-PRIORITY policy (the minimum priority accepted in each operating mode) and whether the server was left in a restricted mode after an incident.'),
    ('X.7.15', 'tr', 'how_to_fix', 'Gönderen tarafında: daha sonra aynı öncelikle ya da kullanma hakkınız varsa daha yüksek bir öncelikle yeniden gönderin; istemcinizin hangi öncelikleri atayabileceğini gönderim sunucunuzun politikası belirler.

Sunucu tarafında: MT-PRIORITY politikasını (her çalışma kipinde kabul edilen en düşük öncelik) ve sunucunun bir olaydan sonra kısıtlı kipte bırakılıp bırakılmadığını denetleyin.'),
    ('X.7.15', 'en', 'retry', 'As 4.7.15 the restriction is usually tied to a temporary operating mode, so retry with the normal queue intervals. As 5.7.15, retrying at the same priority will not help.'),
    ('X.7.15', 'tr', 'retry', '4.7.15 olarak gelirse kısıtlama genellikle geçici bir çalışma kipine bağlıdır; kuyruğun olağan aralıklarıyla yeniden deneyin. 5.7.15 olarak gelirse aynı öncelikle yeniden denemek işe yaramaz.'),
    ('X.7.15', 'en', 'note', 'Several websites quote Microsoft''s "550 5.7.515 Access denied, sending domain ... does not meet the required authentication level" as 5.7.15. That is a mistake: 5.7.515 is a Microsoft vendor code, while 5.7.15 is this RFC 6710 priority code.'),
    ('X.7.15', 'tr', 'note', 'Bazı web siteleri Microsoft''un "550 5.7.515 Access denied, sending domain ... does not meet the required authentication level" yanıtını 5.7.15 olarak aktarır. Bu bir hatadır: 5.7.515 Microsoft''a özgü bir koddur, 5.7.15 ise RFC 6710 belgesindeki bu öncelik kodudur.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.15', 1, 'RFC 6710', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.15', '450', 1),
    ('X.7.15', '550', 2),
    ('X.7.15', 'X.7.16', 3),
    ('X.7.15', 'X.3.6', 4);

-- X.7.16
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.16', 'en', 'title', 'Message Is Too Big for the Specified Priority'),
    ('X.7.16', 'tr', 'title', 'İleti belirtilen öncelik için çok büyük'),
    ('X.7.16', 'en', 'description', 'The message is larger than the server accepts at the priority requested through MT-PRIORITY (RFC 6710). A server may, for example, take high-priority traffic only below a certain size while it runs in a restricted mode. RFC 6710 notes that the condition may be temporary, so both 4.7.16 and 5.7.16 occur.'),
    ('X.7.16', 'tr', 'description', 'İleti, MT-PRIORITY (RFC 6710) ile istenen öncelikte sunucunun kabul ettiğinden büyüktür. Örneğin bir sunucu kısıtlı kipte çalışırken yüksek öncelikli trafiği yalnızca belirli bir boyutun altında kabul edebilir. RFC 6710 durumun geçici olabileceğini belirtir; bu yüzden hem 4.7.16 hem de 5.7.16 görülür.'),
    ('X.7.16', 'en', 'seen_when', 'Mostly with 552 (other 4xx and 5xx codes are allowed), at MAIL FROM when the SIZE and MT-PRIORITY parameters are checked together, or after DATA. Only in networks that use MT-PRIORITY.'),
    ('X.7.16', 'tr', 'seen_when', 'Çoğunlukla 552 ile (başka 4xx ve 5xx kodlarına da izin verilir), SIZE ve MT-PRIORITY parametrelerinin birlikte denetlendiği MAIL FROM aşamasında ya da DATA sonrasında gelir. Yalnızca MT-PRIORITY kullanan ağlarda görülür.'),
    ('X.7.16', 'en', 'how_to_fix', 'Sender side: make the message smaller (put large attachments on a file share and send a link), or send it at a lower priority, where larger messages are accepted.

Server side: review the per-priority size limits in the MT-PRIORITY policy and whether the current operating mode still needs them.'),
    ('X.7.16', 'tr', 'how_to_fix', 'Gönderen tarafında: iletiyi küçültün (büyük ekleri bir dosya paylaşımına koyup bağlantı gönderin) ya da daha büyük iletilerin kabul edildiği daha düşük bir öncelikle gönderin.

Sunucu tarafında: MT-PRIORITY politikasındaki öncelik başına boyut sınırlarını ve mevcut çalışma kipinin bunlara hâlâ ihtiyaç duyup duymadığını gözden geçirin.'),
    ('X.7.16', 'en', 'retry', 'As 4.7.16, retry later, when the server may have left its restricted mode. As 5.7.16, change the size or the priority before sending again.'),
    ('X.7.16', 'tr', 'retry', '4.7.16 olarak gelirse sunucunun kısıtlı kipten çıkmış olabileceği bir zamanda yeniden deneyin. 5.7.16 olarak gelirse yeniden göndermeden önce boyutu ya da önceliği değiştirin.'),
    ('X.7.16', 'en', 'note', 'Code collision: RFC 4865 (FUTURERELEASE) also uses X.7.16, there meaning "Future release per-user message quota exceeded", i.e. the user already has too many messages held for later release. That use never entered the IANA registry, which gives X.7.16 to RFC 6710. A 4.7.16 or 5.7.16 from a submission server answering a MAIL FROM with HOLDFOR or HOLDUNTIL most likely has the RFC 4865 meaning.'),
    ('X.7.16', 'tr', 'note', 'Kod çakışması: RFC 4865 (FUTURERELEASE) da X.7.16 kodunu kullanır; orada anlamı "Future release per-user message quota exceeded", yani kullanıcının ileride gönderilmek üzere bekletilen iletilerinin kotayı doldurmasıdır. Bu kullanım IANA kaydına hiç girmemiştir; IANA kaydı X.7.16 kodunu RFC 6710 belgesine verir. Bir gönderim sunucusunun HOLDFOR ya da HOLDUNTIL içeren bir MAIL FROM komutuna verdiği 4.7.16 veya 5.7.16 yanıtı büyük olasılıkla RFC 4865 anlamındadır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.16', 1, 'RFC 6710', ''),
    ('X.7.16', 2, 'RFC 4865', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.16', '552', 1),
    ('X.7.16', 'X.7.15', 2),
    ('X.7.16', 'X.3.4', 3),
    ('X.7.16', 'X.3.6', 4);

-- X.7.17
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.17', 'en', 'title', 'Mailbox Owner Has Changed'),
    ('X.7.17', 'tr', 'title', 'Posta kutusunun sahibi değişti'),
    ('X.7.17', 'en', 'description', 'The sender used RRVS (Require-Recipient-Valid-Since, RFC 7293) to ask that the message be delivered only if the recipient mailbox has had the same owner since a given date and time, and the receiver knows that it has not: the address was closed and later given to someone else. The message is refused so that it does not reach the new owner. The registry lists it with 5xx replies only.'),
    ('X.7.17', 'tr', 'description', 'Gönderen, RRVS (Require-Recipient-Valid-Since, RFC 7293) ile iletinin yalnızca alıcı posta kutusu belirli bir tarih ve saatten beri aynı kişiye aitse teslim edilmesini istemiştir; alıcı taraf ise durumun böyle olmadığını bilir: adres kapatılmış ve daha sonra başka birine verilmiştir. İleti yeni sahibine ulaşmasın diye reddedilir. IANA kaydı kodu yalnızca 5xx yanıtlarla birlikte listeler.'),
    ('X.7.17', 'en', 'seen_when', 'With 550 (the registry says 5XX) at RCPT TO when the RRVS parameter was used, or in a bounce when the Require-Recipient-Valid-Since header field was evaluated. The typical sender is a service sending password resets or account notices that records when the user last confirmed the address; the receiver has to be a provider that tracks mailbox ownership.'),
    ('X.7.17', 'tr', 'seen_when', 'RRVS parametresi kullanıldığında RCPT TO aşamasında 550 ile (IANA kaydında 5XX) ya da Require-Recipient-Valid-Since başlık alanı değerlendirildiğinde bir teslim edilemedi bildiriminde görülür. Tipik gönderen, parola sıfırlama ya da hesap bildirimleri gönderen ve kullanıcının adresi en son ne zaman doğruladığını kaydeden bir hizmettir; alıcı tarafın da posta kutusu sahipliğini izleyen bir sağlayıcı olması gerekir.'),
    ('X.7.17', 'en', 'how_to_fix', 'Sender side: treat the address as no longer belonging to your user: stop sending to it and ask the user, through another channel, to confirm a current address.

Server side: nothing to fix; this is the intended result of RRVS. Make sure the mailbox creation dates your server relies on are accurate.'),
    ('X.7.17', 'tr', 'how_to_fix', 'Gönderen tarafında: adresin artık kullanıcınıza ait olmadığını kabul edin: o adrese göndermeyi bırakın ve kullanıcıdan başka bir kanal aracılığıyla güncel bir adresi doğrulamasını isteyin.

Sunucu tarafında: düzeltilecek bir şey yoktur; RRVS mekanizmasının amaçlanan sonucu budur. Sunucunuzun dayandığı posta kutusu oluşturma tarihlerinin doğru olduğundan emin olun.'),
    ('X.7.17', 'en', 'note', 'Code collision: RFC 4865 (FUTURERELEASE) uses X.7.17 for "Future release system message quota exceeded", meaning the server''s store for messages held until a later release time is full. The IANA registry gives X.7.17 to RFC 7293 instead, and RFC 4865''s meaning was never registered. From a submission server answering HOLDFOR or HOLDUNTIL, read the code as the RFC 4865 quota.'),
    ('X.7.17', 'tr', 'note', 'Kod çakışması: RFC 4865 (FUTURERELEASE), X.7.17 kodunu "Future release system message quota exceeded" anlamında, yani sunucunun ileride gönderilmek üzere bekletilen iletiler için ayırdığı deponun dolduğunu bildirmek için kullanır. IANA kaydı ise X.7.17 kodunu RFC 7293 belgesine vermiştir ve RFC 4865 anlamı hiç kaydedilmemiştir. HOLDFOR ya da HOLDUNTIL komutuna yanıt veren bir gönderim sunucusundan geldiğinde kodu RFC 4865 kotası olarak okuyun.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.17', 1, 'RFC 7293', ''),
    ('X.7.17', 2, 'RFC 4865', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.17', '550', 1),
    ('X.7.17', 'X.7.18', 2),
    ('X.7.17', 'X.7.19', 3),
    ('X.7.17', 'X.1.6', 4);

-- X.7.18
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.18', 'en', 'title', 'Domain Owner Has Changed'),
    ('X.7.18', 'tr', 'title', 'Alan adının sahibi değişti'),
    ('X.7.18', 'en', 'description', 'With RRVS (RFC 7293), the receiver chooses to disclose that the recipient''s domain has changed hands since the date and time the sender gave. Unlike X.7.17 it concerns the whole domain: the address may well be valid under the new owner, but it no longer reaches the person the sender meant. The registry lists it with 5xx replies.'),
    ('X.7.18', 'tr', 'description', 'RRVS (RFC 7293) kullanıldığında alıcı taraf, alıcının alan adının gönderenin belirttiği tarih ve saatten bu yana el değiştirdiğini açıklamayı seçer. X.7.17 kodundan farklı olarak alan adının tamamıyla ilgilidir: adres yeni sahibinin elinde geçerli olabilir, ama artık gönderenin kastettiği kişiye ulaşmaz. IANA kaydı kodu 5xx yanıtlarla birlikte listeler.'),
    ('X.7.18', 'en', 'seen_when', 'With 550 (registry: 5XX) when the RRVS parameter or the Require-Recipient-Valid-Since header field is used. Receivers are not obliged to reveal changes of domain ownership, so it is rare even where RRVS is supported.'),
    ('X.7.18', 'tr', 'seen_when', 'RRVS parametresi ya da Require-Recipient-Valid-Since başlık alanı kullanıldığında 550 ile (IANA kaydında 5XX) gelir. Alıcı taraflar alan adı sahipliğindeki değişiklikleri açıklamak zorunda olmadığından, RRVS desteklenen yerlerde bile nadir görülür.'),
    ('X.7.18', 'en', 'how_to_fix', 'Sender side: remove the address from the account and reach the user through another channel for a current address; check other users with addresses at the same domain too, since the whole domain has changed owner.

Server side: nothing to fix; whether to disclose domain ownership changes is a matter of your privacy policy under RFC 7293.'),
    ('X.7.18', 'tr', 'how_to_fix', 'Gönderen tarafında: adresi hesaptan kaldırın ve güncel bir adres için kullanıcıya başka bir kanaldan ulaşın; alan adının tamamı el değiştirdiğinden aynı alan adında adresi olan diğer kullanıcılarınızı da denetleyin.

Sunucu tarafında: düzeltilecek bir şey yoktur; RFC 7293 çerçevesinde alan adı sahipliği değişikliklerini açıklayıp açıklamamak gizlilik politikanıza bağlıdır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.18', 1, 'RFC 7293', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.18', '550', 1),
    ('X.7.18', 'X.7.17', 2),
    ('X.7.18', 'X.7.19', 3),
    ('X.7.18', 'X.1.2', 4);

-- X.7.19
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.19', 'en', 'title', 'RRVS Test Cannot Be Completed'),
    ('X.7.19', 'tr', 'title', 'RRVS denetimi tamamlanamıyor'),
    ('X.7.19', 'en', 'description', 'The message asked for an RRVS check (RFC 7293), but the receiver cannot evaluate it because it never recorded the timestamp the test needs, such as the date the mailbox was created or last changed owner. The receiver does not claim that the owner changed, only that it cannot confirm the opposite. The sender has to decide whether to send the message again without RRVS.'),
    ('X.7.19', 'tr', 'description', 'İleti bir RRVS denetimi (RFC 7293) istemiştir, ama alıcı taraf denetimin gerektirdiği zaman bilgisini, örneğin posta kutusunun oluşturulduğu ya da en son el değiştirdiği tarihi, hiç kaydetmediği için bunu değerlendiremez. Alıcı taraf sahibin değiştiğini ileri sürmez; yalnızca tersini doğrulayamadığını söyler. İletinin RRVS olmadan yeniden gönderilip gönderilmeyeceğine gönderen karar vermelidir.'),
    ('X.7.19', 'en', 'seen_when', 'With 550 (registry: 5XX) at RCPT TO or after DATA, whenever RRVS was requested from a receiver that supports the extension but lacks the data. Like the other RRVS codes it appears only where both sides implement RFC 7293, which is rare.'),
    ('X.7.19', 'tr', 'seen_when', 'Uzantıyı destekleyen ama gerekli veriye sahip olmayan bir alıcı taraftan RRVS istendiğinde, RCPT TO aşamasında ya da DATA sonrasında 550 ile (IANA kaydında 5XX) gelir. Diğer RRVS kodları gibi yalnızca iki tarafın da RFC 7293 belgesini uyguladığı yerlerde görülür; bu da nadirdir.'),
    ('X.7.19', 'en', 'how_to_fix', 'Sender side: decide by the message''s sensitivity: a password reset or account-recovery mail may better not be sent, while an ordinary notice can be resent without the RRVS parameter or header field.

Server side: if you support RRVS, record mailbox creation and ownership dates so that future tests can be completed.'),
    ('X.7.19', 'tr', 'how_to_fix', 'Gönderen tarafında: iletinin hassasiyetine göre karar verin: parola sıfırlama ya da hesap kurtarma postası hiç gönderilmese daha iyi olabilir; sıradan bir bildirim ise RRVS parametresi ya da başlık alanı olmadan yeniden gönderilebilir.

Sunucu tarafında: RRVS destekliyorsanız ileride denetimlerin tamamlanabilmesi için posta kutusu oluşturma ve sahiplik tarihlerini kaydedin.'),
    ('X.7.19', 'en', 'retry', 'Resending with RRVS gives the same answer. Either resend without RRVS, if the content is safe to reach a possibly new owner, or do not resend.'),
    ('X.7.19', 'tr', 'retry', 'RRVS ile yeniden göndermek aynı yanıtı verir. İçeriğin olası yeni bir sahibe ulaşması sakıncalı değilse RRVS olmadan yeniden gönderin; değilse göndermeyin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.19', 1, 'RFC 7293', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.19', '550', 1),
    ('X.7.19', 'X.7.17', 2),
    ('X.7.19', 'X.7.18', 3);

-- X.7.20
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.20', 'en', 'title', 'No Passing DKIM Signature Found'),
    ('X.7.20', 'tr', 'title', 'Geçerli DKIM imzası bulunamadı'),
    ('X.7.20', 'en', 'description', 'The receiver''s policy requires a valid DKIM signature, and the message had none that verified: either it was not signed at all, or every signature failed, for example through a body hash mismatch or a missing or wrong public key. RFC 7372 defines the code so that receivers can say exactly this instead of a generic 5.7.1.'),
    ('X.7.20', 'tr', 'description', 'Alıcı tarafın politikası geçerli bir DKIM imzası gerektirir ve iletide doğrulanan bir imza yoktur: ya ileti hiç imzalanmamıştır ya da tüm imzalar başarısız olmuştur; örneğin gövde özeti tutmadığı veya açık anahtar eksik ya da yanlış olduğu için. RFC 7372 bu kodu, alıcı taraflar genel bir 5.7.1 yerine tam olarak bunu söyleyebilsin diye tanımlar.'),
    ('X.7.20', 'en', 'seen_when', 'With 550 after DATA ("550 5.7.20 No passing DKIM signature found" is the registry text). Common causes: the sending service does not sign, the TXT record at selector._domainkey.example.com is missing or truncated, or the body was changed after signing by a footer, a disclaimer or a mailing list.'),
    ('X.7.20', 'tr', 'seen_when', 'DATA sonrasında 550 ile gelir (IANA kaydı metni "550 5.7.20 No passing DKIM signature found"). Sık nedenler: gönderim hizmeti imzalamıyordur, selector._domainkey.example.com adresindeki TXT kaydı yoktur ya da kesilmiştir veya gövde imzalandıktan sonra bir alt bilgi, yasal uyarı ya da posta listesi tarafından değiştirilmiştir.'),
    ('X.7.20', 'en', 'how_to_fix', 'Sender side: turn on DKIM signing in your mail service and publish the public key it gives you as a TXT (or CNAME) record at selector._domainkey.yourdomain; then send a test message and look for dkim=pass in the Authentication-Results header field.

Server side (sending): sign as the very last step, after footers and disclaimers have been added, and use keys of at least 1024 bits (2048 recommended), since RFC 8301 tells verifiers to reject shorter ones.'),
    ('X.7.20', 'tr', 'how_to_fix', 'Gönderen tarafında: posta hizmetinizde DKIM imzalamayı açın ve hizmetin verdiği açık anahtarı selector._domainkey.alanadiniz adresinde TXT (ya da CNAME) kaydı olarak yayımlayın; ardından bir deneme iletisi gönderip Authentication-Results başlık alanında dkim=pass sonucunu arayın.

Sunucu tarafında (gönderen): imzalamayı alt bilgiler ve yasal uyarılar eklendikten sonra en son adım olarak yapın ve en az 1024 bitlik (önerilen 2048) anahtarlar kullanın; RFC 8301 doğrulayıcılardan daha kısa anahtarları reddetmelerini ister.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.20', 1, 'RFC 7372', '3.1'),
    ('X.7.20', 2, 'RFC 6376', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.20', '550', 1),
    ('X.7.20', 'X.7.21', 2),
    ('X.7.20', 'X.7.22', 3),
    ('X.7.20', 'X.7.26', 4),
    ('X.7.20', 'X.7.7', 5);

-- X.7.21
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.21', 'en', 'title', 'No Acceptable DKIM Signature Found'),
    ('X.7.21', 'tr', 'title', 'Kabul edilebilir DKIM imzası bulunamadı'),
    ('X.7.21', 'en', 'description', 'One or more DKIM signatures verified, but none was acceptable under the receiver''s policy. Typical reasons: the only valid signature comes from a domain the receiver gives no weight to (such as the email service provider''s own), the key is too short, or the signature covers too few header fields. X.7.22 is the special case where the problem is a mismatch with the author''s domain.'),
    ('X.7.21', 'tr', 'description', 'Bir ya da daha fazla DKIM imzası doğrulanmıştır, ama hiçbiri alıcı tarafın politikasına göre kabul edilebilir değildir. Tipik nedenler: tek geçerli imza alıcı tarafın önem vermediği bir alan adından gelir (örneğin e-posta hizmet sağlayıcısının kendi alan adı), anahtar çok kısadır ya da imza çok az başlık alanını kapsar. X.7.22, sorunun yazarın alan adıyla uyuşmazlık olduğu özel durumdur.'),
    ('X.7.21', 'en', 'seen_when', 'With 550 after DATA ("550 5.7.21 No acceptable DKIM signature found"). Seen where receivers demand more than "some signature verified", for example a signature from particular domains or one made with a sufficiently strong key.'),
    ('X.7.21', 'tr', 'seen_when', 'DATA sonrasında 550 ile gelir ("550 5.7.21 No acceptable DKIM signature found"). Alıcı tarafların "bir imza doğrulandı" olmasından fazlasını, örneğin belirli alan adlarından gelen ya da yeterince güçlü bir anahtarla atılmış bir imzayı istediği yerlerde görülür.'),
    ('X.7.21', 'en', 'how_to_fix', 'Sender side: sign with your own domain, not only the provider''s shared one, use a 2048-bit RSA key, and include at least From, Subject, Date and To in the signed header fields; most providers offer this as "custom DKIM".

Server side: if you reject on this ground, say in the reply text which requirement was not met, so that senders can fix it.'),
    ('X.7.21', 'tr', 'how_to_fix', 'Gönderen tarafında: yalnızca sağlayıcının ortak alan adıyla değil, kendi alan adınızla imzalayın, 2048 bitlik bir RSA anahtarı kullanın ve imzalanan başlık alanlarına en azından From, Subject, Date ve To alanlarını ekleyin; çoğu sağlayıcı bunu "özel DKIM" adıyla sunar.

Sunucu tarafında: bu gerekçeyle reddediyorsanız, gönderenler düzeltebilsin diye hangi koşulun karşılanmadığını yanıt metninde belirtin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.21', 1, 'RFC 7372', '3.1'),
    ('X.7.21', 2, 'RFC 6376', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.21', '550', 1),
    ('X.7.21', 'X.7.20', 2),
    ('X.7.21', 'X.7.22', 3),
    ('X.7.21', 'X.7.26', 4);

-- X.7.22
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.22', 'en', 'title', 'No Valid Author-Matched DKIM Signature Found'),
    ('X.7.22', 'tr', 'title', 'Yazar adresiyle eşleşen geçerli DKIM imzası bulunamadı'),
    ('X.7.22', 'en', 'description', 'Verified DKIM signatures exist, but none was made by a domain that matches the address in the From header field, which the receiver requires. It is a special case of X.7.21 and close to what DMARC calls DKIM alignment. The usual cause is an email service that signs with its own domain (d=esp.example) while the From address is in yours.'),
    ('X.7.22', 'tr', 'description', 'Doğrulanmış DKIM imzaları vardır, ama hiçbiri alıcı tarafın zorunlu tuttuğu gibi From başlık alanındaki adresle eşleşen bir alan adı tarafından atılmamıştır. X.7.21 kodunun özel bir durumudur ve DMARC''ın DKIM hizalaması dediği şeye yakındır. Olağan neden, From adresi sizin alan adınızdayken kendi alan adıyla (d=esp.example) imzalayan bir e-posta hizmetidir.'),
    ('X.7.22', 'en', 'seen_when', 'With 550 after DATA ("550 5.7.22 No valid author-matched DKIM signature found"). Mostly met by senders who use newsletter, CRM or ticketing services that have not been set up with the customer''s own DKIM key.'),
    ('X.7.22', 'tr', 'seen_when', 'DATA sonrasında 550 ile gelir ("550 5.7.22 No valid author-matched DKIM signature found"). Çoğunlukla müşterinin kendi DKIM anahtarıyla yapılandırılmamış bülten, CRM ya da destek talebi hizmetlerini kullanan gönderenlerin karşısına çıkar.'),
    ('X.7.22', 'en', 'how_to_fix', 'Sender side: in the sending service, set up DKIM for your own domain (usually two or three CNAME records it gives you), so that the signature''s d= tag is your From domain or a subdomain of it; a test message should then show dkim=pass with header.d=yourdomain.

Server side: nothing to change unless your matching rule is stricter than DMARC''s relaxed alignment, which accepts subdomains of the From domain.'),
    ('X.7.22', 'tr', 'how_to_fix', 'Gönderen tarafında: gönderim hizmetinde kendi alan adınız için DKIM yapılandırın (genellikle hizmetin verdiği iki ya da üç CNAME kaydı); böylece imzanın d= etiketi From alan adınız ya da onun bir alt alan adı olur. Ardından bir deneme iletisinde header.d=alanadiniz ile birlikte dkim=pass görünmelidir.

Sunucu tarafında: eşleştirme kuralınız From alan adının alt alan adlarını da kabul eden DMARC gevşek hizalamasından daha katı değilse değiştirilecek bir şey yoktur.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.22', 1, 'RFC 7372', '3.1'),
    ('X.7.22', 2, 'RFC 6376', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.22', '550', 1),
    ('X.7.22', 'X.7.21', 2),
    ('X.7.22', 'X.7.20', 3),
    ('X.7.22', 'X.7.26', 4),
    ('X.7.22', '4.7.32', 5);

-- X.7.23
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.23', 'en', 'title', 'SPF Validation Failed'),
    ('X.7.23', 'tr', 'title', 'SPF doğrulaması başarısız'),
    ('X.7.23', 'en', 'description', 'The SPF check of the sender (the MAIL FROM domain, or the HELO name when MAIL FROM is empty) returned "fail": the domain''s SPF record says the connecting IP address may not send for it, and local policy rejects on that result. RFC 7372 introduced the code to replace the plain 5.7.1 that RFC 7208 (section 8.4) had recommended for this case.'),
    ('X.7.23', 'tr', 'description', 'Gönderenin SPF denetimi (MAIL FROM alan adı ya da MAIL FROM boşsa HELO adı) "fail" sonucu vermiştir: alan adının SPF kaydı, bağlanan IP adresinin o alan adı adına gönderemeyeceğini söyler ve yerel politika bu sonuçta reddeder. RFC 7372 bu kodu, RFC 7208 (bölüm 8.4) belgesinin bu durum için önerdiği düz 5.7.1 yerine getirmiştir.'),
    ('X.7.23', 'en', 'seen_when', 'With 550, at MAIL FROM, RCPT TO or after DATA ("550 5.7.23 SPF validation failed"), often followed by the domain''s own explanation; servers that predate RFC 7372 still send 550 5.7.1 for the same result. Typical causes: a new sending service or server missing from the record, mail forwarded by a third party, or a record ending in -all that does not list every real source.'),
    ('X.7.23', 'tr', 'seen_when', 'MAIL FROM, RCPT TO aşamasında ya da DATA sonrasında 550 ile gelir ("550 5.7.23 SPF validation failed") ve çoğu zaman ardından alan adının kendi açıklaması yer alır; RFC 7372 öncesinden kalan sunucular aynı sonuç için hâlâ 550 5.7.1 gönderir. Tipik nedenler: kayda eklenmemiş yeni bir gönderim hizmeti ya da sunucu, üçüncü bir tarafça yönlendirilen posta veya tüm gerçek kaynakları listelemeyen, -all ile biten bir kayıt.'),
    ('X.7.23', 'en', 'how_to_fix', 'Sender side: add every legitimate sending source to the domain''s SPF record, e.g. "v=spf1 include:_spf.google.com include:spf.protection.outlook.com ip4:192.0.2.10 -all", keeping a single record per domain and within ten DNS lookups; the rejection usually names the IP address that was refused.

Server side (forwarding): if you forward mail, rewrite the envelope sender with SRS (for example postsrsd with Postfix), so that SPF is checked against your own domain.'),
    ('X.7.23', 'tr', 'how_to_fix', 'Gönderen tarafında: tüm meşru gönderim kaynaklarını alan adının SPF kaydına ekleyin; örneğin "v=spf1 include:_spf.google.com include:spf.protection.outlook.com ip4:192.0.2.10 -all". Alan adı başına tek bir kayıt tutun ve on DNS sorgusu sınırını aşmayın; ret metni genellikle reddedilen IP adresini söyler.

Sunucu tarafında (yönlendiren): posta yönlendiriyorsanız SPF sizin alan adınıza göre denetlensin diye zarf göndereni SRS ile yeniden yazın (örneğin Postfix ile postsrsd).');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.23', 1, 'RFC 7372', '3.2'),
    ('X.7.23', 2, 'RFC 7208', '8.4');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.23', '550', 1),
    ('X.7.23', 'X.7.24', 2),
    ('X.7.23', 'X.7.26', 3),
    ('X.7.23', 'X.7.1', 4);

-- X.7.24
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.24', 'en', 'title', 'SPF Validation Error'),
    ('X.7.24', 'tr', 'title', 'SPF doğrulama hatası'),
    ('X.7.24', 'en', 'description', 'Evaluating SPF produced an error instead of a result. As 4.7.24 it is RFC 7208''s "temperror", usually a DNS timeout or SERVFAIL while fetching the record, and a later attempt should work; as 5.7.24 it is "permerror", a record that cannot be interpreted. RFC 7372 made this code replace the 4.4.3 and 5.5.2 that RFC 7208 (sections 8.6 and 8.7) had recommended.'),
    ('X.7.24', 'tr', 'description', 'SPF değerlendirmesi bir sonuç yerine hata üretmiştir. 4.7.24 olarak gelirse RFC 7208 belgesindeki "temperror" durumudur; genellikle kayıt alınırken oluşan bir DNS zaman aşımı ya da SERVFAIL yanıtıdır ve sonraki deneme başarılı olmalıdır. 5.7.24 olarak gelirse "permerror" durumudur, yani yorumlanamayan bir kayıt. RFC 7372, RFC 7208 (bölüm 8.6 ve 8.7) belgesinin önerdiği 4.4.3 ve 5.5.2 yerine bu kodu getirmiştir.'),
    ('X.7.24', 'en', 'seen_when', 'With 451 for temporary errors and 550 for permanent ones: "451 4.7.24 SPF validation error" or "550 5.7.24 SPF validation error". Permanent errors come from two v=spf1 records on one domain, syntax errors, or more than ten DNS-querying terms (include, a, mx, ptr, exists, redirect).'),
    ('X.7.24', 'tr', 'seen_when', 'Geçici hatalarda 451, kalıcı hatalarda 550 ile gelir: "451 4.7.24 SPF validation error" ya da "550 5.7.24 SPF validation error". Kalıcı hataların kaynağı bir alan adında iki ayrı v=spf1 kaydı bulunması, söz dizimi hataları ya da DNS sorgusu gerektiren terimlerin (include, a, mx, ptr, exists, redirect) ondan fazla olmasıdır.'),
    ('X.7.24', 'en', 'how_to_fix', 'Sender side: test the domain''s SPF record with an SPF checker; merge multiple v=spf1 records into one, fix typos, and cut lookups by removing unused includes or replacing them with ip4 and ip6 ranges. For 4.7.24, check that all of the domain''s authoritative name servers answer quickly and consistently.

Server side: a 4.7.24 can also mean that your own resolver failed, so check it before blaming the sender.'),
    ('X.7.24', 'tr', 'how_to_fix', 'Gönderen tarafında: alan adının SPF kaydını bir SPF denetleyicisiyle sınayın; birden fazla v=spf1 kaydını tek kayıtta birleştirin, yazım hatalarını düzeltin ve kullanılmayan include terimlerini kaldırarak ya da ip4 ve ip6 aralıklarıyla değiştirerek sorgu sayısını azaltın. 4.7.24 için alan adının tüm yetkili ad sunucularının hızlı ve tutarlı yanıt verdiğini denetleyin.

Sunucu tarafında: 4.7.24 sizin kendi çözümleyicinizin başarısız olduğu anlamına da gelebilir; göndereni suçlamadan önce onu denetleyin.'),
    ('X.7.24', 'en', 'retry', 'As 4.7.24 the message stays queued and normal retries usually succeed once DNS answers again. As 5.7.24, nothing changes until the domain owner fixes the record.'),
    ('X.7.24', 'tr', 'retry', '4.7.24 olarak gelirse ileti kuyrukta kalır ve DNS yeniden yanıt vermeye başladığında olağan yeniden denemeler genellikle başarılı olur. 5.7.24 olarak gelirse alan adı sahibi kaydı düzeltene kadar hiçbir şey değişmez.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.24', 1, 'RFC 7372', '3.2'),
    ('X.7.24', 2, 'RFC 7208', '8.6'),
    ('X.7.24', 3, 'RFC 7208', '8.7');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.24', '451', 1),
    ('X.7.24', '550', 2),
    ('X.7.24', 'X.7.23', 3),
    ('X.7.24', 'X.4.3', 4),
    ('X.7.24', 'X.5.2', 5);

-- X.7.25
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.25', 'en', 'title', 'Reverse DNS Validation Failed'),
    ('X.7.25', 'tr', 'title', 'Ters DNS doğrulaması başarısız'),
    ('X.7.25', 'en', 'description', 'The connecting client''s IP address failed the reverse-DNS check that local policy requires. Usually the address has no PTR record, or the name in the PTR record does not resolve back to the same address (forward-confirmed reverse DNS fails). Defined in RFC 7372, section 3.3.'),
    ('X.7.25', 'tr', 'description', 'Bağlanan istemcinin IP adresi, yerel politikanın zorunlu tuttuğu ters DNS denetiminden geçememiştir. Genellikle adres için bir ters DNS (PTR kaydı) tanımlanmamıştır ya da PTR kaydındaki ad yeniden aynı adrese çözümlenmez (ileri yönde doğrulanmış ters DNS denetimi başarısız olur). RFC 7372, bölüm 3.3 ile tanımlanmıştır.'),
    ('X.7.25', 'en', 'seen_when', 'With 550 in the registry, and in practice also with 450 when the receiver treats a DNS lookup failure as temporary. Gmail returns 550 5.7.25 when the sending IP has no PTR record or the PTR name does not point back to it; Postfix''s reject_unknown_client_hostname gives "Client host rejected: cannot find your hostname".'),
    ('X.7.25', 'tr', 'seen_when', 'IANA kaydında 550 ile eşleşir; uygulamada alıcı taraf DNS sorgu hatasını geçici saydığında 450 ile de gelir. Gmail, gönderen IP adresinin PTR kaydı yoksa ya da PTR adı yeniden o adrese işaret etmiyorsa 550 5.7.25 döndürür; Postfix''in reject_unknown_client_hostname denetimi ise "Client host rejected: cannot find your hostname" yanıtını verir.'),
    ('X.7.25', 'en', 'how_to_fix', 'Sender side: ask whoever controls the IP address (hosting provider, ISP or cloud platform; the PTR record is not in your own domain''s zone) to set a PTR record to a name such as mail.example.com, and make sure that name has an A or AAAA record pointing back to the same IP; use the same name in EHLO. Home and dynamic IP ranges rarely qualify, so send through your provider''s relay instead.

Server side: if legitimate senders fail only because their DNS is slow, treat lookup failures as temporary (450) rather than permanent.'),
    ('X.7.25', 'tr', 'how_to_fix', 'Gönderen tarafında: IP adresini yöneten tarafa (barındırma sağlayıcısı, İnternet servis sağlayıcısı ya da bulut platformu; PTR kaydı kendi alan adınızın bölgesinde değildir) mail.example.com gibi bir ada işaret eden bir PTR kaydı oluşturmasını söyleyin ve bu adın yeniden aynı IP adresine işaret eden bir A ya da AAAA kaydı olduğundan emin olun; EHLO komutunda da aynı adı kullanın. Ev ve dinamik IP aralıkları bu koşulu nadiren sağlar, bu yüzden bunun yerine sağlayıcınızın aktarma sunucusu üzerinden gönderin.

Sunucu tarafında: meşru gönderenler yalnızca DNS sunucuları yavaş olduğu için takılıyorsa, sorgu hatalarını kalıcı değil geçici (450) sayın.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.25', 1, 'RFC 7372', '3.3');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.25', '550', 1),
    ('X.7.25', '450', 2),
    ('X.7.25', 'X.7.1', 3),
    ('X.7.25', 'X.7.26', 4);

-- X.7.26
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.26', 'en', 'title', 'Multiple Authentication Checks Failed'),
    ('X.7.26', 'tr', 'title', 'Birden fazla kimlik doğrulama denetimi başarısız'),
    ('X.7.26', 'en', 'description', 'The message failed more than one message-authentication check, for example both SPF and DKIM and therefore DMARC, contrary to local policy; RFC 7372 deliberately leaves out which ones. Gmail also uses it, as 4.7.26 and 5.7.26, for mail that is not authenticated at all and for rejections under the sender domain''s DMARC policy, which has made it one of the most common X.7 codes.'),
    ('X.7.26', 'tr', 'description', 'İleti birden fazla ileti kimlik doğrulama denetiminden, örneğin hem SPF hem DKIM ve dolayısıyla DMARC denetiminden, yerel politikaya aykırı biçimde geçememiştir; RFC 7372 hangilerinin başarısız olduğunu bilerek belirtmez. Gmail de bu kodu 4.7.26 ve 5.7.26 olarak hiç kimlik doğrulaması yapılmamış postalar ve gönderen alan adının DMARC politikasına göre verilen retler için kullanır; bu da onu en sık görülen X.7 kodlarından biri yapmıştır.'),
    ('X.7.26', 'en', 'seen_when', 'With 550, and from Gmail also 421. Gmail''s texts include "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM", "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain''s DMARC policy", and 421 4.7.26 deferrals for unauthenticated mail.'),
    ('X.7.26', 'tr', 'seen_when', '550 ile, Gmail''den ayrıca 421 ile gelir. Gmail''in metinleri arasında "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM", "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain''s DMARC policy" ve kimliği doğrulanmamış postalar için 421 4.7.26 ertelemeleri vardır.'),
    ('X.7.26', 'en', 'how_to_fix', 'Sender side: make SPF and DKIM pass for the From domain and publish a DMARC record, e.g. a TXT record at _dmarc.example.com with "v=DMARC1; p=none; rua=mailto:dmarc@example.com"; then check a received message''s Authentication-Results header field for spf=pass, dkim=pass and dmarc=pass. Mail sent through a third-party service needs that service''s SPF include and DKIM set up for your domain.

Server side: if the failing messages pass through your forwarder or mailing list, add ARC sealing and SRS, since forwarding breaks SPF and changes to the body break DKIM.'),
    ('X.7.26', 'tr', 'how_to_fix', 'Gönderen tarafında: From alan adı için SPF ve DKIM denetimlerinin geçmesini sağlayın ve bir DMARC kaydı yayımlayın; örneğin _dmarc.example.com adresinde "v=DMARC1; p=none; rua=mailto:dmarc@example.com" değerli bir TXT kaydı. Ardından alınan bir iletinin Authentication-Results başlık alanında spf=pass, dkim=pass ve dmarc=pass sonuçlarını arayın. Üçüncü taraf bir hizmet üzerinden gönderilen postalar için o hizmetin SPF include terimi ve alan adınıza göre yapılandırılmış DKIM gerekir.

Sunucu tarafında: başarısız iletiler sizin yönlendiricinizden ya da posta listenizden geçiyorsa ARC mühürleme ve SRS ekleyin; yönlendirme SPF sonucunu, gövdedeki değişiklikler de DKIM imzasını bozar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.26', 1, 'RFC 7372', '3.4');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.26', '550', 1),
    ('X.7.26', '421', 2),
    ('X.7.26', 'X.7.23', 3),
    ('X.7.26', 'X.7.20', 4),
    ('X.7.26', '5.7.515', 5);

-- X.7.27
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.27', 'en', 'title', 'Sender Address Has Null MX'),
    ('X.7.27', 'tr', 'title', 'Gönderen adresinde null MX kaydı var'),
    ('X.7.27', 'en', 'description', 'The domain of the sender''s address publishes a null MX record (a single MX record with preference 0 and the target ".", RFC 7505), declaring that it accepts no mail. Bounces to that sender could never be delivered, so the receiver refuses the message. RFC 7505 (section 4.2) recommends this code for such rejections.'),
    ('X.7.27', 'tr', 'description', 'Gönderen adresinin alan adı bir null MX kaydı (RFC 7505; önceliği 0 ve hedefi "." olan tek bir MX kaydı) yayımlayarak hiç posta kabul etmediğini bildirir. Bu gönderene teslim edilemedi bildirimleri hiçbir zaman ulaştırılamayacağından alıcı taraf iletiyi reddeder. RFC 7505 (bölüm 4.2) bu tür retler için bu kodu önerir.'),
    ('X.7.27', 'en', 'seen_when', 'With 550, usually at MAIL FROM or RCPT TO ("550 5.7.27 Sender address has null MX"). Typical cases are a no-reply subdomain that was deliberately given a null MX, or a parked domain used as the sender address by an application.'),
    ('X.7.27', 'tr', 'seen_when', 'Genellikle MAIL FROM ya da RCPT TO aşamasında 550 ile gelir ("550 5.7.27 Sender address has null MX"). Tipik durumlar, bilerek null MX verilmiş bir no-reply alt alan adı ya da bir uygulamanın gönderen adresinde kullandığı park edilmiş bir alan adıdır.'),
    ('X.7.27', 'en', 'how_to_fix', 'Sender side: send from a domain that can receive mail, both in the envelope sender (Return-Path) and in the From header field; RFC 7505 advises against using null-MX domains in either, even for no-reply addresses.

Server side (the sending domain''s DNS): remove the null MX from every domain you use in sender addresses and publish real MX records that accept bounces.'),
    ('X.7.27', 'tr', 'how_to_fix', 'Gönderen tarafında: hem zarf göndereninde (Return-Path) hem de From başlık alanında posta alabilen bir alan adından gönderin; RFC 7505, no-reply adresleri için bile null MX kaydı olan alan adlarının bu alanlardan hiçbirinde kullanılmamasını öğütler.

Sunucu tarafında (gönderen alan adının DNS kayıtları): gönderen adreslerinde kullandığınız her alan adından null MX kaydını kaldırın ve teslim edilemedi bildirimlerini kabul eden gerçek MX kayıtları yayımlayın.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.27', 1, 'RFC 7505', '4.2');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.27', '550', 1),
    ('X.7.27', 'X.1.10', 2),
    ('X.7.27', '556', 3),
    ('X.7.27', 'X.1.8', 4);

-- X.7.28
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.28', 'en', 'title', 'Mail Flood Detected'),
    ('X.7.28', 'tr', 'title', 'Posta akını tespit edildi'),
    ('X.7.28', 'en', 'description', 'The message looks like part of a flood of similar abusive messages, such as mail bombing, where one victim is buried under many messages. The code was proposed in draft-levine-mailbomb-header, an Internet-Draft that never became an RFC, and was registered nevertheless. Gmail uses it widely as 421 4.7.28 when it rate-limits mail it considers unsolicited.'),
    ('X.7.28', 'tr', 'description', 'İleti, benzer kötü amaçlı iletilerden oluşan bir akının parçası gibi görünür; örneğin bir kişinin çok sayıda iletiyle boğulduğu posta bombardımanı. Kod, hiçbir zaman RFC olmamış bir İnternet taslağı olan draft-levine-mailbomb-header ile önerilmiş ve buna rağmen kaydedilmiştir. Gmail bu kodu istenmeyen ileti (spam) saydığı postalara gönderim hızı sınırı uygularken 421 4.7.28 olarak yaygın biçimde kullanır.'),
    ('X.7.28', 'en', 'seen_when', 'Gmail''s texts are the ones usually met: "421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address", with variants naming the DKIM domain, the SPF domain or a URL domain in the message. The registry gives no basic code (its field holds a description instead); both 4xx and 5xx occur.'),
    ('X.7.28', 'tr', 'seen_when', 'Genellikle karşılaşılan metinler Gmail''e aittir: "421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address" ve bunun DKIM alan adını, SPF alan adını ya da iletideki bir URL alan adını anan türevleri. IANA kaydı bir temel kod vermez (ilgili alanda kod yerine bir açıklama vardır); hem 4xx hem de 5xx görülür.'),
    ('X.7.28', 'en', 'how_to_fix', 'Sender side: slow down and find what drew the complaints: a recent list import, missing unsubscribe links, a compromised account or a web form abused to send mail. Check the domain''s spam rate in Google Postmaster Tools, keep it below 0.3%, and send only to recipients who asked for the mail.

Server side: if the flood comes from your own network, find the source (a hijacked account, a vulnerable form) and stop it before letting the queue retry.'),
    ('X.7.28', 'tr', 'how_to_fix', 'Gönderen tarafında: gönderimi yavaşlatın ve şikâyetlere neyin yol açtığını bulun: yakın zamanda içe aktarılmış bir liste, eksik abonelikten çıkma bağlantıları, ele geçirilmiş bir hesap ya da posta göndermek için kötüye kullanılan bir web formu. Alan adının istenmeyen ileti oranını Google Postmaster Tools üzerinden izleyin, yüzde 0,3 altında tutun ve yalnızca postayı isteyen alıcılara gönderin.

Sunucu tarafında: akın kendi ağınızdan geliyorsa kaynağı (ele geçirilmiş bir hesap, açığı olan bir form) bulun ve kuyruğun yeniden denemesine izin vermeden önce durdurun.'),
    ('X.7.28', 'en', 'retry', 'As 421 4.7.28 the deferral is temporary and a normal queue delivers the mail later, but keep retry intervals long and reduce the volume sent to Gmail; pressing harder prolongs the limit. If deferrals go on for days, the cause has not been fixed.'),
    ('X.7.28', 'tr', 'retry', '421 4.7.28 olarak gelirse erteleme geçicidir ve olağan bir kuyruk postayı daha sonra teslim eder; ancak yeniden deneme aralıklarını uzun tutun ve Gmail''e gönderilen hacmi azaltın, daha sık denemek sınırı uzatır. Ertelemeler günlerce sürüyorsa neden giderilmemiştir.'),
    ('X.7.28', 'en', 'note', 'X.7.28 comes from draft-levine-mailbomb-header, which never became an RFC (hence its draft status here), and the registry entry lacks an associated basic code. Gmail''s rate-limiting use is broader than the draft''s mail-bombing sense.'),
    ('X.7.28', 'tr', 'note', 'X.7.28, hiçbir zaman RFC olmamış draft-levine-mailbomb-header taslağından gelir (burada taslak olarak gösterilmesinin nedeni budur) ve IANA kaydındaki girdisinde ilişkili bir temel kod yoktur. Gmail''in gönderim hızı sınırı için yaptığı kullanım, taslaktaki posta bombardımanı anlamından daha geniştir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.28', 1, 'draft-levine-mailbomb-header', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.28', '421', 1),
    ('X.7.28', '450', 2),
    ('X.7.28', 'X.7.1', 3),
    ('X.7.28', '4.7.650', 4);

-- X.7.29
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.29', 'en', 'title', 'ARC Validation Failure'),
    ('X.7.29', 'tr', 'title', 'ARC doğrulaması başarısız'),
    ('X.7.29', 'en', 'description', 'The message carried ARC (Authenticated Received Chain, RFC 8617) header fields, and the chain failed validation: a seal or message signature did not verify, or the sets were incomplete or out of order (cv=fail). ARC lets intermediaries such as mailing lists and forwarders pass on the authentication results they saw; a broken chain means that evidence cannot be trusted.'),
    ('X.7.29', 'tr', 'description', 'İleti ARC (Authenticated Received Chain, RFC 8617) başlık alanları taşımaktadır ve zincir doğrulanamamıştır: bir mühür ya da ileti imzası doğrulanmamış veya kümeler eksik ya da sırasız kalmıştır (cv=fail). ARC, posta listeleri ve yönlendiriciler gibi ara sistemlerin gördükleri kimlik doğrulama sonuçlarını aktarmasını sağlar; kırık bir zincir bu kanıta güvenilemeyeceği anlamına gelir.'),
    ('X.7.29', 'en', 'seen_when', 'With 550 after DATA ("550 5.7.29 ARC validation failure"). Rare as an outright rejection, since receivers usually treat a failed chain like no ARC at all and judge the message by SPF, DKIM and DMARC; it shows up with intermediaries that seal incorrectly and with messages modified after sealing.'),
    ('X.7.29', 'tr', 'seen_when', 'DATA sonrasında 550 ile gelir ("550 5.7.29 ARC validation failure"). Doğrudan ret olarak nadirdir, çünkü alıcı taraflar başarısız bir zinciri genellikle hiç ARC yokmuş gibi değerlendirip iletiye SPF, DKIM ve DMARC sonuçlarına göre karar verir; hatalı mühürleyen ara sistemlerde ve mühürlendikten sonra değiştirilen iletilerde görülür.'),
    ('X.7.29', 'en', 'how_to_fix', 'Sender side: if your mail passes through a mailing list or forwarder, the fault is usually there; send the full rejection and the message headers to its operator.

Server side (intermediary): check that the ARC signing key is published at the selector named in ARC-Seal, that each hop adds a complete set (ARC-Authentication-Results, ARC-Message-Signature, ARC-Seal) with the next instance number, and that nothing changes the message after sealing.'),
    ('X.7.29', 'tr', 'how_to_fix', 'Gönderen tarafında: postanız bir posta listesinden ya da yönlendiriciden geçiyorsa hata genellikle oradadır; ret yanıtının tamamını ve iletinin başlıklarını onu işletene gönderin.

Sunucu tarafında (ara sistem): ARC imzalama anahtarının ARC-Seal alanında adı geçen seçicide yayımlandığını, her sunucunun bir sonraki sıra numarasıyla eksiksiz bir küme (ARC-Authentication-Results, ARC-Message-Signature, ARC-Seal) eklediğini ve mühürlemeden sonra hiçbir şeyin iletiyi değiştirmediğini denetleyin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.29', 1, 'RFC 8617', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.29', '550', 1),
    ('X.7.29', 'X.7.26', 2),
    ('X.7.29', 'X.7.20', 3),
    ('X.7.29', 'X.7.7', 4);

-- X.7.30
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('X.7.30', 'en', 'title', 'REQUIRETLS Support Required'),
    ('X.7.30', 'tr', 'title', 'REQUIRETLS desteği gerekli'),
    ('X.7.30', 'en', 'description', 'The message was sent with REQUIRETLS (RFC 8689), which demands that every hop use TLS with a verified certificate and itself support REQUIRETLS, and no next hop meeting those conditions could be found, so the message cannot be passed on. The sender asked that the message rather not be delivered than travel unprotected; this code reports that outcome.'),
    ('X.7.30', 'tr', 'description', 'İleti REQUIRETLS (RFC 8689) ile gönderilmiştir; bu uzantı her aşamada sertifikası doğrulanmış TLS kullanılmasını ve bir sonraki sunucunun da REQUIRETLS desteklemesini şart koşar. Bu koşulları sağlayan bir sonraki sunucu bulunamadığından ileti aktarılamaz. Gönderen, iletinin korumasız yol almaktansa hiç teslim edilmemesini istemiştir; bu kod o sonucu bildirir.'),
    ('X.7.30', 'en', 'seen_when', 'With 550 from the relay that cannot continue ("550 5.7.30 REQUIRETLS support required"), or in the bounce it generates. Few servers support REQUIRETLS so far, so the code appears mostly when a sender turns REQUIRETLS on for ordinary Internet destinations.'),
    ('X.7.30', 'tr', 'seen_when', 'Devam edemeyen aktarma sunucusundan 550 ile ("550 5.7.30 REQUIRETLS support required") ya da onun ürettiği teslim edilemedi bildiriminde gelir. REQUIRETLS şimdilik az sayıda sunucuda desteklendiğinden, kod çoğunlukla bir gönderen sıradan İnternet hedefleri için REQUIRETLS açtığında görülür.'),
    ('X.7.30', 'en', 'how_to_fix', 'Sender side: send without REQUIRETLS if the content allows it (most servers still encrypt the connection opportunistically), or use another channel for the confidential content.

Server side (receiving): to accept such mail, advertise REQUIRETLS after STARTTLS and make the MX host verifiable through MTA-STS or DANE with a valid certificate.'),
    ('X.7.30', 'tr', 'how_to_fix', 'Gönderen tarafında: içerik izin veriyorsa REQUIRETLS olmadan gönderin (sunucuların çoğu bağlantıyı yine de fırsatçı olarak şifreler) ya da gizli içerik için başka bir kanal kullanın.

Sunucu tarafında (alıcı sunucu): bu tür postaları kabul etmek için STARTTLS sonrasında REQUIRETLS duyurun ve MX sunucusunu geçerli bir sertifikayla MTA-STS ya da DANE üzerinden doğrulanabilir kılın.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('X.7.30', 1, 'RFC 8689', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('X.7.30', '550', 1),
    ('X.7.30', 'X.7.4', 2),
    ('X.7.30', 'X.7.5', 3),
    ('X.7.30', 'X.7.0', 4);

-- 4.7.32
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('4.7.32', 'en', 'title', 'From Header Not Aligned With the SPF or DKIM Domain (Gmail)'),
    ('4.7.32', 'tr', 'title', 'From alanı SPF ya da DKIM alan adıyla hizalı değil (Gmail)'),
    ('4.7.32', 'en', 'description', 'Gmail has slowed delivery because the domain in the message''s From header field is not aligned with either the domain that passed SPF or the domain of a passing DKIM signature, the alignment DMARC requires. Google''s sender guidelines ask bulk senders for DMARC alignment, and Gmail throttles mail that lacks it. The class is 4: the mail is deferred, not refused.'),
    ('4.7.32', 'tr', 'description', 'Gmail teslimi yavaşlatmıştır, çünkü iletinin From başlık alanındaki alan adı ne SPF denetiminden geçen alan adıyla ne de geçerli bir DKIM imzasının alan adıyla hizalıdır; DMARC''ın istediği hizalama budur. Google''ın gönderen yönergeleri toplu gönderenlerden DMARC hizalaması ister ve Gmail bunu sağlamayan postaları yavaşlatır. Kod 4 sınıfında olduğundan posta reddedilmemiş, yalnızca ertelenmiştir.'),
    ('4.7.32', 'en', 'seen_when', 'Only from Gmail''s MX servers, as 421 4.7.32, with a text saying that the mail has been rate limited because the From header is not aligned with the authenticated SPF or DKIM organizational domain. It belongs to the replies Google introduced along with its sender requirements enforced from 2024.'),
    ('4.7.32', 'tr', 'seen_when', 'Yalnızca Gmail''in MX sunucularından, 421 4.7.32 olarak gelir; metin, From başlığı kimliği doğrulanmış SPF ya da DKIM kuruluş alan adıyla hizalı olmadığı için postaya hız sınırı uygulandığını söyler. Google''ın 2024 yılından itibaren uyguladığı gönderen gereksinimleriyle birlikte getirdiği yanıtlardandır.'),
    ('4.7.32', 'en', 'how_to_fix', 'Sender side: make SPF or DKIM pass for the same organizational domain as the From address: set up custom DKIM in your sending service (d=example.com, or a subdomain of it, for From addresses at example.com) or use a Return-Path domain under your own domain, and publish a DMARC record at _dmarc.example.com. A test message to a Gmail account should then show dmarc=pass in its Authentication-Results header field.

Server side: if you relay for customers, sign their mail with DKIM keys of their own domains rather than a shared platform domain.'),
    ('4.7.32', 'tr', 'how_to_fix', 'Gönderen tarafında: From adresiyle aynı kuruluş alan adı için SPF ya da DKIM denetiminin geçmesini sağlayın: gönderim hizmetinizde özel DKIM yapılandırın (example.com adresli From için d=example.com ya da onun bir alt alan adı) veya kendi alan adınız altında bir Return-Path alan adı kullanın ve _dmarc.example.com adresinde bir DMARC kaydı yayımlayın. Ardından bir Gmail hesabına gönderilen deneme iletisinin Authentication-Results başlık alanında dmarc=pass görünmelidir.

Sunucu tarafında: müşterileriniz adına posta aktarıyorsanız postalarını ortak bir platform alan adıyla değil, kendi alan adlarının DKIM anahtarlarıyla imzalayın.'),
    ('4.7.32', 'en', 'retry', 'The deferral is temporary, and queued mail usually gets through on later attempts, but slowly; until alignment is fixed, Gmail keeps throttling every message from that From domain. Fix the alignment rather than retrying harder.'),
    ('4.7.32', 'tr', 'retry', 'Erteleme geçicidir ve kuyruktaki posta sonraki denemelerde genellikle geçer, ama yavaş; hizalama düzeltilene kadar Gmail o From alan adından gelen her iletiyi yavaşlatmayı sürdürür. Daha sık denemek yerine hizalamayı düzeltin.'),
    ('4.7.32', 'en', 'note', 'Vendor code used by Google (Gmail); it is not in the IANA registry of enhanced status codes, which has no X.7.32. Other receivers do not use the number, or may use it for something else.'),
    ('4.7.32', 'tr', 'note', 'Google''ın (Gmail) kullandığı, üreticiye özgü bir koddur; IANA genişletilmiş durum kodu kaydında yer almaz ve orada X.7.32 diye bir girdi yoktur. Başka alıcı sunucular bu numarayı kullanmaz ya da başka bir anlamda kullanabilir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('4.7.32', 1, 'Google Workspace Admin Help: SMTP errors and codes', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('4.7.32', '421', 1),
    ('4.7.32', 'X.7.26', 2),
    ('4.7.32', 'X.7.22', 3),
    ('4.7.32', 'X.7.28', 4),
    ('4.7.32', '5.7.515', 5);

-- 4.7.650
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('4.7.650', 'en', 'title', 'IP Temporarily Rate Limited Due to Reputation (Outlook.com)'),
    ('4.7.650', 'tr', 'title', 'IP adresi itibarı nedeniyle geçici hız sınırına takıldı (Outlook.com)'),
    ('4.7.650', 'en', 'description', 'Microsoft''s consumer mail service (Outlook.com, Hotmail, Live, MSN) accepts mail from the sending IP address only slowly because of that address''s reputation. It is a deferral: the connection works, but messages are turned away with a temporary code until Microsoft''s filters trust the IP more. New IP addresses without sending history, sudden jumps in volume and complaint spikes are the usual triggers.'),
    ('4.7.650', 'tr', 'description', 'Microsoft''un bireysel posta hizmeti (Outlook.com, Hotmail, Live, MSN), gönderen IP adresinden gelen postaları o adresin itibarı nedeniyle yavaş kabul eder. Bu bir ertelemedir: bağlantı kurulur, ama Microsoft''un filtreleri IP adresine daha çok güvenene kadar iletiler geçici bir kodla geri çevrilir. Gönderim geçmişi olmayan yeni IP adresleri, hacimdeki ani artışlar ve şikâyet sıçramaları olağan tetikleyicilerdir.'),
    ('4.7.650', 'en', 'seen_when', 'As "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation", followed by a pointer to Microsoft''s postmaster information and an internal tag such as (S775). It appears at MAIL FROM or RCPT TO, typically while an IP is being warmed up or after a campaign that drew many complaints.'),
    ('4.7.650', 'tr', 'seen_when', '"451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation" biçiminde gelir; ardından Microsoft''un postmaster bilgilerine bir yönlendirme ve (S775) gibi bir iç etiket yer alır. MAIL FROM ya da RCPT TO aşamasında, genellikle bir IP adresi ısındırılırken ya da çok şikâyet alan bir kampanyadan sonra görülür.'),
    ('4.7.650', 'en', 'how_to_fix', 'Sender side: reduce the sending rate and the number of parallel connections to Microsoft''s MX hosts, warm new IP addresses up gradually, and send only to engaged recipients with low complaint rates. Register the IP ranges in Microsoft''s Smart Network Data Services (SNDS) and Junk Mail Reporting Program (JMRP) to see reputation and complaints.

Server side: if deferrals persist although the traffic is clean, open a ticket through the Outlook.com sender support form linked from postmaster.live.com.'),
    ('4.7.650', 'tr', 'how_to_fix', 'Gönderen tarafında: Microsoft''un MX sunucularına gönderim hızını ve eşzamanlı bağlantı sayısını azaltın, yeni IP adreslerini kademeli olarak ısındırın ve yalnızca ilgili, şikâyet oranı düşük alıcılara gönderin. İtibarı ve şikâyetleri görebilmek için IP aralıklarınızı Microsoft''un Smart Network Data Services (SNDS) ve Junk Mail Reporting Program (JMRP) hizmetlerine kaydedin.

Sunucu tarafında: trafik temiz olduğu halde ertelemeler sürüyorsa postmaster.live.com üzerinden erişilen Outlook.com gönderen destek formuyla bir kayıt açın.'),
    ('4.7.650', 'en', 'retry', 'Keep the messages queued and let retries back off (for example every 15 minutes at first, then hourly); most are delivered within hours. Retrying more aggressively, or from many IP addresses at once, makes the limit last longer.'),
    ('4.7.650', 'tr', 'retry', 'İletileri kuyrukta tutun ve yeniden deneme aralıklarının uzamasına izin verin (örneğin önce 15 dakikada bir, sonra saatte bir); çoğu birkaç saat içinde teslim edilir. Daha sık ya da aynı anda birçok IP adresinden denemek sınırın daha uzun sürmesine yol açar.'),
    ('4.7.650', 'en', 'note', 'Vendor code used by Microsoft for Outlook.com and its related consumer domains; it is not in the IANA registry. The bracketed tags such as S775 are Microsoft''s internal reference codes, useful when contacting its sender support.'),
    ('4.7.650', 'tr', 'note', 'Microsoft''un Outlook.com ve ilgili bireysel alan adları için kullandığı, üreticiye özgü bir koddur; IANA kaydında yer almaz. S775 gibi köşeli parantez içindeki etiketler Microsoft''un iç başvuru kodlarıdır ve gönderen desteğine başvururken işe yarar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('4.7.650', 1, 'Outlook.com Postmaster (postmaster.live.com)', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('4.7.650', '451', 1),
    ('4.7.650', '4.7.651', 2),
    ('4.7.650', '5.7.606', 3),
    ('4.7.650', 'X.7.28', 4);

-- 4.7.651
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('4.7.651', 'en', 'title', 'IP Temporarily Rate Limited Due to Reputation (Outlook.com)'),
    ('4.7.651', 'tr', 'title', 'IP adresi itibarı nedeniyle geçici hız sınırına takıldı (Outlook.com)'),
    ('4.7.651', 'en', 'description', 'The same situation as 4.7.650: Microsoft''s consumer mail service is throttling the sending IP address because of its reputation, and messages are deferred rather than refused. Microsoft gives no public explanation of how the two numbers differ; they come from different filtering rules, and the remedy is the same.'),
    ('4.7.651', 'tr', 'description', '4.7.650 ile aynı durumdur: Microsoft''un bireysel posta hizmeti gönderen IP adresini itibarı nedeniyle yavaşlatmaktadır ve iletiler reddedilmez, ertelenir. Microsoft iki numaranın nasıl ayrıştığını herkese açık biçimde açıklamaz; farklı filtreleme kurallarından gelirler ve çözüm aynıdır.'),
    ('4.7.651', 'en', 'seen_when', 'As "451 4.7.651 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation", usually with a pointer to Microsoft''s postmaster information and a tag such as (S3114). Reported for IP addresses in warm-up, for shared IP addresses carrying mixed traffic, and after sudden increases in volume.'),
    ('4.7.651', 'tr', 'seen_when', '"451 4.7.651 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation" biçiminde, genellikle Microsoft''un postmaster bilgilerine bir yönlendirme ve (S3114) gibi bir etiketle gelir. Isındırma aşamasındaki IP adresleri, karışık trafik taşıyan paylaşımlı IP adresleri ve hacimdeki ani artışlardan sonra görüldüğü bildirilir.'),
    ('4.7.651', 'en', 'how_to_fix', 'Sender side: lower the rate and concurrency toward Outlook.com, keep complaint and bounce rates low by cleaning the list, and make sure SPF, DKIM and DMARC pass. SNDS shows how Microsoft currently rates the IP address.

Server side: if the limit does not ease within a day or two of clean sending, use the sender support form linked from postmaster.live.com and quote the tag from the reply.'),
    ('4.7.651', 'tr', 'how_to_fix', 'Gönderen tarafında: Outlook.com yönündeki gönderim hızını ve eşzamanlılığı düşürün, listeyi temizleyerek şikâyet ve geri dönme oranlarını düşük tutun ve SPF, DKIM ile DMARC denetimlerinin geçtiğinden emin olun. Microsoft''un IP adresini şu anda nasıl değerlendirdiğini SNDS gösterir.

Sunucu tarafında: temiz gönderime rağmen sınır bir iki gün içinde gevşemezse postmaster.live.com üzerinden erişilen gönderen destek formunu kullanın ve yanıttaki etiketi belirtin.'),
    ('4.7.651', 'en', 'retry', 'Let the queue retry with growing intervals; deferred messages are normally accepted later the same day. Do not switch to other IP addresses just to get around the limit, as Microsoft may extend it to them.'),
    ('4.7.651', 'tr', 'retry', 'Kuyruğun giderek uzayan aralıklarla yeniden denemesine izin verin; ertelenen iletiler genellikle aynı gün içinde kabul edilir. Yalnızca sınırı aşmak için başka IP adreslerine geçmeyin; Microsoft sınırı onlara da genişletebilir.'),
    ('4.7.651', 'en', 'note', 'Vendor code used by Microsoft for Outlook.com; it is not in the IANA registry. Its reply text is the same as that of 4.7.650, and Microsoft does not publish what distinguishes the two.'),
    ('4.7.651', 'tr', 'note', 'Microsoft''un Outlook.com için kullandığı, üreticiye özgü bir koddur; IANA kaydında yer almaz. Yanıt metni 4.7.650 ile aynıdır ve Microsoft ikisini neyin ayırdığını yayımlamaz.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('4.7.651', 1, 'Outlook.com Postmaster (postmaster.live.com)', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('4.7.651', '451', 1),
    ('4.7.651', '4.7.650', 2),
    ('4.7.651', '5.7.606', 3),
    ('4.7.651', 'X.7.28', 4);

-- 5.2.121
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('5.2.121', 'en', 'title', 'Recipient''s Hourly Limit for Messages From This Sender Exceeded (Microsoft)'),
    ('5.2.121', 'tr', 'title', 'Alıcının bu gönderenden saatlik ileti sınırı aşıldı (Microsoft)'),
    ('5.2.121', 'en', 'description', 'Exchange Online (Microsoft 365) and Outlook.com limit how many messages one recipient may receive per hour, and also how many of those may come from a single sender. 5.2.121 reports the second limit: this sender has sent the recipient too many messages within the last hour, while mail from other senders still gets through. Microsoft documents the sender-recipient limit as a third of the hourly receiving limit (1,200 of 3,600 messages at the time of writing).'),
    ('5.2.121', 'tr', 'description', 'Exchange Online (Microsoft 365) ve Outlook.com, bir alıcının saatte kaç ileti alabileceğini ve bunların kaçının tek bir gönderenden gelebileceğini sınırlar. 5.2.121 ikinci sınırı bildirir: bu gönderen son bir saat içinde alıcıya çok fazla ileti göndermiştir; diğer gönderenlerden gelen postalar ise geçmeye devam eder. Microsoft gönderen-alıcı sınırını saatlik alım sınırının üçte biri olarak belgeler (bu yazı hazırlanırken 3.600 iletiden 1.200).'),
    ('5.2.121', 'en', 'seen_when', 'At RCPT TO, as 550 or 554 5.2.121 with a text saying that the recipient''s per-hour limit for messages from this sender has been exceeded. Typical senders are monitoring systems, ticketing tools and scripts that send one notification per event to the same address.'),
    ('5.2.121', 'tr', 'seen_when', 'RCPT TO aşamasında, alıcının bu gönderenden saatlik ileti sınırının aşıldığını söyleyen bir metinle 550 ya da 554 5.2.121 olarak gelir. Tipik gönderenler izleme sistemleri, destek talebi araçları ve her olay için aynı adrese ayrı bir bildirim gönderen betiklerdir.'),
    ('5.2.121', 'en', 'how_to_fix', 'Sender side: batch or throttle automated notifications (one digest instead of hundreds of single messages), and break loops such as two auto-responders answering each other.

Recipient''s administrator: Microsoft does not let tenants raise this limit; if a system legitimately needs that volume, have it deliver another way (for example through the Microsoft Graph API) or spread the traffic over several mailboxes.'),
    ('5.2.121', 'tr', 'how_to_fix', 'Gönderen tarafında: otomatik bildirimleri toplu gönderin ya da yavaşlatın (yüzlerce tek ileti yerine tek bir özet) ve birbirine yanıt veren iki otomatik yanıtlayıcı gibi döngüleri kırın.

Alıcının yöneticisi: Microsoft kiracıların bu sınırı yükseltmesine izin vermez; bir sistemin gerçekten bu hacme ihtiyacı varsa postaları başka bir yoldan (örneğin Microsoft Graph API ile) teslim etmesini sağlayın ya da trafiği birkaç posta kutusuna dağıtın.'),
    ('5.2.121', 'en', 'retry', 'Although it is a 5xx reply, the block lasts for a rolling hour: a message resent an hour or more later is normally accepted. Automated senders should hold such messages and retry later rather than drop them, and must lower their rate, or the limit is hit again.'),
    ('5.2.121', 'tr', 'retry', '5xx yanıtı olsa da engel kayan bir saat boyunca sürer: bir saat ya da daha sonra yeniden gönderilen ileti genellikle kabul edilir. Otomatik gönderenler bu iletileri atmak yerine bekletip daha sonra yeniden denemeli ve gönderim hızını düşürmelidir; yoksa sınıra yeniden takılırlar.'),
    ('5.2.121', 'en', 'note', 'Vendor code used by Microsoft (Exchange Online, Outlook.com); it is not in the IANA registry, whose X.2 entries stop at X.2.4. RFC 3463 syntax allows detail numbers of up to three digits, which Microsoft uses for its own codes.'),
    ('5.2.121', 'tr', 'note', 'Microsoft''un (Exchange Online, Outlook.com) kullandığı, üreticiye özgü bir koddur; X.2 girdileri X.2.4 ile biten IANA kaydında yer almaz. RFC 3463 söz dizimi üç basamağa kadar ayrıntı numaralarına izin verir; Microsoft bunları kendi kodları için kullanır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('5.2.121', 1, 'Microsoft Learn: Exchange Online limits', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('5.2.121', '554', 1),
    ('5.2.121', '550', 2),
    ('5.2.121', '5.2.122', 3),
    ('5.2.121', 'X.7.28', 4);

-- 5.2.122
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('5.2.122', 'en', 'title', 'Recipient''s Hourly Receive Limit Exceeded (Microsoft)'),
    ('5.2.122', 'tr', 'title', 'Alıcının saatlik ileti alma sınırı aşıldı (Microsoft)'),
    ('5.2.122', 'en', 'description', 'The recipient mailbox has received more messages within the last hour than Microsoft allows in total, from all senders together (Exchange Online documents 3,600 messages per hour at the time of writing). Until the count falls, the mailbox refuses further mail from outside. Unlike 5.2.121, your own sending may be only a small part of the load.'),
    ('5.2.122', 'tr', 'description', 'Alıcı posta kutusu son bir saat içinde, tüm gönderenlerden toplam olarak Microsoft''un izin verdiğinden fazla ileti almıştır (Exchange Online, bu yazı hazırlanırken saatte 3.600 ileti olarak belgeler). Sayı düşene kadar posta kutusu dışarıdan gelen yeni postaları reddeder. 5.2.121 kodundan farklı olarak sizin gönderiminiz bu yükün küçük bir parçası olabilir.'),
    ('5.2.122', 'en', 'seen_when', 'At RCPT TO, for example "554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour" from Outlook.com hosts, or 550 5.2.122 from Exchange Online. Mailboxes that collect alerts, scanned documents or mail from many automated systems are the usual victims.'),
    ('5.2.122', 'tr', 'seen_when', 'RCPT TO aşamasında gelir; örneğin Outlook.com sunucularından "554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour" ya da Exchange Online''dan 550 5.2.122. Uyarıları, taranmış belgeleri ya da çok sayıda otomatik sistemin postalarını toplayan posta kutuları en sık etkilenenlerdir.'),
    ('5.2.122', 'en', 'how_to_fix', 'Sender side: there is little to do beyond waiting and reducing your own volume to that address; let the recipient know through another channel that their mailbox is refusing mail.

Recipient''s administrator: find what floods the mailbox (message trace in the Exchange admin center), stop loops and noisy systems, and split high-volume feeds over several mailboxes.'),
    ('5.2.122', 'tr', 'how_to_fix', 'Gönderen tarafında: beklemek ve o adrese gönderdiğiniz hacmi azaltmak dışında yapılacak pek bir şey yoktur; alıcıya posta kutusunun postaları reddettiğini başka bir kanaldan bildirin.

Alıcının yöneticisi: posta kutusunu neyin doldurduğunu bulun (Exchange yönetim merkezindeki ileti izleme), döngüleri ve gürültülü sistemleri durdurun ve yüksek hacimli akışları birkaç posta kutusuna bölün.'),
    ('5.2.122', 'en', 'retry', 'Although it is a 5xx reply, the limit applies to a rolling hour, so resending an hour or more later usually works once the mailbox''s load has dropped. Do not retry in a tight loop: every refused attempt still counts against the recipient.'),
    ('5.2.122', 'tr', 'retry', '5xx yanıtı olsa da sınır kayan bir saat için geçerlidir; bu yüzden posta kutusunun yükü azaldığında bir saat ya da daha sonra yeniden göndermek genellikle işe yarar. Sık aralıklarla yeniden denemeyin; reddedilen her deneme de alıcı hesabına sayılır.'),
    ('5.2.122', 'en', 'note', 'Vendor code used by Microsoft (Exchange Online, Outlook.com); it is not in the IANA registry. Microsoft sends it as a permanent failure although the condition lasts about an hour, so sending systems bounce the message at once instead of retrying.'),
    ('5.2.122', 'tr', 'note', 'Microsoft''un (Exchange Online, Outlook.com) kullandığı, üreticiye özgü bir koddur; IANA kaydında yer almaz. Durum yaklaşık bir saat sürdüğü halde Microsoft onu kalıcı hata olarak gönderir; bu yüzden gönderen sistemler iletiyi yeniden denemek yerine hemen geri çevirir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('5.2.122', 1, 'Microsoft Learn: Exchange Online limits', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('5.2.122', '554', 1),
    ('5.2.122', '550', 2),
    ('5.2.122', '5.2.121', 3),
    ('5.2.122', 'X.2.2', 4);

-- 5.7.515
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('5.7.515', 'en', 'title', 'Sending Domain Does Not Meet the Required Authentication Level (Outlook.com)'),
    ('5.7.515', 'tr', 'title', 'Gönderen alan adı gereken kimlik doğrulama düzeyini karşılamıyor (Outlook.com)'),
    ('5.7.515', 'en', 'description', 'Outlook.com, with Hotmail, Live and MSN, rejects the message because the domain in its From header field does not meet Microsoft''s authentication requirements for high-volume senders: SPF must pass, DKIM must pass, and a DMARC record (at least p=none) must be published, with SPF or DKIM aligned to the From domain. Microsoft announced the rules for domains sending more than 5,000 messages a day to its consumer services and has enforced them with this rejection since May 2025.'),
    ('5.7.515', 'tr', 'description', 'Outlook.com (Hotmail, Live ve MSN ile birlikte) iletiyi reddeder, çünkü From başlık alanındaki alan adı Microsoft''un yüksek hacimli gönderenler için koyduğu kimlik doğrulama koşullarını karşılamaz: SPF geçmeli, DKIM geçmeli ve From alan adıyla SPF ya da DKIM üzerinden hizalanmış bir DMARC kaydı (en az p=none) yayımlanmış olmalıdır. Microsoft bu kuralları bireysel hizmetlerine günde 5.000 iletiden fazla gönderen alan adları için duyurmuş ve 2025 yılının Mayıs ayından bu yana bu retle uygulamaktadır.'),
    ('5.7.515', 'en', 'seen_when', 'As "550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level", at RCPT TO or after DATA, sometimes followed by the SPF, DKIM and DMARC results Microsoft saw. It hits newsletters, shops and application mail sent through services that were never set up with the customer''s own domain.'),
    ('5.7.515', 'tr', 'seen_when', 'RCPT TO aşamasında ya da DATA sonrasında "550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level" biçiminde, bazen Microsoft''un gördüğü SPF, DKIM ve DMARC sonuçlarıyla birlikte gelir. Müşterinin kendi alan adıyla hiç yapılandırılmamış hizmetler üzerinden gönderilen bültenleri, mağaza postalarını ve uygulama postalarını etkiler.'),
    ('5.7.515', 'en', 'how_to_fix', 'Sender side: publish an SPF record that includes every service sending as the domain, enable DKIM signing with your own domain in each of those services, and publish a DMARC record (a TXT record at _dmarc.example.com with "v=DMARC1; p=none; rua=mailto:dmarc@example.com" is enough to start). Then send a test to an Outlook.com address and check the Authentication-Results header field for spf=pass, dkim=pass and dmarc=pass.

Server side: if you run the sending platform, offer customer-domain DKIM and a customer-domain Return-Path, so that both SPF and DKIM align.'),
    ('5.7.515', 'tr', 'how_to_fix', 'Gönderen tarafında: alan adı adına gönderim yapan tüm hizmetleri içeren bir SPF kaydı yayımlayın, bu hizmetlerin her birinde kendi alan adınızla DKIM imzalamayı açın ve bir DMARC kaydı yayımlayın (başlangıç için _dmarc.example.com adresinde "v=DMARC1; p=none; rua=mailto:dmarc@example.com" değerli bir TXT kaydı yeterlidir). Ardından bir Outlook.com adresine deneme iletisi gönderin ve Authentication-Results başlık alanında spf=pass, dkim=pass ve dmarc=pass sonuçlarını denetleyin.

Sunucu tarafında: gönderim platformunu siz işletiyorsanız, hem SPF hem de DKIM hizalansın diye müşterinin alan adıyla DKIM ve müşterinin alan adında bir Return-Path sunun.'),
    ('5.7.515', 'en', 'retry', 'Do not resend unchanged: the same message will be refused again. After correcting the DNS records, and waiting for their TTL to expire, resend the affected messages.'),
    ('5.7.515', 'tr', 'retry', 'Değiştirmeden yeniden göndermeyin: aynı ileti yine reddedilir. DNS kayıtlarını düzeltip TTL sürelerinin dolmasını bekledikten sonra etkilenen iletileri yeniden gönderin.'),
    ('5.7.515', 'en', 'note', 'Vendor code used by Microsoft; it is not in the IANA registry. Many articles misquote it as 5.7.15, which in the registry is RFC 6710''s "Priority Level is too low" and has nothing to do with authentication.'),
    ('5.7.515', 'tr', 'note', 'Microsoft''un kullandığı, üreticiye özgü bir koddur; IANA kaydında yer almaz. Birçok yazı onu yanlışlıkla 5.7.15 olarak aktarır; IANA kaydında 5.7.15, RFC 6710 belgesindeki "Priority Level is too low" kodudur ve kimlik doğrulamayla ilgisi yoktur.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('5.7.515', 1, 'Microsoft Support: Fix NDR error 550 5.7.515 in Outlook.com', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('5.7.515', '550', 1),
    ('5.7.515', 'X.7.26', 2),
    ('5.7.515', 'X.7.23', 3),
    ('5.7.515', 'X.7.20', 4),
    ('5.7.515', '4.7.32', 5);

-- 5.7.606
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('5.7.606', 'en', 'title', 'Access Denied, Banned Sending IP (Microsoft)'),
    ('5.7.606', 'tr', 'title', 'Erişim reddedildi, gönderen IP adresi yasaklı (Microsoft)'),
    ('5.7.606', 'en', 'description', 'Microsoft''s mail filtering has put the sending IP address on its blocked-senders list, and Microsoft 365 and Outlook.com recipients accept no mail from that address until it is removed. The block is on the IP address, not on the domain or the message, so passing SPF, DKIM and DMARC does not help. Microsoft uses a range of codes, 5.7.606 to 5.7.649, for this list.'),
    ('5.7.606', 'tr', 'description', 'Microsoft''un posta filtrelemesi gönderen IP adresini engellenen gönderenler listesine almıştır; Microsoft 365 ve Outlook.com alıcıları adres listeden çıkarılana kadar bu adresten hiç posta kabul etmez. Engel alan adına ya da iletiye değil, IP adresine uygulanır; bu yüzden SPF, DKIM ve DMARC denetimlerinden geçmek işe yaramaz. Microsoft bu liste için 5.7.606–5.7.649 aralığındaki kodları kullanır.'),
    ('5.7.606', 'en', 'seen_when', 'As "550 5.7.606 Access denied, banned sending IP [192.0.2.1]", followed by an invitation to request removal at https://sender.office.com. It usually follows spam sent from a compromised account or server, mail to a purchased list, or an IP address inherited from a previous user of a hosting platform.'),
    ('5.7.606', 'tr', 'seen_when', '"550 5.7.606 Access denied, banned sending IP [192.0.2.1]" biçiminde, ardından https://sender.office.com adresinden listeden çıkarılma isteminde bulunma çağrısıyla gelir. Genellikle ele geçirilmiş bir hesaptan ya da sunucudan gönderilen istenmeyen iletilerin, satın alınmış bir listeye yapılan gönderimin veya bir barındırma platformunda önceki kullanıcıdan devralınmış bir IP adresinin ardından görülür.'),
    ('5.7.606', 'en', 'how_to_fix', 'Sender side: stop the cause first: find compromised accounts, open relays or bad lists, and check the IP address on public blocklists too. Then request removal at the Office 365 delist portal (https://sender.office.com), which asks for the email address and the IP address and sends a confirmation link.

Server side: if the IP address keeps getting listed, move outbound mail to a relay service with a managed reputation, and register your ranges in SNDS to watch complaints.'),
    ('5.7.606', 'tr', 'how_to_fix', 'Gönderen tarafında: önce nedeni durdurun: ele geçirilmiş hesapları, açık aktarıcıları ya da kötü listeleri bulun ve IP adresini herkese açık kara listelerde (DNSBL) de sorgulayın. Ardından e-posta adresini ve IP adresini isteyip bir onay bağlantısı gönderen Office 365 listeden çıkarma portalından (https://sender.office.com) kaldırılma isteyin.

Sunucu tarafında: IP adresi tekrar tekrar listeye giriyorsa giden postayı itibarı yönetilen bir aktarma hizmetine taşıyın ve şikâyetleri izlemek için IP aralıklarınızı SNDS hizmetine kaydedin.'),
    ('5.7.606', 'en', 'retry', 'Retrying is useless while the IP address is listed: every attempt is refused. Resend after the delist portal has confirmed the removal, allowing some hours for it to take effect.'),
    ('5.7.606', 'tr', 'retry', 'IP adresi listedeyken yeniden denemek boşunadır: her deneme reddedilir. Listeden çıkarma portalı kaldırmayı onayladıktan sonra, etkinleşmesi için birkaç saat tanıyarak yeniden gönderin.'),
    ('5.7.606', 'en', 'note', 'Vendor code used by Microsoft; it is not in the IANA registry. It belongs to the 5.7.606 to 5.7.649 range that Microsoft uses for its banned-IP list; other receivers do not use these numbers.'),
    ('5.7.606', 'tr', 'note', 'Microsoft''un kullandığı, üreticiye özgü bir koddur; IANA kaydında yer almaz. Microsoft''un yasaklı IP listesi için kullandığı 5.7.606–5.7.649 aralığına aittir; başka alıcı sunucular bu numaraları kullanmaz.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('5.7.606', 1, 'Microsoft Learn: Use the delist portal to remove yourself from the blocked senders list', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('5.7.606', '550', 1),
    ('5.7.606', 'X.7.1', 2),
    ('5.7.606', '4.7.650', 3),
    ('5.7.606', '4.7.651', 4);
