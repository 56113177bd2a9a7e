-- Texts for the basic success and intermediate replies: 211, 214, 220, 221, 235, 250, 251,
-- 252 (2xx) and 334, 354 (3xx), in English and Turkish, with the RFC sections that define
-- each code, the contexts (command or extension) in which it means something of its own, and
-- the codes a reader should look at next. 221 and 235 keep the wording of the project's first
-- page (reference/original-page-221-vs-235.txt) and extend it with the RFC facts.

-- 211 -----------------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('211', 'en', 'title',
     'System Status or Help Reply'),
    ('211', 'en', 'description',
     'RFC 5321 lists 211 as "System status, or system help reply". It belongs to the information group (x1z) and is one of the two success replies the standard allows for the HELP command; the other is 214. The text is free-form and written for a person reading the session, not for software.

In practice 211 is rare. Most servers answer HELP with 214, and some do not implement HELP at all and send 502. A 211 says nothing about whether mail will be accepted: HELP does not touch the sender, recipient or data buffers, so the state of the session is unchanged.'),
    ('211', 'en', 'seen_when',
     'After a HELP command, with or without an argument, typed by hand in a telnet, nc or openssl s_client session, or sent by a monitoring probe. HELP may be sent at any point in the session, even before EHLO. If the server has ENHANCEDSTATUSCODES enabled the text may begin with 2.0.0.

On the public Internet you will more often see 214 after HELP (Exim, Sendmail, Exchange) or 502 (Postfix, which does not implement HELP).'),
    ('211', 'en', 'how_to_fix',
     'No fix needed: 211 is a success reply and the session can go on with EHLO, MAIL or QUIT. If a script expects 214 and treats 211 as an error, fix the script: RFC 5321 allows both codes after HELP, and a client should decide by the first digit, so any 2xx here means the command worked.

For the administrator: nothing is required. If you would rather not show software and version details in help output, shorten or remove it (Sendmail, for example, reads it from the file named by its HelpFile option). RFC 5321 section 7.5 weighs the debugging value of such details against the information they disclose.'),
    ('211', 'en', 'retry',
     'Nothing to retry. 211 is a positive completion reply: continue with the next command.'),
    ('211', 'tr', 'title',
     'Sistem durumu veya yardım yanıtı'),
    ('211', 'tr', 'description',
     'RFC 5321, 211 kodunu "System status, or system help reply" (sistem durumu ya da sistem yardımı yanıtı) olarak tanımlar. Kod bilgi grubuna (x1z) aittir ve standardın HELP komutu için öngördüğü iki başarı yanıtından biridir; öteki 214 kodudur. Metin serbest biçimlidir ve yazılım için değil, oturumu okuyan kişi için yazılır.

Uygulamada 211 yanıtına pek rastlanmaz. Sunucuların çoğu HELP komutunu 214 ile yanıtlar; bir kısmı HELP komutunu hiç desteklemez ve 502 döndürür. 211 yanıtı, iletinin kabul edilip edilmeyeceği hakkında bir şey söylemez: HELP komutu gönderen, alıcı ve veri arabelleklerine dokunmaz, dolayısıyla oturumun durumu değişmez.'),
    ('211', 'tr', 'seen_when',
     'Elle açılmış bir telnet, nc ya da openssl s_client oturumunda veya bir izleme aracının gönderdiği HELP komutundan (argümanlı ya da argümansız) sonra görülür. HELP komutu oturumun herhangi bir anında, EHLO komutundan önce bile gönderilebilir. Sunucuda ENHANCEDSTATUSCODES etkinse metin 2.0.0 ile başlayabilir.

İnternette HELP komutundan sonra daha çok 214 yanıtı (Exim, Sendmail, Exchange) ya da 502 yanıtı (HELP komutunu desteklemeyen Postfix) görülür.'),
    ('211', 'tr', 'how_to_fix',
     'Düzeltme gerekmez: 211 bir başarı yanıtıdır ve oturum EHLO, MAIL ya da QUIT ile sürebilir. 214 bekleyen bir betik 211 yanıtını hata sayıyorsa betiği düzeltin: RFC 5321, HELP komutundan sonra iki koda da izin verir ve istemcinin ilk haneye göre karar vermesi gerekir; yani burada gelen her 2xx yanıtı komutun başarılı olduğunu gösterir.

Sunucu yöneticisi için yapılacak bir şey yoktur. Yardım çıktısında yazılım ve sürüm bilgisi göstermek istemiyorsanız bu metni kısaltın ya da kaldırın (örneğin Sendmail bu metni HelpFile seçeneğinde belirtilen dosyadan okur). RFC 5321, bölüm 7.5 bu tür bilgilerin hata ayıklamadaki yararını açığa çıkardıkları bilgiyle karşılaştırır.'),
    ('211', 'tr', 'retry',
     'Yeniden denenecek bir şey yoktur. 211 olumlu tamamlanma yanıtıdır: sıradaki komutla devam edin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('211', 1, 'RFC 5321', '4.2.3'),
    ('211', 2, 'RFC 5321', '4.2.2'),
    ('211', 3, 'RFC 5321', '4.3.2'),
    ('211', 4, 'RFC 5321', '4.1.1.8');
INSERT INTO related_codes (code, related, position) VALUES
    ('211', '214', 1),
    ('211', '502', 2),
    ('211', '504', 3);
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('211', 1, 'HELP', 'RFC 5321', '4.3.2');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('211', 1, 'en',
     'Success reply to HELP carrying system status or help text for a human reader; RFC 5321 allows it alongside 214.'),
    ('211', 1, 'tr',
     'HELP komutuna verilen ve insan okur için sistem durumu ya da yardım metni taşıyan başarı yanıtı; RFC 5321 buna 214 koduyla birlikte izin verir.');

-- 214 -----------------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('214', 'en', 'title',
     'Help Message'),
    ('214', 'en', 'description',
     'RFC 5321 defines 214 as "Help message": information on how to use the server or on the meaning of a particular non-standard command, and it adds that this reply "is useful only to the human user". It is the usual success reply to HELP. The text is often several lines long (214- on every line but the last) and its content is entirely up to the server: a list of supported commands, a pointer to documentation, or a single line.

Because the text is meant for people, software must not parse it to find out what the server supports. The authoritative list of extensions is the 250 reply to EHLO.'),
    ('214', 'en', 'seen_when',
     'After HELP, optionally with a command name as argument (HELP RCPT). Typical texts: Exim answers "214-Commands supported:" followed by a line listing verbs such as AUTH STARTTLS HELO EHLO MAIL RCPT DATA NOOP QUIT RSET HELP; Sendmail prints its help file between "214-2.0.0 This is sendmail version ..." and "214 2.0.0 End of HELP info". Postfix does not implement HELP and replies 502 instead.

HELP may be sent at any time, even before EHLO, and it does not affect a mail transaction in progress.'),
    ('214', 'en', 'how_to_fix',
     'No fix needed: the server answered HELP. Read the text if you are debugging by hand, then continue with EHLO or QUIT. Do not build client logic on it: to learn whether the server offers STARTTLS, AUTH, SIZE or SMTPUTF8, send EHLO and read the keywords in the 250 reply.

For the administrator: help output is optional content. If it exposes software versions you prefer to hide, shorten it (Sendmail reads it from the file named by its HelpFile option) or remove it, in which case HELP gets 502. RFC 5321 section 7.5 weighs the debugging value of such details against the information they disclose.'),
    ('214', 'en', 'retry',
     'Nothing to retry. 214 is a positive completion reply: send the next command.'),
    ('214', 'tr', 'title',
     'Yardım metni'),
    ('214', 'tr', 'description',
     'RFC 5321, 214 kodunu "Help message" (yardım metni) olarak tanımlar: sunucunun nasıl kullanılacağına ya da standart dışı bir komutun ne anlama geldiğine dair bilgi. Standart, bu yanıtın "yalnızca insan kullanıcı için yararlı" olduğunu da özellikle belirtir. HELP komutuna verilen olağan başarı yanıtıdır. Metin çoğu zaman birkaç satırdır (sonuncusu dışındaki her satır 214- ile başlar) ve içeriği tümüyle sunucuya bağlıdır: desteklenen komutların listesi, bir belgeye yönlendirme ya da tek bir satır olabilir.

Metin insanlar için yazıldığından yazılımlar, sunucunun neleri desteklediğini öğrenmek için bu metni ayrıştırmamalıdır. Uzantıların geçerli listesi EHLO komutuna verilen 250 yanıtındadır.'),
    ('214', 'tr', 'seen_when',
     'HELP komutundan sonra görülür; komuta argüman olarak bir komut adı da verilebilir (HELP RCPT). Tipik metinler: Exim önce "214-Commands supported:" satırını, ardından AUTH STARTTLS HELO EHLO MAIL RCPT DATA NOOP QUIT RSET HELP gibi komutları sıralayan bir satır gönderir; Sendmail yardım dosyasını "214-2.0.0 This is sendmail version ..." ile "214 2.0.0 End of HELP info" satırları arasında basar. Postfix HELP komutunu desteklemez ve bunun yerine 502 koduyla yanıt verir.

HELP komutu EHLO komutundan önce bile, her an gönderilebilir ve sürmekte olan bir posta işlemini etkilemez.'),
    ('214', 'tr', 'how_to_fix',
     'Düzeltme gerekmez: sunucu HELP komutunu yanıtlamıştır. Elle hata ayıklıyorsanız metni okuyun, ardından EHLO ya da QUIT ile devam edin. İstemci mantığını bu metne dayandırmayın: sunucunun STARTTLS, AUTH, SIZE ya da SMTPUTF8 sunup sunmadığını öğrenmek için EHLO gönderin ve 250 yanıtındaki anahtar sözcükleri okuyun.

Sunucu yöneticisi için: yardım çıktısı isteğe bağlı bir içeriktir. Gizlemek istediğiniz sürüm bilgilerini içeriyorsa metni kısaltın (Sendmail bu metni HelpFile seçeneğinde belirtilen dosyadan okur) ya da tümüyle kaldırın; bu durumda HELP komutu 502 yanıtı alır. RFC 5321, bölüm 7.5 bu tür bilgilerin hata ayıklamadaki yararını açığa çıkardıkları bilgiyle karşılaştırır.'),
    ('214', 'tr', 'retry',
     'Yeniden denenecek bir şey yoktur. 214 olumlu tamamlanma yanıtıdır: sıradaki komutu gönderin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('214', 1, 'RFC 5321', '4.2.3'),
    ('214', 2, 'RFC 5321', '4.2.2'),
    ('214', 3, 'RFC 5321', '4.3.2'),
    ('214', 4, 'RFC 5321', '4.1.1.8');
INSERT INTO related_codes (code, related, position) VALUES
    ('214', '211', 1),
    ('214', '502', 2),
    ('214', '504', 3),
    ('214', '250', 4);
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('214', 1, 'HELP', 'RFC 5321', '4.3.2');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('214', 1, 'en',
     'Success reply to HELP with help text written for a person, often several lines long; clients should not parse it.'),
    ('214', 1, 'tr',
     'HELP komutuna verilen, insanların okuması için yazılmış ve çoğu zaman birkaç satır süren yardım metni; istemciler bu metni ayrıştırmamalıdır.');

-- 220 -----------------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('220', 'en', 'title',
     'Service Ready'),
    ('220', 'en', 'description',
     'RFC 5321 gives the text as "<domain> Service ready". It is the greeting the server sends as soon as a client opens a TCP connection, before the client has said anything: the server identifies itself and signals that the SMTP session can start. The first word after the code must be the server''s fully qualified host name, or an address literal such as [192.0.2.1]; the rest of the line is free text and often names the software, as in "220 mx.example.com ESMTP Postfix". The greeting may span several lines (220- on all but the last), and the client should wait for it before sending EHLO.

The same code has a second meaning under the STARTTLS extension (RFC 3207): "220 Ready to start TLS" tells the client to begin the TLS handshake at once, on the same connection.

A server that does not want to talk to this client may greet with 554 instead of 220 (RFC 5321 section 3.1), or with 421 when it is overloaded or shutting down. Under RFC 2034 the greeting carries no enhanced status code; a form such as "220 2.0.0" is normal only as the reply to STARTTLS.'),
    ('220', 'en', 'seen_when',
     'Immediately after the TCP connection is accepted on port 25 (server to server) or 587 (message submission), and again as the reply to STARTTLS. Typical greetings: "220 mx.example.com ESMTP Postfix", "220 mail.example.com ESMTP Exim 4.97 <date>", "220 mx.google.com ESMTP ... - gsmtp", "220 ....outlook.com Microsoft ESMTP MAIL Service ready at <date>". On port 465 the server first expects a TLS handshake (implicit TLS, RFC 8314), so the 220 appears only inside the encrypted channel.

After STARTTLS the reply is typically "220 2.0.0 Ready to start TLS" (Postfix, Gmail) or simply "220 Ready to start TLS".

The greeting can be delayed on purpose: Postfix postscreen and Sendmail''s greet_pause feature wait a few seconds and can reject clients that start talking before the 220 arrives. RFC 5321 section 4.5.3.2.1 asks clients to wait at least 5 minutes for it.'),
    ('220', 'en', 'how_to_fix',
     'No fix needed when the 220 arrives: send EHLO with your own fully qualified host name and continue. After "220 Ready to start TLS", start the TLS handshake immediately and send EHLO again once it has completed; the list of extensions can change (many servers offer AUTH only over TLS).

If no 220 ever arrives, the problem lies below SMTP. Check that outbound port 25 is not blocked by your ISP or cloud provider (many block it; submit through your own provider on port 587 with authentication instead). Port 465 expects TLS from the first byte, so a plain-text client waits there forever (test with openssl s_client -connect host:465), while ports 25 and 587 greet in plain text and switch to TLS with STARTTLS (test with openssl s_client -starttls smtp -connect host:587). A firewall with SMTP inspection can mangle the banner; a greeting made of asterisks is the classic sign (Cisco ASA ESMTP inspection). For a quick test by hand use nc host 25 or telnet host 25.

For the administrator: make the name in the greeting the server''s real FQDN. The same name is normally used in EHLO when the host sends mail, and receivers check that it resolves (A or AAAA record) and matches the reverse DNS (PTR record) of the sending IP address. Set it with myhostname and smtpd_banner in Postfix, primary_hostname and smtp_banner in Exim, or the FQDN of the receive connector in Exchange. If the greeting is slow, look at DNS lookups of the client address, at connection and process limits (for example Postfix default_process_limit) and at deliberate delays such as postscreen_greet_wait.'),
    ('220', 'en', 'retry',
     'Nothing to retry: 220 means go ahead. Send EHLO, or start the TLS handshake if the 220 answered STARTTLS.

If the greeting never arrives, or the connection drops before it, a mail server treats that like a temporary failure: it keeps the message in its queue, usually tries the next MX host, and retries later.'),
    ('220', 'en', 'note',
     'Two meanings share this code: the connection greeting (RFC 5321) and the go-ahead for STARTTLS (RFC 3207). Read it in context. Only the greeting must start with the server''s domain, and only the STARTTLS reply may carry an enhanced status code, because RFC 2034 exempts the greeting (and the replies to EHLO and HELO) from enhanced codes.'),
    ('220', 'tr', 'title',
     'Hizmet hazır'),
    ('220', 'tr', 'description',
     'RFC 5321 bu yanıtın metnini "<domain> Service ready" (hizmet hazır) olarak verir. İstemci bir TCP bağlantısı açar açmaz, daha hiçbir şey göndermeden sunucunun yolladığı karşılama satırıdır: sunucu kendini tanıtır ve SMTP oturumunun başlayabileceğini bildirir. Koddan sonraki ilk sözcük sunucunun tam nitelikli ana bilgisayar adı ya da [192.0.2.1] gibi bir adres değişmezi olmalıdır; satırın geri kalanı serbest metindir ve çoğu zaman yazılımın adını içerir, örneğin "220 mx.example.com ESMTP Postfix". Karşılama birkaç satıra yayılabilir (sonuncusu dışındaki satırlar 220- ile başlar) ve istemci EHLO göndermeden önce onu beklemelidir.

Aynı kodun STARTTLS uzantısında (RFC 3207) ikinci bir anlamı vardır: "220 Ready to start TLS" yanıtı istemciye TLS el sıkışmasını aynı bağlantı üzerinde hemen başlatmasını söyler.

Bu istemciyle konuşmak istemeyen bir sunucu 220 yerine 554 ile (RFC 5321, bölüm 3.1), aşırı yük altındaysa ya da kapanıyorsa 421 ile karşılayabilir. RFC 2034 gereği karşılama satırı genişletilmiş durum kodu taşımaz; "220 2.0.0" gibi bir biçim yalnızca STARTTLS komutunun yanıtında olağandır.'),
    ('220', 'tr', 'seen_when',
     'TCP bağlantısı 25 numaralı portta (sunucular arası) ya da 587 numaralı portta (ileti gönderimi) kabul edildiği anda ve STARTTLS komutunun yanıtı olarak görülür. Tipik karşılamalar: "220 mx.example.com ESMTP Postfix", "220 mail.example.com ESMTP Exim 4.97 <tarih>", "220 mx.google.com ESMTP ... - gsmtp", "220 ....outlook.com Microsoft ESMTP MAIL Service ready at <tarih>". 465 numaralı portta sunucu önce TLS el sıkışması bekler (örtük TLS, RFC 8314); bu yüzden 220 yanıtı orada ancak şifreli kanalın içinde görünür.

STARTTLS sonrasında yanıt genellikle "220 2.0.0 Ready to start TLS" (Postfix, Gmail) ya da kısaca "220 Ready to start TLS" olur.

Karşılama bilerek geciktirilebilir: Postfix postscreen ve Sendmail greet_pause özelliği birkaç saniye bekler ve 220 yanıtı gelmeden konuşmaya başlayan istemcileri reddedebilir. RFC 5321, bölüm 4.5.3.2.1 istemcilerden bu satır için en az 5 dakika beklemelerini ister.'),
    ('220', 'tr', 'how_to_fix',
     '220 yanıtı geldiyse düzeltme gerekmez: kendi tam nitelikli ana bilgisayar adınızla EHLO gönderin ve devam edin. "220 Ready to start TLS" yanıtından sonra TLS el sıkışmasını hemen başlatın ve el sıkışma bitince EHLO komutunu yeniden gönderin; uzantı listesi değişebilir (birçok sunucu AUTH uzantısını yalnızca TLS üzerinden sunar).

220 yanıtı hiç gelmiyorsa sorun SMTP katmanının altındadır. İnternet servis sağlayıcınızın ya da bulut sağlayıcınızın giden 25 numaralı portu engellemediğinden emin olun (pek çoğu engeller; bu durumda iletiyi kendi sağlayıcınız üzerinden, 587 numaralı portta kimlik doğrulamayla gönderin). 465 numaralı port ilk bayttan itibaren TLS bekler, bu yüzden oraya düz metinle bağlanan istemci sonsuza dek bekler (openssl s_client -connect sunucu:465 ile deneyin); 25 ve 587 numaralı portlar ise düz metinle karşılar ve STARTTLS ile TLS kanalına geçer (openssl s_client -starttls smtp -connect sunucu:587 ile deneyin). SMTP denetimi yapan bir güvenlik duvarı karşılama satırını bozabilir; yıldızlardan oluşan bir karşılama bunun klasik belirtisidir (Cisco ASA ESMTP denetimi). Elle hızlı bir deneme için nc sunucu 25 ya da telnet sunucu 25 kullanın.

Sunucu yöneticisi için: karşılamadaki ad sunucunun gerçek tam nitelikli adı olmalıdır. Sunucu ileti gönderirken EHLO komutunda da genellikle aynı ad kullanılır ve alıcılar bu adın çözümlendiğini (A ya da AAAA kaydı) ve gönderen IP adresinin ters DNS (PTR kaydı) değeriyle eşleştiğini denetler. Adı Postfix için myhostname ve smtpd_banner, Exim için primary_hostname ve smtp_banner, Exchange için alma bağlayıcısının (receive connector) FQDN ayarıyla belirleyin. Karşılama yavaş geliyorsa istemci adresi için yapılan DNS sorgularına, bağlantı ve süreç sınırlarına (örneğin Postfix default_process_limit) ve postscreen_greet_wait gibi bilinçli gecikmelere bakın.'),
    ('220', 'tr', 'retry',
     'Yeniden denenecek bir şey yoktur: 220 devam et demektir. EHLO gönderin; 220 yanıtı STARTTLS komutuna geldiyse TLS el sıkışmasını başlatın.

Karşılama hiç gelmezse ya da bağlantı ondan önce koparsa posta sunucusu bunu geçici hata gibi değerlendirir: iletiyi kuyruğunda tutar, genellikle sıradaki MX sunucusunu dener ve daha sonra yeniden dener.'),
    ('220', 'tr', 'note',
     'Bu kodu iki anlam paylaşır: bağlantı karşılaması (RFC 5321) ve STARTTLS için devam onayı (RFC 3207). Kodu bağlamına göre okuyun. Yalnızca karşılama satırı sunucunun alan adıyla başlamak zorundadır ve yalnızca STARTTLS yanıtı genişletilmiş durum kodu taşıyabilir, çünkü RFC 2034 karşılamayı (ve EHLO ile HELO yanıtlarını) genişletilmiş kodların dışında tutar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('220', 1, 'RFC 5321', '4.2.3'),
    ('220', 2, 'RFC 5321', '3.1'),
    ('220', 3, 'RFC 3207', '4'),
    ('220', 4, 'RFC 5321', '4.2'),
    ('220', 5, 'RFC 5321', '4.3.1'),
    ('220', 6, 'RFC 5321', '4.2.2'),
    ('220', 7, 'RFC 5321', '4.3.2'),
    ('220', 8, 'RFC 5321', '4.5.3.2.1'),
    ('220', 9, 'RFC 2034', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('220', '421', 1),
    ('220', '554', 2),
    ('220', '521', 3),
    ('220', '454', 4),
    ('220', '250', 5);
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('220', 1, 'greeting', 'RFC 5321', '3.1'),
    ('220', 2, 'STARTTLS', 'RFC 3207', '4');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('220', 1, 'en',
     'The server''s opening line, "<domain> Service ready": the first word names the server, and the client may now send EHLO.'),
    ('220', 1, 'tr',
     'Sunucunun açılış satırı, "<domain> Service ready": ilk sözcük sunucunun adıdır ve istemci artık EHLO gönderebilir.'),
    ('220', 2, 'en',
     '"Ready to start TLS": the client must start the TLS handshake at once, then forget what it learned before and send EHLO again.'),
    ('220', 2, 'tr',
     '"Ready to start TLS": istemci TLS el sıkışmasını hemen başlatmalı, ardından önceden öğrendiklerini bir yana bırakıp EHLO komutunu yeniden göndermelidir.');

-- 221 -----------------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('221', 'en', 'title',
     'Closing Connection'),
    ('221', 'en', 'description',
     'The server is closing the transmission channel. This is the normal response to the QUIT command, indicating a graceful end to the SMTP session.

RFC 5321 gives the text as "<domain> Service closing transmission channel", with the server''s name as the first word, and section 4.1.1.10 requires the server to answer QUIT with 221 and then close the connection. 221 is not an error and says nothing about delivery: every message that already received 250 after its final dot stays accepted, while a transaction that is still open when QUIT arrives (MAIL and RCPT given, no data yet) is simply dropped. With ENHANCEDSTATUSCODES the reply usually carries 2.0.0.'),
    ('221', 'en', 'seen_when',
     'After sending the QUIT command at the end of a mail session. The server acknowledges the disconnect and the TCP connection will be closed.

Typical texts: "221 2.0.0 Bye" (Postfix), "221 2.0.0 mail.example.com closing connection" (Sendmail), "221 mail.example.com closing connection" (Exim), "221 2.0.0 closing connection ... - gsmtp" (Gmail), "221 2.0.0 Service closing transmission channel" (Exchange). QUIT may be sent at any point, so 221 also follows a rejection when the client gives up, for example after a 550 to RCPT.

One unrequested form comes from Postfix: "221 2.7.0 Error: I can break rules, too. Goodbye." is sent without any QUIT when the client sends something that is not an SMTP command, such as message header lines (Subject:, From:) after DATA was refused, or an HTTP or proxy request (GET, POST, CONNECT).'),
    ('221', 'en', 'how_to_fix',
     'No fix needed — this is the expected response when ending an SMTP session. If you see this unexpectedly, the server may be shutting down or timing out idle connections.

A 221 on its own never means that a message was lost or rejected: look at the reply to the final dot of each message (250 means accepted, 4xx or 5xx means not). If your client got 221 without sending QUIT, look at what it sent just before. The Postfix "I can break rules, too" variant means the client kept writing message text after DATA had failed (content may only follow a 354 reply) or spoke HTTP to the SMTP port; the server log shows "non-SMTP command from ...". Strictly, a server that hangs up on its own because of a shutdown, overload or time-out should say 421, so a 221 without QUIT is worth reporting to the server''s administrator.

For the administrator: nothing to change for a normal QUIT. If clients complain about being cut off, find the session in the mail log (Postfix: /var/log/mail.log or journalctl -u postfix; Exim: mainlog) and look for "non-SMTP command" warnings, the smtpd_forbidden_commands setting, and any proxy or load balancer in front of the server that may close sessions itself.'),
    ('221', 'en', 'retry',
     'Nothing to retry: the session is over. Open a new connection for the next message.

Messages that received 250 after their final dot are now the receiving server''s responsibility and must not be sent again. A message that had no final reply yet when the connection closed is treated as a temporary failure and retried later from the queue (RFC 5321 section 3.8 says to act as if 451 had been received).'),
    ('221', 'en', 'note',
     'Some popular lists say an unexpected 221 may mean the server is shutting down or timing out idle connections. RFC 5321 section 3.8 reserves 421 for those cases: a server may close a connection on its own only after answering QUIT with 221, after announcing a shutdown with 421, or after a time-out, and servers announce time-outs with 421 too (Postfix: "421 4.4.2 ... Error: timeout exceeded"). In practice an unrequested 221 usually comes from a server hanging up on a client that broke the protocol, as with Postfix''s "221 2.7.0 Error: I can break rules, too. Goodbye."'),
    ('221', 'tr', 'title',
     'Bağlantı kapatılıyor'),
    ('221', 'tr', 'description',
     'Sunucu iletim kanalını kapatıyor. Bu, QUIT komutuna verilen olağan yanıttır ve SMTP oturumunun düzgün biçimde sona erdiğini gösterir.

RFC 5321 bu yanıtın metnini "<domain> Service closing transmission channel" (iletim kanalı kapatılıyor) olarak verir; metnin ilk sözcüğü sunucunun adıdır. Standardın 4.1.1.10 bölümü, sunucunun QUIT komutunu 221 ile yanıtlamasını ve ardından bağlantıyı kapatmasını zorunlu tutar. 221 bir hata değildir ve teslim hakkında bir şey söylemez: son noktasından sonra 250 almış her ileti kabul edilmiş olarak kalır, QUIT geldiğinde hâlâ açık olan bir işlem (MAIL ve RCPT verilmiş, veri henüz gönderilmemiş) ise iptal edilir. ENHANCEDSTATUSCODES etkinse yanıt genellikle 2.0.0 kodunu taşır.'),
    ('221', 'tr', 'seen_when',
     'Bir posta oturumunun sonunda QUIT komutunu gönderdikten sonra görülür. Sunucu bağlantının kesilmesini onaylar ve TCP bağlantısı kapatılır.

Tipik metinler: "221 2.0.0 Bye" (Postfix), "221 2.0.0 mail.example.com closing connection" (Sendmail), "221 mail.example.com closing connection" (Exim), "221 2.0.0 closing connection ... - gsmtp" (Gmail), "221 2.0.0 Service closing transmission channel" (Exchange). QUIT her an gönderilebildiği için 221 yanıtı bir reddin ardından da gelebilir; örneğin RCPT komutu 550 aldıktan sonra vazgeçen bir istemci oturumu böyle kapatır.

İstenmeden gelen bir biçimini Postfix üretir: "221 2.7.0 Error: I can break rules, too. Goodbye." yanıtı, istemci QUIT göndermeden SMTP komutu olmayan bir şey yolladığında gelir; örneğin DATA reddedildiği hâlde gönderilen ileti başlıkları (Subject:, From:) ya da SMTP portuna yapılan bir HTTP veya vekil sunucu isteği (GET, POST, CONNECT).'),
    ('221', 'tr', 'how_to_fix',
     'Düzeltme gerekmez; bu, bir SMTP oturumunu sonlandırırken beklenen yanıttır. Beklemediğiniz bir anda görüyorsanız sunucu kapanıyor ya da boşta kalan bağlantıları zaman aşımıyla sonlandırıyor olabilir.

221 yanıtı tek başına bir iletinin kaybolduğu ya da reddedildiği anlamına gelmez: her iletinin son noktasına verilen yanıta bakın (250 kabul, 4xx ya da 5xx ret demektir). İstemciniz QUIT göndermeden 221 aldıysa hemen öncesinde ne gönderdiğine bakın. Postfix''in "I can break rules, too" yanıtı, istemcinin DATA başarısız olduktan sonra ileti metnini yazmayı sürdürdüğünü (içerik yalnızca 354 yanıtından sonra gönderilebilir) ya da SMTP portuna HTTP konuştuğunu gösterir; sunucu günlüğünde "non-SMTP command from ..." uyarısı yer alır. Standarda göre kapanma, aşırı yük ya da zaman aşımı yüzünden bağlantıyı kendiliğinden kesen bir sunucunun 421 kullanması gerekir; bu yüzden QUIT olmadan gelen bir 221 yanıtını sunucunun yöneticisine bildirmeye değer.

Sunucu yöneticisi için: olağan bir QUIT için değiştirilecek bir şey yoktur. İstemciler bağlantının kesildiğinden yakınıyorsa oturumu posta günlüğünde bulun (Postfix: /var/log/mail.log ya da journalctl -u postfix; Exim: mainlog) ve "non-SMTP command" uyarılarına, smtpd_forbidden_commands ayarına ve sunucunun önünde oturumları kendi başına kapatabilecek bir vekil sunucu ya da yük dengeleyici olup olmadığına bakın.'),
    ('221', 'tr', 'retry',
     'Yeniden denenecek bir şey yoktur: oturum bitmiştir. Sonraki ileti için yeni bir bağlantı açın.

Son noktasından sonra 250 almış iletiler artık alıcı sunucunun sorumluluğundadır ve yeniden gönderilmemelidir. Bağlantı kapandığında henüz son yanıtını almamış bir ileti ise geçici hata almış sayılır ve daha sonra kuyruktan yeniden denenir (RFC 5321, bölüm 3.8 bu durumda 451 alınmış gibi davranılmasını ister).'),
    ('221', 'tr', 'note',
     'Bazı yaygın listeler, beklenmedik bir 221 yanıtının sunucunun kapandığını ya da boştaki bağlantıları zaman aşımıyla kestiğini gösterebileceğini söyler. RFC 5321, bölüm 3.8 bu durumlar için 421 kodunu ayırır: sunucu bir bağlantıyı kendiliğinden yalnızca QUIT komutunu 221 ile yanıtladıktan sonra, kapanacağını 421 ile bildirdikten sonra ya da bir zaman aşımından sonra kapatabilir; sunucular zaman aşımını da 421 ile bildirir (Postfix: "421 4.4.2 ... Error: timeout exceeded"). Uygulamada istenmeden gelen bir 221 yanıtı çoğunlukla protokolü çiğneyen bir istemcinin bağlantısını kesen sunucudan gelir; Postfix''in "221 2.7.0 Error: I can break rules, too. Goodbye." yanıtı buna örnektir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('221', 1, 'RFC 5321', '4.1.1.10'),
    ('221', 2, 'RFC 5321', '3.8'),
    ('221', 3, 'RFC 5321', '4.2.3'),
    ('221', 4, 'RFC 5321', '4.2.2'),
    ('221', 5, 'RFC 5321', '4.3.2');
INSERT INTO related_codes (code, related, position) VALUES
    ('221', '421', 1),
    ('221', '250', 2),
    ('221', '220', 3),
    ('221', '235', 4);
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('221', 1, 'QUIT', 'RFC 5321', '4.1.1.10');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('221', 1, 'en',
     'The required reply to QUIT: the server confirms and closes the connection. Accepted messages stay accepted; an unfinished transaction is dropped.'),
    ('221', 1, 'tr',
     'QUIT komutuna verilmesi zorunlu yanıt: sunucu onaylar ve bağlantıyı kapatır. Kabul edilmiş iletiler kabul edilmiş kalır, tamamlanmamış işlem iptal edilir.');

-- 235 -----------------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('235', 'en', 'title',
     'Authentication Successful'),
    ('235', 'en', 'description',
     'The client has been successfully authenticated using the AUTH command. The server will now accept mail commands from this authenticated session.

RFC 4954 section 6 defines the reply as "235 2.7.0 Authentication Succeeded", and the examples in the same RFC print "235 2.7.0 Authentication successful". It closes the SASL exchange that AUTH started: immediately, when the client put its credentials on the AUTH line (AUTH PLAIN with an initial response), or after one or more 334 challenges (AUTH LOGIN, CRAM-MD5, SCRAM). From then on the server ties the session to that account, which on a submission port (587 or 465) usually also unlocks relaying to outside domains. If the SASL mechanism negotiated a security layer, the rest of the session runs inside it.

235 proves identity, not permission to use any sender address: the server can still refuse a later MAIL FROM whose address does not belong to the account. A second AUTH in the same session is refused with 503.'),
    ('235', 'en', 'seen_when',
     'After submitting valid credentials via the AUTH command (LOGIN, PLAIN, or other SASL mechanism). The server has verified your identity and you can now send mail.

Typical texts: "235 2.7.0 Authentication successful" (Postfix), "235 Authentication succeeded" (Exim), "235 2.0.0 OK Authenticated" (Sendmail), "235 2.7.0 Accepted" (Gmail), "235 2.7.0 Logged in." (Dovecot submission). It normally appears on port 587 after STARTTLS or on port 465 inside implicit TLS; servers set up like Postfix with smtpd_tls_auth_only = yes do not even offer AUTH before TLS. Mail programs do not show it; you see it in a protocol log (Thunderbird, swaks --auth, curl -v, PHPMailer SMTPDebug).'),
    ('235', 'en', 'how_to_fix',
     'No fix needed — authentication succeeded. If you expected this but received a different code, double-check your username, password, and the authentication mechanism.

What the other answers mean: 535 (usually 5.7.8) is refused credentials, which Gmail and Microsoft 365 also send when the account does not allow password logins over SMTP (use an app password or OAuth2, or enable SMTP AUTH for the mailbox); 534 5.7.9 is a mechanism the server finds too weak; 538 or 530 is a server that wants TLS first (use port 587 with STARTTLS, or port 465); 504 is a mechanism it does not support; 454 4.7.0 is a temporary problem on the server side. If 235 arrived but the next MAIL FROM or RCPT TO is refused, authentication is not the problem: the account may not be allowed to use that sender address (Postfix reject_sender_login_mismatch: "553 5.7.1 ... Sender address rejected: not owned by user ...") or relaying is not granted to authenticated users.

For the administrator: in Postfix, make sure smtpd_relay_restrictions (or smtpd_recipient_restrictions) lists permit_sasl_authenticated before reject_unauth_destination, and that smtpd_sasl_auth_enable = yes is set for the submission service. The mail log records every successful login with its user name (Postfix: "sasl_method=PLAIN, sasl_username=..."); it is the first place to look when an account is suspected of sending spam.'),
    ('235', 'en', 'retry',
     'Nothing to retry: continue the session with MAIL FROM. Do not send AUTH again in the same session, since the server must refuse a second AUTH with 503. If the connection is lost later, authenticate again on the new connection.'),
    ('235', 'en', 'note',
     'Texts differ between the RFC and real servers. RFC 4954 section 6 lists the reply as "Authentication Succeeded" while its own examples print "Authentication successful". The RFC and the IANA registry pair 235 with the enhanced code 2.7.0, yet Sendmail sends 2.0.0 ("235 2.0.0 OK Authenticated") and Exim''s default text carries no enhanced code at all. All of them report the same success; clients must act on the code 235 alone.'),
    ('235', 'tr', 'title',
     'Kimlik doğrulama başarılı'),
    ('235', 'tr', 'description',
     'İstemcinin kimliği AUTH komutuyla başarıyla doğrulandı. Sunucu bundan sonra kimliği doğrulanmış bu oturumdan gelen posta komutlarını kabul edecektir.

RFC 4954, bölüm 6 bu yanıtı "235 2.7.0 Authentication Succeeded" olarak tanımlar; aynı RFC içindeki örneklerde ise "235 2.7.0 Authentication successful" yazar. Yanıt, AUTH komutunun başlattığı SASL alışverişini kapatır: istemci kimlik bilgilerini AUTH satırına koyduysa (ilk yanıtlı AUTH PLAIN) hemen, koymadıysa bir ya da birkaç 334 sorgusundan sonra gelir (AUTH LOGIN, CRAM-MD5, SCRAM). Bundan sonra sunucu oturumu o hesapla ilişkilendirir; ileti gönderim portlarında (587 ya da 465) bu genellikle dış alan adlarına aktarma iznini de açar. SASL mekanizması bir güvenlik katmanı kurduysa oturumun geri kalanı bu katmanın içinde sürer.

235 yanıtı kimliği kanıtlar, her gönderen adresini kullanma iznini değil: adres hesaba ait değilse sunucu sonraki MAIL FROM komutunu yine de reddedebilir. Aynı oturumda ikinci bir AUTH komutu 503 ile reddedilir.'),
    ('235', 'tr', 'seen_when',
     'AUTH komutuyla (LOGIN, PLAIN ya da başka bir SASL mekanizması) geçerli kimlik bilgileri gönderildikten sonra görülür. Sunucu kimliğinizi doğrulamıştır ve artık ileti gönderebilirsiniz.

Tipik metinler: "235 2.7.0 Authentication successful" (Postfix), "235 Authentication succeeded" (Exim), "235 2.0.0 OK Authenticated" (Sendmail), "235 2.7.0 Accepted" (Gmail), "235 2.7.0 Logged in." (Dovecot submission). Genellikle 587 numaralı portta STARTTLS sonrasında ya da 465 numaralı portta örtük TLS içinde görülür; Postfix''te smtpd_tls_auth_only = yes gibi bir ayarla çalışan sunucular TLS kurulmadan AUTH uzantısını hiç sunmaz. E-posta programları bu yanıtı göstermez; onu bir protokol günlüğünde görürsünüz (Thunderbird, swaks --auth, curl -v, PHPMailer SMTPDebug).'),
    ('235', 'tr', 'how_to_fix',
     'Düzeltme gerekmez; kimlik doğrulama başarılı oldu. Bu yanıtı beklediğiniz hâlde farklı bir kod aldıysanız kullanıcı adınızı, parolanızı ve kimlik doğrulama mekanizmasını yeniden kontrol edin.

Öteki yanıtların anlamı: 535 (çoğunlukla 5.7.8) kimlik bilgilerinin reddedildiğini gösterir; Gmail ve Microsoft 365 hesap SMTP üzerinden parolayla girişe izin vermediğinde de bu kodu gönderir (uygulama parolası ya da OAuth2 kullanın veya posta kutusu için SMTP AUTH özelliğini açın). 534 5.7.9 sunucunun zayıf bulduğu bir mekanizmayı, 538 ya da 530 önce TLS isteyen bir sunucuyu (587 numaralı portta STARTTLS ya da 465 numaralı portu kullanın), 504 desteklenmeyen bir mekanizmayı, 454 4.7.0 ise sunucu tarafındaki geçici bir sorunu gösterir. 235 geldiği hâlde sonraki MAIL FROM ya da RCPT TO reddediliyorsa sorun kimlik doğrulamada değildir: hesabın o gönderen adresini kullanma izni olmayabilir (Postfix reject_sender_login_mismatch: "553 5.7.1 ... Sender address rejected: not owned by user ...") ya da kimliği doğrulanmış kullanıcılara aktarma izni verilmemiş olabilir.

Sunucu yöneticisi için: Postfix''te smtpd_relay_restrictions (ya da smtpd_recipient_restrictions) listesinde permit_sasl_authenticated kuralının reject_unauth_destination kuralından önce geldiğinden ve gönderim (submission) hizmeti için smtpd_sasl_auth_enable = yes ayarının bulunduğundan emin olun. Posta günlüğü her başarılı girişi kullanıcı adıyla kaydeder (Postfix: "sasl_method=PLAIN, sasl_username=..."); bir hesabın istenmeyen ileti (spam) göndermek için kullanıldığından şüphelendiğinizde ilk bakılacak yer burasıdır.'),
    ('235', 'tr', 'retry',
     'Yeniden denenecek bir şey yoktur: oturuma MAIL FROM ile devam edin. Aynı oturumda AUTH komutunu yeniden göndermeyin; sunucu ikinci bir AUTH komutunu 503 ile reddetmek zorundadır. Bağlantı daha sonra koparsa yeni bağlantıda kimliği yeniden doğrulayın.'),
    ('235', 'tr', 'note',
     'RFC ile gerçek sunucuların metinleri birbirini tutmaz. RFC 4954, bölüm 6 yanıtı "Authentication Succeeded" olarak listelerken kendi örneklerinde "Authentication successful" yazar. RFC ve IANA kaydı 235 kodunu 2.7.0 genişletilmiş durum koduyla eşler; buna karşın Sendmail 2.0.0 gönderir ("235 2.0.0 OK Authenticated"), Exim''in varsayılan metni ise hiç genişletilmiş durum kodu içermez. Hepsi aynı başarıyı bildirir; istemciler yalnızca 235 koduna göre davranmalıdır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('235', 1, 'RFC 4954', '6'),
    ('235', 2, 'RFC 4954', '4');
INSERT INTO related_codes (code, related, position) VALUES
    ('235', '535', 1),
    ('235', '334', 2),
    ('235', '530', 3),
    ('235', '454', 4),
    ('235', '221', 5);
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('235', 1, 'AUTH', 'RFC 4954', '6');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('235', 1, 'en',
     'Final success reply to AUTH (with 2.7.0): the SASL exchange is complete and the session is authenticated; no further AUTH is allowed.'),
    ('235', 1, 'tr',
     'AUTH komutuna verilen son başarı yanıtı (2.7.0 ile): SASL alışverişi tamamlanmıştır ve oturumun kimliği doğrulanmıştır; yeni bir AUTH komutuna izin verilmez.');

-- 250 -----------------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('250', 'en', 'title',
     'Requested Action Completed'),
    ('250', 'en', 'description',
     'RFC 5321 text: "Requested mail action okay, completed". It is the general success reply: the command just sent was accepted and carried out, and the client may send the next one. What was done depends on the command. After EHLO it opens the session and lists the server''s extensions; after MAIL FROM the sender is accepted; after RCPT TO that one recipient is accepted; after RSET and NOOP it means no more than "OK".

The most important 250 is the one that follows the final dot of a message (or BDAT LAST). RFC 5321 section 4.2.5 says that with it the server takes responsibility for the message: it will deliver it, retry it after temporary failures, or send a bounce (non-delivery report) to the envelope sender. From then on the sending side has done its part; if the message is not delivered, the problem lies further on and a bounce should follow.

Extensions reuse 250 with their own wording: ETRN (a queue run has started), ATRN (the connection roles are reversed), BDAT (a chunk was received) and BURL.'),
    ('250', 'en', 'seen_when',
     'After almost every command of a successful session. Typical texts: the multi-line EHLO reply "250-mx.example.com", "250-STARTTLS", "250-AUTH PLAIN LOGIN", "250-SIZE 52428800", "250 SMTPUTF8"; "250 2.1.0 Ok" after MAIL FROM and "250 2.1.5 Ok" after RCPT TO (Postfix; Exchange says "Sender OK" and "Recipient OK"); after the message "250 2.0.0 Ok: queued as 4F8kXz1Qm2z9" (Postfix), "250 OK id=1dMEYe-0000ZL-A1" (Exim), "250 2.0.0 OK ... - gsmtp" (Gmail), "250 2.6.0 <message-id> [InternalId=...] Queued mail for delivery" (Exchange). RSET and NOOP get "250 2.0.0 Ok".

The enhanced code after the final dot is usually 2.0.0 (Exchange uses 2.6.0); Postfix marks the acceptance of sender and recipient with 2.1.0 and 2.1.5, and 2.6.4 reports a conversion with loss. Replies to EHLO and HELO carry no enhanced code (RFC 2034).'),
    ('250', 'en', 'how_to_fix',
     'No fix needed: the step succeeded, continue. The 250 after the final dot is where the sender''s job for that message ends. Keep its text (the queue ID): it is what the receiving administrator needs to find the message in their logs.

If the message was accepted but never arrived, look further on: the recipient''s spam or junk folder, quarantine, server-side filters and forwarding rules, and the receiving server''s log for that queue ID. A later bounce to the envelope sender means that delivery failed after acceptance. If your client gives up waiting for this 250 and sends the message again, recipients get duplicates: RFC 5321 section 4.5.3.2.6 asks clients to wait at least 10 minutes after the final dot.

For the administrator: answer 250 after the final dot only once the message is safely stored, and answer 250 to VRFY or EXPN only if the address was really verified (section 3.5.3; use 252 otherwise). A server that accepts mail with 250 and decides only later to reject it sends backscatter bounces to forged senders; reject during the SMTP session instead, at RCPT or after DATA.'),
    ('250', 'en', 'retry',
     'Nothing to retry: continue with the next command. Do not resend a message that received 250 after its final dot; that only creates duplicates.

If the connection breaks after the final dot but before the 250 arrives, the client cannot know the outcome and normally retries later, which is why duplicates occasionally happen.'),
    ('250', 'en', 'note',
     'The same code means different things after different commands and extensions. The 250 after the final dot is a promise to deliver; a 250 after RCPT only accepts the address (the message can still be refused after DATA); under ETRN, ATRN, BDAT and BURL it carries the extension''s own meaning. RFC 5321 also forbids answering VRFY or EXPN with 250 unless the address was actually verified, so treat a 250 to VRFY as the server''s claim, not as proof that a mailbox exists.'),
    ('250', 'tr', 'title',
     'İstenen işlem tamamlandı'),
    ('250', 'tr', 'description',
     'RFC 5321 metni: "Requested mail action okay, completed" (istenen posta işlemi tamam, tamamlandı). Genel başarı yanıtıdır: az önce gönderilen komut kabul edilip yerine getirilmiştir ve istemci sıradakini gönderebilir. Neyin yapıldığı komuta bağlıdır. EHLO sonrasında oturumu açar ve sunucunun uzantılarını listeler; MAIL FROM sonrasında gönderen, RCPT TO sonrasında o alıcı kabul edilmiştir; RSET ve NOOP sonrasında "tamam" demekten öte bir anlamı yoktur.

En önemli 250 yanıtı, bir iletinin son noktasından (ya da BDAT LAST komutundan) sonra gelendir. RFC 5321, bölüm 4.2.5 bu yanıtla iletinin sorumluluğunun sunucuya geçtiğini söyler: sunucu iletiyi teslim edecek, geçici hatalardan sonra yeniden deneyecek ya da zarftaki gönderen adresine bir teslim edilemedi bildirimi gönderecektir. Bundan sonra gönderen taraf üzerine düşeni yapmıştır; ileti teslim edilmezse sorun daha ileridedir ve bir teslim edilemedi bildirimi gelmelidir.

Uzantılar 250 kodunu kendi ifadeleriyle yeniden kullanır: ETRN (kuyruk çalıştırması başladı), ATRN (bağlantıdaki roller yer değiştirdi), BDAT (bir parça alındı) ve BURL.'),
    ('250', 'tr', 'seen_when',
     'Başarılı bir oturumda neredeyse her komuttan sonra görülür. Tipik metinler: çok satırlı EHLO yanıtı "250-mx.example.com", "250-STARTTLS", "250-AUTH PLAIN LOGIN", "250-SIZE 52428800", "250 SMTPUTF8"; MAIL FROM sonrasında "250 2.1.0 Ok", RCPT TO sonrasında "250 2.1.5 Ok" (Postfix; Exchange "Sender OK" ve "Recipient OK" yazar); ileti sonrasında "250 2.0.0 Ok: queued as 4F8kXz1Qm2z9" (Postfix), "250 OK id=1dMEYe-0000ZL-A1" (Exim), "250 2.0.0 OK ... - gsmtp" (Gmail), "250 2.6.0 <message-id> [InternalId=...] Queued mail for delivery" (Exchange). RSET ve NOOP "250 2.0.0 Ok" alır.

Son noktadan sonraki genişletilmiş durum kodu genellikle 2.0.0 olur (Exchange 2.6.0 kullanır); Postfix gönderenin ve alıcının kabulünü 2.1.0 ve 2.1.5 ile işaretler, 2.6.4 ise kayıplı bir dönüştürme yapıldığını bildirir. EHLO ve HELO yanıtları genişletilmiş durum kodu taşımaz (RFC 2034).'),
    ('250', 'tr', 'how_to_fix',
     'Düzeltme gerekmez: adım başarılı oldu, devam edin. Son noktadan sonraki 250 yanıtı, o ileti için gönderenin işinin bittiği yerdir. Metnini (kuyruk kimliğini) saklayın: alıcı taraftaki yöneticinin iletiyi günlüklerinde bulması için gereken bilgi budur.

İleti kabul edildiği hâlde hiç ulaşmadıysa daha ileriye bakın: alıcının istenmeyen ileti (spam) ya da gereksiz klasörü, karantina, sunucu tarafındaki filtreler ve yönlendirme kuralları, alıcı sunucunun o kuyruk kimliğine ait günlük kayıtları. Daha sonra zarftaki gönderen adresine gelen bir teslim edilemedi bildirimi, teslimin kabulden sonra başarısız olduğunu gösterir. İstemciniz bu 250 yanıtını beklemekten vazgeçip iletiyi yeniden gönderirse alıcılar iletiyi iki kez alır: RFC 5321, bölüm 4.5.3.2.6 istemcilerden son noktadan sonra en az 10 dakika beklemelerini ister.

Sunucu yöneticisi için: son noktaya ancak ileti güvenle depolandıktan sonra 250 ile yanıt verin; VRFY ya da EXPN komutuna da yalnızca adres gerçekten doğrulandıysa 250 döndürün (bölüm 3.5.3; aksi hâlde 252 kullanın). İletiyi 250 ile kabul edip reddetmeye ancak sonradan karar veren bir sunucu, sahte gönderen adreslerine geri saçılma (backscatter) bildirimleri yollar; reddi SMTP oturumu sırasında, RCPT aşamasında ya da DATA sonrasında yapın.'),
    ('250', 'tr', 'retry',
     'Yeniden denenecek bir şey yoktur: sıradaki komutla devam edin. Son noktasından sonra 250 almış bir iletiyi yeniden göndermeyin; bu yalnızca yinelenen iletiler üretir.

Bağlantı son noktadan sonra ama 250 gelmeden koparsa istemci sonucu bilemez ve genellikle daha sonra yeniden dener; arada bir yinelenen iletiler görülmesinin nedeni budur.'),
    ('250', 'tr', 'note',
     'Aynı kod farklı komut ve uzantılardan sonra farklı anlamlar taşır. Son noktadan sonraki 250 bir teslim sözüdür; RCPT sonrasındaki 250 yalnızca adresi kabul eder (ileti DATA sonrasında yine reddedilebilir); ETRN, ATRN, BDAT ve BURL altında ise uzantının kendi anlamını taşır. RFC 5321 ayrıca adres gerçekten doğrulanmadıkça VRFY ve EXPN komutlarına 250 ile yanıt verilmesini yasaklar; bu yüzden VRFY komutuna gelen bir 250 yanıtını bir posta kutusunun var olduğunun kanıtı değil, sunucunun iddiası olarak okuyun.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('250', 1, 'RFC 5321', '4.2.5'),
    ('250', 2, 'RFC 5321', '4.2.3'),
    ('250', 3, 'RFC 5321', '4.2.2'),
    ('250', 4, 'RFC 5321', '4.3.2'),
    ('250', 5, 'RFC 5321', '3.3'),
    ('250', 6, 'RFC 5321', '3.5.3'),
    ('250', 7, 'RFC 3030', '2'),
    ('250', 8, 'RFC 4468', '5'),
    ('250', 9, 'RFC 1985', ''),
    ('250', 10, 'RFC 2645', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('250', '354', 1),
    ('250', '251', 2),
    ('250', '550', 3),
    ('250', '450', 4),
    ('250', '452', 5);
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('250', 1, 'EHLO', 'RFC 5321', '4.1.1.1'),
    ('250', 2, 'MAIL', 'RFC 5321', '3.3'),
    ('250', 3, 'RCPT', 'RFC 5321', '3.3'),
    ('250', 4, 'DATA', 'RFC 5321', '4.2.5'),
    ('250', 5, 'RSET', 'RFC 5321', '4.1.1.5'),
    ('250', 6, 'NOOP', 'RFC 5321', '4.1.1.9'),
    ('250', 7, 'VRFY', 'RFC 5321', '3.5.3'),
    ('250', 8, 'EXPN', 'RFC 5321', '3.5.1'),
    ('250', 9, 'BDAT', 'RFC 3030', '2'),
    ('250', 10, 'BURL', 'RFC 4468', '5'),
    ('250', 11, 'ETRN', 'RFC 1985', ''),
    ('250', 12, 'ATRN', 'RFC 2645', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('250', 1, 'en',
     'Opens the session: the first line names the server and the following lines list the extensions it supports (STARTTLS, AUTH, SIZE ...); HELO gets a single line without extensions.'),
    ('250', 1, 'tr',
     'Oturumu açar: ilk satır sunucunun adını verir, sonraki satırlar desteklediği uzantıları listeler (STARTTLS, AUTH, SIZE ...); HELO ise uzantı içermeyen tek satırlık bir yanıt alır.'),
    ('250', 2, 'en',
     'The reverse-path (envelope sender) is accepted and a new mail transaction has started.'),
    ('250', 2, 'tr',
     'Ters yol (zarftaki gönderen adresi) kabul edilmiştir ve yeni bir posta işlemi başlamıştır.'),
    ('250', 3, 'en',
     'This recipient is accepted for the transaction; the message itself can still be refused after DATA.'),
    ('250', 3, 'tr',
     'Bu alıcı işleme kabul edilmiştir; iletinin kendisi DATA sonrasında yine de reddedilebilir.'),
    ('250', 4, 'en',
     'After the final dot: the message is accepted and the server now takes responsibility for delivering it or returning a bounce.'),
    ('250', 4, 'tr',
     'Son noktadan sonra: ileti kabul edilmiştir ve sunucu artık onu teslim etmenin ya da teslim edilemedi bildirimi göndermenin sorumluluğunu üstlenir.'),
    ('250', 5, 'en',
     'The current transaction is discarded and the session is back in its initial state; the connection stays open.'),
    ('250', 5, 'tr',
     'Sürmekte olan işlem atılmış ve oturum başlangıç durumuna dönmüştür; bağlantı açık kalır.'),
    ('250', 6, 'en',
     'No action, just "OK"; often used to keep a connection alive or to check that the server still answers.'),
    ('250', 6, 'tr',
     'Hiçbir işlem yapılmaz, yalnızca "tamam" denir; çoğunlukla bağlantıyı canlı tutmak ya da sunucunun hâlâ yanıt verdiğini sınamak için kullanılır.'),
    ('250', 7, 'en',
     'The address was actually verified and the reply names the mailbox; a server that cannot really check must answer 252 instead.'),
    ('250', 7, 'tr',
     'Adres gerçekten doğrulanmıştır ve yanıt posta kutusunu belirtir; gerçekten denetleyemeyen bir sunucu bunun yerine 252 ile yanıt vermelidir.'),
    ('250', 8, 'en',
     'The mailing list was expanded; the reply, usually multi-line, gives one member mailbox per line.'),
    ('250', 8, 'tr',
     'Posta listesi açılmıştır; genellikle çok satırlı olan yanıt her satırda bir üyenin posta kutusunu verir.'),
    ('250', 9, 'en',
     'One chunk was received ("250 <n> octets received"); after BDAT LAST the 250 accepts the whole message, like the 250 after DATA.'),
    ('250', 9, 'tr',
     'Bir parça alınmıştır ("250 <n> octets received"); BDAT LAST sonrasındaki 250 ise DATA sonrasındaki 250 gibi iletinin tamamını kabul eder.'),
    ('250', 10, 'en',
     '"250 2.5.0 Waiting for additional BURL or BDAT commands" after a BURL without LAST; after the final BURL the 250 accepts the assembled message.'),
    ('250', 10, 'tr',
     'LAST içermeyen bir BURL komutundan sonra "250 2.5.0 Waiting for additional BURL or BDAT commands"; son BURL komutundan sonraki 250 ise birleştirilen iletiyi kabul eder.'),
    ('250', 11, 'en',
     '"OK, queuing for node <x> started": the server has begun delivering the mail it holds for the named domain (Postfix says "250 Queuing started").'),
    ('250', 11, 'tr',
     '"OK, queuing for node <x> started": sunucu, adı verilen alan adı için tuttuğu iletileri teslim etmeye başlamıştır (Postfix "250 Queuing started" yazar).'),
    ('250', 12, 'en',
     'The ATRN request is accepted and the roles reverse: the server becomes the SMTP client on the same connection and delivers the queued mail.'),
    ('250', 12, 'tr',
     'ATRN isteği kabul edilmiş ve roller yer değiştirmiştir: sunucu aynı bağlantı üzerinde SMTP istemcisi olur ve kuyruktaki iletileri teslim eder.');

-- 251 -----------------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('251', 'en', 'title',
     'User Not Local, Will Forward'),
    ('251', 'en', 'description',
     'RFC 5321 text: "User not local; will forward to <forward-path>". The server accepts the recipient but tells the client that the mailbox is not hosted here and that it will pass the message on to another address, which it names in the reply. For the sender this is a success: the message will be delivered, only by way of the new address.

RFC 5321 section 3.4 treats the code with caution. Revealing where a person''s mail now goes can be a privacy problem, so servers may forward silently and answer 250 instead, and software that offers 251 should let administrators turn it off. A client must not trust the address in a 251 enough to update address books automatically unless it is sure the server is authentic (section 7.4). Under SMTPUTF8 (RFC 6531) a 251 may contain a non-ASCII address only if the client asked for SMTPUTF8; otherwise the server answers 250.

Under the ETRN extension (RFC 1985) the same number means something unrelated: "OK, no messages waiting for node <x>".'),
    ('251', 'en', 'seen_when',
     'After RCPT TO, and occasionally after VRFY, on a server configured to announce forwarding, for example "251 User not local; will forward to <jane@new.example>". It is uncommon today: Postfix, Exim and Exchange accept forwarded addresses with a plain 250 and do the forwarding internally.

After ETRN it means that nothing is queued for the requested domain.'),
    ('251', 'en', 'how_to_fix',
     'No fix needed: the recipient was accepted and the message will be forwarded. You may update your records to the new address given in the reply, but only after confirming it another way; an attacker in the path could inject a false 251 (RFC 5321 section 7.4).

For the administrator: if you do not want to disclose where users'' mail goes, set up forwarding so that RCPT is answered with 250, or disable 251 where the software allows it (section 3.4 asks implementations to provide that switch). Also check that forwarded mail still passes SPF and DMARC at the destination: forward with a rewritten envelope sender (SRS), or rely on a DKIM signature that survives the extra hop.'),
    ('251', 'en', 'retry',
     'Nothing to retry: continue with the next RCPT TO or with DATA. The message is accepted for this recipient.'),
    ('251', 'en', 'note',
     'Two unrelated meanings share this number. In RFC 5321 it is a forwarding notice after RCPT or VRFY; under ETRN (RFC 1985) "251 OK, no messages waiting for node <x>" reports an empty queue. Log parsers and code lists that assume one meaning per code mix the two up.'),
    ('251', 'tr', 'title',
     'Kullanıcı yerel değil, yönlendirilecek'),
    ('251', 'tr', 'description',
     'RFC 5321 metni: "User not local; will forward to <forward-path>" (kullanıcı yerel değil; ileti yönlendirme adresine iletilecek). Sunucu alıcıyı kabul eder, ancak istemciye posta kutusunun burada bulunmadığını ve iletiyi yanıtta adını verdiği başka bir adrese aktaracağını bildirir. Gönderen için bu bir başarıdır: ileti teslim edilecektir, yalnızca yeni adres üzerinden.

RFC 5321, bölüm 3.4 bu koda temkinle yaklaşır. Bir kişinin postasının artık nereye gittiğini açığa vurmak gizlilik sorunu yaratabileceğinden sunucular iletiyi sessizce yönlendirip 250 ile yanıt verebilir; 251 sunan yazılımlar da yöneticilere bu özelliği kapatma olanağı tanımalıdır. İstemci, sunucunun gerçekten o sunucu olduğundan emin değilse 251 yanıtındaki adrese adres defterlerini kendiliğinden güncelleyecek kadar güvenmemelidir (bölüm 7.4). SMTPUTF8 (RFC 6531) altında 251 yanıtı ASCII dışı bir adresi ancak istemci SMTPUTF8 istediyse içerebilir; aksi durumda sunucu 250 ile yanıt verir.

ETRN uzantısında (RFC 1985) aynı numara bambaşka bir şey anlatır: "OK, no messages waiting for node <x>" (bu düğüm için bekleyen ileti yok).'),
    ('251', 'tr', 'seen_when',
     'Yönlendirmeyi bildirecek biçimde yapılandırılmış bir sunucuda RCPT TO komutundan, ara sıra da VRFY komutundan sonra görülür; örneğin "251 User not local; will forward to <jane@new.example>". Bugün pek rastlanmaz: Postfix, Exim ve Exchange yönlendirilen adresleri düz bir 250 ile kabul eder ve yönlendirmeyi kendi içlerinde yapar.

ETRN sonrasında ise istenen alan adı için kuyrukta hiçbir şey olmadığını bildirir.'),
    ('251', 'tr', 'how_to_fix',
     'Düzeltme gerekmez: alıcı kabul edilmiştir ve ileti yönlendirilecektir. Kayıtlarınızı yanıtta verilen yeni adrese göre güncelleyebilirsiniz, ama bunu ancak adresi başka bir yoldan doğruladıktan sonra yapın; yol üzerindeki bir saldırgan sahte bir 251 yanıtı ekleyebilir (RFC 5321, bölüm 7.4).

Sunucu yöneticisi için: kullanıcıların postasının nereye gittiğini açığa vurmak istemiyorsanız yönlendirmeyi RCPT komutu 250 alacak biçimde kurun ya da yazılım izin veriyorsa 251 kullanımını kapatın (bölüm 3.4 yazılımlardan bu seçeneği sunmalarını ister). Yönlendirilen iletilerin hedefte SPF ve DMARC denetimlerinden geçtiğini de kontrol edin: iletiyi zarftaki gönderen adresini yeniden yazarak (SRS) yönlendirin ya da ek aktarmadan bozulmadan geçen bir DKIM imzasına güvenin.'),
    ('251', 'tr', 'retry',
     'Yeniden denenecek bir şey yoktur: sıradaki RCPT TO komutuyla ya da DATA ile devam edin. İleti bu alıcı için kabul edilmiştir.'),
    ('251', 'tr', 'note',
     'Bu numarayı birbiriyle ilgisiz iki anlam paylaşır. RFC 5321 içinde RCPT ya da VRFY sonrasında bir yönlendirme bildirimidir; ETRN (RFC 1985) altında ise "251 OK, no messages waiting for node <x>" boş bir kuyruğu haber verir. Her koda tek bir anlam yükleyen günlük ayrıştırıcılar ve kod listeleri bu ikisini karıştırır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('251', 1, 'RFC 5321', '3.4'),
    ('251', 2, 'RFC 5321', '4.2.3'),
    ('251', 3, 'RFC 5321', '4.2.2'),
    ('251', 4, 'RFC 5321', '7.4'),
    ('251', 5, 'RFC 5321', '4.3.2'),
    ('251', 6, 'RFC 5321', '7.7'),
    ('251', 7, 'RFC 1985', ''),
    ('251', 8, 'RFC 6531', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('251', '551', 1),
    ('251', '250', 2),
    ('251', '252', 3);
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('251', 1, 'RCPT', 'RFC 5321', '3.4'),
    ('251', 2, 'VRFY', 'RFC 5321', '3.5.3'),
    ('251', 3, 'ETRN', 'RFC 1985', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('251', 1, 'en',
     'The recipient is accepted but is not local; the server will forward the message to the address given in the reply.'),
    ('251', 1, 'tr',
     'Alıcı kabul edilmiştir ama yerel değildir; sunucu iletiyi yanıtta verilen adrese yönlendirecektir.'),
    ('251', 2, 'en',
     'The address is recognised, and mail sent to it would be forwarded to the address given in the reply.'),
    ('251', 2, 'tr',
     'Adres tanınmıştır; bu adrese gönderilen iletiler yanıtta verilen adrese yönlendirilir.'),
    ('251', 3, 'en',
     '"OK, no messages waiting for node <x>": the request is valid but nothing is queued for that domain.'),
    ('251', 3, 'tr',
     '"OK, no messages waiting for node <x>": istek geçerlidir ama o alan adı için kuyrukta bekleyen ileti yoktur.');

-- 252 -----------------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('252', 'en', 'title',
     'Cannot Verify User, Will Attempt Delivery'),
    ('252', 'en', 'description',
     'RFC 5321 text: "Cannot VRFY user, but will accept message and attempt delivery". It answers VRFY (or EXPN) without confirming or denying the address: the server will not say whether the mailbox exists, but if you send mail to it, the server will take the message and try to deliver it.

RFC 5321 section 3.5.3 recommends 252 when an address looks plausible but cannot be checked in real time, typically on a backup MX or a gateway relaying for another host, and section 7.3 requires it when VRFY has been disabled for security reasons, so that the reply cannot be mistaken for a real verification. Since address harvesting turned VRFY into a spammer''s tool, 252 has become the normal answer to VRFY on the public Internet.

RFC 6531 (SMTPUTF8) also uses 252, with the enhanced code X.6.8, when the true answer would contain a UTF-8 address and the client has not said it can accept one. Under ETRN (RFC 1985) the number has an unrelated meaning: "OK, pending messages for node <x> started".'),
    ('252', 'en', 'seen_when',
     'After VRFY, and sometimes after EXPN. Typical texts: "252 2.0.0 jane@example.com" (Postfix, which answers every VRFY it does not reject with 252), "252 2.5.2 Cannot VRFY user; try RCPT to attempt delivery (or try finger)" (Sendmail with PrivacyOptions novrfy), "252 Cannot VRFY user; try RCPT to attempt delivery." (OpenSMTPD). Address-checking tools and attackers enumerating user names see it constantly; it tells them nothing either way.

After ETRN it means that mail was waiting for the domain and is now being sent.'),
    ('252', 'en', 'how_to_fix',
     'No fix needed: this is not an error. If you used VRFY to find out whether an address exists, 252 means you cannot learn that this way. The only real test is to send, or to start a transaction with MAIL FROM and RCPT TO and read the RCPT reply; even a 250 to RCPT does not guarantee delivery, because some servers check recipients only after accepting the message. Do not build list cleaning or "email verification" on VRFY.

For the administrator: 252 is the recommended answer for a server that does not want to confirm addresses (Sendmail: PrivacyOptions=novrfy or goaway; Postfix: VRFY passes through the recipient restrictions and gets 252, and disable_vrfy_command = yes refuses it with 502 instead). Do not answer 250 to VRFY unless the address was actually checked, and do not answer 550 to every address whether it exists or not: RFC 5321 section 7.3 calls both non-conforming.'),
    ('252', 'en', 'retry',
     'Nothing to retry: repeating VRFY gives the same answer. To reach the address, continue with MAIL FROM, RCPT TO and DATA; the server has said it will accept the message and attempt delivery.'),
    ('252', 'en', 'note',
     'Two unrelated meanings share this number: RFC 5321''s "cannot verify, but will accept" after VRFY or EXPN, and RFC 1985''s "OK, pending messages for node <x> started" after ETRN. Note also that 252 is a 2xx success reply, not an error: read it as "unknown, but deliverable as far as this server is concerned".'),
    ('252', 'tr', 'title',
     'Kullanıcı doğrulanamıyor, teslim denenecek'),
    ('252', 'tr', 'description',
     'RFC 5321 metni: "Cannot VRFY user, but will accept message and attempt delivery" (kullanıcı VRFY ile doğrulanamıyor, ama ileti kabul edilip teslim denenecek). VRFY (ya da EXPN) komutunu, adresi ne doğrulayarak ne de reddederek yanıtlar: sunucu posta kutusunun var olup olmadığını söylemez, ama bu adrese ileti gönderirseniz iletiyi alıp teslim etmeyi dener.

RFC 5321, bölüm 3.5.3, bir adres akla yatkın görünüp de gerçek zamanlı denetlenemediğinde 252 kullanılmasını önerir; bu durum tipik olarak yedek MX sunucularında ya da başka bir ana bilgisayar için aktarma yapan ağ geçitlerinde ortaya çıkar. Bölüm 7.3 ise VRFY güvenlik nedeniyle kapatıldığında, yanıt gerçek bir doğrulamayla karıştırılmasın diye 252 kodunu zorunlu tutar. Adres toplama VRFY komutunu istenmeyen ileti (spam) gönderenlerin aracına çevirdiğinden, bugün İnternette VRFY komutuna verilen olağan yanıt 252 olmuştur.

RFC 6531 (SMTPUTF8) de doğru yanıt bir UTF-8 adres içerecekse ve istemci böyle bir adresi kabul edebildiğini bildirmemişse 252 kodunu X.6.8 genişletilmiş durum koduyla kullanır. ETRN (RFC 1985) altında ise numaranın ilgisiz bir anlamı vardır: "OK, pending messages for node <x> started" (bu düğüm için bekleyen iletilerin gönderimi başladı).'),
    ('252', 'tr', 'seen_when',
     'VRFY komutundan, bazen de EXPN komutundan sonra görülür. Tipik metinler: "252 2.0.0 jane@example.com" (reddetmediği her VRFY komutunu 252 ile yanıtlayan Postfix), "252 2.5.2 Cannot VRFY user; try RCPT to attempt delivery (or try finger)" (PrivacyOptions novrfy ayarlı Sendmail), "252 Cannot VRFY user; try RCPT to attempt delivery." (OpenSMTPD). Adres denetleme araçları ve kullanıcı adı tarayan saldırganlar bu yanıtı sürekli görür; yanıt onlara ne olumlu ne olumsuz bir bilgi verir.

ETRN sonrasında ise o alan adı için bekleyen iletilerin artık gönderilmekte olduğunu bildirir.'),
    ('252', 'tr', 'how_to_fix',
     'Düzeltme gerekmez: bu bir hata değildir. Bir adresin var olup olmadığını VRFY ile öğrenmeye çalışıyorsanız 252 yanıtı bunu bu yoldan öğrenemeyeceğiniz anlamına gelir. Tek gerçek sınama iletiyi göndermek ya da MAIL FROM ve RCPT TO ile bir işlem başlatıp RCPT yanıtını okumaktır; üstelik bazı sunucular alıcıları ancak iletiyi kabul ettikten sonra denetlediğinden RCPT komutuna gelen bir 250 bile teslimi garanti etmez. Liste temizlemeyi ya da "e-posta doğrulama" işini VRFY üzerine kurmayın.

Sunucu yöneticisi için: adresleri doğrulamak istemeyen bir sunucuda önerilen yanıt 252 kodudur (Sendmail: PrivacyOptions=novrfy ya da goaway; Postfix: VRFY komutu alıcı kısıtlamalarından geçer ve 252 alır, disable_vrfy_command = yes ayarı ise komutu 502 ile reddeder). Adresi gerçekten denetlemediyseniz VRFY komutuna 250 ile yanıt vermeyin; var olsun olmasın her adrese 550 de döndürmeyin: RFC 5321, bölüm 7.3 iki davranışı da standarda aykırı sayar.'),
    ('252', 'tr', 'retry',
     'Yeniden denenecek bir şey yoktur: VRFY komutunu yinelemek aynı yanıtı verir. Adrese ulaşmak istiyorsanız MAIL FROM, RCPT TO ve DATA ile devam edin; sunucu iletiyi kabul edip teslim etmeyi deneyeceğini söylemiştir.'),
    ('252', 'tr', 'note',
     'Bu numarayı ilgisiz iki anlam paylaşır: RFC 5321 içinde VRFY ya da EXPN sonrasında "doğrulanamıyor ama kabul edilecek", RFC 1985 içinde ise ETRN sonrasında "OK, pending messages for node <x> started". Ayrıca 252 bir hata değil, 2xx sınıfında bir başarı yanıtıdır: onu "bilinmiyor, ama bu sunucu açısından teslim edilebilir" diye okuyun.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('252', 1, 'RFC 5321', '3.5.3'),
    ('252', 2, 'RFC 5321', '7.3'),
    ('252', 3, 'RFC 5321', '4.2.3'),
    ('252', 4, 'RFC 5321', '4.2.2'),
    ('252', 5, 'RFC 5321', '4.3.2'),
    ('252', 6, 'RFC 6531', '3.7.4.2'),
    ('252', 7, 'RFC 1985', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('252', '250', 1),
    ('252', '550', 2),
    ('252', '502', 3),
    ('252', '251', 4),
    ('252', 'X.6.8', 5);
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('252', 1, 'VRFY', 'RFC 5321', '3.5.3'),
    ('252', 2, 'EXPN', 'RFC 5321', '4.3.2'),
    ('252', 3, 'SMTPUTF8', 'RFC 6531', '3.7.4.2'),
    ('252', 4, 'ETRN', 'RFC 1985', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('252', 1, 'en',
     'The server will not or cannot confirm the address but will accept mail for it and attempt delivery; also the required answer when VRFY is disabled for security reasons.'),
    ('252', 1, 'tr',
     'Sunucu adresi doğrulamıyor ya da doğrulayamıyor, ama bu adrese gelen iletiyi kabul edip teslimi deneyecek; VRFY güvenlik nedeniyle kapatıldığında verilmesi gereken yanıt da budur.'),
    ('252', 2, 'en',
     'The list or alias is not expanded for this client, but mail sent to it will be accepted.'),
    ('252', 2, 'tr',
     'Liste ya da takma ad bu istemci için açılmıyor, ama bu adrese gönderilen iletiler kabul edilecek.'),
    ('252', 3, 'en',
     'With X.6.8: the true answer to VRFY or EXPN would need a UTF-8 address, and the client has not said it accepts one.'),
    ('252', 3, 'tr',
     'X.6.8 ile: VRFY ya da EXPN komutunun doğru yanıtı bir UTF-8 adres gerektiriyor, ama istemci böyle bir adresi kabul ettiğini bildirmemiş.'),
    ('252', 4, 'en',
     '"OK, pending messages for node <x> started": mail was waiting for that domain and its delivery has begun.'),
    ('252', 4, 'tr',
     '"OK, pending messages for node <x> started": o alan adı için bekleyen iletiler vardı ve teslimleri başladı.');

-- 354 -----------------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('354', 'en', 'title',
     'Start Mail Input'),
    ('354', 'en', 'description',
     'RFC 5321 text: "Start mail input; end with <CRLF>.<CRLF>". The server has accepted the DATA command and is waiting for the message itself: the header fields, a blank line, the body, and finally a line that contains only a dot. It is an intermediate reply (3yz): nothing has been accepted yet, and the real verdict comes after the final dot, as 250 or as a 4xx or 5xx rejection.

The client must not send any message content before 354 arrives; if DATA is answered with 503 or 554 (for example because no recipient was accepted), it must stop there. Inside the data, every line that begins with a dot is sent with an extra dot (dot-stuffing, section 4.5.2), and lines must end in CRLF: a bare LF, or the sequence <LF>.<LF>, must not be taken as the end of the message. 354 carries no enhanced status code, because RFC 2034 provides them only for 2xx, 4xx and 5xx replies.'),
    ('354', 'en', 'seen_when',
     'Right after DATA, once at least one RCPT TO has been accepted. Typical texts: "354 End data with <CR><LF>.<CR><LF>" (Postfix), "354 Enter message, ending with "." on a line by itself" (Exim), "354 Enter mail, end with "." on a line by itself" (Sendmail), "354 Go ahead ... - gsmtp" (Gmail), "354 Start mail input; end with <CRLF>.<CRLF>" (Exchange).

With PIPELINING the client may send MAIL, RCPT and DATA in one batch, but it must still wait for 354 before sending the message. BDAT (CHUNKING) transfers the content without any 354.'),
    ('354', 'en', 'how_to_fix',
     'No fix needed: send the message now, end it with <CRLF>.<CRLF>, and wait for the final reply before doing anything else. That final reply, not the 354, tells you whether the message was accepted.

If trouble follows the 354: a session that hangs after the content usually means the terminating dot was never sent or the lines ended in a bare LF (common in hand-written scripts and some libraries; send CRLF everywhere). Lines starting with a dot that lose it mean the client did not dot-stuff. A 552 or 554 after the dot is a verdict on size or content (compare with the SIZE value in the EHLO reply), and a 421 or a dropped connection during a large upload points to time-outs or a slow link.

For the administrator: 354 itself needs no attention, but what follows it may. Postfix limits message size with message_size_limit and the wait for client input with smtpd_timeout. Since the SMTP smuggling reports of 2023, current Postfix (smtpd_forbid_bare_newline), Exim and Sendmail releases reject or normalise bare LF in message data, which can make badly written clients fail after 354. The mail log shows the final reply for each queue ID.'),
    ('354', 'en', 'retry',
     'Nothing to retry at this point: send the message data. If the exchange fails after the data, follow the final reply: after a 4xx reply the client keeps the message in its queue and tries again later; after a 5xx reply it must not resend the message unchanged.'),
    ('354', 'en', 'note',
     '354 was the only 3yz reply in the original SMTP, and some lists and reply parsers still treat it as the only valid intermediate code; the AUTH extension (RFC 4954) adds 334 for its challenges. Unlike 2xx, 4xx and 5xx replies, 354 carries no enhanced status code: RFC 2034 does not provide one for 3xx replies.'),
    ('354', 'tr', 'title',
     'İleti içeriğini göndermeye başlayın'),
    ('354', 'tr', 'description',
     'RFC 5321 metni: "Start mail input; end with <CRLF>.<CRLF>" (ileti girişine başlayın; <CRLF>.<CRLF> ile bitirin). Sunucu DATA komutunu kabul etmiştir ve iletinin kendisini beklemektedir: başlık alanları, boş bir satır, gövde ve en sonda yalnızca bir noktadan oluşan satır. Bu bir ara yanıttır (3yz): henüz hiçbir şey kabul edilmemiştir; asıl karar son noktadan sonra, 250 ya da 4xx veya 5xx sınıfında bir ret olarak gelir.

İstemci 354 yanıtı gelmeden iletinin içeriğinden hiçbir şey göndermemelidir; DATA komutu 503 ya da 554 alırsa (örneğin hiçbir alıcı kabul edilmediği için) orada durmalıdır. Veri içinde nokta ile başlayan her satır fazladan bir noktayla gönderilir (nokta doldurma, bölüm 4.5.2) ve satırlar CRLF ile bitmelidir: tek başına bir LF ya da <LF>.<LF> dizisi iletinin sonu sayılmamalıdır. 354 yanıtı genişletilmiş durum kodu taşımaz, çünkü RFC 2034 bu kodları yalnızca 2xx, 4xx ve 5xx yanıtları için öngörür.'),
    ('354', 'tr', 'seen_when',
     'DATA komutundan hemen sonra, en az bir RCPT TO kabul edilmişse görülür. Tipik metinler: "354 End data with <CR><LF>.<CR><LF>" (Postfix), "354 Enter message, ending with "." on a line by itself" (Exim), "354 Enter mail, end with "." on a line by itself" (Sendmail), "354 Go ahead ... - gsmtp" (Gmail), "354 Start mail input; end with <CRLF>.<CRLF>" (Exchange).

PIPELINING ile istemci MAIL, RCPT ve DATA komutlarını tek seferde gönderebilir, ama iletiyi göndermeden önce yine 354 yanıtını beklemek zorundadır. BDAT (CHUNKING) içeriği hiç 354 kullanmadan aktarır.'),
    ('354', 'tr', 'how_to_fix',
     'Düzeltme gerekmez: iletiyi şimdi gönderin, <CRLF>.<CRLF> ile bitirin ve başka bir şey yapmadan önce son yanıtı bekleyin. İletinin kabul edilip edilmediğini 354 değil, bu son yanıt söyler.

354 yanıtından sonra sorun çıkıyorsa: içerikten sonra takılan bir oturum çoğunlukla bitiş noktasının hiç gönderilmediğini ya da satırların tek başına LF ile bittiğini gösterir (elle yazılmış betiklerde ve bazı kütüphanelerde sık görülür; her yerde CRLF gönderin). Nokta ile başlayan satırların noktasını yitirmesi istemcinin nokta doldurma yapmadığını gösterir. Son noktadan sonra gelen 552 ya da 554 boyut ya da içerik hakkında verilmiş bir karardır (EHLO yanıtındaki SIZE değeriyle karşılaştırın); büyük bir gönderim sırasında gelen 421 ya da kopan bağlantı ise zaman aşımlarına veya yavaş bir hatta işaret eder.

Sunucu yöneticisi için: 354 yanıtının kendisi ilgi gerektirmez, ama ardından gelenler gerektirebilir. Postfix ileti boyutunu message_size_limit, istemciden veri bekleme süresini smtpd_timeout ile sınırlar. 2023 yılındaki SMTP smuggling bildirimlerinden bu yana güncel Postfix (smtpd_forbid_bare_newline), Exim ve Sendmail sürümleri ileti verisindeki tek başına LF karakterlerini reddeder ya da düzeltir; bu da kötü yazılmış istemcilerin 354 sonrasında başarısız olmasına yol açabilir. Posta günlüğü her kuyruk kimliği için son yanıtı gösterir.'),
    ('354', 'tr', 'retry',
     'Bu noktada yeniden denenecek bir şey yoktur: ileti verisini gönderin. İşlem veriden sonra başarısız olursa son yanıta göre davranın: 4xx sınıfındaki bir yanıttan sonra istemci iletiyi kuyruğunda tutar ve daha sonra yeniden dener; 5xx sınıfındaki bir yanıttan sonra iletiyi değiştirmeden yeniden göndermemelidir.'),
    ('354', 'tr', 'note',
     '354, özgün SMTP içindeki tek 3yz yanıtıydı ve bazı listeler ile yanıt ayrıştırıcıları onu hâlâ geçerli tek ara kod olarak görür; AUTH uzantısı (RFC 4954) ise sorguları için 334 kodunu ekler. 2xx, 4xx ve 5xx yanıtlarından farklı olarak 354 genişletilmiş durum kodu taşımaz: RFC 2034 3xx yanıtları için böyle bir kod öngörmez.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('354', 1, 'RFC 5321', '3.3'),
    ('354', 2, 'RFC 5321', '4.1.1.4'),
    ('354', 3, 'RFC 5321', '4.2.3'),
    ('354', 4, 'RFC 5321', '4.2.2'),
    ('354', 5, 'RFC 5321', '4.3.2'),
    ('354', 6, 'RFC 5321', '4.5.2'),
    ('354', 7, 'RFC 2034', '');
INSERT INTO related_codes (code, related, position) VALUES
    ('354', '250', 1),
    ('354', '503', 2),
    ('354', '554', 3),
    ('354', '552', 4),
    ('354', '451', 5);
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('354', 1, 'DATA', 'RFC 5321', '4.1.1.4');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('354', 1, 'en',
     'Intermediate reply to DATA: send the message now and end it with a line containing only a dot; the verdict comes after that line.'),
    ('354', 1, 'tr',
     'DATA komutuna verilen ara yanıt: iletiyi şimdi gönderin ve yalnızca bir nokta içeren satırla bitirin; karar bu satırdan sonra gelir.');

-- 334 -----------------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('334', 'en', 'title',
     'Authentication Challenge'),
    ('334', 'en', 'description',
     '334 is the intermediate reply of the AUTH extension (RFC 4954 section 4). The server is in the middle of a SASL exchange and sends a challenge; the client must answer with one line of base64-encoded data. The text after "334 " contains nothing but the base64 challenge, and it may be empty ("334 " followed by nothing), which simply asks the client for its next piece of data. The formal syntax in section 8 is continue-req = "334" SP [base64] CRLF.

What the challenge holds depends on the SASL mechanism: it is empty for PLAIN without an initial response, carries a server nonce to be hashed with the password for CRAM-MD5, and carries the server''s step of the exchange for SCRAM. The widespread but non-standard LOGIN mechanism sends "334 VXNlcm5hbWU6" and "334 UGFzc3dvcmQ6", base64 for "Username:" and "Password:". The exchange ends with 235 on success or with an error such as 535. 334 is not in the RFC 5321 code list and, like every 3xx reply, carries no enhanced status code.'),
    ('334', 'en', 'seen_when',
     'After AUTH <mechanism> when the client did not include an initial response, and after each client response while the mechanism needs more steps. A typical LOGIN exchange: C: AUTH LOGIN / S: 334 VXNlcm5hbWU6 / C: (base64 user name) / S: 334 UGFzc3dvcmQ6 / C: (base64 password) / S: 235 2.7.0 Authentication successful. AUTH PLAIN with the credentials on the same line skips 334 entirely.

You see it in client protocol logs (swaks, curl -v, PHPMailer SMTPDebug) or when testing by hand with openssl s_client -starttls smtp -connect host:587.'),
    ('334', 'en', 'how_to_fix',
     'Nothing is wrong: the server is waiting for your next authentication step. When debugging, decode the challenge (echo VXNlcm5hbWU6 | base64 -d), then send your response as a single base64 line. For PLAIN the response is the base64 of "\0user\0password" (for example printf ''\0user\0pass'' | base64); for LOGIN send the user name and the password as two separate base64 lines. To abandon the exchange, send a line containing only "*"; the server answers 501.

If the session stalls at 334, the client is not sending its response (a script waiting for something else, or a proxy holding lines back). If 334 is followed by 501 5.5.2, the line was not valid base64; by 535, the credentials were wrong; by 500 5.5.6, the line was too long for the server''s buffer. Never paste real credentials into shared logs: base64 is an encoding, not encryption, which is also why AUTH belongs on port 587 after STARTTLS or on port 465.

For the administrator: 334 replies come from your SASL layer (Dovecot SASL or Cyrus SASL behind Postfix, the authenticators in Exim). If clients get stuck here, check the SASL backend''s log (for Dovecot, set auth_verbose = yes) and make sure the mechanisms you advertise in the EHLO reply are really enabled there.'),
    ('334', 'en', 'retry',
     'Nothing to retry: answer the challenge to continue. If the exchange then fails (535 or 454), follow the advice for that code, and do not reconnect in a tight loop: repeated failed logins often trigger temporary blocks such as fail2ban rules on the server.'),
    ('334', 'en', 'note',
     'RFC 5321 knows only one intermediate reply, 354, and some code lists and parsers accept nothing else in the 3xx range (sisimai''s reply-code check, for example, treats 354 as the only valid 3yz code). 334 is nevertheless a standard reply, defined by RFC 4954 for the AUTH extension, and it appears in every authenticated submission session that does not use an initial response. Its text is data, not a message for people: decode it, never show it as an error.'),
    ('334', 'tr', 'title',
     'Kimlik doğrulama sorgusu'),
    ('334', 'tr', 'description',
     '334, AUTH uzantısının ara yanıtıdır (RFC 4954, bölüm 4). Sunucu bir SASL alışverişinin ortasındadır ve bir sorgu (challenge) gönderir; istemci buna base64 ile kodlanmış tek bir satırla yanıt vermelidir. "334 " sonrasındaki metin base64 sorgusundan başka bir şey içermez ve boş da olabilir ("334 " ve ardından hiçbir şey); boş sorgu istemciden yalnızca sıradaki veriyi ister. Bölüm 8 içindeki biçimsel söz dizimi continue-req = "334" SP [base64] CRLF şeklindedir.

Sorgunun içeriği SASL mekanizmasına bağlıdır: ilk yanıt verilmemiş PLAIN için boştur, CRAM-MD5 için parolayla özetlenecek bir sunucu değeri (nonce) taşır, SCRAM için alışverişin sunucu adımını taşır. Yaygın ama standart dışı LOGIN mekanizması ise "Username:" ve "Password:" sözcüklerinin base64 karşılıkları olan "334 VXNlcm5hbWU6" ve "334 UGFzc3dvcmQ6" satırlarını gönderir. Alışveriş başarıda 235 ile, başarısızlıkta 535 gibi bir hata koduyla biter. 334, RFC 5321 kod listesinde yer almaz ve tüm 3xx yanıtları gibi genişletilmiş durum kodu taşımaz.'),
    ('334', 'tr', 'seen_when',
     'İstemci ilk yanıtı eklemeden AUTH <mekanizma> gönderdiğinde ve mekanizma daha fazla adım gerektirdiği sürece istemcinin her yanıtından sonra görülür. Tipik bir LOGIN alışverişi: istemci: AUTH LOGIN / sunucu: 334 VXNlcm5hbWU6 / istemci: (base64 kullanıcı adı) / sunucu: 334 UGFzc3dvcmQ6 / istemci: (base64 parola) / sunucu: 235 2.7.0 Authentication successful. Kimlik bilgilerini aynı satırda gönderen AUTH PLAIN, 334 adımını tümüyle atlar.

Bu yanıtı istemcinin protokol günlüklerinde (swaks, curl -v, PHPMailer SMTPDebug) ya da openssl s_client -starttls smtp -connect sunucu:587 ile elle deneme yaparken görürsünüz.'),
    ('334', 'tr', 'how_to_fix',
     'Bir sorun yoktur: sunucu kimlik doğrulamanın sıradaki adımını bekliyor. Hata ayıklıyorsanız sorguyu çözün (echo VXNlcm5hbWU6 | base64 -d), ardından yanıtınızı tek bir base64 satırı olarak gönderin. PLAIN için yanıt, "\0kullanıcı\0parola" dizisinin base64 karşılığıdır (örneğin printf ''\0user\0pass'' | base64); LOGIN için kullanıcı adını ve parolayı iki ayrı base64 satırı olarak gönderin. Alışverişten vazgeçmek için yalnızca "*" içeren bir satır gönderin; sunucu 501 ile yanıt verir.

Oturum 334 yanıtında takılı kalıyorsa istemci yanıtını göndermiyordur (başka bir şey bekleyen bir betik ya da satırları bekleten bir vekil sunucu). 334 yanıtından sonra 501 5.5.2 geliyorsa satır geçerli base64 değildir; 535 geliyorsa kimlik bilgileri yanlıştır; 500 5.5.6 geliyorsa satır sunucunun arabelleği için fazla uzundur. Gerçek kimlik bilgilerini paylaşılan günlüklere yapıştırmayın: base64 bir şifreleme değil, yalnızca bir kodlamadır; AUTH komutunun 587 numaralı portta STARTTLS sonrasında ya da 465 numaralı portta kullanılmasının bir nedeni de budur.

Sunucu yöneticisi için: 334 yanıtlarını SASL katmanınız üretir (Postfix arkasında Dovecot SASL ya da Cyrus SASL, Exim içinde doğrulayıcılar). İstemciler burada takılıyorsa SASL arka ucunun günlüğüne bakın (Dovecot için auth_verbose = yes ayarlayın) ve EHLO yanıtında duyurduğunuz mekanizmaların orada gerçekten etkin olduğundan emin olun.'),
    ('334', 'tr', 'retry',
     'Yeniden denenecek bir şey yoktur: devam etmek için sorguyu yanıtlayın. Alışveriş ardından başarısız olursa (535 ya da 454) o kodun önerilerine uyun ve art arda hızla yeniden bağlanmayın: yinelenen başarısız girişler sunucuda çoğu zaman fail2ban kuralları gibi geçici engellere yol açar.'),
    ('334', 'tr', 'note',
     'RFC 5321 yalnızca bir ara yanıt tanır, 354; bazı kod listeleri ve ayrıştırıcılar 3xx aralığında başka bir şeyi kabul etmez (örneğin sisimai yanıt kodu denetimi 354 dışındaki 3yz kodlarını geçersiz sayar). Buna karşın 334, RFC 4954 tarafından AUTH uzantısı için tanımlanmış standart bir yanıttır ve ilk yanıt kullanmayan her kimlik doğrulamalı gönderim oturumunda görülür. Metni insanlar için yazılmış bir ileti değil, veridir: hata olarak gösterilmemeli, çözülmelidir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('334', 1, 'RFC 4954', '4'),
    ('334', 2, 'RFC 4954', '8');
INSERT INTO related_codes (code, related, position) VALUES
    ('334', '235', 1),
    ('334', '535', 2),
    ('334', '501', 3),
    ('334', '504', 4),
    ('334', '354', 5);
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('334', 1, 'AUTH', 'RFC 4954', '4');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('334', 1, 'en',
     'Server challenge during the SASL exchange: the text is base64 data, possibly empty, and the client answers with one base64 line, or with "*" to cancel.'),
    ('334', 1, 'tr',
     'SASL alışverişi sırasında sunucunun sorgusu: metin base64 verisidir ve boş olabilir; istemci tek bir base64 satırıyla ya da vazgeçmek için "*" ile yanıt verir.');
