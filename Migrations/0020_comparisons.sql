-- Curated comparisons: pairs of codes people confuse, each with a summary, the key
-- differences and when to use which, in English and Turkish. The page structure follows
-- the project's first page (221 vs 235).
--
-- Pair keys are written as a reader asks for them: basic codes as '550', enhanced codes
-- with their class as '5.7.1' (resolved against the registry entry 'X.7.1'), in byte order.

-- The pairs.

INSERT INTO comparisons (code_a, code_b) VALUES
    ('221', '235'),
    ('421', '450'),
    ('450', '550'),
    ('451', '554'),
    ('452', '552'),
    ('550', '553'),
    ('550', '551'),
    ('530', '535'),
    ('454', '535'),
    ('421', '521'),
    ('221', '421'),
    ('235', '334'),
    ('250', '251'),
    ('5.1.1', '5.1.2'),
    ('4.7.1', '5.7.1'),
    ('5.7.1', '550'),
    ('534', '535'),
    ('550', '554'),
    ('421', '451'),
    ('500', '502'),
    ('501', '555'),
    ('503', '530'),
    ('5.2.2', '552'),
    ('250', '252'),
    ('521', '554'),
    ('450', '451'),
    ('5.7.1', '5.7.26'),
    ('455', '555'),
    ('220', '554'),
    ('251', '551'),
    ('5.1.1', '550');

-- 221 vs 235
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('221', '235', 'en', 'summary',
     '221 and 235 are both 2yz positive completion replies, so neither one reports a problem. 221 answers QUIT and means the server is closing the connection; 235 answers AUTH and means the client has authenticated and the session goes on.'),
    ('221', '235', 'en', 'key_differences',
     '221 <domain> Service closing transmission channel belongs to the connection category (x2z) of RFC 5321. It is the proper reply to QUIT: the server sends it and then closes the TCP connection. Every message the server had already accepted with a 250 stays accepted; nothing is lost by the close.

235 Authentication Succeeded comes from the AUTH extension (RFC 4954, section 6) and is normally sent as 235 2.7.0. It ends a successful SASL exchange, often after one or more 334 challenges. The connection stays open, the client counts as authenticated for the rest of the session, and the next step is MAIL FROM. A second AUTH in the same session would get 503.

Neither code asks anyone to do anything and neither is retried. The practical difference is what comes next: after 221 nothing, after 235 the mail transaction.'),
    ('221', '235', 'en', 'when_to_use',
     'If you run the server: send 221 only in reply to QUIT, then close the channel. If you have to drop a client for any other reason (shutdown, overload, idle time-out), the reply is 421, not 221. Send 235 only when the SASL mechanism has finished and the credentials checked out, and keep in mind that a successful login does not by itself allow every sender address: that is a separate policy check at MAIL FROM.

If you are sending: 221 in a log is the normal end of a session. If it appears where you expected a delivery, look at the replies before QUIT: what proves the message was taken is a 250 after the final dot of DATA. 235 means your user name and password were accepted; if sending still fails after it, the problem is in a later reply (for example 550 or 553 at MAIL FROM for a sender address the account may not use), not in your credentials.'),
    ('221', '235', 'tr', 'summary',
     '221 ve 235 yanıtlarının ikisi de 2yz sınıfından olumlu tamamlanma yanıtıdır, yani hiçbiri bir sorun bildirmez. 221 yanıtı QUIT komutuna verilir ve sunucunun bağlantıyı kapattığını söyler; 235 yanıtı ise AUTH komutuna verilir, kimlik doğrulamanın başarılı olduğunu ve oturumun sürdüğünü bildirir.'),
    ('221', '235', 'tr', 'key_differences',
     '221 <domain> Service closing transmission channel, RFC 5321 içindeki bağlantı kategorisine (x2z) ait bir yanıttır. QUIT komutunun doğru yanıtıdır: sunucu bu yanıtı gönderir ve ardından TCP bağlantısını kapatır. Sunucunun daha önce 250 yanıtıyla kabul ettiği her ileti kabul edilmiş olarak kalır; bağlantının kapanması hiçbir şeyi kaybettirmez.

235 Authentication Succeeded, AUTH uzantısından gelir (RFC 4954, bölüm 6) ve genellikle 235 2.7.0 biçiminde gönderilir. Çoğu zaman bir ya da birkaç 334 sorgusunun ardından, başarıyla biten bir SASL alışverişini kapatır. Bağlantı açık kalır, istemci oturumun geri kalanında kimliği doğrulanmış sayılır ve sıradaki adım MAIL FROM komutudur. Aynı oturumda gönderilen ikinci bir AUTH komutu 503 yanıtı alır.

İki kod da kimseden bir işlem beklemez ve hiçbiri yeniden denenmez. Asıl fark ardından gelendedir: 221 yanıtından sonra hiçbir şey gelmez, 235 yanıtından sonra ise posta işlemi başlar.'),
    ('221', '235', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: 221 yanıtını yalnızca QUIT komutuna karşılık gönderin ve ardından iletim kanalını kapatın. İstemciyi başka bir nedenle (kapanış, aşırı yük, boşta kalma süresinin dolması) düşürmeniz gerekiyorsa doğru yanıt 221 değil, 421 olur. 235 yanıtını ancak SASL mekanizması tamamlandığında ve kimlik bilgileri doğrulandığında gönderin. Başarılı bir kimlik doğrulamanın tek başına her gönderen adresini kullanma izni vermediğini de unutmayın: bu, MAIL FROM aşamasında ayrıca denetlenen bir politikadır.

Gönderen sizseniz: kayıtlarda görülen 221 yanıtı oturumun olağan biçimde sona erdiğini gösterir. Teslim beklediğiniz yerde bu yanıtı görüyorsanız QUIT öncesindeki yanıtlara bakın: iletinin alındığını kanıtlayan, DATA komutunun son noktasından sonra gelen 250 yanıtıdır. 235 yanıtı kullanıcı adınızın ve parolanızın kabul edildiğini gösterir; bundan sonra gönderim yine başarısız oluyorsa sorun kimlik bilgilerinizde değil, sonraki bir yanıttadır (örneğin hesabın kullanamayacağı bir gönderen adresi için MAIL FROM aşamasında alınan 550 ya da 553 yanıtı).');

-- 421 vs 450
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('421', '450', 'en', 'summary',
     '421 and 450 are both transient (4yz) failures: the message is deferred, not lost, and a later attempt may succeed. 421 ends the whole connection, while 450 refuses a single action, usually one recipient, and the session carries on.'),
    ('421', '450', 'en', 'key_differences',
     '421 <domain> Service not available, closing transmission channel is a connection-level reply (x2z). RFC 5321 allows it in reply to any command, or in place of the 220 greeting, whenever the server knows it has to stop: shutdown, overload, too many connections from one address, or a rate limit. The server closes the channel right after sending it, so every transaction that had not yet received its final 250 is aborted.

450 Requested mail action not taken: mailbox unavailable is a mail-system reply (x5z) about one mailbox or one action. It usually answers RCPT TO (a busy or locked mailbox, greylisting, a temporary policy block) and sometimes the end of DATA. The connection stays open: other recipients of the same transaction can still be accepted, and the client goes on with them.

Both are retried from the client''s queue. After 421 the client reconnects later (RFC 5321 recommends at least 30 minutes between attempts and giving up only after 4 to 5 days); after 450 only the refused recipient waits for the next attempt. The enhanced code usually tells why: 421 4.7.0 or 421 4.7.28 from large mailbox providers points at sending rate or reputation, while 450 4.2.0 or 450 4.7.1 often means greylisting.'),
    ('421', '450', 'en', 'when_to_use',
     'If you run the server: send 421 when the service as a whole cannot continue with this client right now, and close the connection after it; this is the reply for connection limits and per-IP rate limits. Send 450 when the problem is limited to one recipient or one message and may clear by itself, such as greylisting or a mailbox locked for maintenance. Use neither for conditions that will never clear, such as an unknown user: that is 550, otherwise senders retry for days and the bounce arrives late.

If you are sending: with either code, let your mail server''s queue retry and do not resend by hand. A single 450 caused by greylisting normally passes on the next attempt a few minutes later. If 421 keeps coming back from the same provider, slow down (fewer parallel connections, fewer messages per connection) and check your sender reputation, reverse DNS (PTR record) and SPF/DKIM/DMARC. If 450 persists for one recipient for more than a day, the problem is on the mailbox side and the recipient''s administrator has to fix it.'),
    ('421', '450', 'tr', 'summary',
     '421 ve 450 yanıtlarının ikisi de geçici hatadır (4yz): ileti kaybolmaz, ertelenir ve sonraki bir deneme başarılı olabilir. 421 yanıtı bağlantının tamamını sonlandırır; 450 yanıtı ise yalnızca tek bir işlemi, çoğunlukla tek bir alıcıyı reddeder ve oturum devam eder.'),
    ('421', '450', 'tr', 'key_differences',
     '421 <domain> Service not available, closing transmission channel, bağlantı düzeyinde (x2z) bir yanıttır. RFC 5321, sunucu durması gerektiğini bildiği her an bu yanıtın herhangi bir komuta ya da 220 karşılaması yerine gönderilmesine izin verir: kapanış, aşırı yük, tek bir adresten gelen çok sayıda bağlantı ya da gönderim hızı sınırı gibi. Sunucu yanıtı gönderdikten hemen sonra iletim kanalını kapatır; bu yüzden son 250 yanıtını henüz almamış her işlem yarıda kalır.

450 Requested mail action not taken: mailbox unavailable, posta sistemi kategorisinden (x5z) bir yanıttır ve tek bir posta kutusunu ya da tek bir işlemi ilgilendirir. Genellikle RCPT TO komutuna (meşgul ya da kilitli posta kutusu, gri listeleme, geçici bir politika engeli), bazen de DATA sonuna verilir. Bağlantı açık kalır: aynı işlemdeki diğer alıcılar yine kabul edilebilir ve istemci onlarla devam eder.

İkisi de istemcinin kuyruğundan yeniden denenir. 421 yanıtından sonra istemci daha sonra yeniden bağlanır (RFC 5321 denemeler arasında en az 30 dakika beklemeyi ve ancak 4-5 gün sonra vazgeçmeyi önerir); 450 yanıtından sonra ise yalnızca reddedilen alıcı bir sonraki denemeyi bekler. Nedeni çoğunlukla genişletilmiş durum kodu söyler: büyük posta sağlayıcılarından gelen 421 4.7.0 ya da 421 4.7.28 gönderim hızına veya gönderici itibarına işaret eder; 450 4.2.0 ya da 450 4.7.1 ise çoğu zaman gri listeleme demektir.'),
    ('421', '450', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: hizmet bütünüyle bu istemciyle şu anda devam edemiyorsa 421 yanıtını gönderin ve ardından bağlantıyı kapatın; bağlantı sınırları ve IP başına gönderim hızı sınırları için doğru yanıt budur. Sorun tek bir alıcıyla ya da tek bir iletiyle sınırlıysa ve kendiliğinden düzelebilecekse (gri listeleme, bakım için kilitlenmiş bir posta kutusu gibi) 450 yanıtını gönderin. Hiç düzelmeyecek durumlar için, örneğin bilinmeyen bir kullanıcı için ikisini de kullanmayın: bu 550 yanıtının işidir; aksi halde gönderenler günlerce yeniden dener ve teslim edilemedi bildirimi çok geç gelir.

Gönderen sizseniz: her iki kodda da yeniden denemeyi posta sunucunuzun kuyruğuna bırakın, iletiyi elle yeniden göndermeyin. Gri listeleme nedeniyle alınan tek bir 450 yanıtı genellikle birkaç dakika sonraki denemede aşılır. Aynı sağlayıcıdan 421 yanıtı tekrar tekrar geliyorsa gönderimi yavaşlatın (daha az eşzamanlı bağlantı, bağlantı başına daha az ileti) ve gönderici itibarınızı, ters DNS (PTR kaydı) ile SPF/DKIM/DMARC kayıtlarınızı gözden geçirin. Tek bir alıcı için 450 yanıtı bir günden uzun sürüyorsa sorun posta kutusu tarafındadır ve alıcının yöneticisinin düzeltmesi gerekir.');

-- 450 vs 550
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('450', '550', 'en', 'summary',
     '450 and 550 both report the recipient''s mailbox as unavailable and both usually answer RCPT TO. The first digit is the whole difference: 450 is transient and the message is retried, 550 is permanent and the message bounces.'),
    ('450', '550', 'en', 'key_differences',
     '450 Requested mail action not taken: mailbox unavailable is a 4yz reply. RFC 5321 gives a busy mailbox and a temporary policy block as examples. The condition is expected to pass, so the client keeps the message in its queue and tries again later; greylisting relies on exactly this behaviour.

550 Requested action not taken: mailbox unavailable is a 5yz reply: the mailbox does not exist, the client has no access to it, or the command was refused for policy reasons. Repeating the same command fails the same way, so the client stops and sends a bounce to the original sender. 550 also appears after MAIL FROM (a refused sender), after DATA (a policy rejection of the content) and after EHLO/HELO.

Given in reply to RCPT, both refuse only that recipient; the others in the transaction are not affected. The enhanced code separates the causes: 4.2.1 or 4.7.1 with 450; 5.1.1 (no such user), 5.2.1 (mailbox disabled) or 5.7.1 (policy) with 550.'),
    ('450', '550', 'en', 'when_to_use',
     'If you run the server: answer 550 when you know the recipient can never receive this mail, such as an unknown user (550 5.1.1) or a firm policy refusal, so that the sender learns it at once. Answer 450 only for states that will pass: greylisting, a mailbox that is locked or being migrated, a user directory that is briefly unreachable (451 fits that last case too). A 450 for a deleted mailbox makes senders retry for days; a 550 for a temporary outage loses mail.

If you are sending: after 450, let the queue retry; if the same recipient is still refused after a day or two, reach the recipient another way. After 550, do not resend unchanged. Read the enhanced code and the text: 5.1.1 means correct the address or remove it from your list; 5.7.x is a policy decision about you, such as a blocklisted IP address, failed SPF/DKIM/DMARC checks or relaying without authentication, which you fix on your side or with the receiving administrator.'),
    ('450', '550', 'tr', 'summary',
     '450 ve 550 yanıtlarının ikisi de alıcının posta kutusunun kullanılamadığını bildirir ve ikisi de çoğunlukla RCPT TO komutuna verilir. Farkın tamamı ilk hanededir: 450 geçici hatadır ve ileti yeniden denenir; 550 kalıcı hatadır ve teslim edilemedi bildirimiyle sonuçlanır.'),
    ('450', '550', 'tr', 'key_differences',
     '450 Requested mail action not taken: mailbox unavailable bir 4yz yanıtıdır. RFC 5321 örnek olarak meşgul bir posta kutusunu ve geçici bir politika engelini verir. Durumun geçmesi beklenir; bu yüzden istemci iletiyi kuyrukta tutar ve daha sonra yeniden dener. Gri listeleme tam olarak bu davranışa dayanır.

550 Requested action not taken: mailbox unavailable bir 5yz yanıtıdır: posta kutusu yoktur, istemcinin ona erişimi yoktur ya da komut politika gereği reddedilmiştir. Aynı komutu tekrarlamak aynı sonucu verir; istemci denemeyi bırakır ve asıl gönderene teslim edilemedi bildirimi yollar. 550 yanıtı MAIL FROM (reddedilen gönderen), DATA (içeriğin politika gereği reddi) ve EHLO/HELO komutlarından sonra da görülür.

RCPT komutuna verildiklerinde ikisi de yalnızca o alıcıyı reddeder; işlemdeki diğer alıcılar etkilenmez. Nedenleri genişletilmiş durum kodu ayırır: 450 yanıtıyla 4.2.1 ya da 4.7.1; 550 yanıtıyla 5.1.1 (böyle bir kullanıcı yok), 5.2.1 (posta kutusu devre dışı) ya da 5.7.1 (politika).'),
    ('450', '550', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: alıcının bu iletiyi hiçbir zaman alamayacağını biliyorsanız, örneğin bilinmeyen bir kullanıcıda (550 5.1.1) ya da kesin bir politika reddinde, 550 yanıtı verin ki gönderen durumu hemen öğrensin. 450 yanıtını yalnızca geçecek durumlar için kullanın: gri listeleme, kilitli ya da taşınmakta olan bir posta kutusu, kısa süreliğine erişilemeyen bir kullanıcı dizini (bu son durum için 451 de uygundur). Silinmiş bir posta kutusu için verilen 450 yanıtı gönderenlerin günlerce yeniden denemesine, geçici bir arıza için verilen 550 yanıtı ise iletilerin kaybolmasına yol açar.

Gönderen sizseniz: 450 yanıtından sonra kuyruğun yeniden denemesini bekleyin; aynı alıcı bir iki gün sonra hâlâ reddediliyorsa alıcıya başka bir yoldan ulaşın. 550 yanıtından sonra iletiyi değiştirmeden yeniden göndermeyin. Genişletilmiş durum kodunu ve metni okuyun: 5.1.1, adresi düzeltmeniz ya da listenizden çıkarmanız gerektiğini gösterir; 5.7.x ise sizinle ilgili bir politika kararıdır (kara listedeki (DNSBL) bir IP adresi, başarısız SPF/DKIM/DMARC denetimleri, kimlik doğrulama yapmadan aktarma denemesi gibi) ve kendi tarafınızda ya da alıcı sunucunun yöneticisiyle birlikte çözülür.');

-- 451 vs 554
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('451', '554', 'en', 'summary',
     '451 and 554 both stop a transaction, but 451 says the receiving server hit a temporary problem of its own, while 554 says the transaction failed for good. A 451 is retried from the queue; a 554 produces a bounce.'),
    ('451', '554', 'en', 'key_differences',
     '451 Requested action aborted: local error in processing is transient (4yz). It can answer MAIL FROM, RCPT TO or the end of DATA, and it places the cause on the receiving side: a DNS lookup that timed out, a content scanner or database that did not answer, an SPF check that ended in a temporary error (451 4.7.24), a processing queue that is full. Some greylisting setups use it too. RFC 5321 (section 3.8) even tells a client whose connection breaks in the middle of a transaction to act as if it had received 451.

554 Transaction failed is permanent (5yz). It is most often the reply after the final dot of DATA, when the server refuses the message itself (spam or malware verdicts, content policy, 554 5.7.1), or the reply to DATA when no recipient was accepted. In place of the 220 greeting it means "No SMTP service here": the server will not serve this client at all, and after such a greeting it answers every command except QUIT with 503.

Retry follows the class: 451 keeps the message in the client''s queue for another attempt, 554 returns it to the sender. 451 usually needs nothing from the sender; 554 always needs a change (content, reputation, sending host) before a new attempt can succeed.'),
    ('451', '554', 'en', 'when_to_use',
     'If you run the server: use 451 when your own machinery failed and the same message could pass on a later try, for example when a resolver, a policy service or a virus scanner is down. Never turn such failures into 5yz replies, or good mail bounces during the outage. Use 554 after DATA for a final verdict on the content, and at connection time only for a refusal that depends on the client (for a host that never accepts mail, RFC 7504 prefers 521).

If you are sending: 451 needs patience, because the queue will retry. If it goes on for hours, read the text: messages such as "4.1.8 Domain of sender address does not resolve" point at your own DNS; otherwise the receiving administrator has to act. For 554, read the enhanced code and the text and remove the cause: content that looks like spam, a refused attachment type, missing or failing SPF/DKIM/DMARC, or, for a 554 greeting, your IP address on a blocklist. Sending the same message again unchanged will fail again.'),
    ('451', '554', 'tr', 'summary',
     '451 ve 554 yanıtlarının ikisi de bir işlemi durdurur; ancak 451 alıcı sunucunun kendi tarafında geçici bir sorunla karşılaştığını, 554 ise işlemin kesin olarak başarısız olduğunu söyler. 451 yanıtı alan ileti kuyruktan yeniden denenir; 554 yanıtı ise teslim edilemedi bildirimiyle sonuçlanır.'),
    ('451', '554', 'tr', 'key_differences',
     '451 Requested action aborted: local error in processing geçici bir hatadır (4yz). MAIL FROM, RCPT TO ya da DATA sonuna verilebilir ve nedeni alıcı tarafa yerleştirir: zaman aşımına uğrayan bir DNS sorgusu, yanıt vermeyen bir içerik tarayıcısı ya da veritabanı, geçici hatayla sonuçlanan bir SPF denetimi (451 4.7.24), dolmuş bir işleme kuyruğu. Bazı gri listeleme kurulumları da bu kodu kullanır. RFC 5321 (bölüm 3.8), işlemin ortasında bağlantısı kopan istemciye bile 451 yanıtı almış gibi davranmasını söyler.

554 Transaction failed kalıcı bir hatadır (5yz). En sık DATA komutunun son noktasından sonra, sunucu iletinin kendisini reddettiğinde görülür (istenmeyen ileti (spam) ya da zararlı yazılım kararı, içerik politikası, 554 5.7.1); hiçbir alıcının kabul edilmediği bir işlemde DATA komutuna da bu yanıt verilir. 220 karşılaması yerine geldiğinde "No SMTP service here" anlamını taşır: sunucu bu istemciye hiç hizmet vermeyecektir ve böyle bir karşılamadan sonra QUIT dışındaki her komuta 503 yanıtı verir.

Yeniden deneme sınıfa göre belirlenir: 451 yanıtı iletiyi istemcinin kuyruğunda yeni bir deneme için tutar, 554 yanıtı ise iletiyi gönderene geri döndürür. 451 yanıtı çoğunlukla gönderenden bir şey beklemez; 554 yanıtında ise yeni bir denemenin başarılı olabilmesi için mutlaka bir şeyin (içerik, gönderici itibarı, gönderen sunucu) değişmesi gerekir.'),
    ('451', '554', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: kendi altyapınız arızalandığında ve aynı ileti sonraki bir denemede geçebilecekse 451 yanıtını kullanın; örneğin bir DNS çözümleyicisi, bir politika servisi ya da virüs tarayıcısı çalışmıyorsa. Bu tür arızaları asla 5yz yanıtlarına çevirmeyin, yoksa arıza süresince düzgün iletiler de geri döner. 554 yanıtını DATA sonrasında içerik hakkındaki kesin karar için, bağlantı anında ise yalnızca istemciye bağlı bir ret için kullanın (hiç posta kabul etmeyen bir sunucu için RFC 7504, 521 yanıtını önerir).

Gönderen sizseniz: 451 yanıtı sabır ister, çünkü kuyruk yeniden deneyecektir. Saatlerce sürüyorsa metni okuyun: "4.1.8 Domain of sender address does not resolve" gibi iletiler kendi DNS kayıtlarınızı işaret eder; aksi halde alıcı sunucunun yöneticisinin müdahale etmesi gerekir. 554 yanıtında genişletilmiş durum kodunu ve metni okuyup nedeni giderin: istenmeyen ileti (spam) gibi görünen içerik, kabul edilmeyen bir ek türü, eksik ya da başarısız SPF/DKIM/DMARC kayıtları ya da karşılamada gelen 554 yanıtı için kara listedeki (DNSBL) IP adresiniz. Aynı iletiyi değiştirmeden yeniden göndermek yine başarısız olur.');

-- 452 vs 552
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('452', '552', 'en', 'summary',
     '452 and 552 both say the receiver cannot store what the client is offering. 452 is transient (insufficient system storage, or too many recipients in one transaction) and is retried; 552 is permanent (the message is too large or a storage allocation is exceeded) and is not.'),
    ('452', '552', 'en', 'key_differences',
     '452 Requested action not taken: insufficient system storage is a 4yz reply to MAIL, RCPT or DATA. It covers a server that is short of disk or queue space at the moment, a SIZE declaration that cannot be accommodated right now (RFC 1870), and, since RFC 5321 (section 4.5.3.1.10), the limit on RCPT commands per transaction: "452 4.5.3 Too many recipients". In that last case the client sends the recipients refused so far in a new transaction, at once or later.

552 Requested mail action aborted: exceeded storage allocation is a 5yz reply. Typical cases are a MAIL FROM whose SIZE parameter exceeds the maximum the server advertised in its EHLO reply, a message that turns out too large during DATA (552 5.3.4), a per-mailbox size limit (5.2.3) and a mailbox over its quota (552 5.2.2).

There is one historical trap: RFC 821 used 552 for "too many recipients". RFC 5321 moved that case to 452 and asks clients to treat a 552 received in that situation as temporary. Apart from that, 552 is not retried: the message or the mailbox has to change first.'),
    ('452', '552', 'en', 'when_to_use',
     'If you run the server: answer 452 for resource shortages you expect to clear and for the per-transaction recipient limit; answer 552 for fixed limits that the same message will hit every time, such as the maximum message size. Advertise that limit with SIZE in your EHLO reply so clients can check before they transmit. For a mailbox over quota, 452 4.2.2 lets senders retry while the user frees space, and 552 5.2.2 bounces at once; choose on purpose.

If you are sending: 452 needs nothing beyond letting the queue retry. If its text says "too many recipients", make sure your software sends the rest in another transaction, or lower the number of recipients per message in bulk tools. 552 with 5.3.4 or 5.2.3 means the message is too large for that server: compress or remove attachments, or send a download link instead. 552 5.2.2 means the recipient''s mailbox is full: tell them by another channel and send again once they have made room.'),
    ('452', '552', 'tr', 'summary',
     '452 ve 552 yanıtlarının ikisi de alıcı tarafın istemcinin sunduğunu depolayamadığını söyler. 452 geçicidir (yetersiz sistem depolama alanı ya da tek işlemde çok fazla alıcı) ve yeniden denenir; 552 ise kalıcıdır (ileti çok büyüktür ya da ayrılan depolama alanı aşılmıştır) ve yeniden denenmez.'),
    ('452', '552', 'tr', 'key_differences',
     '452 Requested action not taken: insufficient system storage, MAIL, RCPT ya da DATA komutlarına verilen bir 4yz yanıtıdır. Şu anda disk ya da kuyruk alanı daralmış bir sunucuyu, o an karşılanamayan bir SIZE bildirimini (RFC 1870) ve RFC 5321 (bölüm 4.5.3.1.10) ile birlikte işlem başına RCPT komutu sınırını kapsar: "452 4.5.3 Too many recipients". Bu son durumda istemci, o ana kadar reddedilen alıcıları hemen ya da daha sonra yeni bir işlemde gönderir.

552 Requested mail action aborted: exceeded storage allocation bir 5yz yanıtıdır. Tipik durumlar şunlardır: SIZE parametresi sunucunun EHLO yanıtında duyurduğu üst sınırı aşan bir MAIL FROM komutu, DATA sırasında çok büyük olduğu anlaşılan bir ileti (552 5.3.4), posta kutusu başına boyut sınırı (5.2.3) ve kotası dolmuş bir posta kutusu (552 5.2.2).

Tarihten kalan bir tuzak vardır: RFC 821, "çok fazla alıcı" durumu için 552 yanıtını kullanıyordu. RFC 5321 bu durumu 452 yanıtına taşıdı ve istemcilerden bu durumda aldıkları bir 552 yanıtını geçici saymalarını istedi. Bunun dışında 552 yanıtı yeniden denenmez: önce ileti ya da posta kutusu değişmelidir.'),
    ('452', '552', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: düzelmesini beklediğiniz kaynak sıkıntıları ve işlem başına alıcı sınırı için 452, aynı iletinin her seferinde takılacağı sabit sınırlar (örneğin azami ileti boyutu) için 552 yanıtı verin. İstemciler göndermeden önce denetleyebilsin diye bu sınırı EHLO yanıtınızda SIZE ile duyurun. Kotası dolmuş bir posta kutusu için 452 4.2.2 yanıtı, kullanıcı yer açarken gönderenlerin yeniden denemesine izin verir; 552 5.2.2 ise iletiyi hemen geri döndürür. Bilerek seçin.

Gönderen sizseniz: 452 yanıtında kuyruğun yeniden denemesine izin vermekten başka bir şey gerekmez. Metin "too many recipients" diyorsa yazılımınızın kalan alıcıları başka bir işlemde gönderdiğinden emin olun ya da toplu gönderim araçlarında ileti başına alıcı sayısını düşürün. 5.3.4 ya da 5.2.3 ile gelen 552 yanıtı iletinin o sunucu için fazla büyük olduğunu gösterir: ekleri sıkıştırın ya da çıkarın veya onların yerine bir indirme bağlantısı gönderin. 552 5.2.2 yanıtı alıcının posta kutusunun dolu olduğunu söyler: alıcıya başka bir yoldan haber verin ve yer açtıktan sonra yeniden gönderin.');

-- 550 vs 553
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('550', '553', 'en', 'summary',
     '550 and 553 are both permanent refusals of an address, usually at MAIL FROM or RCPT TO. 550 says the mailbox cannot be used (it does not exist, access is denied, or policy forbids it); 553 says the mailbox name itself is not acceptable.'),
    ('550', '553', 'en', 'key_differences',
     '550 Requested action not taken: mailbox unavailable takes the address as well-formed and refuses what it points to: no such user (5.1.1), a disabled mailbox (5.2.1), or a policy decision (5.7.x). It is the general permanent rejection and shows up after MAIL, RCPT, DATA and even EHLO.

553 Requested action not taken: mailbox name not allowed objects to the name: its syntax is wrong, it uses characters or a form the server will not accept, or the sender is not allowed to use it. Common cases are a malformed sender address, a MAIL FROM that does not belong to the authenticated account (often 553 5.7.1), and a non-ASCII address sent without the SMTPUTF8 extension (553 5.6.7, RFC 6531). RFC 5321 also uses 553 for a VRFY that matches more than one mailbox ("553 User ambiguous").

Both are 5yz and neither is retried unchanged. With 550 the way out is usually another recipient or a policy change; with 553 it is a corrected or permitted address. A plain syntax error in the command''s argument, such as missing angle brackets, is more properly answered with 501.'),
    ('550', '553', 'en', 'when_to_use',
     'If you run the server: answer 550 at RCPT for addresses that are valid in form but have no mailbox or are refused by policy. Answer 553 when the address cannot be accepted as written: bad syntax, a sender address the authenticated user may not use, or an internationalized address from a client that did not ask for SMTPUTF8.

If you are sending: after 553, look at the address itself. Check for typos, stray spaces or characters and a missing domain, and make sure the envelope sender and the From address match the account you authenticate with (mail programs with several identities often get this wrong). After 550 the address is usually written correctly but cannot receive your mail: confirm it with the recipient (5.1.1) or deal with the policy reason given in the text (5.7.x).'),
    ('550', '553', 'tr', 'summary',
     '550 ve 553 yanıtlarının ikisi de bir adresin kalıcı olarak reddidir ve çoğunlukla MAIL FROM ya da RCPT TO komutuna verilir. 550 posta kutusunun kullanılamadığını (yok, erişim engelli ya da politika izin vermiyor), 553 ise posta kutusu adının kendisinin kabul edilemez olduğunu söyler.'),
    ('550', '553', 'tr', 'key_differences',
     '550 Requested action not taken: mailbox unavailable, adresi biçim olarak doğru kabul eder ve adresin gösterdiği yeri reddeder: böyle bir kullanıcı yoktur (5.1.1), posta kutusu devre dışıdır (5.2.1) ya da bir politika kararı vardır (5.7.x). Genel amaçlı kalıcı rettir; MAIL, RCPT, DATA, hatta EHLO komutlarından sonra görülür.

553 Requested action not taken: mailbox name not allowed ise adın kendisine itiraz eder: söz dizimi hatalıdır, sunucunun kabul etmediği karakterler ya da bir biçim içerir veya gönderenin bu adresi kullanma izni yoktur. Sık görülen örnekler şunlardır: bozuk bir gönderen adresi, kimliği doğrulanmış hesaba ait olmayan bir MAIL FROM adresi (çoğunlukla 553 5.7.1) ve SMTPUTF8 uzantısı kullanılmadan gönderilen ASCII dışı bir adres (553 5.6.7, RFC 6531). RFC 5321, birden fazla posta kutusuna uyan bir VRFY sorgusu için de 553 yanıtını kullanır ("553 User ambiguous").

İkisi de 5yz sınıfındadır ve değiştirilmeden yeniden denenmez. 550 yanıtında çıkış yolu genellikle başka bir alıcı ya da bir politika değişikliğidir; 553 yanıtında ise düzeltilmiş ya da izin verilen bir adrestir. Komut argümanındaki basit bir söz dizimi hatası, örneğin eksik açılı ayraçlar, daha doğru biçimde 501 yanıtıyla karşılanır.'),
    ('550', '553', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: biçim olarak geçerli olan ama posta kutusu bulunmayan ya da politika gereği reddedilen adresler için RCPT aşamasında 550 yanıtı verin. Adres yazıldığı haliyle kabul edilemiyorsa 553 yanıtı verin: hatalı söz dizimi, kimliği doğrulanmış kullanıcının kullanamayacağı bir gönderen adresi ya da SMTPUTF8 istemeyen bir istemciden gelen uluslararası bir adres.

Gönderen sizseniz: 553 yanıtından sonra adresin kendisine bakın. Yazım hatalarını, fazladan boşlukları ya da karakterleri ve eksik alan adını denetleyin; zarftaki gönderen adresinin ve From adresinin kimlik doğrulaması yaptığınız hesapla uyuştuğundan emin olun (birden fazla kimlik tanımlı e-posta programları bunu sık sık karıştırır). 550 yanıtında ise adres genellikle doğru yazılmıştır ama iletinizi alamaz: adresi alıcıyla teyit edin (5.1.1) ya da metinde belirtilen politika nedenini giderin (5.7.x).');

-- 550 vs 551
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('550', '551', 'en', 'summary',
     '550 and 551 are both permanent refusals of a recipient, usually at RCPT TO. 551 adds something 550 does not: the server says the user is not local here and, in the reply text, names the address where the user can now be reached.'),
    ('550', '551', 'en', 'key_differences',
     '550 Requested action not taken: mailbox unavailable is the general permanent refusal. It says nothing about where the user might be; the enhanced code gives the reason (5.1.1 unknown user, 5.1.6 mailbox moved with no forwarding address, 5.7.1 policy).

551 User not local; please try <forward-path> (RFC 5321, section 3.4) means the server knows the mailbox now lives elsewhere and will not pass the message on itself. It is one of the few replies whose text a program may parse, because the text carries the suggested address. Its positive twin is 251, where the server accepts the message and forwards it. Under RFC 6531, a 551 whose text would contain a UTF-8 address the client did not allow must be sent as 550 instead.

Neither is retried unchanged. What differs is who acts: after 551 the sender can redirect the message to the suggested address or return it to its author, while after 550 the sender needs another address or a policy change. RFC 5321 (section 7.4) warns clients not to update address books automatically from a 551 unless they are sure of the server''s identity. In practice 551 is rare; most servers disclose nothing and send 550 5.1.1 or 550 5.1.6.'),
    ('550', '551', 'en', 'when_to_use',
     'If you run the server: use 551 only when you deliberately want to tell senders a user''s new address, for example for some months after a colleague moved to another domain. Many sites prefer 550 5.1.6 or a plain 550 so as not to reveal addresses to anyone who asks. If you can forward the mail yourself, accept it with 250 or 251 instead.

If you are sending: after 551, read the new address in the text, confirm it with the recipient, update your contact and send a new message there. After 550, the reason is in the enhanced code: correct the address (5.1.1), find the person''s new address another way (5.1.6), or deal with the policy problem (5.7.x).'),
    ('550', '551', 'tr', 'summary',
     '550 ve 551 yanıtlarının ikisi de bir alıcının kalıcı olarak reddidir ve çoğunlukla RCPT TO komutuna verilir. 551 yanıtı, 550 yanıtında olmayan bir bilgi ekler: sunucu kullanıcının burada yerel olmadığını söyler ve yanıt metninde kullanıcıya artık hangi adresten ulaşılabileceğini belirtir.'),
    ('550', '551', 'tr', 'key_differences',
     '550 Requested action not taken: mailbox unavailable genel amaçlı kalıcı rettir. Kullanıcının nerede olabileceğine dair bir şey söylemez; nedeni genişletilmiş durum kodu verir (5.1.1 bilinmeyen kullanıcı, 5.1.6 taşınmış ve yönlendirme adresi bırakmamış posta kutusu, 5.7.1 politika).

551 User not local; please try <forward-path> (RFC 5321, bölüm 3.4), sunucunun posta kutusunun artık başka bir yerde olduğunu bildiği ama iletiyi oraya kendisinin aktarmayacağı anlamına gelir. Metni bir programın ayrıştırabileceği az sayıdaki yanıttan biridir, çünkü metin önerilen yönlendirme adresini taşır. Olumlu karşılığı 251 yanıtıdır: orada sunucu iletiyi kabul eder ve kendisi iletir. RFC 6531 uyarınca, metni istemcinin izin vermediği bir UTF-8 adres içerecek olan 551 yanıtının yerine 550 gönderilmelidir.

İkisi de değiştirilmeden yeniden denenmez. Farklı olan, kimin harekete geçeceğidir: 551 yanıtından sonra gönderen iletiyi önerilen adrese yönlendirebilir ya da yazarına geri döndürebilir; 550 yanıtından sonra ise gönderenin başka bir adrese ya da bir politika değişikliğine ihtiyacı vardır. RFC 5321 (bölüm 7.4), sunucunun kimliğinden emin olmayan istemcilerin 551 yanıtına bakarak adres defterlerini kendiliğinden güncellememesi gerektiği konusunda uyarır. Uygulamada 551 yanıtı nadirdir; çoğu sunucu hiçbir şey açıklamadan 550 5.1.1 ya da 550 5.1.6 gönderir.'),
    ('550', '551', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: 551 yanıtını yalnızca gönderenlere bir kullanıcının yeni adresini bilerek bildirmek istediğinizde kullanın; örneğin bir çalışma arkadaşınız başka bir alan adına geçtikten sonraki birkaç ay için. Pek çok kurum, adresleri soran herkese açıklamamak için 550 5.1.6 ya da yalın bir 550 yanıtını tercih eder. İletiyi kendiniz iletebiliyorsanız bunun yerine 250 ya da 251 yanıtıyla kabul edin.

Gönderen sizseniz: 551 yanıtından sonra metindeki yeni adresi okuyun, alıcıyla teyit edin, kişi kaydınızı güncelleyin ve o adrese yeni bir ileti gönderin. 550 yanıtında neden genişletilmiş durum kodundadır: adresi düzeltin (5.1.1), kişinin yeni adresini başka bir yoldan bulun (5.1.6) ya da politika sorununu giderin (5.7.x).');

-- 530 vs 535
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('530', '535', 'en', 'summary',
     '530 and 535 are both permanent refusals defined by the AUTH extension (RFC 4954), and both keep a client from sending through a server that requires a login. 530 means the client has not authenticated at all; 535 means it tried and the credentials were rejected.'),
    ('530', '535', 'en', 'key_differences',
     '530 Authentication required (5.7.0) is not a reply to AUTH. It answers another command, usually MAIL FROM, when server policy requires authentication and the client has not done it. RFC 4954 allows it for every command except AUTH, EHLO, HELO, NOOP, RSET and QUIT. RFC 3207 uses the same code with another text, "530 Must issue a STARTTLS command first", when the server requires encryption (TLS) before anything else.

535 Authentication credentials invalid (5.7.8) is the reply to AUTH itself, at the end of the SASL exchange: the user name, the password or the token was wrong or is not accepted. It is the default AUTH failure when no more specific code applies.

Both are 5yz and neither goes away by simply trying again. After 530 the client has to authenticate (or start TLS) and then repeat the command; after 535 it needs different credentials. Repeating AUTH with the same wrong password can lock the account or get the client''s IP address banned.'),
    ('530', '535', 'en', 'when_to_use',
     'If you run the server: on the submission ports (587, or 465 with implicit TLS) answer 530 to MAIL FROM from clients that have not authenticated. Do not require authentication on port 25 for incoming mail from other servers, which never log in. Offer AUTH only after STARTTLS if you do not want passwords sent in clear text. Return 535 only for real credential failures; if your user database or directory is unreachable, answer 454 so users are not told their password is wrong.

If you are sending: 530 means your mail program is not logging in. Turn on "outgoing server requires authentication" (SMTP authentication) with the same account you use for incoming mail, use port 587 with STARTTLS, and if the text mentions STARTTLS, enable encryption. 535 means a login was attempted and refused: check the user name (often the full email address) and the password, and whether the provider requires an app-specific password or OAuth instead of your normal password, or has SMTP AUTH turned off for your account.'),
    ('530', '535', 'tr', 'summary',
     '530 ve 535, AUTH uzantısının (RFC 4954) tanımladığı iki kalıcı rettir; ikisi de oturum açmayı zorunlu tutan bir sunucu üzerinden gönderimi engeller. 530 istemcinin hiç kimlik doğrulama yapmadığını, 535 ise denediğini ama kimlik bilgilerinin reddedildiğini söyler.'),
    ('530', '535', 'tr', 'key_differences',
     '530 Authentication required (5.7.0) bir AUTH yanıtı değildir. Sunucu politikası kimlik doğrulamayı zorunlu tuttuğu halde istemci bunu yapmadığında başka bir komuta, genellikle MAIL FROM komutuna verilir. RFC 4954 bu yanıtı AUTH, EHLO, HELO, NOOP, RSET ve QUIT dışındaki her komut için kullanmaya izin verir. RFC 3207 de aynı kodu başka bir metinle kullanır: sunucu her şeyden önce şifreleme (TLS) istiyorsa yanıt "530 Must issue a STARTTLS command first" olur.

535 Authentication credentials invalid (5.7.8) ise doğrudan AUTH komutunun, SASL alışverişinin sonunda verilen yanıtıdır: kullanıcı adı, parola ya da belirteç yanlıştır veya kabul edilmemektedir. Daha özel bir kod uymadığında kullanılan varsayılan AUTH hatasıdır.

İkisi de 5yz sınıfındadır ve hiçbiri yalnızca yeniden denemekle ortadan kalkmaz. 530 yanıtından sonra istemci kimlik doğrulama yapmalı (ya da TLS başlatmalı) ve komutu tekrarlamalıdır; 535 yanıtından sonra ise farklı kimlik bilgilerine ihtiyacı vardır. Aynı yanlış parolayla AUTH komutunu tekrarlamak hesabın kilitlenmesine ya da istemcinin IP adresinin engellenmesine yol açabilir.'),
    ('530', '535', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: gönderim portlarında (587 ya da örtük TLS ile 465) kimlik doğrulaması yapmamış istemcilerin MAIL FROM komutuna 530 yanıtı verin. Diğer sunuculardan gelen postalar için 25 numaralı portta kimlik doğrulama istemeyin, çünkü o sunucular hiçbir zaman oturum açmaz. Parolaların açık metin olarak gitmesini istemiyorsanız AUTH uzantısını yalnızca STARTTLS sonrasında sunun. 535 yanıtını yalnızca gerçek kimlik bilgisi hatalarında döndürün; kullanıcı veritabanınıza ya da dizin hizmetinize ulaşılamıyorsa kullanıcılara parolalarının yanlış olduğu söylenmesin diye 454 yanıtı verin.

Gönderen sizseniz: 530 yanıtı e-posta programınızın oturum açmadığını gösterir. Gelen posta için kullandığınız hesapla "giden sunucu kimlik doğrulama gerektirir" (SMTP kimlik doğrulaması) seçeneğini açın, 587 numaralı portu STARTTLS ile kullanın; metinde STARTTLS geçiyorsa şifrelemeyi etkinleştirin. 535 yanıtı oturum açmanın denendiğini ve reddedildiğini gösterir: kullanıcı adını (çoğunlukla e-posta adresinin tamamı) ve parolayı denetleyin; sağlayıcının normal parolanız yerine uygulamaya özel bir parola ya da OAuth isteyip istemediğine, hesabınız için SMTP AUTH özelliğini kapatıp kapatmadığına bakın.');

-- 454 vs 535
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('454', '535', 'en', 'summary',
     '454 and 535 can both be the final answer to AUTH, and both mean the login did not happen. 454 is a temporary failure on the server''s side, after which the client tries again later without asking for a new password; 535 is permanent and means the credentials themselves were rejected.'),
    ('454', '535', 'en', 'key_differences',
     '454 Temporary authentication failure (4.7.0, RFC 4954 section 6) says the server could not complete authentication for a reason unrelated to what the user typed: the back end that checks passwords (a directory, a database, a SASL daemon) did not answer, or some other transient fault occurred. RFC 4954 notes that the client should not ask the user for a new password because of it. The same code has a second, unrelated use in RFC 3207: "454 TLS not available due to temporary reason" in reply to STARTTLS.

535 Authentication credentials invalid (5.7.8) says the server did check the credentials and found them wrong or unacceptable. The client should ask the user for new ones; sending the same ones again will not help and may lead to a lock-out.

In short, 454 is 4yz and is retried later with the same credentials; 535 is 5yz and needs the user to act.'),
    ('454', '535', 'en', 'when_to_use',
     'If you run the server: map back-end failures (time-outs, lost connections to LDAP or SQL, a stopped authentication daemon) to 454 and keep 535 for a verified mismatch. Getting this wrong sends users off to reset passwords that were correct, and together with lock-out rules it can block accounts during an outage. For STARTTLS, answer 454 when the TLS layer cannot start for a temporary reason, such as a certificate or key that failed to load, and fix that quickly, because clients that insist on TLS will not send until it works.

If you are sending: after 454, wait a few minutes and try again with the same settings; if it persists, tell the server''s administrator, since nothing on your side is wrong. After 535, check the user name, the password or app password, and the authentication method configured in your mail program.'),
    ('454', '535', 'tr', 'summary',
     '454 ve 535 yanıtlarının ikisi de AUTH komutunun son yanıtı olabilir ve ikisi de oturum açılamadığını gösterir. 454 sunucu tarafındaki geçici bir hatadır; istemci yeni parola istemeden daha sonra yeniden dener. 535 ise kalıcıdır ve kimlik bilgilerinin kendisinin reddedildiği anlamına gelir.'),
    ('454', '535', 'tr', 'key_differences',
     '454 Temporary authentication failure (4.7.0, RFC 4954 bölüm 6), sunucunun kimlik doğrulamayı kullanıcının yazdığıyla ilgisi olmayan bir nedenle tamamlayamadığını söyler: parolaları denetleyen arka uç (bir dizin hizmeti, bir veritabanı, bir SASL servisi) yanıt vermemiştir ya da başka bir geçici arıza olmuştur. RFC 4954, istemcinin bu yüzden kullanıcıdan yeni bir parola istememesi gerektiğini belirtir. Aynı kodun RFC 3207 içinde ilgisiz ikinci bir kullanımı da vardır: STARTTLS komutuna verilen "454 TLS not available due to temporary reason" yanıtı.

535 Authentication credentials invalid (5.7.8) ise sunucunun kimlik bilgilerini gerçekten denetlediğini ve yanlış ya da kabul edilemez bulduğunu söyler. İstemci kullanıcıdan yeni kimlik bilgileri istemelidir; aynılarını yeniden göndermek işe yaramaz ve hesabın kilitlenmesine yol açabilir.

Kısacası 454 bir 4yz yanıtıdır ve aynı kimlik bilgileriyle daha sonra yeniden denenir; 535 ise bir 5yz yanıtıdır ve kullanıcının harekete geçmesini gerektirir.'),
    ('454', '535', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: arka uç arızalarını (zaman aşımları, LDAP ya da SQL bağlantısının kopması, durmuş bir kimlik doğrulama servisi) 454 yanıtına eşleyin; 535 yanıtını doğrulanmış bir uyuşmazlık için saklayın. Bunu karıştırmak kullanıcıları aslında doğru olan parolalarını sıfırlamaya yöneltir ve hesap kilitleme kurallarıyla birleşince arıza sırasında hesapları engelleyebilir. STARTTLS için, TLS katmanı geçici bir nedenle başlayamıyorsa (örneğin sertifika ya da anahtar yüklenemediyse) 454 yanıtı verin ve sorunu hemen giderin, çünkü TLS konusunda ısrarcı istemciler bu düzelene kadar gönderim yapmaz.

Gönderen sizseniz: 454 yanıtından sonra birkaç dakika bekleyip aynı ayarlarla yeniden deneyin; sürüyorsa sunucunun yöneticisine bildirin, çünkü sizin tarafınızda bir yanlışlık yoktur. 535 yanıtından sonra kullanıcı adını, parolayı ya da uygulama parolasını ve e-posta programınızda ayarlı kimlik doğrulama yöntemini denetleyin.');

-- 421 vs 521
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('421', '521', 'en', 'summary',
     '421 and 521 are both connection-level replies (x2z) that can take the place of the 220 greeting and tell the client it will get no mail service on this connection. 421 means not now and is retried later; 521 (RFC 7504) means this host never accepts mail, and the attempt is abandoned.'),
    ('421', '521', 'en', 'key_differences',
     '421 <domain> Service not available, closing transmission channel is transient. The server is shutting down, overloaded, in maintenance, or limiting how many connections or messages it takes from this client. It can come as the greeting or in reply to any later command, and the server closes the channel after sending it. The client keeps the message queued and tries again later, possibly at another MX host of the domain.

521 Server does not accept mail is permanent. RFC 7504 standardized it (it was first proposed in the experimental RFC 1846) for hosts that do not receive mail at all, such as a web server that happens to have port 25 open or a machine that only sends. It is meant for the greeting; if the client carries on anyway, the server may keep answering 521 or close the connection. It is not meant for refusing particular senders or recipients, which is what 554 and 550 are for.

Who acts differs as well: 421 usually resolves itself or needs the sender to slow down; 521 needs someone to fix where the mail is being sent, because this host will never take it.'),
    ('421', '521', 'en', 'when_to_use',
     'If you run the server: send 421 when a working mail server cannot serve this client right now because of load, maintenance or rate limiting. Send 521 only from hosts that should never receive mail; if the whole domain receives no mail, also publish a null MX record (RFC 7505) so that senders learn it from DNS and do not connect at all.

If you are sending: 421 needs no action at first, because your queue will retry. If it goes on for hours, check whether you are being rate-limited (reduce concurrent connections) and whether your IP address has a reputation problem. 521 means you reached a host that does not handle mail: check the recipient domain''s MX records and your own routing (a wrong smarthost or relay setting is a common cause). If the MX really points at a host that answers 521, the domain cannot receive email and the address should not be used.'),
    ('421', '521', 'tr', 'summary',
     '421 ve 521, 220 karşılamasının yerini alabilen ve istemciye bu bağlantıda posta hizmeti alamayacağını bildiren iki bağlantı düzeyi (x2z) yanıtıdır. 421 "şimdi değil" demektir ve daha sonra yeniden denenir; 521 (RFC 7504) ise bu sunucunun hiçbir zaman posta kabul etmediğini söyler ve denemeden vazgeçilir.'),
    ('421', '521', 'tr', 'key_differences',
     '421 <domain> Service not available, closing transmission channel geçicidir. Sunucu kapanmaktadır, aşırı yüklüdür, bakımdadır ya da bu istemciden aldığı bağlantı veya ileti sayısını sınırlamaktadır. Karşılama olarak ya da sonraki herhangi bir komuta yanıt olarak gelebilir; sunucu yanıtı gönderdikten sonra iletim kanalını kapatır. İstemci iletiyi kuyrukta tutar ve daha sonra, belki alan adının başka bir MX sunucusunda, yeniden dener.

521 Server does not accept mail kalıcıdır. RFC 7504 bu kodu, hiç posta almayan sunucular için standart hale getirmiştir (ilk kez deneysel RFC 1846 belgesinde önerilmişti): 25 numaralı portu açık kalmış bir web sunucusu ya da yalnızca gönderim yapan bir makine gibi. Karşılama için tasarlanmıştır; istemci yine de devam ederse sunucu 521 yanıtı vermeyi sürdürebilir ya da bağlantıyı kapatabilir. Belirli gönderenleri ya da alıcıları reddetmek için değildir; o iş 554 ve 550 yanıtlarına düşer.

Kimin harekete geçeceği de farklıdır: 421 çoğunlukla kendiliğinden düzelir ya da gönderenin yavaşlamasını gerektirir; 521 ise postanın gönderildiği yerin düzeltilmesini gerektirir, çünkü bu sunucu onu hiçbir zaman kabul etmeyecektir.'),
    ('421', '521', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: çalışan bir posta sunucusu bu istemciye yük, bakım ya da gönderim hızı sınırı nedeniyle şu anda hizmet veremiyorsa 421 yanıtını gönderin. 521 yanıtını yalnızca hiçbir zaman posta almaması gereken sunuculardan gönderin; alan adının tamamı posta almıyorsa ayrıca bir null MX kaydı (RFC 7505) yayımlayın ki gönderenler bunu DNS üzerinden öğrensin ve hiç bağlanmasın.

Gönderen sizseniz: 421 yanıtı başta bir işlem gerektirmez, çünkü kuyruğunuz yeniden deneyecektir. Saatlerce sürüyorsa gönderim hızı sınırına takılıp takılmadığınıza bakın (eşzamanlı bağlantıları azaltın) ve IP adresinizin gönderici itibarında bir sorun olup olmadığını denetleyin. 521 yanıtı posta hizmeti vermeyen bir sunucuya ulaştığınızı gösterir: alıcı alan adının MX kayıtlarını ve kendi yönlendirme ayarlarınızı denetleyin (yanlış bir smarthost ya da aktarma ayarı sık görülen bir nedendir). MX kaydı gerçekten 521 yanıtı veren bir sunucuyu gösteriyorsa o alan adı e-posta alamaz ve bu adres kullanılmamalıdır.');

-- 221 vs 421
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('221', '421', 'en', 'summary',
     '221 and 421 both announce that the server is closing the transmission channel, and both begin with the server''s domain. 221 is the successful reply to the client''s QUIT; 421 is a transient failure the server sends on its own initiative, so anything not yet accepted has to be retried.'),
    ('221', '421', 'en', 'key_differences',
     '221 <domain> Service closing transmission channel is a 2yz reply and the normal end of a session: the client sent QUIT, the server confirms and closes. Messages that received a 250 after their final dot are safely accepted, and nothing else was in progress. RFC 5321 expects both sides to end sessions this way rather than simply dropping the TCP connection.

421 <domain> Service not available, closing transmission channel is a 4yz reply that can arrive at any point, even in place of the greeting, when the server knows it has to stop serving this client: shutdown, overload, too many connections, rate limits, sometimes an idle time-out. The client did not ask for it. A transaction in progress is lost and has to be sent again; one already confirmed with 250 is not affected.

Both belong to the few replies whose text starts with the server''s domain. The practical test is simple: 221 follows QUIT, 421 follows anything else.'),
    ('221', '421', 'en', 'when_to_use',
     'If you run the server: reply 221 to QUIT and close; reply 421 when you are about to close for a reason of your own, so that clients requeue their mail instead of treating the drop as a protocol error. Give it a clear text, such as "421 4.3.2 System shutting down" or "421 4.7.0 Too many connections, try again later".

If you are sending: 221 is not an error and needs nothing. 421 needs nothing at first either, because the queue will retry. If it keeps happening with one provider, slow down your sending (fewer connections, fewer messages per connection) and read the enhanced code and the text, which often name a rate limit or a reputation problem.'),
    ('221', '421', 'tr', 'summary',
     '221 ve 421 yanıtlarının ikisi de sunucunun iletim kanalını kapattığını bildirir ve ikisi de sunucunun alan adıyla başlar. 221, istemcinin QUIT komutuna verilen başarılı yanıttır; 421 ise sunucunun kendiliğinden gönderdiği geçici bir hatadır, bu yüzden henüz kabul edilmemiş her şeyin yeniden denenmesi gerekir.'),
    ('221', '421', 'tr', 'key_differences',
     '221 <domain> Service closing transmission channel bir 2yz yanıtıdır ve oturumun olağan sonudur: istemci QUIT gönderir, sunucu bunu onaylar ve bağlantıyı kapatır. Son noktasından sonra 250 yanıtı almış iletiler güvenle kabul edilmiştir ve sürmekte olan başka bir şey yoktur. RFC 5321, iki taraftan da oturumu TCP bağlantısını doğrudan koparmak yerine bu şekilde bitirmesini bekler.

421 <domain> Service not available, closing transmission channel ise sunucu bu istemciye hizmet vermeyi bırakması gerektiğini bildiği anda, karşılama yerine bile, her noktada gelebilen bir 4yz yanıtıdır: kapanış, aşırı yük, çok fazla bağlantı, gönderim hızı sınırları, bazen de boşta kalma zaman aşımı. İstemci bunu istememiştir. Sürmekte olan bir işlem kaybolur ve yeniden gönderilmelidir; 250 yanıtıyla onaylanmış bir işlem ise etkilenmez.

İkisi de metni sunucunun alan adıyla başlayan az sayıdaki yanıttandır. Pratik ayrım basittir: 221 yanıtı QUIT komutunun ardından gelir, 421 yanıtı ise başka herhangi bir şeyin.'),
    ('221', '421', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: QUIT komutuna 221 yanıtı verip bağlantıyı kapatın; kendi nedeninizle kapatmak üzereyseniz 421 yanıtı verin ki istemciler bağlantının kopmasını bir protokol hatası saymak yerine iletilerini kuyruğa geri koysun. "421 4.3.2 System shutting down" ya da "421 4.7.0 Too many connections, try again later" gibi açık bir metin kullanın.

Gönderen sizseniz: 221 bir hata değildir ve hiçbir şey gerektirmez. 421 yanıtı da başta bir şey gerektirmez, çünkü kuyruk yeniden deneyecektir. Tek bir sağlayıcıda sürekli tekrarlanıyorsa gönderiminizi yavaşlatın (daha az bağlantı, bağlantı başına daha az ileti) ve çoğu zaman bir gönderim hızı sınırını ya da gönderici itibarı sorununu açıkça belirten genişletilmiş durum koduyla metni okuyun.');

-- 235 vs 334
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('235', '334', 'en', 'summary',
     '334 and 235 are the two positive replies of the AUTH exchange (RFC 4954). 334 is intermediate: the server sends a challenge and waits for the client''s next line; 235 is final: authentication succeeded.'),
    ('235', '334', 'en', 'key_differences',
     '334 is a 3yz positive intermediate reply. Its text is not prose but the base64-encoded server challenge, and it is left empty ("334 ") when the mechanism has nothing to send. With the LOGIN mechanism, for example, the server sends the base64 forms of "Username:" and "Password:" in two 334 replies. The client has to answer each 334 with one line of base64 data, or with a single "*" to cancel, which the server answers with 501. Like every 3yz reply, 334 never carries an enhanced status code.

235 Authentication Succeeded is a 2yz positive completion reply, normally sent as 235 2.7.0. It closes the exchange: the client is authenticated for the rest of the session and goes on with MAIL FROM. With a mechanism that puts an initial response on the AUTH line itself, such as PLAIN, the server may reply 235 straight away with no 334 in between.

Neither is an error. What can replace 235 at the end of the exchange are 535 (bad credentials), 534 (mechanism too weak), 454 (temporary failure), 500 (a response line too long) and 501 (a cancelled exchange or base64 that cannot be decoded).'),
    ('235', '334', 'en', 'when_to_use',
     'If you run the server: send one 334 per challenge step, with nothing but base64 in the text, and 235 2.7.0 once the mechanism completes successfully. Size your input buffer for the mechanisms you offer, since long OAuth tokens easily exceed 512 octets; an exchange line that is too long gets 500 5.5.6.

If you are sending: a session that stalls after 334 means your client did not send the expected response, often because it does not really support the mechanism it chose or because something in between cuts the line; try another mechanism or read the client''s log. Once you see 235, authentication is done; if a later command fails, look at that reply, not at your password.'),
    ('235', '334', 'tr', 'summary',
     '334 ve 235, AUTH alışverişinin (RFC 4954) iki olumlu yanıtıdır. 334 bir ara yanıttır: sunucu bir sorgu gönderir ve istemcinin bir sonraki satırını bekler; 235 ise son yanıttır: kimlik doğrulama başarılı olmuştur.'),
    ('235', '334', 'tr', 'key_differences',
     '334 bir 3yz olumlu ara yanıttır. Metni bir açıklama değil, base64 ile kodlanmış sunucu sorgusudur; mekanizmanın gönderecek bir şeyi yoksa metin boş bırakılır ("334 "). Örneğin LOGIN mekanizmasında sunucu "Username:" ve "Password:" sözcüklerinin base64 karşılıklarını iki ayrı 334 yanıtında gönderir. İstemci her 334 yanıtına tek satırlık base64 veriyle ya da iptal etmek için yalnızca "*" karakteriyle karşılık vermelidir; sunucu iptale 501 yanıtıyla karşılık verir. Her 3yz yanıtı gibi 334 de hiçbir zaman genişletilmiş durum kodu taşımaz.

235 Authentication Succeeded bir 2yz olumlu tamamlanma yanıtıdır ve genellikle 235 2.7.0 biçiminde gönderilir. Alışverişi kapatır: istemci oturumun geri kalanında kimliği doğrulanmış sayılır ve MAIL FROM ile devam eder. PLAIN gibi ilk yanıtı doğrudan AUTH satırına koyan bir mekanizmada sunucu, arada hiç 334 olmadan hemen 235 yanıtı verebilir.

İkisi de hata değildir. Alışverişin sonunda 235 yanıtının yerine gelebilecek olanlar şunlardır: 535 (hatalı kimlik bilgileri), 534 (mekanizma fazla zayıf), 454 (geçici hata), 500 (fazla uzun bir yanıt satırı) ve 501 (iptal edilen alışveriş ya da çözülemeyen base64).'),
    ('235', '334', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: her sorgu adımı için metninde yalnızca base64 bulunan bir 334 yanıtı, mekanizma başarıyla tamamlandığında ise 235 2.7.0 yanıtı gönderin. Giriş arabelleğinizi sunduğunuz SASL mekanizmalarına göre boyutlandırın; uzun OAuth belirteçleri 512 sekizliyi kolayca aşar ve fazla uzun bir alışveriş satırı 500 5.5.6 yanıtı alır.

Gönderen sizseniz: 334 yanıtından sonra takılıp kalan bir oturum, istemcinizin beklenen yanıtı göndermediğini gösterir; çoğu zaman bunun nedeni seçtiği mekanizmayı gerçekte desteklememesi ya da aradaki bir cihazın satırı kesmesidir. Başka bir mekanizma deneyin ya da istemcinin kayıtlarını okuyun. 235 yanıtını gördüğünüzde kimlik doğrulama tamamdır; sonraki bir komut başarısız olursa parolanıza değil, o yanıta bakın.');

-- 250 vs 251
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('250', '251', 'en', 'summary',
     '250 and 251 both accept the command, usually RCPT TO, and both are 2yz positive completions, so the message goes through. 251 adds a notice: the user is not local, and the server will forward the message to another address, which it names in the text.'),
    ('250', '251', 'en', 'key_differences',
     '250 Requested mail action okay, completed is the ordinary success reply; to RCPT TO it simply means the recipient is accepted.

251 User not local; will forward to <forward-path> (RFC 5321, section 3.4) also accepts the recipient and takes responsibility for delivery, but tells the client that the mailbox lives elsewhere and that the server will pass the message on itself. Its text is one of the few a program may parse, since it carries the new address; RFC 5321 (section 7.4) warns clients not to update address books automatically from it unless they can trust the server''s identity. Under RFC 6531 the server has to send 250 instead when the new address would be a UTF-8 address the client did not allow. VRFY can also get 251, and the ETRN extension (RFC 1985) reuses the code with an unrelated meaning: "OK, no messages waiting for node".

Neither is an error and neither calls for a retry: the transaction continues either way. The difference is purely informational.'),
    ('250', '251', 'en', 'when_to_use',
     'If you run the server: 250 is the normal answer for a forwarded recipient too; send 251 only if you want senders to learn the new address, keeping in mind that it discloses where the user went. Many sites forward silently with 250 for that reason.

If you are sending: nothing to do in either case; the message is on its way. If you see 251 with an address you recognise as the person''s new one, you may update your contact so future mail goes there directly, after checking with the person.'),
    ('250', '251', 'tr', 'summary',
     '250 ve 251 yanıtlarının ikisi de komutu, çoğunlukla RCPT TO komutunu kabul eder ve ikisi de 2yz olumlu tamamlanma yanıtıdır; yani ileti yoluna devam eder. 251 bir bildirim ekler: kullanıcı yerel değildir ve sunucu iletiyi metinde adını verdiği başka bir adrese iletecektir.'),
    ('250', '251', 'tr', 'key_differences',
     '250 Requested mail action okay, completed olağan başarı yanıtıdır; RCPT TO komutuna verildiğinde yalnızca alıcının kabul edildiğini söyler.

251 User not local; will forward to <forward-path> (RFC 5321, bölüm 3.4) da alıcıyı kabul eder ve teslimin sorumluluğunu üstlenir, ancak istemciye posta kutusunun başka bir yerde olduğunu ve sunucunun iletiyi oraya kendisinin ileteceğini bildirir. Metni yeni adresi, yani yönlendirme adresini taşıdığı için bir programın ayrıştırabileceği az sayıdaki yanıttan biridir; RFC 5321 (bölüm 7.4), sunucunun kimliğinden emin olmayan istemcilerin bu yanıta bakarak adres defterlerini kendiliğinden güncellememesi gerektiği konusunda uyarır. RFC 6531 uyarınca, yeni adres istemcinin izin vermediği bir UTF-8 adres olacaksa sunucu bunun yerine 250 göndermelidir. VRFY komutu da 251 yanıtı alabilir; ETRN uzantısı (RFC 1985) ise kodu ilgisiz bir anlamla yeniden kullanır: "OK, no messages waiting for node".

İkisi de hata değildir ve hiçbiri yeniden deneme gerektirmez: işlem her iki durumda da sürer. Fark yalnızca bilgi düzeyindedir.'),
    ('250', '251', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: iletilen bir alıcı için de olağan yanıt 250 yanıtıdır. 251 yanıtını yalnızca gönderenlerin yeni adresi öğrenmesini istiyorsanız gönderin ve bunun kullanıcının nereye gittiğini açığa vurduğunu unutmayın. Pek çok kurum bu nedenle iletileri 250 yanıtıyla sessizce iletir.

Gönderen sizseniz: iki durumda da yapmanız gereken bir şey yoktur; ileti yoldadır. 251 yanıtında kişinin yeni adresi olduğunu bildiğiniz bir adres görürseniz, kişiyle teyit ettikten sonra kişi kaydınızı güncelleyebilir ve sonraki iletileri doğrudan oraya gönderebilirsiniz.');

-- 5.1.1 vs 5.1.2
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('5.1.1', '5.1.2', 'en', 'summary',
     '5.1.1 and 5.1.2 are both permanent addressing errors (subject X.1) about the recipient. 5.1.1 says the part before the @ is unknown at a domain that does receive mail; 5.1.2 says the part after the @, the domain or destination system, is itself wrong.'),
    ('5.1.1', '5.1.2', 'en', 'key_differences',
     '5.1.1 Bad destination mailbox address means the receiving system is reachable and responsible for the domain, but has no mailbox by that name: the classic "user unknown". It normally comes from the recipient''s own server, at RCPT TO, as 550 5.1.1.

5.1.2 Bad destination system address means the domain does not exist or cannot accept mail: there is no MX or address record, the name is misspelled, or the host named in the address is not a mail system. Because nobody at the destination can answer, it is often produced by your own outgoing server or a relay, which then writes it into the bounce.

Both are class 5, so neither is retried. A temporary DNS failure is a different case: it should be reported as 4.4.3 (directory server failure) and retried, not as 5.1.2.'),
    ('5.1.1', '5.1.2', 'en', 'when_to_use',
     'If you run the server: use 5.1.1 at RCPT TO for unknown local users of domains you host. Use 5.1.2 when you relay and can establish that the target domain does not exist or has no mail service; for a domain that announces it takes no mail with a null MX, RFC 7504 and RFC 7505 provide 556 with 5.1.10. Never report a lookup time-out as 5.1.2.

If you are sending: for 5.1.1, check the spelling of the name before the @, ask the recipient for the current address, and remove dead addresses from mailing lists, since repeated sends to unknown users hurt your reputation. For 5.1.2, check the domain: typing errors such as gmial.com or a missing country suffix are the usual cause; if the domain is right, it may have expired or lost its MX records, and its owner must fix that.'),
    ('5.1.1', '5.1.2', 'tr', 'summary',
     '5.1.1 ve 5.1.2, alıcıyla ilgili iki kalıcı adresleme hatasıdır (X.1 konusu). 5.1.1, posta alan bir alan adında @ işaretinden önceki kısmın tanınmadığını; 5.1.2 ise @ işaretinden sonraki kısmın, yani alan adının ya da hedef sistemin kendisinin hatalı olduğunu söyler.'),
    ('5.1.1', '5.1.2', 'tr', 'key_differences',
     '5.1.1 Bad destination mailbox address, alıcı sisteme ulaşılabildiğini ve sistemin alan adından sorumlu olduğunu, ancak o adla bir posta kutusu bulunmadığını gösterir: bilinen adıyla "user unknown". Genellikle alıcının kendi sunucusundan, RCPT TO aşamasında 550 5.1.1 olarak gelir.

5.1.2 Bad destination system address, alan adının var olmadığını ya da posta kabul edemediğini gösterir: MX ya da adres kaydı yoktur, ad yanlış yazılmıştır veya adreste adı geçen makine bir posta sistemi değildir. Hedefte yanıt verecek kimse olmadığından bu kod çoğu zaman kendi giden sunucunuz ya da bir aktarıcı tarafından üretilir ve teslim edilemedi bildirimine yazılır.

İkisi de 5 sınıfındadır, dolayısıyla hiçbiri yeniden denenmez. Geçici bir DNS arızası ise farklı bir durumdur: 5.1.2 olarak değil, 4.4.3 (dizin sunucusu hatası) olarak bildirilmeli ve yeniden denenmelidir.'),
    ('5.1.1', '5.1.2', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: barındırdığınız alan adlarındaki bilinmeyen yerel kullanıcılar için RCPT TO aşamasında 5.1.1 kullanın. Aktarma yaparken hedef alan adının var olmadığını ya da posta hizmeti olmadığını saptayabiliyorsanız 5.1.2 kullanın; posta almadığını null MX kaydıyla duyuran bir alan adı için RFC 7504 ve RFC 7505, 5.1.10 ile birlikte 556 yanıtını sağlar. Bir sorgu zaman aşımını asla 5.1.2 olarak bildirmeyin.

Gönderen sizseniz: 5.1.1 için @ işaretinden önceki adın yazımını denetleyin, alıcıdan güncel adresini isteyin ve ölü adresleri posta listelerinden çıkarın, çünkü bilinmeyen kullanıcılara tekrar tekrar gönderim yapmak gönderici itibarınızı zedeler. 5.1.2 için alan adını denetleyin: gmial.com gibi yazım hataları ya da eksik bir ülke uzantısı en sık görülen nedendir. Alan adı doğruysa süresi dolmuş ya da MX kayıtlarını yitirmiş olabilir; bunu alan adının sahibinin düzeltmesi gerekir.');

-- 4.7.1 vs 5.7.1
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('4.7.1', '5.7.1', 'en', 'summary',
     '4.7.1 and 5.7.1 are the same registry entry, X.7.1 "Delivery not authorized, message refused", sent with two different classes. 4.7.1 refuses for now and the message is retried; 5.7.1 refuses for good and the message bounces.'),
    ('4.7.1', '5.7.1', 'en', 'key_differences',
     'The class digit of an enhanced status code must agree with the first digit of the basic reply it accompanies (RFC 3463, RFC 2034), so 4.7.1 arrives with a 4yz reply such as 450, 451 or 421, and 5.7.1 with a 5yz reply such as 550, 553 or 554. The retry decision follows that digit, not the subject and detail.

5.7.1 is the common permanent policy refusal: relaying denied to an unauthenticated client ("554 5.7.1 Relay access denied", "550 5.7.1 Unable to relay"), a sender or IP address on a blocklist, a recipient who accepts mail only from certain senders, a content rule. RFC 3463 describes X.7.1 as useful only as a permanent error.

4.7.1 is nevertheless widely used for temporary policy decisions: greylisting ("450 4.7.1 ... Greylisted"), per-sender or per-IP rate limits, and reputation checks that a receiver wants to re-evaluate later. The message is fine; the receiver wants to see it again later, or from a sender with a better standing.'),
    ('4.7.1', '5.7.1', 'en', 'when_to_use',
     'If you run the server: send 5.7.1 (with 550 or 554) when the refusal will hold on every retry, such as relaying for strangers or a listed IP address, and explain in the text what the sender can do, ideally with a link. Send 4.7.1 (with 450 or 451) for checks that may pass later, such as greylisting or a temporary rate limit, and keep the delay short enough that a compliant sender gets through on its next attempt.

If you are sending: with 4.7.1, let the queue retry; if it never passes, treat it like a reputation problem: check blocklists, reverse DNS (PTR record), SPF, DKIM and DMARC, and your sending volume. With 5.7.1, read the text: "relay" means you must authenticate (or you are sending through the wrong server); "blocked" or a list name means your IP or domain has to be delisted; anything else usually names the recipient''s policy, which only the recipient''s side can change.'),
    ('4.7.1', '5.7.1', 'tr', 'summary',
     '4.7.1 ve 5.7.1, IANA kaydındaki tek bir girdinin (X.7.1 "Delivery not authorized, message refused", yani teslim yetkisi yok, ileti reddedildi) iki farklı sınıfla gönderilmiş halleridir. 4.7.1 şimdilik reddeder ve ileti yeniden denenir; 5.7.1 kesin olarak reddeder ve ileti geri döner.'),
    ('4.7.1', '5.7.1', 'tr', 'key_differences',
     'Genişletilmiş bir durum kodunun sınıf hanesi, eşlik ettiği temel yanıtın ilk hanesiyle uyuşmalıdır (RFC 3463, RFC 2034). Bu yüzden 4.7.1, 450, 451 ya da 421 gibi bir 4yz yanıtıyla; 5.7.1 ise 550, 553 ya da 554 gibi bir 5yz yanıtıyla gelir. Yeniden deneme kararı konu ve ayrıntı hanelerine göre değil, bu haneye göre verilir.

5.7.1 yaygın kalıcı politika reddidir: kimliği doğrulanmamış bir istemciye aktarma izni verilmemesi ("554 5.7.1 Relay access denied", "550 5.7.1 Unable to relay"), kara listedeki (DNSBL) bir gönderen ya da IP adresi, yalnızca belirli gönderenlerden posta kabul eden bir alıcı, bir içerik kuralı. RFC 3463, X.7.1 kodunu yalnızca kalıcı hata olarak anlamlı bulur.

Buna karşın 4.7.1 geçici politika kararları için yaygın biçimde kullanılır: gri listeleme ("450 4.7.1 ... Greylisted"), gönderen ya da IP başına gönderim hızı sınırları ve alıcının daha sonra yeniden değerlendirmek istediği itibar denetimleri. İletide bir sorun yoktur; alıcı onu daha sonra ya da daha iyi konumdaki bir gönderenden yeniden görmek ister.'),
    ('4.7.1', '5.7.1', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: ret her yeniden denemede de geçerli kalacaksa (yabancılara aktarma, listedeki bir IP adresi gibi) 5.7.1 kodunu 550 ya da 554 yanıtıyla gönderin ve metinde gönderenin ne yapabileceğini, mümkünse bir bağlantıyla açıklayın. Daha sonra geçebilecek denetimler için (gri listeleme, geçici bir gönderim hızı sınırı) 4.7.1 kodunu 450 ya da 451 yanıtıyla gönderin ve gecikmeyi, kurallara uyan bir gönderenin bir sonraki denemede geçebileceği kadar kısa tutun.

Gönderen sizseniz: 4.7.1 geldiğinde kuyruğun yeniden denemesine izin verin; hiç geçmiyorsa bunu bir gönderici itibarı sorunu gibi ele alın: kara listeleri (DNSBL), ters DNS (PTR kaydı), SPF, DKIM ve DMARC kayıtlarını ve gönderim hacminizi denetleyin. 5.7.1 geldiğinde metni okuyun: "relay" sözcüğü kimlik doğrulama yapmanız gerektiğini (ya da yanlış sunucu üzerinden gönderdiğinizi), "blocked" sözcüğü ya da bir liste adı IP adresinizin veya alan adınızın listeden çıkarılması gerektiğini gösterir; diğer durumlarda metin çoğunlukla yalnızca alıcı tarafın değiştirebileceği bir politikayı anlatır.');

-- 5.7.1 vs 550
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('5.7.1', '550', 'en', 'summary',
     '550 and 5.7.1 are not alternatives: they usually appear together in one reply, "550 5.7.1 ...". 550 is the basic reply code that tells the client the command failed permanently; 5.7.1 is the enhanced status code that says why: a security or policy decision refused delivery.'),
    ('5.7.1', '550', 'en', 'key_differences',
     '550 Requested action not taken: mailbox unavailable is one of the three-digit codes of RFC 5321 that every client must act on. On its own it covers several causes (no such user, no access, policy), and it can answer MAIL, RCPT or DATA.

5.7.1 Delivery not authorized, message refused comes from RFC 3463 and is sent only by servers that announce ENHANCEDSTATUSCODES (RFC 2034), placed at the start of the reply text. Its subject, 7, is security or policy, so it rules out the addressing causes: the mailbox may well exist, but this sender, this relay path or this message is not allowed. The same detail also appears with 554 (often for relay or content refusals) or 553, and as 4.7.1 with a temporary reply.

The basic code decides the retry (5: do not retry unchanged); the enhanced code decides who acts. 550 5.1.1 sends you to the address; 550 5.7.1 sends you to your authentication, your reputation or the recipient''s policy.'),
    ('5.7.1', '550', 'en', 'when_to_use',
     'If you run the server: advertise ENHANCEDSTATUSCODES and pair every 550 with the most specific enhanced code you have: 5.1.1 for unknown users, 5.7.1 for a general policy refusal, and the more precise RFC 7372 codes (5.7.20 to 5.7.26) when an SPF, DKIM or reverse-DNS check is the reason. Put a short explanation or a URL in the text.

If you are sending: read the enhanced code first. With 550 5.7.1, look for the reason in the text: relaying denied (authenticate to your own outgoing server, or you are using the wrong one), your IP or domain on a blocklist (request delisting once the cause is fixed), or the recipient only accepting mail from certain senders (contact them another way). Changing the message content rarely helps with 5.7.1; changing who or how you send usually does.'),
    ('5.7.1', '550', 'tr', 'summary',
     '550 ve 5.7.1 birbirinin yerine geçen kodlar değildir: çoğunlukla aynı yanıtta birlikte görünürler, "550 5.7.1 ...". 550, istemciye komutun kalıcı olarak başarısız olduğunu söyleyen temel yanıt kodudur; 5.7.1 ise nedenini açıklayan genişletilmiş durum kodudur: teslimi bir güvenlik ya da politika kararı engellemiştir.'),
    ('5.7.1', '550', 'tr', 'key_differences',
     '550 Requested action not taken: mailbox unavailable, RFC 5321 içinde tanımlı ve her istemcinin dikkate almak zorunda olduğu üç haneli kodlardan biridir. Tek başına birkaç nedeni kapsar (böyle bir kullanıcı yok, erişim yok, politika) ve MAIL, RCPT ya da DATA komutuna verilebilir.

5.7.1 Delivery not authorized, message refused, RFC 3463 belgesinden gelir ve yalnızca ENHANCEDSTATUSCODES uzantısını (RFC 2034) duyuran sunucular tarafından, yanıt metninin başına eklenerek gönderilir. Konusu 7, yani güvenlik ya da politikadır; dolayısıyla adreslemeyle ilgili nedenleri dışarıda bırakır: posta kutusu var olabilir, ama bu gönderene, bu aktarma yoluna ya da bu iletiye izin verilmemektedir. Aynı ayrıntı 554 (çoğunlukla aktarma ya da içerik retlerinde) ya da 553 yanıtıyla da, geçici bir yanıtla birlikte 4.7.1 olarak da görülür.

Yeniden denemeyi temel kod belirler (5: değiştirmeden yeniden denenmez); kimin harekete geçeceğini ise genişletilmiş kod belirler. 550 5.1.1 sizi adrese yönlendirir; 550 5.7.1 ise kimlik doğrulamanıza, gönderici itibarınıza ya da alıcının politikasına.'),
    ('5.7.1', '550', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: ENHANCEDSTATUSCODES uzantısını duyurun ve her 550 yanıtını elinizdeki en belirgin genişletilmiş durum koduyla birlikte gönderin: bilinmeyen kullanıcılar için 5.1.1, genel bir politika reddi için 5.7.1, neden bir SPF, DKIM ya da ters DNS denetimiyse RFC 7372 ile gelen daha kesin kodlar (5.7.20 ile 5.7.26 arası). Metne kısa bir açıklama ya da bir URL koyun.

Gönderen sizseniz: önce genişletilmiş durum kodunu okuyun. 550 5.7.1 geldiğinde nedeni metinde arayın: aktarma reddedilmiştir (kendi giden sunucunuzda kimlik doğrulama yapın ya da yanlış sunucuyu kullanıyorsunuzdur), IP adresiniz ya da alan adınız kara listededir (nedeni giderdikten sonra listeden çıkarılmayı isteyin) veya alıcı yalnızca belirli gönderenlerden posta kabul etmektedir (ona başka bir yoldan ulaşın). 5.7.1 durumunda ileti içeriğini değiştirmek nadiren işe yarar; kimin gönderdiğini ya da nasıl gönderildiğini değiştirmek çoğunlukla yarar.');

-- 534 vs 535
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('534', '535', 'en', 'summary',
     '534 and 535 are both permanent failures of the AUTH command (RFC 4954). 534 objects to the mechanism the client chose, 535 to the credentials it supplied.'),
    ('534', '535', 'en', 'key_differences',
     '534 Authentication mechanism is too weak (5.7.9) means the selected SASL mechanism is weaker than server policy allows for this user. The credentials may be perfectly right; RFC 4954 says the client should retry with a stronger mechanism. Some large providers also send 534 with their own texts when an account needs an app-specific password or an interactive sign-in before it may use SMTP.

535 Authentication credentials invalid (5.7.8) means the mechanism was acceptable but the user name, password or token did not check out. The client should ask the user for new credentials.

So after 534 the fix is in the client''s configuration (which mechanism, whether TLS is used, which kind of password or token), while after 535 it is in the credentials themselves. Neither is solved by sending the same AUTH line again.'),
    ('534', '535', 'en', 'when_to_use',
     'If you run the server: use 534 when a user''s policy forbids the mechanism that was tried, for example a clear-text mechanism for accounts that must use a stronger one, and list in EHLO only the mechanisms a client may actually use at that stage (many servers offer PLAIN and LOGIN only after STARTTLS). Use 535 when the exchange completed and the credentials were wrong.

If you are sending: after 534, change the authentication method in your mail program (for example from PLAIN/LOGIN to the OAuth or other method your provider documents), make sure the connection is encrypted, and follow any link in the text, which may ask for an app password or a web sign-in. After 535, re-enter the user name and password, or create a new app password if your account uses two-factor authentication.'),
    ('534', '535', 'tr', 'summary',
     '534 ve 535, AUTH komutunun (RFC 4954) iki kalıcı hatasıdır. 534 istemcinin seçtiği mekanizmaya, 535 ise sunduğu kimlik bilgilerine itiraz eder.'),
    ('534', '535', 'tr', 'key_differences',
     '534 Authentication mechanism is too weak (5.7.9), seçilen SASL mekanizmasının sunucu politikasının bu kullanıcı için izin verdiğinden zayıf olduğunu söyler. Kimlik bilgileri tamamen doğru olabilir; RFC 4954 istemcinin daha güçlü bir mekanizmayla yeniden denemesi gerektiğini belirtir. Bazı büyük sağlayıcılar, bir hesabın SMTP kullanabilmesi için uygulamaya özel bir parola ya da web üzerinden etkileşimli bir oturum açma gerektiğinde de kendi metinleriyle 534 yanıtı gönderir.

535 Authentication credentials invalid (5.7.8) ise mekanizmanın kabul edilebilir olduğunu ama kullanıcı adının, parolanın ya da belirtecin doğrulanamadığını söyler. İstemci kullanıcıdan yeni kimlik bilgileri istemelidir.

Yani 534 yanıtından sonra çözüm istemcinin yapılandırmasındadır (hangi mekanizma, TLS kullanılıp kullanılmadığı, hangi tür parola ya da belirteç); 535 yanıtından sonra ise kimlik bilgilerinin kendisindedir. Hiçbiri aynı AUTH satırını yeniden göndermekle çözülmez.'),
    ('534', '535', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: bir kullanıcının politikası denenen mekanizmayı yasaklıyorsa 534 yanıtı verin; örneğin daha güçlü bir mekanizma kullanması gereken hesaplar için açık metin bir mekanizmada. EHLO yanıtında yalnızca istemcinin o aşamada gerçekten kullanabileceği SASL mekanizmalarını listeleyin (pek çok sunucu PLAIN ve LOGIN mekanizmalarını ancak STARTTLS sonrasında sunar). Alışveriş tamamlandığı halde kimlik bilgileri yanlışsa 535 yanıtı verin.

Gönderen sizseniz: 534 yanıtından sonra e-posta programınızdaki kimlik doğrulama yöntemini değiştirin (örneğin PLAIN/LOGIN yerine sağlayıcınızın belgelediği OAuth ya da başka bir yönteme geçin), bağlantının şifreli olduğundan emin olun ve metindeki bağlantıyı izleyin; bu bağlantı bir uygulama parolası ya da web üzerinden oturum açma isteyebilir. 535 yanıtından sonra kullanıcı adını ve parolayı yeniden girin ya da hesabınızda iki aşamalı doğrulama varsa yeni bir uygulama parolası oluşturun.');

-- 550 vs 554
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('550', '554', 'en', 'summary',
     '550 and 554 are both permanent (5yz) failures, and both are used for policy and spam rejections. The difference is scope: 550 refuses one action, usually one recipient at RCPT TO, while 554 fails the whole transaction, usually the message after DATA, or the whole connection at the greeting.'),
    ('550', '554', 'en', 'key_differences',
     '550 Requested action not taken: mailbox unavailable is mostly a reply to RCPT TO. It refuses that recipient only; other recipients in the same transaction can still be accepted and the message delivered to them. It also answers MAIL FROM when the sender is refused, and sometimes DATA. The enhanced code gives the reason: 5.1.1 unknown user, 5.7.1 policy, 5.7.23 or 5.7.26 failed authentication checks.

554 Transaction failed is mostly the reply after the final dot of DATA: the server has read the message and refuses it for all its recipients (spam or virus verdict, content policy). It is also the reply to DATA when no recipient was accepted, and in place of the 220 greeting it means "No SMTP service here", a refusal of the whole connection, often because the client''s IP address is blocklisted. Postfix, for example, also uses 554 5.7.1 for relay refusals at RCPT.

Neither is retried unchanged. After 550 at RCPT, the sender fixes or drops one address; after 554 at the end of DATA, the message or the sending setup has to change.'),
    ('550', '554', 'en', 'when_to_use',
     'If you run the server: refuse individual recipients at RCPT TO with 550 and a precise enhanced code, which is cheaper than accepting the data and gives the sender a clear per-address answer. Use 554 after DATA when the decision depends on the content, and at the greeting when you refuse this client entirely (RFC 7504 prefers 521 if the host never accepts mail from anyone). After a 554 greeting, answer everything except QUIT with 503.

If you are sending: a 550 for some recipients while others got 250 means only those addresses failed; fix them and leave the rest. A 554 after DATA means the message was judged: check links, attachments and wording, and make sure SPF, DKIM and DMARC pass. A 554 at the greeting means your server is refused before anything is sent: look up your IP address on the blocklist named in the text and fix the cause before asking for removal.'),
    ('550', '554', 'tr', 'summary',
     '550 ve 554 yanıtlarının ikisi de kalıcı (5yz) hatadır ve ikisi de politika ve istenmeyen ileti (spam) retlerinde kullanılır. Fark kapsamdadır: 550 tek bir işlemi, çoğunlukla RCPT TO aşamasında tek bir alıcıyı reddeder; 554 ise işlemin tamamını, çoğunlukla DATA sonrasında iletiyi ya da karşılamada bağlantının tamamını reddeder.'),
    ('550', '554', 'tr', 'key_differences',
     '550 Requested action not taken: mailbox unavailable çoğunlukla RCPT TO komutuna verilir. Yalnızca o alıcıyı reddeder; aynı işlemdeki diğer alıcılar yine kabul edilebilir ve ileti onlara teslim edilir. Gönderen reddedildiğinde MAIL FROM komutuna, bazen de DATA komutuna verilir. Nedeni genişletilmiş durum kodu söyler: 5.1.1 bilinmeyen kullanıcı, 5.7.1 politika, 5.7.23 ya da 5.7.26 başarısız kimlik doğrulama denetimleri.

554 Transaction failed ise çoğunlukla DATA komutunun son noktasından sonra verilir: sunucu iletiyi okumuştur ve onu tüm alıcılar için reddeder (istenmeyen ileti (spam) ya da virüs kararı, içerik politikası). Hiçbir alıcının kabul edilmediği durumda DATA komutuna da bu yanıt verilir; 220 karşılaması yerine geldiğinde ise "No SMTP service here" anlamına gelir, yani bağlantının tamamı reddedilir, çoğu zaman istemcinin IP adresi kara listede (DNSBL) olduğu için. Örneğin Postfix, RCPT aşamasındaki aktarma retleri için de 554 5.7.1 kullanır.

İkisi de değiştirilmeden yeniden denenmez. RCPT aşamasında gelen 550 yanıtından sonra gönderen tek bir adresi düzeltir ya da çıkarır; DATA sonunda gelen 554 yanıtından sonra ise iletinin ya da gönderim düzeninin değişmesi gerekir.'),
    ('550', '554', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: alıcıları tek tek RCPT TO aşamasında 550 yanıtı ve belirgin bir genişletilmiş durum koduyla reddedin; bu, veriyi kabul etmekten daha ucuzdur ve gönderene adres başına açık bir yanıt verir. Karar içeriğe bağlıysa DATA sonrasında, bu istemciyi tümüyle reddediyorsanız karşılamada 554 yanıtını kullanın (sunucu hiç kimseden posta kabul etmiyorsa RFC 7504, 521 yanıtını önerir). 554 ile karşıladığınız bir istemcinin QUIT dışındaki tüm komutlarına 503 yanıtı verin.

Gönderen sizseniz: bazı alıcılar 250 alırken bazıları 550 aldıysa yalnızca o adresler başarısız olmuştur; onları düzeltin, diğerlerine dokunmayın. DATA sonrasında gelen 554 yanıtı iletinin değerlendirilip reddedildiğini gösterir: bağlantıları, ekleri ve ifadeleri gözden geçirin, SPF, DKIM ve DMARC denetimlerinin geçtiğinden emin olun. Karşılamada gelen 554 yanıtı, sunucunuzun daha hiçbir şey göndermeden reddedildiğini gösterir: metinde adı geçen kara listede IP adresinizi sorgulayın ve listeden çıkarılmayı istemeden önce nedeni giderin.');

-- 421 vs 451
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('421', '451', 'en', 'summary',
     '421 and 451 are both transient (4yz) failures caused by the receiving side, and both are retried from the queue. 421 shuts down the whole connection; 451 aborts only the current command or transaction, and the connection stays open.'),
    ('421', '451', 'en', 'key_differences',
     '421 <domain> Service not available, closing transmission channel is about the service as a whole (x2z). It can answer any command or replace the greeting, and the server closes the channel right after it. Typical causes are shutdown, overload, connection limits and rate limits.

451 Requested action aborted: local error in processing is about one action (x5z). It answers MAIL FROM, RCPT TO or the end of DATA when something went wrong while handling that request: a DNS lookup that timed out, an unreachable database or content scanner, an SPF check that ended in a temporary error. After 451 the client may reset (RSET) and go on with other messages in the same session; only the affected message waits. RFC 5321 also tells clients to treat a connection lost in mid-transaction as if a 451 had been received.

Both are 4yz and usually need nobody to act. If either persists, 421 tends to point at load or sending limits, 451 at a broken component on the receiving server, or sometimes at the sender''s DNS (for example a sender domain that does not resolve).'),
    ('421', '451', 'en', 'when_to_use',
     'If you run the server: send 451 when handling one request failed for a reason you expect to clear, and keep serving the connection. Send 421 only when you are going to close the connection, for the reasons that concern the service as a whole. In both cases, never use a 5yz code for your own temporary faults.

If you are sending: let the queue retry after either one. If 451 keeps coming back, read its text: a complaint about your sender domain or its DNS is yours to fix, anything else belongs to the receiving administrator. If 421 keeps coming back from one provider, send more slowly and check your reputation.'),
    ('421', '451', 'tr', 'summary',
     '421 ve 451, alıcı taraftan kaynaklanan iki geçici (4yz) hatadır ve ikisi de kuyruktan yeniden denenir. 421 bağlantının tamamını kapatır; 451 ise yalnızca o anki komutu ya da işlemi yarıda keser ve bağlantı açık kalır.'),
    ('421', '451', 'tr', 'key_differences',
     '421 <domain> Service not available, closing transmission channel hizmetin bütününü ilgilendirir (x2z). Herhangi bir komuta yanıt olarak ya da karşılama yerine gelebilir ve sunucu hemen ardından iletim kanalını kapatır. Tipik nedenleri kapanış, aşırı yük, bağlantı sınırları ve gönderim hızı sınırlarıdır.

451 Requested action aborted: local error in processing ise tek bir işlemi ilgilendirir (x5z). O isteği işlerken bir şey ters gittiğinde MAIL FROM, RCPT TO ya da DATA sonuna verilir: zaman aşımına uğrayan bir DNS sorgusu, ulaşılamayan bir veritabanı ya da içerik tarayıcısı, geçici hatayla sonuçlanan bir SPF denetimi. 451 yanıtından sonra istemci oturumu sıfırlayıp (RSET) aynı oturumda diğer iletilerle devam edebilir; yalnızca etkilenen ileti bekler. RFC 5321, işlemin ortasında kopan bir bağlantıya da 451 yanıtı alınmış gibi davranılmasını ister.

İkisi de 4yz sınıfındadır ve çoğunlukla kimsenin bir şey yapmasını gerektirmez. Biri sürerse 421 genellikle yüke ya da gönderim sınırlarına, 451 ise alıcı sunucudaki bozuk bir bileşene, bazen de gönderenin DNS kayıtlarına (örneğin çözümlenemeyen bir gönderen alan adına) işaret eder.'),
    ('421', '451', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: tek bir isteğin işlenmesi düzelmesini beklediğiniz bir nedenle başarısız olduysa 451 yanıtı verin ve bağlantıya hizmet etmeyi sürdürün. 421 yanıtını yalnızca bağlantıyı kapatacaksanız, hizmetin bütününü ilgilendiren nedenler için gönderin. İki durumda da kendi geçici arızalarınız için asla 5yz kodu kullanmayın.

Gönderen sizseniz: ikisinden sonra da kuyruğun yeniden denemesine izin verin. 451 yanıtı tekrar tekrar geliyorsa metnini okuyun: gönderen alan adınızdan ya da onun DNS kayıtlarından yakınıyorsa düzeltmek size düşer; başka her şey alıcı sunucunun yöneticisinin işidir. Tek bir sağlayıcıdan 421 yanıtı tekrar tekrar geliyorsa daha yavaş gönderin ve gönderici itibarınızı denetleyin.');

-- 500 vs 502
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('500', '502', 'en', 'summary',
     '500 and 502 are both permanent replies of the syntax category (x0z), and both mean the server will not carry out the command as sent. 500 says the command was not recognised (or the line was too long); 502 says it was recognised but is not implemented here.'),
    ('500', '502', 'en', 'key_differences',
     '500 Syntax error, command unrecognized is for a verb the server does not know, a line that cannot be parsed, or a command line longer than the server accepts (RFC 5321 sets a minimum of 512 octets for command lines). RFC 4954 also uses it for an AUTH response line that is too long (500 5.5.6). A client that speaks TLS to a plain-text port, or a non-SMTP program connecting to port 25, typically gets a string of 500 replies.

502 Command not implemented (RFC 5321, section 4.2.4) is for a command the server understands but does not support: VRFY or EXPN switched off, HELP not provided, or EHLO sent to an old server that only knows HELO. In practice the line is blurred: Postfix, for instance, answers unknown commands with 502 5.5.2.

Neither is retried: the same command will get the same answer, and the session stays open for other commands. A server must not advertise an EHLO keyword whose command it would then answer with 500 or 502.'),
    ('500', '502', 'en', 'when_to_use',
     'If you run the server: reply 500 to verbs you do not recognise and to over-long lines; reply 502 to standard or extension commands you know but have disabled. Keep the EHLO list consistent with what you actually implement.

If you are sending: after 500, check what your client is actually sending: a typing error in a manual session, a wrong port or encryption setting (TLS on a port that expects STARTTLS, or the reverse), or a very long line. After 502, stop using that command with this server: fall back from EHLO to HELO, skip VRFY/EXPN, and rely on the EHLO list to see which extensions are available.'),
    ('500', '502', 'tr', 'summary',
     '500 ve 502, söz dizimi kategorisine (x0z) ait iki kalıcı yanıttır ve ikisi de sunucunun komutu gönderildiği haliyle yerine getirmeyeceğini söyler. 500 komutun tanınmadığını (ya da satırın fazla uzun olduğunu), 502 ise tanındığını ama bu sunucuda uygulanmadığını bildirir.'),
    ('500', '502', 'tr', 'key_differences',
     '500 Syntax error, command unrecognized, sunucunun bilmediği bir komut, ayrıştırılamayan bir satır ya da sunucunun kabul ettiğinden uzun bir komut satırı içindir (RFC 5321 komut satırları için en az 512 sekizlik bir uzunluk öngörür). RFC 4954 de fazla uzun bir AUTH yanıt satırı için bu kodu kullanır (500 5.5.6). Düz metin bekleyen bir porta TLS ile konuşan bir istemci ya da 25 numaralı porta bağlanan SMTP dışı bir program genellikle art arda 500 yanıtları alır.

502 Command not implemented (RFC 5321, bölüm 4.2.4) ise sunucunun anladığı ama desteklemediği bir komut içindir: kapatılmış VRFY ya da EXPN, sunulmayan HELP ya da yalnızca HELO bilen eski bir sunucuya gönderilen EHLO. Uygulamada sınır bulanıktır: örneğin Postfix, bilinmeyen komutlara da 502 5.5.2 ile yanıt verir.

Hiçbiri yeniden denenmez: aynı komut aynı yanıtı alır ve oturum diğer komutlar için açık kalır. Bir sunucu, komutuna 500 ya da 502 yanıtı vereceği bir EHLO anahtar sözcüğünü duyurmamalıdır.'),
    ('500', '502', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: tanımadığınız komutlara ve fazla uzun satırlara 500, bildiğiniz ama kapattığınız standart ya da uzantı komutlarına 502 yanıtı verin. EHLO listenizi gerçekte uyguladıklarınızla tutarlı tutun.

Gönderen sizseniz: 500 yanıtından sonra istemcinizin gerçekte ne gönderdiğine bakın: elle yürütülen bir oturumda yazım hatası, yanlış port ya da şifreleme ayarı (STARTTLS bekleyen bir portta doğrudan TLS ya da tersi) veya çok uzun bir satır. 502 yanıtından sonra o komutu bu sunucuyla kullanmayı bırakın: EHLO yerine HELO kullanın, VRFY/EXPN komutlarını atlayın ve hangi SMTP uzantılarının sunulduğunu görmek için EHLO listesine güvenin.');

-- 501 vs 555
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('501', '555', 'en', 'summary',
     '501 and 555 are both permanent complaints about what follows a command word, not about the command itself. 501 says the arguments are syntactically wrong; 555 says the ESMTP parameters on MAIL FROM or RCPT TO are well-formed but not recognised or not implemented by this server.'),
    ('501', '555', 'en', 'key_differences',
     '501 Syntax error in parameters or arguments can answer any command: a MAIL FROM address the server cannot parse, an EHLO without a valid domain or address literal, DATA, RSET or QUIT sent with arguments, STARTTLS with parameters (RFC 3207), an AUTH exchange cancelled with "*" or carrying base64 that cannot be decoded (RFC 4954), a malformed ETRN argument (RFC 1985). Malformed values of known parameters, such as a broken NOTIFY= or ORCPT= from the DSN extension, are usually rejected with 501 too.

555 MAIL FROM/RCPT TO parameters not recognized or not implemented (RFC 5321, section 4.1.1.11) applies only to those two commands. The syntax is fine, but the server does not offer the parameter: SIZE=, BODY=8BITMIME, SMTPUTF8, NOTIFY= or RET= sent to a server that did not advertise the matching extension, or any parameter after a session opened with HELO instead of EHLO. Its temporary counterpart is 455.

Neither is retried unchanged. A 501 needs corrected syntax; a 555 needs the client to drop the parameter or to send through a server that supports it.'),
    ('501', '555', 'en', 'when_to_use',
     'If you run the server: answer 501 for malformed arguments and for bad values of parameters you do support; answer 555 for parameters you do not support at all, and make sure your EHLO reply lists exactly the extensions you implement, since clients decide what to send from that list.

If you are sending: after 501, look at the exact command your software sent: missing angle brackets around an address, spaces inside it, a bare IP address in EHLO without square brackets, or arguments where none are allowed. After 555, your client used an extension the server did not offer: check that it sent EHLO (not HELO) and reads the EHLO reply before adding parameters, or turn off the feature (for example DSN requests or SMTPUTF8) for that route.'),
    ('501', '555', 'tr', 'summary',
     '501 ve 555, komutun kendisine değil, komut sözcüğünden sonra gelenlere yönelik iki kalıcı itirazdır. 501 argümanların söz dizimi bakımından hatalı olduğunu; 555 ise MAIL FROM ya da RCPT TO üzerindeki ESMTP parametrelerinin doğru biçimde yazıldığını ama bu sunucu tarafından tanınmadığını ya da uygulanmadığını söyler.'),
    ('501', '555', 'tr', 'key_differences',
     '501 Syntax error in parameters or arguments her komuta verilebilir: sunucunun ayrıştıramadığı bir MAIL FROM adresi, geçerli bir alan adı ya da adres değişmezi içermeyen bir EHLO, argümanla gönderilen DATA, RSET ya da QUIT, parametreli STARTTLS (RFC 3207), "*" ile iptal edilen ya da çözülemeyen base64 içeren bir AUTH alışverişi (RFC 4954), bozuk bir ETRN argümanı (RFC 1985). Bilinen parametrelerin bozuk değerleri, örneğin DSN uzantısının hatalı bir NOTIFY= ya da ORCPT= değeri de genellikle 501 ile reddedilir.

555 MAIL FROM/RCPT TO parameters not recognized or not implemented (RFC 5321, bölüm 4.1.1.11) yalnızca bu iki komut için geçerlidir. Söz dizimi doğrudur, ama sunucu bu parametreyi sunmamaktadır: ilgili SMTP uzantısını duyurmamış bir sunucuya gönderilen SIZE=, BODY=8BITMIME, SMTPUTF8, NOTIFY= ya da RET=, veya EHLO yerine HELO ile açılmış bir oturumda kullanılan herhangi bir parametre. Geçici karşılığı 455 yanıtıdır.

İkisi de değiştirilmeden yeniden denenmez. 501 yanıtı düzeltilmiş bir söz dizimi ister; 555 yanıtı ise istemcinin parametreyi kaldırmasını ya da onu destekleyen bir sunucu üzerinden göndermesini gerektirir.'),
    ('501', '555', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: bozuk argümanlar ve desteklediğiniz parametrelerin hatalı değerleri için 501, hiç desteklemediğiniz parametreler için 555 yanıtı verin. EHLO yanıtınızın tam olarak uyguladığınız SMTP uzantılarını listelediğinden emin olun, çünkü istemciler ne göndereceklerine bu listeye bakarak karar verir.

Gönderen sizseniz: 501 yanıtından sonra yazılımınızın gönderdiği komuta tam olarak bakın: adresin çevresinde eksik açılı ayraçlar, adresin içinde boşluklar, EHLO komutunda köşeli ayraç içine alınmamış çıplak bir IP adresi ya da argüman alınmayan bir yerde argüman. 555 yanıtından sonra istemciniz sunucunun sunmadığı bir uzantıyı kullanmıştır: HELO değil EHLO gönderdiğini ve parametre eklemeden önce EHLO yanıtını okuduğunu denetleyin ya da o yol için ilgili özelliği (örneğin DSN istekleri ya da SMTPUTF8) kapatın.');

-- 503 vs 530
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('503', '530', 'en', 'summary',
     '503 and 530 both refuse a command because of the state of the session rather than its content, and both are permanent (5yz). 503 says the commands came in the wrong order; 530 says the server requires authentication (or, under RFC 3207, TLS) before it will accept this command.'),
    ('503', '530', 'en', 'key_differences',
     '503 Bad sequence of commands is RFC 5321''s reply for protocol order errors: RCPT before MAIL, DATA without an accepted recipient, a second MAIL inside a transaction, MAIL before EHLO/HELO on servers that insist on a greeting, anything but QUIT after a 554 greeting. Extensions reuse it: a second AUTH after a successful one, or AUTH during a transaction (RFC 4954); BDAT after BDAT LAST, or DATA mixed with BDAT (RFC 3030).

530 Authentication required (RFC 4954, with 5.7.0) means the order was acceptable but the server''s policy demands that the client log in first; it can answer any command except AUTH, EHLO, HELO, NOOP, RSET and QUIT. RFC 3207 gives it a second text, "Must issue a STARTTLS command first", for servers that require encryption (TLS).

So after 503 the client''s protocol logic is at fault and must send the commands in the right order; after 530 the client''s configuration is missing a step (AUTH or STARTTLS). Some servers blur the two, for example answering an AUTH sent before STARTTLS with 503 because AUTH is not offered yet.'),
    ('503', '530', 'en', 'when_to_use',
     'If you run the server: use 503 strictly for order errors and 530 when a policy step is missing, and say which step in the text ("Authentication required", "Must issue a STARTTLS command first"). Advertise AUTH only in the EHLO reply where it may be used, so clients are not led into out-of-order commands.

If you are sending: 503 from a mail program usually means an earlier command failed and the program carried on regardless; look further up the session log for the real error, often a rejected MAIL FROM or all recipients refused before DATA. 530 means you need to turn on SMTP authentication, or encryption with STARTTLS, in your account settings.'),
    ('503', '530', 'tr', 'summary',
     '503 ve 530, bir komutu içeriği yüzünden değil oturumun durumu yüzünden reddeder ve ikisi de kalıcıdır (5yz). 503 komutların yanlış sırayla geldiğini; 530 ise sunucunun bu komutu kabul etmeden önce kimlik doğrulama (ya da RFC 3207 uyarınca TLS) istediğini söyler.'),
    ('503', '530', 'tr', 'key_differences',
     '503 Bad sequence of commands, RFC 5321 içinde protokol sırası hataları için tanımlı yanıttır: MAIL komutundan önce gelen RCPT, kabul edilmiş bir alıcı olmadan gönderilen DATA, bir işlemin içinde ikinci bir MAIL, karşılama isteyen sunucularda EHLO/HELO öncesinde gönderilen MAIL, 554 karşılamasından sonra QUIT dışındaki her şey. SMTP uzantıları da bu kodu kullanır: başarılı bir AUTH sonrasında ikinci bir AUTH ya da bir işlem sırasında AUTH (RFC 4954); BDAT LAST sonrasında BDAT ya da BDAT ile karıştırılmış DATA (RFC 3030).

530 Authentication required (RFC 4954, 5.7.0 ile) ise sıranın uygun olduğunu, ancak sunucu politikasının istemcinin önce oturum açmasını gerektirdiğini söyler; AUTH, EHLO, HELO, NOOP, RSET ve QUIT dışındaki her komuta verilebilir. RFC 3207 bu koda, şifreleme (TLS) isteyen sunucular için ikinci bir metin verir: "Must issue a STARTTLS command first".

Yani 503 yanıtından sonra kusur istemcinin protokol mantığındadır ve komutları doğru sırayla göndermesi gerekir; 530 yanıtından sonra ise istemcinin yapılandırmasında bir adım (AUTH ya da STARTTLS) eksiktir. Bazı sunucular ikisini karıştırır; örneğin STARTTLS öncesinde gönderilen bir AUTH komutuna, AUTH henüz sunulmadığı için 503 yanıtı verir.'),
    ('503', '530', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: 503 yanıtını yalnızca sıra hataları için, 530 yanıtını ise bir politika adımı eksik olduğunda kullanın ve hangi adımın eksik olduğunu metinde söyleyin ("Authentication required", "Must issue a STARTTLS command first"). İstemcileri sıra dışı komutlara yöneltmemek için AUTH uzantısını yalnızca kullanılabileceği EHLO yanıtında duyurun.

Gönderen sizseniz: bir e-posta programından gelen 503 yanıtı çoğunlukla daha önceki bir komutun başarısız olduğunu ve programın buna rağmen devam ettiğini gösterir; asıl hatayı oturum kaydının daha yukarısında arayın, sık rastlanan durum reddedilmiş bir MAIL FROM ya da DATA öncesinde reddedilen tüm alıcılardır. 530 yanıtı, hesap ayarlarınızda SMTP kimlik doğrulamasını ya da STARTTLS ile şifrelemeyi açmanız gerektiğini gösterir.');

-- 5.2.2 vs 552
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('5.2.2', '552', 'en', 'summary',
     '552 and 5.2.2 often arrive together as "552 5.2.2 Mailbox full", but they are different kinds of code. 552 is the basic reply that makes the failure permanent (exceeded storage allocation); 5.2.2 is the enhanced status code that says the recipient''s mailbox is over its quota.'),
    ('5.2.2', '552', 'en', 'key_differences',
     '552 Requested mail action aborted: exceeded storage allocation covers every storage limit: the message is larger than the server accepts (with 5.3.4), larger than this mailbox''s own limit (with 5.2.3), or the mailbox is full (with 5.2.2). It can answer MAIL (a SIZE parameter over the limit), RCPT or the end of DATA.

5.2.2 Mailbox full belongs to the mailbox subject (X.2), whose causes lie with the recipient. RFC 3463 intends it as a transient condition, because the recipient can free space, so it is just as correct to send it as 452 4.2.2 or 450 4.2.2 and let the sender retry. Sent with 552, it is final: most sending servers bounce at once.

In short, the basic code decides whether the sender retries; the enhanced code tells you the cause is the recipient''s quota rather than the size of your message.'),
    ('5.2.2', '552', 'en', 'when_to_use',
     'If you run the server: for a full mailbox, decide whether you want senders to keep the message and retry (452 4.2.2, best when users usually clear space within days) or to bounce at once (552 5.2.2, best for abandoned mailboxes). Keep 552 5.3.4 for messages over your system''s size limit and advertise that limit with SIZE in EHLO.

If you are sending: 552 5.2.2 means your message was fine but the recipient''s mailbox is full. Tell the recipient by another channel and send again later, or send a shorter message without attachments. If the enhanced code is 5.3.4 or 5.2.3 instead, the message itself is too big: shrink it or share the file by link.'),
    ('5.2.2', '552', 'tr', 'summary',
     '552 ve 5.2.2 çoğu zaman "552 5.2.2 Mailbox full" biçiminde birlikte gelir, ama farklı türde kodlardır. 552, hatayı kalıcı kılan temel yanıt kodudur (ayrılan depolama alanı aşıldı); 5.2.2 ise alıcının posta kutusunun kotasını aştığını söyleyen genişletilmiş durum kodudur.'),
    ('5.2.2', '552', 'tr', 'key_differences',
     '552 Requested mail action aborted: exceeded storage allocation her tür depolama sınırını kapsar: ileti sunucunun kabul ettiğinden büyüktür (5.3.4 ile), bu posta kutusunun kendi sınırından büyüktür (5.2.3 ile) ya da posta kutusu doludur (5.2.2 ile). MAIL (sınırı aşan bir SIZE parametresi), RCPT ya da DATA sonuna verilebilir.

5.2.2 Mailbox full, nedenleri alıcıda olan posta kutusu konusuna (X.2) aittir. RFC 3463 bu kodu geçici bir durum olarak düşünür, çünkü alıcı yer açabilir; dolayısıyla onu 452 4.2.2 ya da 450 4.2.2 olarak gönderip gönderenin yeniden denemesine izin vermek de aynı ölçüde doğrudur. 552 ile gönderildiğinde ise kesindir: gönderen sunucuların çoğu iletiyi hemen geri döndürür.

Kısacası gönderenin yeniden deneyip denemeyeceğini temel kod belirler; genişletilmiş kod ise nedenin iletinizin boyutu değil, alıcının kotası olduğunu söyler.'),
    ('5.2.2', '552', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: dolu bir posta kutusu için gönderenlerin iletiyi tutup yeniden denemesini mi (452 4.2.2; kullanıcılar genellikle birkaç gün içinde yer açıyorsa en iyisi) yoksa iletinin hemen geri dönmesini mi (552 5.2.2; terk edilmiş posta kutuları için en iyisi) istediğinize karar verin. 552 5.3.4 yanıtını sisteminizin boyut sınırını aşan iletilere ayırın ve bu sınırı EHLO yanıtında SIZE ile duyurun.

Gönderen sizseniz: 552 5.2.2 yanıtı iletinizde sorun olmadığını, ama alıcının posta kutusunun dolu olduğunu gösterir. Alıcıya başka bir yoldan haber verin ve daha sonra yeniden gönderin ya da eksiz, daha kısa bir ileti gönderin. Genişletilmiş kod bunun yerine 5.3.4 ya da 5.2.3 ise iletinin kendisi fazla büyüktür: boyutunu küçültün ya da dosyayı bir bağlantıyla paylaşın.');

-- 250 vs 252
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('250', '252', 'en', 'summary',
     '250 and 252 are both positive completion replies and can both answer VRFY. 250 to VRFY means the server has actually verified the address; 252 means it cannot or will not verify it, but will accept mail for it and attempt delivery.'),
    ('250', '252', 'en', 'key_differences',
     '250 Requested mail action okay, completed is the general success reply to EHLO, MAIL, RCPT, DATA, RSET, NOOP and more. For VRFY and EXPN, RFC 5321 (section 3.5.3) sets a strict rule: the server must not answer 250 unless it has really verified the address; checking only the syntax does not count.

252 Cannot VRFY user, but will accept message and attempt delivery is the honest "I can''t tell you" answer. It suits an address the server cannot check in real time (for example because the mailbox lives on another host) and servers that refuse to reveal which users exist. RFC 5321 (section 7.3) asks sites that disable VRFY for security reasons to answer 252 rather than a code that could be mistaken for a positive or negative verification. The ETRN extension (RFC 1985) reuses 252 with an unrelated meaning: "OK, pending messages for node started".

Neither is an error and neither is retried. The difference matters only to someone using VRFY to check addresses: 250 confirms, 252 confirms nothing.'),
    ('250', '252', 'en', 'when_to_use',
     'If you run the server: answer VRFY with 250 only for addresses you have checked, and with 252 if you do not want to disclose your users, which protects them from address harvesting. 502 is the alternative for switching VRFY off entirely, but it tells legitimate clients less.

If you are sending or checking addresses: treat 252 as "unknown", neither valid nor invalid. Most public mail servers answer every VRFY with 252 or 502, so VRFY cannot verify mailing lists; the only reliable test is a real delivery and its bounce, or RCPT TO answers during an actual transaction.'),
    ('250', '252', 'tr', 'summary',
     '250 ve 252 yanıtlarının ikisi de olumlu tamamlanma yanıtıdır ve ikisi de VRFY komutuna verilebilir. VRFY komutuna verilen 250, sunucunun adresi gerçekten doğruladığı anlamına gelir; 252 ise doğrulayamadığını ya da doğrulamak istemediğini, ama bu adres için postayı kabul edip teslim etmeye çalışacağını söyler.'),
    ('250', '252', 'tr', 'key_differences',
     '250 Requested mail action okay, completed; EHLO, MAIL, RCPT, DATA, RSET, NOOP ve daha birçok komutun genel başarı yanıtıdır. VRFY ve EXPN için RFC 5321 (bölüm 3.5.3) katı bir kural koyar: sunucu adresi gerçekten doğrulamadıkça 250 yanıtı vermemelidir; yalnızca söz dizimini denetlemek yetmez.

252 Cannot VRFY user, but will accept message and attempt delivery dürüst bir "söyleyemem" yanıtıdır. Sunucunun anlık olarak denetleyemediği bir adrese (örneğin posta kutusu başka bir makinede olduğu için) ve hangi kullanıcıların var olduğunu açığa vurmak istemeyen sunuculara uygundur. RFC 5321 (bölüm 7.3), VRFY komutunu güvenlik gerekçesiyle kapatan kurumlardan olumlu ya da olumsuz bir doğrulamayla karıştırılabilecek bir kod yerine 252 yanıtı vermelerini ister. ETRN uzantısı (RFC 1985) ise 252 kodunu ilgisiz bir anlamla yeniden kullanır: "OK, pending messages for node started".

İkisi de hata değildir ve hiçbiri yeniden denenmez. Fark yalnızca adresleri denetlemek için VRFY kullanan biri için önemlidir: 250 doğrular, 252 hiçbir şeyi doğrulamaz.'),
    ('250', '252', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: VRFY komutuna yalnızca denetlediğiniz adresler için 250 yanıtı verin; kullanıcılarınızı açığa vurmak istemiyorsanız 252 yanıtı verin, bu onları adres toplayan botlara karşı korur. VRFY komutunu tümüyle kapatmak için 502 de bir seçenektir, ama meşru istemcilere daha az bilgi verir.

Gönderiyor ya da adres denetliyorsanız: 252 yanıtını "bilinmiyor" olarak değerlendirin; adres ne geçerli ne de geçersiz sayılır. İnternetteki posta sunucularının çoğu her VRFY komutuna 252 ya da 502 ile yanıt verir; bu yüzden posta listeleri VRFY ile doğrulanamaz. Tek güvenilir sınama gerçek bir teslim ve onun teslim edilemedi bildirimi ya da gerçek bir işlem sırasında RCPT TO komutuna verilen yanıtlardır.');

-- 521 vs 554
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('521', '554', 'en', 'summary',
     '521 and 554 are both permanent replies that can take the place of the 220 greeting and refuse the connection before any mail is sent. 521 (RFC 7504) says this host never accepts mail from anyone; 554 says "No SMTP service here" for this client, and has other uses later in the session.'),
    ('521', '554', 'en', 'key_differences',
     '521 Server does not accept mail is narrow by design. RFC 7504 defines it for hosts that do not receive mail at all, so it is the same for every client, and an MX that answers 521 means the domain cannot be mailed through that host. If the client continues, the server may answer 521 again or close.

554 Transaction failed is broader. As a greeting it tells this client that it will get no service, often because of the client''s IP reputation or a blocklist entry, while other clients may be served normally. RFC 5321 (section 3.1) then requires the server to wait for QUIT, and asks it to answer other commands with 503. Later in a session, 554 is the usual reply to a message refused after DATA.

Neither is retried. The difference is whose problem it is: 521 means the destination is wrong or takes no mail; 554 at the greeting means the receiver refuses you in particular.'),
    ('521', '554', 'en', 'when_to_use',
     'If you run the server: answer 521 from machines that should never receive mail, and consider a null MX (RFC 7505) for domains without mail. Use 554 at the greeting to refuse particular clients, such as listed IP addresses or hosts without reverse DNS, and put the reason or a lookup URL in the text.

If you are sending: after 521, check MX records and your routing: you are talking to a host that does no mail. After a 554 greeting, check your sending IP address against the blocklists named in the text, make sure it has a reverse DNS (PTR) record that matches its forward name, and ask the receiver or the list operator for removal once the cause is fixed.'),
    ('521', '554', 'tr', 'summary',
     '521 ve 554, 220 karşılamasının yerini alabilen ve daha hiçbir posta gönderilmeden bağlantıyı reddeden iki kalıcı yanıttır. 521 (RFC 7504) bu sunucunun hiç kimseden posta kabul etmediğini söyler; 554 ise bu istemci için "No SMTP service here" der ve oturumun ilerleyen aşamalarında başka kullanımları da vardır.'),
    ('521', '554', 'tr', 'key_differences',
     '521 Server does not accept mail bilerek dar tutulmuştur. RFC 7504 bu kodu hiç posta almayan sunucular için tanımlar; dolayısıyla her istemci için aynıdır ve 521 yanıtı veren bir MX, o alan adına bu sunucu üzerinden posta gönderilemeyeceği anlamına gelir. İstemci devam ederse sunucu yeniden 521 yanıtı verebilir ya da bağlantıyı kapatabilir.

554 Transaction failed daha geniştir. Karşılama olarak bu istemciye hizmet verilmeyeceğini söyler; bunun nedeni çoğu zaman istemcinin IP itibarı ya da bir kara liste (DNSBL) kaydıdır ve diğer istemcilere normal hizmet verilebilir. RFC 5321 (bölüm 3.1) bu durumda sunucunun QUIT komutunu beklemesini ve diğer komutlara 503 yanıtı vermesini ister. Oturumun ilerleyen aşamalarında 554, DATA sonrasında reddedilen bir iletiye verilen olağan yanıttır.

Hiçbiri yeniden denenmez. Fark sorunun kime ait olduğundadır: 521 hedefin yanlış olduğunu ya da posta almadığını; karşılamadaki 554 ise alıcının özellikle sizi reddettiğini gösterir.'),
    ('521', '554', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: hiçbir zaman posta almaması gereken makinelerden 521 yanıtı verin ve postası olmayan alan adları için bir null MX kaydı (RFC 7505) yayımlamayı düşünün. Belirli istemcileri, örneğin listedeki IP adreslerini ya da ters DNS kaydı olmayan makineleri reddetmek için karşılamada 554 yanıtını kullanın ve metne nedeni ya da bir sorgu adresi koyun.

Gönderen sizseniz: 521 yanıtından sonra MX kayıtlarını ve yönlendirme ayarlarınızı denetleyin: posta hizmeti vermeyen bir sunucuyla konuşuyorsunuz. Karşılamada gelen 554 yanıtından sonra gönderim yaptığınız IP adresini metinde adı geçen kara listelerde sorgulayın, ileri yöndeki adıyla uyuşan bir ters DNS (PTR kaydı) bulunduğundan emin olun ve nedeni giderdikten sonra alıcıdan ya da listeyi yönetenden listeden çıkarılmayı isteyin.');

-- 450 vs 451
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('450', '451', 'en', 'summary',
     '450 and 451 are both transient (4yz) failures that leave the connection open and are retried from the queue. 450 says the mailbox is unavailable for now (busy, or blocked for policy reasons such as greylisting); 451 says the server hit a local error while processing the request.'),
    ('450', '451', 'en', 'key_differences',
     '450 Requested mail action not taken: mailbox unavailable is about the target. RFC 5321 lists it for RCPT and, for policy rejections, for DATA; examples are a locked or busy mailbox, greylisting and temporary per-recipient blocks. Typical enhanced codes are 4.2.0, 4.2.1 and 4.7.1.

451 Requested action aborted: local error in processing is about the server itself. It can answer MAIL, RCPT or DATA when a lookup, a database, a scanner or a policy service failed while the request was handled; 4.3.0, 4.4.3, 4.7.24 (SPF temporary error) are usual enhanced codes. Some greylisting setups send 451 rather than 450, so the two are not always kept apart in practice.

For the sender both mean "try again later", and a correct queue does exactly that. If they persist, the person to act differs: a lasting 450 points at the recipient''s mailbox or at a policy about you; a lasting 451 points at the receiving server''s administrator (or, when the text says so, at your own DNS).'),
    ('450', '451', 'en', 'when_to_use',
     'If you run the server: use 450 for conditions of the mailbox or for deliberate temporary policy (greylisting, soft rate limits), and 451 for faults in your own processing. Monitor your 451 rate: a rise usually means a component is failing.

If you are sending: let your queue retry both. If a message is still deferred after a day, read the last reply text. With 450, check whether your server retries from the same IP address (greylisting needs that) and whether you are on a blocklist; with 451, check whether the text names your domain or DNS, otherwise ask the recipient''s administrator.'),
    ('450', '451', 'tr', 'summary',
     '450 ve 451, bağlantıyı açık bırakan ve kuyruktan yeniden denenen iki geçici (4yz) hatadır. 450 posta kutusunun şu an kullanılamadığını (meşgul ya da gri listeleme gibi politika nedenleriyle engellenmiş); 451 ise sunucunun isteği işlerken yerel bir hatayla karşılaştığını söyler.'),
    ('450', '451', 'tr', 'key_differences',
     '450 Requested mail action not taken: mailbox unavailable hedefle ilgilidir. RFC 5321 bu kodu RCPT için ve politika retlerinde DATA için listeler; örnekleri kilitli ya da meşgul bir posta kutusu, gri listeleme ve alıcı başına geçici engellerdir. Olağan genişletilmiş durum kodları 4.2.0, 4.2.1 ve 4.7.1 kodlarıdır.

451 Requested action aborted: local error in processing ise sunucunun kendisiyle ilgilidir. İstek işlenirken bir sorgu, bir veritabanı, bir tarayıcı ya da bir politika servisi başarısız olduğunda MAIL, RCPT ya da DATA komutuna verilebilir; olağan genişletilmiş durum kodları 4.3.0, 4.4.3 ve 4.7.24 (SPF geçici hatası) kodlarıdır. Bazı gri listeleme kurulumları 450 yerine 451 gönderir; bu yüzden uygulamada ikisi her zaman birbirinden ayrılmaz.

Gönderen için ikisi de "daha sonra yeniden dene" demektir ve doğru çalışan bir kuyruk da tam olarak bunu yapar. Sürerlerse harekete geçmesi gereken kişi farklıdır: uzun süren bir 450 yanıtı alıcının posta kutusunu ya da sizinle ilgili bir politikayı işaret eder; uzun süren bir 451 yanıtı ise alıcı sunucunun yöneticisini (ya da metin öyle diyorsa kendi DNS kayıtlarınızı).'),
    ('450', '451', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: posta kutusuna ait durumlar ve bilinçli geçici politikalar (gri listeleme, yumuşak gönderim hızı sınırları) için 450, kendi işleme sürecinizdeki arızalar için 451 kullanın. 451 oranınızı izleyin: bu oranın artması genellikle bir bileşenin bozulduğunu gösterir.

Gönderen sizseniz: ikisinde de yeniden denemeyi kuyruğunuza bırakın. Bir ileti bir gün sonra hâlâ bekliyorsa son yanıt metnini okuyun. 450 için sunucunuzun aynı IP adresinden yeniden deneyip denemediğine (gri listeleme bunu gerektirir) ve bir kara listede olup olmadığınıza bakın; 451 için metnin alan adınızı ya da DNS kayıtlarınızı anıp anmadığına bakın, anmıyorsa alıcının yöneticisine başvurun.');

-- 5.7.1 vs 5.7.26
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('5.7.1', '5.7.26', 'en', 'summary',
     '5.7.1 and 5.7.26 are both permanent security or policy refusals (subject X.7), usually sent with 550. 5.7.1 is the general "delivery not authorized"; 5.7.26 (RFC 7372) says precisely that the message failed more than one sender authentication check, such as SPF and DKIM.'),
    ('5.7.1', '5.7.26', 'en', 'key_differences',
     '5.7.1 Delivery not authorized, message refused (RFC 3463) covers any policy reason: relaying denied, a blocklisted IP address, a recipient that accepts mail only from certain senders, a content rule. The code alone does not say which one, so the reply text carries the real information.

5.7.26 Multiple authentication checks failed comes from RFC 7372, which added specific codes for email authentication results: 5.7.20 to 5.7.22 for DKIM, 5.7.23 and 5.7.24 for SPF, 5.7.25 for reverse DNS, and 5.7.26 when several of these failed together. Large mailbox providers send it for mail that is not authenticated for its domain, including DMARC failures, and use 4.7.26 as a temporary warning version.

Both bounce. The difference is how much guesswork the sender is left with: 5.7.26 points straight at SPF, DKIM and DMARC; 5.7.1 has to be read together with its text.'),
    ('5.7.1', '5.7.26', 'en', 'when_to_use',
     'If you run the server: when you reject because of authentication results, send the RFC 7372 code that matches (5.7.23 for an SPF fail, 5.7.26 when more than one check failed) instead of a bare 5.7.1, so that senders know where to look. Keep 5.7.1 for other policy refusals and explain them in the text.

If you are sending: for 5.7.26, make the message pass authentication for the domain in the From address: publish an SPF record that includes every server and service that sends for you, sign with DKIM using that domain (or an aligned one), and check that DMARC passes, which forwarding and mailing lists can break. Test with a message to a mailbox whose headers show the SPF, DKIM and DMARC results. For 5.7.1, read the text and follow its reason.'),
    ('5.7.1', '5.7.26', 'tr', 'summary',
     '5.7.1 ve 5.7.26, çoğunlukla 550 yanıtıyla gönderilen iki kalıcı güvenlik ya da politika reddidir (X.7 konusu). 5.7.1 genel "teslim yetkisi yok" kodudur; 5.7.26 (RFC 7372) ise iletinin SPF ve DKIM gibi birden fazla gönderen kimlik denetimini geçemediğini açıkça söyler.'),
    ('5.7.1', '5.7.26', 'tr', 'key_differences',
     '5.7.1 Delivery not authorized, message refused (RFC 3463) her tür politika nedenini kapsar: reddedilen aktarma, kara listedeki (DNSBL) bir IP adresi, yalnızca belirli gönderenlerden posta kabul eden bir alıcı, bir içerik kuralı. Kod tek başına hangisi olduğunu söylemez; asıl bilgiyi yanıt metni taşır.

5.7.26 Multiple authentication checks failed, e-posta kimlik doğrulama sonuçları için özel kodlar ekleyen RFC 7372 belgesinden gelir: DKIM için 5.7.20 ile 5.7.22 arası, SPF için 5.7.23 ve 5.7.24, ters DNS için 5.7.25 ve bunlardan birkaçı birlikte başarısız olduğunda 5.7.26. Büyük posta sağlayıcıları bu kodu, DMARC hataları da dahil olmak üzere alan adı için kimliği doğrulanmamış postalara gönderir; geçici bir uyarı biçimi olarak da 4.7.26 kullanır.

İkisi de iletiyi geri döndürür. Fark, gönderene ne kadar tahmin payı kaldığındadır: 5.7.26 doğrudan SPF, DKIM ve DMARC kayıtlarını işaret eder; 5.7.1 ise metniyle birlikte okunmalıdır.'),
    ('5.7.1', '5.7.26', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: kimlik doğrulama sonuçları yüzünden reddediyorsanız yalın bir 5.7.1 yerine uygun RFC 7372 kodunu gönderin (SPF başarısızlığı için 5.7.23, birden fazla denetim başarısız olduğunda 5.7.26); böylece gönderenler nereye bakacaklarını bilir. 5.7.1 kodunu diğer politika retlerine ayırın ve onları metinde açıklayın.

Gönderen sizseniz: 5.7.26 için iletinin From adresindeki alan adı adına kimlik doğrulamayı geçmesini sağlayın: sizin adınıza gönderim yapan her sunucuyu ve hizmeti içeren bir SPF kaydı yayımlayın, iletileri o alan adıyla (ya da onunla hizalı bir alan adıyla) DKIM ile imzalayın ve DMARC denetiminin geçtiğini doğrulayın; iletme ve posta listeleri bunu bozabilir. Başlıklarında SPF, DKIM ve DMARC sonuçlarını gösteren bir posta kutusuna deneme iletisi göndererek sınayın. 5.7.1 için metni okuyun ve belirttiği nedeni giderin.');

-- 455 vs 555
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('455', '555', 'en', 'summary',
     '455 and 555 both concern the ESMTP parameters on MAIL FROM or RCPT TO (RFC 5321, section 4.1.1.11). 455 is transient: the server understands the parameter but cannot honour it right now; 555 is permanent: the server does not recognise or does not implement it.'),
    ('455', '555', 'en', 'key_differences',
     '455 Server unable to accommodate parameters tells the client that the request is acceptable in principle but cannot be met at this moment, for example because a resource the parameter asks for is temporarily unavailable. RFC 5321 makes it the default for such cases unless the parameter''s own specification names another code; the SIZE extension, for instance, uses 452 for a size that cannot be accepted now.

555 MAIL FROM/RCPT TO parameters not recognized or not implemented tells the client that it used a parameter this server does not offer at all, typically one whose extension keyword was not in the EHLO reply, or any parameter after HELO.

455 is retried later with the same command; 555 is not retried until the client drops the parameter or sends through a server that supports it.'),
    ('455', '555', 'en', 'when_to_use',
     'If you run the server: answer 555 for parameters you do not implement and 455 only for parameters you support but cannot satisfy at the moment; if the extension defines its own reply codes, use those instead. Advertise every parameter-bearing extension you implement in EHLO.

If you are sending: after 455, let the queue retry. After 555, check the server''s EHLO reply for the extension you are using (SIZE, 8BITMIME, SMTPUTF8, DSN and so on) and make your software send parameters only when it is listed; a relay in between that lacks the extension can also cause it.'),
    ('455', '555', 'tr', 'summary',
     '455 ve 555, MAIL FROM ya da RCPT TO üzerindeki ESMTP parametreleriyle ilgilidir (RFC 5321, bölüm 4.1.1.11). 455 geçicidir: sunucu parametreyi anlar ama şu anda karşılayamaz; 555 ise kalıcıdır: sunucu parametreyi tanımaz ya da uygulamaz.'),
    ('455', '555', 'tr', 'key_differences',
     '455 Server unable to accommodate parameters, istemciye isteğin ilke olarak kabul edilebilir olduğunu ama şu anda karşılanamayacağını söyler; örneğin parametrenin istediği bir kaynak geçici olarak kullanılamıyordur. RFC 5321, parametrenin kendi belirtimi başka bir kod öngörmedikçe bu tür durumlar için varsayılan kod olarak bunu belirler; örneğin SIZE uzantısı, şu anda kabul edilemeyen bir boyut için 452 yanıtını kullanır.

555 MAIL FROM/RCPT TO parameters not recognized or not implemented ise istemcinin bu sunucunun hiç sunmadığı bir parametre kullandığını söyler; bu, çoğunlukla uzantı anahtar sözcüğü EHLO yanıtında bulunmayan bir parametre ya da HELO sonrasında kullanılan herhangi bir parametredir.

455 yanıtı alan komut daha sonra aynen yeniden denenir; 555 yanıtında ise istemci parametreyi kaldırana ya da onu destekleyen bir sunucu üzerinden gönderene kadar yeniden denenmez.'),
    ('455', '555', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: uygulamadığınız parametreler için 555, desteklediğiniz ama o an karşılayamadığınız parametreler için 455 yanıtı verin; uzantı kendi yanıt kodlarını tanımlıyorsa onları kullanın. Parametre taşıyan ve uyguladığınız her SMTP uzantısını EHLO yanıtında duyurun.

Gönderen sizseniz: 455 yanıtından sonra kuyruğun yeniden denemesine izin verin. 555 yanıtından sonra kullandığınız uzantının (SIZE, 8BITMIME, SMTPUTF8, DSN gibi) sunucunun EHLO yanıtında bulunup bulunmadığına bakın ve yazılımınızın parametreleri yalnızca uzantı listelendiğinde göndermesini sağlayın; arada bu uzantıdan yoksun bir aktarıcı olması da bu hataya yol açabilir.');

-- 220 vs 554
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('220', '554', 'en', 'summary',
     '220 and 554 are the two standard answers a client can get when it first connects, before it has sent anything. 220 means the service is ready and the client may send EHLO; 554 in that position means "No SMTP service here": the server refuses this session.'),
    ('220', '554', 'en', 'key_differences',
     '220 <domain> Service ready is the greeting of RFC 5321 (section 4.2), a 2yz reply whose first word is the server''s name. The client waits for it before sending EHLO. Under RFC 3207 the same code has a second role: "220 Ready to start TLS" in reply to STARTTLS, after which the TLS handshake starts. Per RFC 2034 the greeting carries no enhanced status code.

554 as a greeting is a permanent refusal of the whole connection, usually for this client only: its IP address is on a blocklist, has no reverse DNS, or the server does not take mail from that network. The server must then wait for QUIT and should answer every other command with 503 (RFC 5321, section 3.1). A host that never accepts mail from anyone should rather use 521 (RFC 7504), and a temporary refusal is 421.

So 220 opens the session and 554 closes it before it starts; the client does not retry after 554 unless something about the client changes.'),
    ('220', '554', 'en', 'when_to_use',
     'If you run the server: greet with 220 and your host name, which should match the forward and reverse DNS of the address clients connect to. Use a 554 greeting only for clients you refuse outright and give the reason or a lookup address in the text; prefer 421 when the refusal is temporary.

If you are sending: a 220 means the connection works; problems after it come from later replies. A 554 greeting means your sending IP address is refused before any mail is looked at: check the blocklists named in the text, your reverse DNS (PTR record) and, if you are on a dynamic or residential address, send through your provider''s submission server instead.'),
    ('220', '554', 'tr', 'summary',
     '220 ve 554, istemcinin bağlandığı anda, daha hiçbir şey göndermeden alabileceği iki standart yanıttır. 220 hizmetin hazır olduğunu ve istemcinin EHLO gönderebileceğini; bu konumdaki 554 ise "No SMTP service here", yani sunucunun bu oturumu reddettiğini söyler.'),
    ('220', '554', 'tr', 'key_differences',
     '220 <domain> Service ready, RFC 5321 (bölüm 4.2) içinde tanımlı karşılamadır; ilk sözcüğü sunucunun adı olan bir 2yz yanıtıdır. İstemci EHLO göndermeden önce bu yanıtı bekler. RFC 3207 uyarınca aynı kodun ikinci bir rolü vardır: STARTTLS komutuna verilen "220 Ready to start TLS" yanıtı; ardından TLS el sıkışması başlar. RFC 2034 uyarınca karşılama genişletilmiş durum kodu taşımaz.

Karşılama olarak gelen 554, bağlantının tamamının kalıcı olarak reddidir ve çoğunlukla yalnızca bu istemciyi hedefler: IP adresi bir kara listededir (DNSBL), ters DNS kaydı yoktur ya da sunucu o ağdan posta almamaktadır. Sunucu bu durumda QUIT komutunu beklemeli ve diğer her komuta 503 yanıtı vermelidir (RFC 5321, bölüm 3.1). Hiç kimseden posta kabul etmeyen bir sunucu bunun yerine 521 (RFC 7504) kullanmalıdır; geçici bir ret ise 421 yanıtıdır.

Yani 220 oturumu açar, 554 ise oturumu başlamadan kapatır; istemci tarafında bir şey değişmedikçe 554 yanıtından sonra yeniden denenmez.'),
    ('220', '554', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: 220 yanıtı ve makinenizin adıyla karşılayın; bu ad, istemcilerin bağlandığı adresin ileri ve ters DNS kayıtlarıyla uyuşmalıdır. 554 karşılamasını yalnızca doğrudan reddettiğiniz istemciler için kullanın ve metne nedeni ya da bir sorgu adresi yazın; ret geçiciyse 421 yanıtını tercih edin.

Gönderen sizseniz: 220 yanıtı bağlantının çalıştığını gösterir; sonrasındaki sorunlar daha sonraki yanıtlardan gelir. Karşılamada gelen 554 yanıtı, gönderim yaptığınız IP adresinin daha hiçbir iletiye bakılmadan reddedildiğini gösterir: metinde adı geçen kara listeleri, ters DNS (PTR kaydı) ayarınızı denetleyin; dinamik ya da ev tipi bir adresteyseniz postayı bunun yerine sağlayıcınızın gönderim sunucusu üzerinden gönderin.');

-- 251 vs 551
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('251', '551', 'en', 'summary',
     '251 and 551 carry almost the same text, "User not local", and both name a forward-path where the user can be reached. 251 accepts the message and the server forwards it itself; 551 refuses it and leaves it to the sender to use the other address.'),
    ('251', '551', 'en', 'key_differences',
     '251 User not local; will forward to <forward-path> is a 2yz reply: the server takes responsibility for delivery and passes the message on to the new address. Nothing fails and nothing has to be resent; the notice is for information.

551 User not local; please try <forward-path> is a 5yz reply: the server will not relay the message to the new address. The sending side must either redirect the message to the address given or return it to its author with an error, which is what most mail servers do automatically.

Both come from RFC 5321, section 3.4, can answer RCPT TO and VRFY, and are among the few replies whose text programs may parse. RFC 5321 (section 7.4) warns against updating addresses automatically from either unless the server''s identity is trusted, and RFC 6531 requires them to fall back to 250 and 550 when the forward-path would be a UTF-8 address the client did not allow.'),
    ('251', '551', 'en', 'when_to_use',
     'If you run the server: if you know the user''s new address and are willing to forward, accept with 251 (or quietly with 250). If you will not forward but want senders to learn the new address, refuse with 551. If you prefer not to reveal where the user went, use 550 5.1.6 instead.

If you are sending: after 251, nothing to do, though you may update your address book after checking with the person. After 551, your message was not delivered: read the new address in the text, confirm it, and send the message again to that address.'),
    ('251', '551', 'tr', 'summary',
     '251 ve 551 yanıtlarının metni neredeyse aynıdır ("User not local", yani kullanıcı yerel değil) ve ikisi de kullanıcıya ulaşılabilecek bir yönlendirme adresi verir. 251 iletiyi kabul eder ve sunucu onu kendisi iletir; 551 ise iletiyi reddeder ve diğer adresi kullanmayı gönderene bırakır.'),
    ('251', '551', 'tr', 'key_differences',
     '251 User not local; will forward to <forward-path> bir 2yz yanıtıdır: sunucu teslimin sorumluluğunu üstlenir ve iletiyi yeni adrese iletir. Hiçbir şey başarısız olmaz ve hiçbir şeyin yeniden gönderilmesi gerekmez; bildirim yalnızca bilgi içindir.

551 User not local; please try <forward-path> ise bir 5yz yanıtıdır: sunucu iletiyi yeni adrese aktarmayacaktır. Gönderen taraf ya iletiyi verilen adrese yönlendirmeli ya da bir hata bildirimiyle yazarına geri döndürmelidir; çoğu posta sunucusu kendiliğinden ikinci yolu seçer.

İkisi de RFC 5321 belgesinin 3.4 bölümünde tanımlanır, RCPT TO ve VRFY komutlarına verilebilir ve metni programlar tarafından ayrıştırılabilen az sayıdaki yanıttandır. RFC 5321 (bölüm 7.4), sunucunun kimliğine güvenilmedikçe ikisine bakarak adreslerin kendiliğinden güncellenmemesi konusunda uyarır; RFC 6531 ise yönlendirme adresi istemcinin izin vermediği bir UTF-8 adres olacaksa bu yanıtların yerine 250 ve 550 gönderilmesini ister.'),
    ('251', '551', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: kullanıcının yeni adresini biliyor ve iletmeye hazırsanız 251 yanıtıyla (ya da sessizce 250 yanıtıyla) kabul edin. İletmeyecek ama gönderenlerin yeni adresi öğrenmesini istiyorsanız 551 yanıtıyla reddedin. Kullanıcının nereye gittiğini açıklamak istemiyorsanız bunun yerine 550 5.1.6 kullanın.

Gönderen sizseniz: 251 yanıtından sonra yapmanız gereken bir şey yoktur; yine de kişiyle teyit ettikten sonra adres defterinizi güncelleyebilirsiniz. 551 yanıtından sonra iletiniz teslim edilmemiştir: metindeki yeni adresi okuyun, teyit edin ve iletiyi o adrese yeniden gönderin.');

-- 5.1.1 vs 550
INSERT INTO comparison_texts (code_a, code_b, lang, field, body) VALUES
    ('5.1.1', '550', 'en', 'summary',
     '550 and 5.1.1 usually arrive together as "550 5.1.1 User unknown" and are the most common reason a message bounces. 550 is the basic reply code that makes the refusal permanent; 5.1.1 is the enhanced status code that says why: the recipient''s mailbox does not exist.'),
    ('5.1.1', '550', 'en', 'key_differences',
     '550 Requested action not taken: mailbox unavailable is RFC 5321''s general permanent refusal. Without an enhanced code it leaves open whether the mailbox is missing, access is denied, or policy refused the mail.

5.1.1 Bad destination mailbox address (RFC 3463) narrows that down to addressing: the domain is right and its server answers, but the name before the @ is not known there. It can also come with a 4yz reply (for example 450 4.1.1) when the server cannot check its user list at the moment or is deliberately configured to defer unknown users while it is being tested; then it is retried. Codes such as "511" in some lists are a misreading of 5.1.1, not a real reply code.

The basic code decides the retry (550: do not retry); the enhanced code decides the action (5.1.1: fix or remove the address).'),
    ('5.1.1', '550', 'en', 'when_to_use',
     'If you run the server: reject unknown recipients at RCPT TO with 550 5.1.1 rather than accepting and bouncing later, which creates backscatter to forged senders. Make sure your user lookup distinguishes "not found" (550 5.1.1) from "lookup failed" (a 4yz reply such as 451 4.3.0), or a directory outage will bounce real users'' mail.

If you are sending: check the spelling of the address, especially the part before the @, and ask the recipient for the correct one. If the address used to work, the account has probably been closed. Remove such addresses from your lists: repeated sends to unknown users damage your sender reputation.'),
    ('5.1.1', '550', 'tr', 'summary',
     '550 ve 5.1.1 çoğunlukla "550 5.1.1 User unknown" biçiminde birlikte gelir ve bir iletinin geri dönmesinin en yaygın nedenidir. 550, reddi kalıcı kılan temel yanıt kodudur; 5.1.1 ise nedenini söyleyen genişletilmiş durum kodudur: alıcının posta kutusu yoktur.'),
    ('5.1.1', '550', 'tr', 'key_differences',
     '550 Requested action not taken: mailbox unavailable, RFC 5321 içindeki genel kalıcı rettir. Genişletilmiş durum kodu olmadan posta kutusunun mu bulunmadığını, erişimin mi engellendiğini, yoksa postanın politika gereği mi reddedildiğini açık bırakır.

5.1.1 Bad destination mailbox address (RFC 3463) bunu adreslemeye indirger: alan adı doğrudur ve sunucusu yanıt verir, ama @ işaretinden önceki ad orada tanınmaz. Sunucu kullanıcı listesini o an denetleyemiyorsa ya da sınama sırasında bilinmeyen kullanıcıları ertelemek üzere bilerek ayarlanmışsa bir 4yz yanıtıyla da (örneğin 450 4.1.1) gelebilir; bu durumda yeniden denenir. Bazı listelerde görülen "511" gibi kodlar gerçek bir yanıt kodu değil, 5.1.1 kodunun yanlış okunmasıdır.

Yeniden denemeyi temel kod belirler (550: yeniden deneme yok); yapılacak işi ise genişletilmiş kod belirler (5.1.1: adresi düzelt ya da çıkar).'),
    ('5.1.1', '550', 'tr', 'when_to_use',
     'Sunucuyu yönetiyorsanız: bilinmeyen alıcıları kabul edip sonradan geri döndürmek yerine RCPT TO aşamasında 550 5.1.1 ile reddedin; aksi halde sahte gönderen adreslerine geri dönen istenmeyen bildirimler (backscatter) üretirsiniz. Kullanıcı sorgunuzun "bulunamadı" (550 5.1.1) ile "sorgu başarısız" (451 4.3.0 gibi bir 4yz yanıtı) durumlarını ayırt ettiğinden emin olun; yoksa bir dizin arızası gerçek kullanıcıların postalarını geri döndürür.

Gönderen sizseniz: adresin, özellikle @ işaretinden önceki kısmın yazımını denetleyin ve alıcıdan doğru adresi isteyin. Adres daha önce çalışıyorduysa hesap büyük olasılıkla kapatılmıştır. Bu tür adresleri listelerinizden çıkarın: bilinmeyen kullanıcılara tekrar tekrar gönderim yapmak gönderici itibarınızı zedeler.');
