-- Texts for the syntax-class basic codes 500, 501, 502, 503 and 504 (RFC 5321, reused by AUTH,
-- STARTTLS, ETRN, ATRN, BDAT and BURL), in English and Turkish: the code texts, where each
-- code is defined, its meaning in each context, and the codes to read next.

INSERT INTO code_texts (code, lang, field, body) VALUES
    ('500', 'en', 'title', 'Syntax Error, Command Unrecognized'),
    ('500', 'en', 'description', 'RFC 5321 text: "Syntax error, command unrecognized (This may include errors such as command line too long)". The server did not recognise the command word at all, or the line was longer than it accepts. The basic limit for a command line is 512 octets including the final CRLF (section 4.5.3.1.4); a server must not call a shorter line too long.

The reply rejects that one command, not the session. RFC 5321 expects the server to tolerate unknown commands, answer 500 and wait for the next one (section 3.8), so a client can fall back, for example from EHLO to HELO, or end cleanly with QUIT. Section 4.2.4 separates 500 from 502: 500 is for a command the server does not recognise, 502 for one it recognises but has not implemented.'),
    ('500', 'en', 'seen_when', 'In reply to any command. The usual real-world causes are:

A protocol mismatch on the port: a client that starts TLS immediately (implicit TLS) on port 25 or 587, an HTTP request or a port scanner talking to the SMTP port, or the reverse, a plain SMTP client on port 465.
A firewall or security appliance that inspects SMTP and masks commands it does not allow, so that the server receives a string of X characters instead of the command; Cisco PIX/ASA SMTP inspection is the classic case, and it also hides STARTTLS in the EHLO reply.
Scripts and devices that send misspelled commands, commands with bare LF line endings, or over-long lines.
An AUTH exchange whose base64 response is longer than the server''s buffer, answered "500 5.5.6 Authentication Exchange line is too long" (RFC 4954).

Typical texts: "500 5.5.2 Error: command not recognized" (Postfix), "500 5.3.3 Unrecognized command" (Exchange), and "500 Syntax Error" in reply to ETRN (RFC 1985).'),
    ('500', 'en', 'how_to_fix', 'If you are sending: find the exact line that got the 500 in your client''s SMTP log or your MTA log. Check that port and encryption match: port 587 with STARTTLS, port 465 with implicit TLS (often labelled SSL/TLS), port 25 with STARTTLS for server-to-server mail. A mismatch is the most common cause for mail programs and applications. If a firewall or antivirus product between you and the server inspects SMTP, turn off its SMTP inspection ("fixup"). In scripts, send commands exactly as RFC 5321 spells them, one per line, each ended with CRLF, and keep lines under 512 octets.

If you run the server: the log shows the unrecognised line (Postfix logs, for example, "non-SMTP command" warnings for HTTP requests). Most such lines come from scanners and web clients and can be ignored; postscreen or an error limit (Postfix smtpd_hard_error_limit) disconnects persistent offenders. If legitimate clients are affected, look for a middlebox that rewrites the session, and check whether large AUTH exchanges (long Kerberos or OAuth tokens) exceed your buffer.'),
    ('500', 'en', 'retry', 'Do not retry the same command unchanged; 500 is permanent for that command. Fix the client, the port or the middlebox first. A client that gets 500 to EHLO may fall back to HELO at once, in the same session, as RFC 5321 (section 3.2) expects it to. Because the server keeps the session open, the client should still end it with QUIT.'),
    ('500', 'en', 'note', 'RFC 5321 is clear that unknown commands get 500 and known but unimplemented ones get 502, yet servers differ: Gmail, for example, answers unrecognised commands with "502 5.5.1 Unrecognized command." A client should handle 500 and 502 alike: both are permanent for that command and neither ends the session. RFC 4954 reuses 500 with 5.5.6 for an over-long AUTH line, which is a buffer limit rather than an unknown command.'),
    ('500', 'tr', 'title', 'Söz dizimi hatası, komut tanınmadı'),
    ('500', 'tr', 'description', 'RFC 5321 metni: "Syntax error, command unrecognized (This may include errors such as command line too long)". Sunucu komut sözcüğünü hiç tanımamıştır ya da satır kabul ettiğinden uzundur. Bir komut satırının temel sınırı, sondaki CRLF dahil 512 sekizlidir (bölüm 4.5.3.1.4); sunucu bundan kısa bir satıra çok uzun diyemez.

Yanıt oturumu değil yalnızca o komutu reddeder. RFC 5321, sunucunun bilinmeyen komutlara hoşgörüyle yaklaşmasını, 500 yanıtı verip bir sonraki komutu beklemesini ister (bölüm 3.8); böylece istemci örneğin EHLO yerine HELO komutuna geri dönebilir ya da oturumu QUIT ile düzgünce bitirebilir. Bölüm 4.2.4, 500 ile 502 kodlarını birbirinden ayırır: 500 sunucunun tanımadığı, 502 ise tanıdığı ama uygulamadığı komut içindir.'),
    ('500', 'tr', 'seen_when', 'Herhangi bir komuta yanıt olarak gelebilir. Gerçek hayattaki olağan nedenler şunlardır:

Porttaki protokol uyuşmazlığı: 25 ya da 587 numaralı portta doğrudan TLS başlatan bir istemci (implicit TLS), SMTP portuna bağlanan bir HTTP isteği ya da port tarayıcısı; veya tam tersi, 465 numaralı portta düz SMTP konuşan bir istemci.
SMTP trafiğini inceleyen ve izin vermediği komutları maskeleyen bir güvenlik duvarı ya da güvenlik cihazı; sunucu komut yerine bir dizi X karakteri alır. Klasik örnek Cisco PIX/ASA SMTP denetimidir; bu denetim EHLO yanıtındaki STARTTLS satırını da gizler.
Yanlış yazılmış komutlar, yalnızca LF ile biten satırlar ya da aşırı uzun satırlar gönderen betikler ve cihazlar.
Base64 yanıtı sunucunun arabelleğinden uzun olan ve "500 5.5.6 Authentication Exchange line is too long" yanıtını alan bir AUTH alışverişi (RFC 4954).

Sık görülen metinler: "500 5.5.2 Error: command not recognized" (Postfix), "500 5.3.3 Unrecognized command" (Exchange) ve ETRN komutuna verilen "500 Syntax Error" (RFC 1985).'),
    ('500', 'tr', 'how_to_fix', 'Gönderen tarafta iseniz: 500 yanıtını alan satırı istemcinizin SMTP günlüğünde ya da MTA günlüğünüzde bulun. Port ile şifrelemenin eşleştiğini denetleyin: 587 numaralı portta STARTTLS, 465 numaralı portta doğrudan TLS (çoğu zaman SSL/TLS diye geçer), sunucudan sunucuya postada 25 numaralı portta STARTTLS. E-posta programlarında ve uygulamalarda en sık neden bu uyuşmazlıktır. Sizinle sunucu arasında SMTP trafiğini inceleyen bir güvenlik duvarı ya da virüs koruma ürünü varsa SMTP denetimini ("fixup") kapatın. Betiklerde komutları RFC 5321 belgesinde yazıldığı gibi, her satıra bir komut gelecek ve her satır CRLF ile bitecek biçimde gönderin; satırları 512 sekizlinin altında tutun.

Sunucuyu siz yönetiyorsanız: tanınmayan satır günlükte görünür (Postfix örneğin HTTP istekleri için "non-SMTP command" uyarısı yazar). Bu satırların çoğu tarayıcılardan ve web istemcilerinden gelir ve göz ardı edilebilir; postscreen ya da bir hata sınırı (Postfix''te smtpd_hard_error_limit) ısrarcı kaynakların bağlantısını keser. Gerçek istemciler etkileniyorsa oturumu değiştiren bir ara cihaz arayın ve büyük AUTH alışverişlerinin (uzun Kerberos ya da OAuth belirteçleri) arabelleğinizi aşıp aşmadığını denetleyin.'),
    ('500', 'tr', 'retry', 'Aynı komutu değiştirmeden yeniden denemeyin; 500 yanıtı o komut için kalıcı hatadır. Önce istemciyi, portu ya da ara cihazı düzeltin. EHLO komutuna 500 yanıtı alan bir istemci, RFC 5321 belgesinin beklediği gibi (bölüm 3.2) aynı oturumda hemen HELO komutuna geçebilir. Sunucu oturumu açık tuttuğundan istemci oturumu yine de QUIT ile bitirmelidir.'),
    ('500', 'tr', 'note', 'RFC 5321 bilinmeyen komutlara 500, bilinen ama uygulanmamış komutlara 502 yanıtı verilmesi gerektiğini açıkça söyler; yine de sunucular farklı davranır: örneğin Gmail tanımadığı komutlara "502 5.5.1 Unrecognized command." yanıtı verir. İstemci 500 ve 502 yanıtlarını aynı biçimde ele almalıdır: ikisi de o komut için kalıcıdır ve ikisi de oturumu sonlandırmaz. RFC 4954 de 500 kodunu 5.5.6 ile birlikte aşırı uzun bir AUTH satırı için kullanır; bu bilinmeyen bir komut değil, bir arabellek sınırıdır.'),
    ('501', 'en', 'title', 'Syntax Error in Parameters or Arguments'),
    ('501', 'en', 'description', 'RFC 5321 text: "Syntax error in parameters or arguments". The server recognised the command but could not accept what follows it: a malformed address in MAIL FROM or RCPT TO, an invalid host name after EHLO or HELO, an argument where none is allowed, or a parameter value that does not fit its grammar.

RFC 5321 asks for 501 in several specific cases: arguments given to DATA, RSET or QUIT, which take none; a MAIL argument that is not acceptable; domain names containing characters other than letters, digits and hyphen; and paths that are too long (a reverse-path or forward-path may have at most 256 octets). Extensions reuse it: STARTTLS sent with a parameter (RFC 3207); an AUTH exchange cancelled by the client with "*", a base64 response the server cannot decode (5.5.2), or an initial response sent with a mechanism in which the server must speak first (5.7.0) (RFC 4954); and "501 Syntax Error in Parameters" for ETRN (RFC 1985). It is permanent: the same line will fail again.'),
    ('501', 'en', 'seen_when', 'After MAIL FROM, RCPT TO, EHLO or HELO, and after AUTH, STARTTLS or ETRN. Typical texts:

501 5.1.7 Bad sender address syntax (Postfix)
501 5.1.3 Bad recipient address syntax (Postfix)
501 5.5.2 <MY_PC>: Helo command rejected: Invalid name (Postfix reject_invalid_helo_hostname)
501 5.5.4 Invalid domain name (Exchange, unacceptable EHLO argument)
501 5.5.4 HELO/EHLO argument "..." invalid, closing connection. (Gmail)

Common causes are a space between the colon and the address (MAIL FROM: <a@example.com>) on strict servers, missing angle brackets, addresses with spaces or non-ASCII characters sent without SMTPUTF8, an empty EHLO name, and a mail client or device that announces its Windows computer name (often containing an underscore) in EHLO.'),
    ('501', 'en', 'how_to_fix', 'If you are sending: look at the exact command your client sent (the MTA log, or your client''s SMTP debug log) and compare it with the RFC 5321 syntax: MAIL FROM:<user@example.com> and RCPT TO:<user@example.com>, with angle brackets and no space after the colon, and EHLO followed by a fully qualified host name or an address literal such as [192.0.2.1]. If one recipient is malformed, correct it in the application or contact list. If the EHLO name is rejected, give the host a proper name or set the EHLO name explicitly (Postfix smtp_helo_name, Exim helo_data, or the host name option of your application''s mail library). For AUTH errors, check that the client sends plain base64 without line breaks.

If you run the server: the log shows the rejected line. Ask whether your syntax checks are stricter than they need to be: RFC 5321 asks servers to tolerate trailing spaces before CRLF, Postfix accepts a space after the colon unless strict_rfc821_envelopes = yes, and refusing real senders over cosmetic errors costs mail. Keep the strictness where it stops abuse, for example invalid HELO names from spam bots.'),
    ('501', 'en', 'retry', 'Do not retry unchanged: the same line will be refused again. Correct the address, the EHLO name or the client software, then send again. An MTA that receives 501 to RCPT for one recipient should bounce that recipient and deliver to the others.'),
    ('501', 'en', 'note', 'Servers do not agree on which code fits a malformed address: some answer 501 (a syntax error in the argument), others 553 ("mailbox name not allowed") or 550. All of them are permanent and all mean the address has to be corrected. The IANA registry associates 501 with enhanced codes such as X.1.3, X.1.8 and X.5.4; the enhanced code, not the basic one, tells you whether the sender address, the recipient address or the command itself is at fault.'),
    ('501', 'tr', 'title', 'Parametre veya argümanlarda söz dizimi hatası'),
    ('501', 'tr', 'description', 'RFC 5321 metni: "Syntax error in parameters or arguments". Sunucu komutu tanımış ama arkasından geleni kabul edememiştir: MAIL FROM ya da RCPT TO komutunda biçimi bozuk bir adres, EHLO veya HELO komutundan sonra geçersiz bir ana bilgisayar adı, argüman almayan bir komuta verilmiş argüman ya da tanımlı söz dizimine uymayan bir parametre değeri.

RFC 5321 birkaç durumda açıkça 501 yanıtı ister: argüman almayan DATA, RSET ya da QUIT komutlarına argüman verilmesi; kabul edilemeyen bir MAIL argümanı; harf, rakam ve kısa çizgi dışında karakter içeren alan adları ve çok uzun yollar (bir dönüş yolu ya da yönlendirme adresi en fazla 256 sekizli olabilir). SMTP uzantıları da kodu kullanır: parametreyle gönderilen STARTTLS (RFC 3207); istemcinin "*" ile iptal ettiği bir AUTH alışverişi, sunucunun çözemediği bir base64 yanıtı (5.5.2) ya da sunucunun önce konuşması gereken bir mekanizmada gönderilen ilk yanıt (5.7.0) (RFC 4954); ETRN için "501 Syntax Error in Parameters" (RFC 1985). Yanıt kalıcıdır: aynı satır yine reddedilir.'),
    ('501', 'tr', 'seen_when', 'MAIL FROM, RCPT TO, EHLO ya da HELO komutlarından ve AUTH, STARTTLS veya ETRN komutlarından sonra görülür. Sık görülen metinler:

501 5.1.7 Bad sender address syntax (Postfix)
501 5.1.3 Bad recipient address syntax (Postfix)
501 5.5.2 <MY_PC>: Helo command rejected: Invalid name (Postfix reject_invalid_helo_hostname)
501 5.5.4 Invalid domain name (Exchange; kabul edilmeyen EHLO argümanı)
501 5.5.4 HELO/EHLO argument "..." invalid, closing connection. (Gmail)

Sık rastlanan nedenler şunlardır: katı sunucularda iki nokta ile adres arasındaki boşluk (MAIL FROM: <a@example.com>), eksik köşeli ayraçlar, SMTPUTF8 olmadan gönderilen, boşluk ya da ASCII dışı karakter içeren adresler, boş bir EHLO adı ve EHLO komutunda Windows bilgisayar adını (çoğu zaman alt çizgi içerir) bildiren bir e-posta istemcisi ya da cihaz.'),
    ('501', 'tr', 'how_to_fix', 'Gönderen tarafta iseniz: istemcinizin gönderdiği komutun tam hâline bakın (MTA günlüğü ya da istemcinin SMTP hata ayıklama günlüğü) ve RFC 5321 söz dizimiyle karşılaştırın: köşeli ayraçlı ve iki noktadan sonra boşluksuz MAIL FROM:<user@example.com> ile RCPT TO:<user@example.com>, EHLO komutundan sonra da tam nitelikli bir ana bilgisayar adı ya da [192.0.2.1] gibi bir adres değişmezi. Tek bir alıcının biçimi bozuksa adresi uygulamada ya da kişi listesinde düzeltin. EHLO adı reddediliyorsa makineye düzgün bir ad verin ya da EHLO adını açıkça ayarlayın (Postfix''te smtp_helo_name, Exim''de helo_data ya da uygulamanızın e-posta kitaplığındaki ana bilgisayar adı seçeneği). AUTH hatalarında istemcinin satır sonu içermeyen düz base64 gönderdiğini denetleyin.

Sunucuyu siz yönetiyorsanız: reddedilen satır günlükte görünür. Söz dizimi denetimlerinizin gereğinden katı olup olmadığını sorgulayın: RFC 5321 sunuculardan CRLF öncesindeki boşluklara hoşgörü göstermesini ister, Postfix strict_rfc821_envelopes = yes ayarlanmadıkça iki noktadan sonraki boşluğu kabul eder; gerçek gönderenleri biçimsel kusurlar yüzünden reddetmek posta kaybettirir. Katılığı kötüye kullanımı durdurduğu yerde koruyun; örneğin istenmeyen ileti (spam) gönderen botların geçersiz HELO adlarında.'),
    ('501', 'tr', 'retry', 'Değiştirmeden yeniden denemeyin: aynı satır yine reddedilir. Adresi, EHLO adını ya da istemci yazılımını düzeltip yeniden gönderin. Bir alıcı için RCPT komutuna 501 yanıtı alan MTA, o alıcı için teslim edilemedi bildirimi oluşturmalı ve diğer alıcılara teslimi sürdürmelidir.'),
    ('501', 'tr', 'note', 'Sunucular, biçimi bozuk bir adrese hangi kodun uyduğu konusunda anlaşamaz: bazıları 501 (argümanda söz dizimi hatası), bazıları 553 ("mailbox name not allowed") ya da 550 yanıtı verir. Hepsi kalıcıdır ve hepsi adresin düzeltilmesi gerektiği anlamına gelir. IANA kaydı 501 kodunu X.1.3, X.1.8 ve X.5.4 gibi genişletilmiş durum kodlarıyla ilişkilendirir; hatanın gönderen adresinde mi, alıcı adresinde mi yoksa komutun kendisinde mi olduğunu temel kod değil genişletilmiş durum kodu söyler.'),
    ('502', 'en', 'title', 'Command Not Implemented'),
    ('502', 'en', 'description', 'RFC 5321 text: "Command not implemented (see Section 4.2.4)". Section 4.2.4 makes the distinction precise: 502 is for a command the server recognises but does not implement, while a command it does not recognise at all should get 500. A server must not list a capability in its EHLO reply if it would answer the matching command with 502 (or 500).

In practice 502 is the answer to optional or deliberately disabled commands: VRFY and EXPN switched off for privacy, ETRN, TURN or ATRN not offered, HELP not provided, and, from very old servers, EHLO itself, which tells the client to fall back to HELO. It is permanent for that command; the session continues.'),
    ('502', 'en', 'seen_when', 'In reply to VRFY, EXPN, HELP, ETRN, ATRN and other optional commands, and to EHLO from servers that only understand HELO. Typical texts:

502 5.5.1 VRFY command is disabled (Postfix with disable_vrfy_command = yes)
502 5.7.0 Sorry, we do not allow this operation (sendmail, ETRN or EXPN refused by its privacy options)
502 5.5.1 Unrecognized command. (Gmail, which uses 502 also for commands it does not know)
502 Command not implemented (ATRN sent to a server without On-Demand Mail Relay, RFC 2645)

Mail programs sometimes meet it when they send AUTH to a server or port that offers no authentication, although most servers answer that case with 503.'),
    ('502', 'en', 'how_to_fix', 'If you are sending: do not depend on optional commands. If you used VRFY or EXPN to check addresses, stop; many servers disable them on purpose, and the only reliable test of an address is delivery itself. If EHLO gets 502, send HELO and carry on without extensions. If AUTH or ETRN gets 502, you are probably talking to the wrong server or port: for authenticated submission use your provider''s submission host on port 587 or 465, not its MX host on port 25.

If you run the server: 502 for VRFY and EXPN is a deliberate choice on most Internet-facing servers and can stay. Make sure you do not advertise a keyword in the EHLO reply that you then refuse with 502. If a legitimate client needs ETRN or another optional feature, allow it for that client only (for example with Postfix smtpd_etrn_restrictions or sendmail''s check_etrn ruleset).'),
    ('502', 'en', 'retry', 'No. 502 is permanent for that command, and the answer will not change on a retry. Continue the session without the command (fall back from EHLO to HELO, skip VRFY), or use a server that offers the feature.'),
    ('502', 'en', 'note', 'RFC 5321 section 3.5.3 is ambivalent about VRFY: it says a server that has only checked an address''s syntax should answer 502 or 500 rather than 250, yet calls implementations that return 500 or 502 for VRFY not fully compliant, and recommends 252 when an address looks valid but cannot be verified in real time. Privacy-minded servers commonly choose 502 (disabled) or 252 (accepted without confirmation).

Gmail''s use of 502 for unrecognised commands is another departure: by the RFC those should get 500. Clients should treat 500 and 502 the same way.'),
    ('502', 'tr', 'title', 'Komut desteklenmiyor'),
    ('502', 'tr', 'description', 'RFC 5321 metni: "Command not implemented (see Section 4.2.4)". Bölüm 4.2.4 ayrımı netleştirir: 502, sunucunun tanıdığı ama uygulamadığı bir komut içindir; hiç tanımadığı bir komuta ise 500 yanıtı verilmelidir. Sunucu, karşılık gelen komuta 502 (ya da 500) yanıtı verecekse o yeteneği EHLO yanıtında listelememelidir.

Uygulamada 502, isteğe bağlı ya da bilinçli olarak kapatılmış komutların yanıtıdır: gizlilik için kapatılmış VRFY ve EXPN, sunulmayan ETRN, TURN ya da ATRN, sağlanmayan HELP ve çok eski sunucularda EHLO komutunun kendisi; sonuncusu istemciye HELO komutuna geri dönmesini söyler. Yanıt o komut için kalıcıdır; oturum sürer.'),
    ('502', 'tr', 'seen_when', 'VRFY, EXPN, HELP, ETRN, ATRN ve diğer isteğe bağlı komutlara, ayrıca yalnızca HELO anlayan sunucularda EHLO komutuna yanıt olarak görülür. Sık görülen metinler:

502 5.5.1 VRFY command is disabled (Postfix, disable_vrfy_command = yes)
502 5.7.0 Sorry, we do not allow this operation (sendmail; gizlilik seçenekleri ETRN ya da EXPN komutunu reddettiğinde)
502 5.5.1 Unrecognized command. (Gmail; tanımadığı komutlar için de 502 kullanır)
502 Command not implemented (On-Demand Mail Relay sunmayan bir sunucuya gönderilen ATRN, RFC 2645)

E-posta programları, kimlik doğrulama sunmayan bir sunucuya ya da porta AUTH gönderdiklerinde de bazen bu yanıtı alır; ancak sunucuların çoğu bu durumda 503 yanıtı verir.'),
    ('502', 'tr', 'how_to_fix', 'Gönderen tarafta iseniz: isteğe bağlı komutlara güvenmeyin. Adresleri denetlemek için VRFY ya da EXPN kullanıyorsanız bundan vazgeçin; birçok sunucu bunları bilerek kapatır ve bir adresin tek güvenilir sınaması teslimin kendisidir. EHLO komutuna 502 yanıtı geliyorsa HELO gönderin ve uzantılar olmadan devam edin. AUTH ya da ETRN komutuna 502 yanıtı geliyorsa büyük olasılıkla yanlış sunucuya ya da porta bağlanıyorsunuzdur: kimlik doğrulamalı gönderim için sağlayıcınızın MX sunucusunu ve 25 numaralı portu değil, gönderim sunucusunu ve 587 ya da 465 numaralı portu kullanın.

Sunucuyu siz yönetiyorsanız: VRFY ve EXPN için 502 yanıtı, İnternete açık sunucuların çoğunda bilinçli bir tercihtir ve kalabilir. EHLO yanıtında duyurduğunuz bir anahtar sözcüğü ardından 502 ile reddetmediğinizden emin olun. Meşru bir istemcinin ETRN ya da başka bir isteğe bağlı özelliğe ihtiyacı varsa buna yalnızca o istemci için izin verin (örneğin Postfix''te smtpd_etrn_restrictions ya da sendmail''de check_etrn kural kümesiyle).'),
    ('502', 'tr', 'retry', 'Hayır. 502 yanıtı o komut için kalıcıdır ve yeniden denemekle değişmez. Oturuma komut olmadan devam edin (EHLO yerine HELO kullanın, VRFY adımını atlayın) ya da özelliği sunan bir sunucu kullanın.'),
    ('502', 'tr', 'note', 'RFC 5321 belgesinin 3.5.3 numaralı bölümü VRFY konusunda iki yönlüdür: bir adresin yalnızca söz dizimini denetlemiş olan sunucunun 250 yerine 502 ya da 500 yanıtı vermesi gerektiğini söyler, ancak VRFY için 500 ya da 502 döndüren uygulamaları tam uyumlu saymaz ve geçerli görünen ama anında doğrulanamayan bir adres için 252 yanıtını önerir. Gizliliğe önem veren sunucular genellikle 502 (kapalı) ya da 252 (doğrulamadan kabul) yanıtını seçer.

Gmail''in tanımadığı komutlar için 502 kullanması da RFC''den bir sapmadır: RFC''ye göre bunlara 500 yanıtı verilmelidir. İstemciler 500 ve 502 yanıtlarını aynı biçimde ele almalıdır.'),
    ('503', 'en', 'title', 'Bad Sequence of Commands'),
    ('503', 'en', 'description', 'RFC 5321 text: "Bad sequence of commands". The command itself is valid, but it arrived at a point in the session where the server cannot accept it: RCPT before MAIL, DATA before any recipient was accepted, a second MAIL inside an open transaction, or mail commands before EHLO or HELO. The server must stay in the state it was in, so the client can send the missing step and carry on.

RFC 5321 names several cases explicitly. RCPT without a preceding MAIL must get 503 (section 3.3). DATA without MAIL or without an accepted RCPT may get 503 or 554 (section 3.3). After a server has answered the connection with 554 instead of 220, it should answer every command except QUIT with 503 (section 3.1). A server that limits recipients by site policy may also answer 503 to DATA (section 4.5.3.1.10). Extensions add their own cases: a second AUTH after a successful one, or AUTH during a mail transaction (RFC 4954); BDAT after BDAT LAST, or DATA after BDAT in the same transaction (RFC 3030); BURL before a valid RCPT TO (RFC 4468, 503 5.5.0).'),
    ('503', 'en', 'seen_when', 'After MAIL, RCPT, DATA, AUTH, BDAT or BURL, and after any command that follows a 554 greeting. Typical texts (Postfix wording unless noted):

503 5.5.1 Error: send HELO/EHLO first
503 5.5.1 Error: nested MAIL command
503 5.5.1 Error: need MAIL command
503 5.5.1 Error: need RCPT command
503 5.5.1 Error: authentication not enabled (AUTH sent to a port or server without SASL)
503 5.5.1 Error: already authenticated
503 5.5.1 MAIL first. / 503 5.5.1 RCPT first. (Gmail)

The most common real causes are a client that continues with DATA after all its RCPT commands were rejected (often with PIPELINING, where the rejections arrive after the commands were sent), a client that does not send EHLO again after STARTTLS (the TLS handshake resets the session), AUTH attempted on port 25 where the server offers it only on the submission port, and hand-written SMTP code that skips a step.'),
    ('503', 'en', 'how_to_fix', 'If you are sending: read the whole dialogue in your client''s SMTP debug log and find the step that is missing or repeated. Send EHLO first, and again after STARTTLS; then MAIL, then RCPT, then DATA; stop before DATA if no recipient was accepted; authenticate once, before MAIL. If AUTH gets "authentication not enabled", you are on the wrong port or host: use your provider''s submission port, 587 with STARTTLS or 465 with implicit TLS. If every command gets 503 right after connecting, look at the greeting: a 554 greeting means the server refused the session, and its first line says why.

If you run the server: 503 usually points at a faulty client, but check your own configuration as well. AUTH has to be enabled on the port your users submit to (in Postfix, smtpd_sasl_auth_enable for the submission service in master.cf), and policies that reject every recipient naturally lead to 503 or 554 at DATA.'),
    ('503', 'en', 'retry', 'Not unchanged: the same sequence fails again, so fix the order of commands in the client. The server keeps its state after a 503, which means a corrected client can continue in the same session, for example by sending the missing EHLO or RCPT and then repeating the command. After a 503 to BDAT following BDAT LAST, the state is undefined and the client must send RSET before starting over (RFC 3030).'),
    ('503', 'en', 'note', 'For DATA with no valid recipients RFC 5321 allows either 503 or 554, and servers differ: Postfix answers "554 5.5.1 Error: no valid recipients" when all recipients were rejected and "503 5.5.1 Error: need RCPT command" when none were given.

Servers also send 503 where 530 would be more precise, for example to mail commands sent before authentication on a port that requires it. The fix is the same (authenticate first), but 530 is the code RFC 4954 defines for missing authentication; 503 only says that the command came at the wrong time.'),
    ('503', 'tr', 'title', 'Komut sırası hatalı'),
    ('503', 'tr', 'description', 'RFC 5321 metni: "Bad sequence of commands". Komutun kendisi geçerlidir, ancak oturumda sunucunun kabul edemeyeceği bir noktada gelmiştir: MAIL komutundan önce RCPT, hiçbir alıcı kabul edilmeden DATA, açık bir işlemin içinde ikinci bir MAIL ya da EHLO veya HELO komutundan önce posta komutları. Sunucu bulunduğu durumda kalmak zorundadır; böylece istemci eksik adımı gönderip devam edebilir.

RFC 5321 birkaç durumu açıkça sayar. Öncesinde MAIL komutu olmayan RCPT komutuna 503 yanıtı verilmelidir (bölüm 3.3). MAIL komutu ya da kabul edilmiş bir RCPT komutu olmadan gelen DATA komutuna 503 ya da 554 yanıtı verilebilir (bölüm 3.3). Bağlantıyı 220 yerine 554 ile karşılayan sunucu, QUIT dışındaki her komuta 503 yanıtı vermelidir (bölüm 3.1). Alıcı sayısını site politikasıyla sınırlayan bir sunucu DATA komutuna da 503 yanıtı verebilir (bölüm 4.5.3.1.10). SMTP uzantıları kendi durumlarını ekler: başarılı bir AUTH sonrasında ikinci bir AUTH ya da posta işlemi sırasında gönderilen AUTH (RFC 4954); BDAT LAST sonrasında BDAT veya aynı işlemde BDAT sonrasında DATA (RFC 3030); geçerli bir RCPT TO olmadan gönderilen BURL (RFC 4468, 503 5.5.0).'),
    ('503', 'tr', 'seen_when', 'MAIL, RCPT, DATA, AUTH, BDAT ya da BURL komutlarından sonra ve 554 karşılama mesajını izleyen her komutta görülür. Sık görülen metinler (aksi belirtilmedikçe Postfix ifadeleri):

503 5.5.1 Error: send HELO/EHLO first
503 5.5.1 Error: nested MAIL command
503 5.5.1 Error: need MAIL command
503 5.5.1 Error: need RCPT command
503 5.5.1 Error: authentication not enabled (SASL sunmayan bir porta ya da sunucuya gönderilen AUTH)
503 5.5.1 Error: already authenticated
503 5.5.1 MAIL first. / 503 5.5.1 RCPT first. (Gmail)

Gerçek hayattaki en yaygın nedenler şunlardır: tüm RCPT komutları reddedildiği hâlde DATA ile devam eden bir istemci (çoğunlukla PIPELINING kullanılırken, çünkü retler komutlar gönderildikten sonra gelir), STARTTLS sonrasında EHLO komutunu yeniden göndermeyen bir istemci (TLS el sıkışması oturumu sıfırlar), sunucunun yalnızca gönderim portunda sunduğu AUTH komutunu 25 numaralı portta denemek ve bir adımı atlayan elle yazılmış SMTP kodu.'),
    ('503', 'tr', 'how_to_fix', 'Gönderen tarafta iseniz: istemcinizin SMTP hata ayıklama günlüğünde konuşmanın tamamını okuyun ve eksik ya da tekrarlanan adımı bulun. Önce EHLO gönderin, STARTTLS sonrasında da yeniden gönderin; ardından sırasıyla MAIL, RCPT ve DATA; hiçbir alıcı kabul edilmediyse DATA göndermeyin; kimlik doğrulamasını MAIL komutundan önce ve bir kez yapın. AUTH komutu "authentication not enabled" yanıtı alıyorsa yanlış porttasınız ya da yanlış sunucudasınız: sağlayıcınızın gönderim portunu, yani STARTTLS ile 587 ya da doğrudan TLS ile 465 numaralı portu kullanın. Bağlandıktan hemen sonra her komut 503 alıyorsa karşılama mesajına bakın: 554 karşılama mesajı sunucunun oturumu reddettiği anlamına gelir ve nedeni ilk satırda yazar.

Sunucuyu siz yönetiyorsanız: 503 yanıtı genellikle hatalı bir istemciye işaret eder, ama kendi yapılandırmanızı da denetleyin. Kullanıcılarınızın gönderim yaptığı portta AUTH etkin olmalıdır (Postfix''te master.cf içindeki submission hizmeti için smtpd_sasl_auth_enable), tüm alıcıları reddeden politikalar da doğal olarak DATA aşamasında 503 ya da 554 yanıtına yol açar.'),
    ('503', 'tr', 'retry', 'Değiştirmeden yeniden denemeyin: aynı sıra yine başarısız olur, bu yüzden istemcideki komut sırasını düzeltin. Sunucu 503 yanıtından sonra durumunu koruduğu için düzeltilmiş bir istemci aynı oturumda devam edebilir; örneğin eksik EHLO ya da RCPT komutunu gönderip ardından komutu yineleyebilir. BDAT LAST sonrasında gönderilen BDAT komutuna 503 yanıtı geldiyse durum belirsizdir ve istemci baştan başlamadan önce RSET göndermelidir (RFC 3030).'),
    ('503', 'tr', 'note', 'Geçerli alıcısı olmayan DATA komutu için RFC 5321 hem 503 hem 554 yanıtına izin verir ve sunucular farklı davranır: Postfix tüm alıcılar reddedildiğinde "554 5.5.1 Error: no valid recipients", hiç alıcı verilmediğinde ise "503 5.5.1 Error: need RCPT command" yanıtını verir.

Sunucular bazen 530 kodunun daha doğru olacağı yerlerde de 503 gönderir; örneğin kimlik doğrulama gerektiren bir portta, doğrulama yapılmadan gönderilen posta komutlarına. Çözüm aynıdır (önce kimlik doğrulaması yapın), ancak eksik kimlik doğrulama için RFC 4954 belgesinin tanımladığı kod 530 olup 503 yalnızca komutun yanlış zamanda geldiğini söyler.'),
    ('504', 'en', 'title', 'Command Parameter Not Implemented'),
    ('504', 'en', 'description', 'RFC 5321 text: "Command parameter not implemented". The server knows and implements the command, but not the particular parameter or option the client asked for. It is a narrower form of 502: 502 says the whole command is unimplemented, 504 says the command works but this argument does not.

In RFC 5321''s command table it appears for VRFY, EXPN and HELP, and for EHLO only in fairly obscure cases. The best-known use today comes from SMTP AUTH: RFC 4954 has the server reject AUTH with 504 when the requested SASL mechanism is not supported or requires an encryption layer that is not in place, with the enhanced code 5.5.4.'),
    ('504', 'en', 'seen_when', 'Most often in reply to AUTH when the client picks a mechanism that the server does not offer on this connection, for example:

504 5.7.4 Unrecognized authentication type (Microsoft Exchange, typically when the client tries AUTH LOGIN or PLAIN on a receive connector where basic authentication is not enabled, or not before TLS)
504 5.5.4 Unrecognized authentication type (other servers, with the enhanced code RFC 4954 suggests)

Postfix also uses 504 by default for names that are not fully qualified, which is a policy decision rather than an unimplemented parameter:

504 5.5.2 <mypc>: Helo command rejected: need fully-qualified hostname (reject_non_fqdn_helo_hostname)
504 5.5.2 <www-data>: Sender address rejected: need fully-qualified address (reject_non_fqdn_sender)
504 5.5.2 <admin>: Recipient address rejected: need fully-qualified address (reject_non_fqdn_recipient)'),
    ('504', 'en', 'how_to_fix', 'If you are sending: for AUTH errors, read the mechanisms the server lists in its EHLO reply (the 250-AUTH line) after STARTTLS, and set the client to one of them. Many servers offer PLAIN and LOGIN only after STARTTLS, so first make sure the client uses port 587 with STARTTLS or port 465 with implicit TLS. For the Postfix fully-qualified-name rejections, announce a real host name in EHLO (mail.example.com rather than a bare machine name) and always use complete addresses such as user@example.com in MAIL FROM and RCPT TO; applications that send as "root" or "www-data" without a domain are a frequent cause.

If you run the server: for AUTH, make sure the mechanisms you advertise are the ones your authentication backend can actually serve; on Exchange, check the receive connector''s authentication settings (basic authentication, and whether it is offered only after TLS). For the Postfix checks, 504 is the default value of non_fqdn_reject_code and the rejection is permanent, so apply these restrictions where they stop abuse and consider whether they should also hit authenticated users on the submission port.'),
    ('504', 'en', 'retry', 'Not unchanged. Choose a supported SASL mechanism, or correct the host name or address, and then try again; the server will keep refusing the same parameter.'),
    ('504', 'en', 'note', 'Postfix''s use of 504 for host names and addresses that are not fully qualified is a configuration default, not the RFC meaning: the argument is understood and refused by policy, which RFC 5321 would rather express with 550 or 501. Treat those replies as a request to send complete names.

For AUTH, Exchange pairs 504 with 5.7.4 ("Security features not supported"), while RFC 4954 suggests 5.5.4 ("Invalid command arguments"); the IANA registry lists both X.5.4 and X.7.4 with 504. Either way the mechanism is not available on that connection.'),
    ('504', 'tr', 'title', 'Komut parametresi desteklenmiyor'),
    ('504', 'tr', 'description', 'RFC 5321 metni: "Command parameter not implemented". Sunucu komutu tanır ve uygular, ancak istemcinin istediği belirli parametreyi ya da seçeneği uygulamaz. 502 yanıtının daha dar kapsamlı bir biçimidir: 502 komutun tamamının uygulanmadığını, 504 ise komutun çalıştığını ama bu argümanın desteklenmediğini söyler.

RFC 5321 komut tablosunda VRFY, EXPN ve HELP için, EHLO için ise yalnızca oldukça istisnai durumlarda yer alır. Bugün en bilinen kullanımı SMTP AUTH uzantısından gelir: RFC 4954, istenen SASL mekanizması desteklenmiyorsa ya da henüz kurulmamış bir şifreleme katmanı gerektiriyorsa sunucunun AUTH komutunu 504 yanıtı ve 5.5.4 genişletilmiş durum koduyla reddetmesini öngörür.'),
    ('504', 'tr', 'seen_when', 'En çok, istemci sunucunun bu bağlantıda sunmadığı bir mekanizmayı seçtiğinde AUTH komutuna yanıt olarak görülür; örneğin:

504 5.7.4 Unrecognized authentication type (Microsoft Exchange; genellikle istemci, temel kimlik doğrulamanın etkin olmadığı ya da TLS öncesinde sunulmadığı bir alma bağlayıcısında AUTH LOGIN veya PLAIN denediğinde)
504 5.5.4 Unrecognized authentication type (diğer sunucular; RFC 4954 belgesinin önerdiği genişletilmiş durum koduyla)

Postfix de tam nitelikli olmayan adlar için varsayılan olarak 504 kullanır; bu, uygulanmamış bir parametre değil bir politika kararıdır:

504 5.5.2 <mypc>: Helo command rejected: need fully-qualified hostname (reject_non_fqdn_helo_hostname)
504 5.5.2 <www-data>: Sender address rejected: need fully-qualified address (reject_non_fqdn_sender)
504 5.5.2 <admin>: Recipient address rejected: need fully-qualified address (reject_non_fqdn_recipient)'),
    ('504', 'tr', 'how_to_fix', 'Gönderen tarafta iseniz: AUTH hatalarında sunucunun STARTTLS sonrasında EHLO yanıtında listelediği mekanizmaları (250-AUTH satırı) okuyun ve istemciyi bunlardan birine ayarlayın. Birçok sunucu PLAIN ve LOGIN mekanizmalarını yalnızca STARTTLS sonrasında sunar; bu yüzden önce istemcinin STARTTLS ile 587 ya da doğrudan TLS ile 465 numaralı portu kullandığından emin olun. Postfix''in tam nitelikli ad retlerinde EHLO komutunda gerçek bir ana bilgisayar adı (yalın bir makine adı yerine mail.example.com gibi) bildirin ve MAIL FROM ile RCPT TO komutlarında her zaman user@example.com gibi eksiksiz adresler kullanın; alan adı olmadan "root" ya da "www-data" olarak gönderim yapan uygulamalar sık görülen bir nedendir.

Sunucuyu siz yönetiyorsanız: AUTH için duyurduğunuz mekanizmaların kimlik doğrulama altyapınızın gerçekten karşılayabildikleri olduğundan emin olun; Exchange''de alma bağlayıcısının kimlik doğrulama ayarlarını (temel kimlik doğrulama ve yalnızca TLS sonrasında sunulup sunulmadığı) denetleyin. Postfix denetimlerinde 504, non_fqdn_reject_code parametresinin varsayılan değeridir ve ret kalıcıdır; bu kısıtlamaları kötüye kullanımı durdurdukları yerde uygulayın ve gönderim portunda kimliği doğrulanmış kullanıcılara da uygulanıp uygulanmaması gerektiğini düşünün.'),
    ('504', 'tr', 'retry', 'Değiştirmeden yeniden denemeyin. Desteklenen bir SASL mekanizması seçin ya da ana bilgisayar adını veya adresi düzeltin, sonra yeniden deneyin; sunucu aynı parametreyi reddetmeyi sürdürür.'),
    ('504', 'tr', 'note', 'Postfix''in tam nitelikli olmayan ana bilgisayar adları ve adresler için 504 kullanması RFC''deki anlam değil, bir yapılandırma varsayılanıdır: argüman anlaşılmış ve politika gereği reddedilmiştir; RFC 5321 bunu daha çok 550 ya da 501 ile ifade ederdi. Bu yanıtları eksiksiz ad gönderme isteği olarak okuyun.

AUTH için Exchange 504 kodunu 5.7.4 ("Security features not supported") ile eşleştirirken RFC 4954 5.5.4 ("Invalid command arguments") kodunu önerir; IANA kaydı 504 için hem X.5.4 hem X.7.4 kodunu listeler. Her iki durumda da mekanizma o bağlantıda kullanılamaz.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('500', 1, 'RFC 5321', '4.2.3'),
    ('500', 2, 'RFC 5321', '4.2.4'),
    ('500', 3, 'RFC 5321', '4.2.2'),
    ('500', 4, 'RFC 5321', '4.3.2'),
    ('500', 5, 'RFC 4954', '4'),
    ('500', 6, 'RFC 4954', '6'),
    ('500', 7, 'RFC 1985', '5.1'),
    ('501', 1, 'RFC 5321', '4.2.3'),
    ('501', 2, 'RFC 5321', '4.2.2'),
    ('501', 3, 'RFC 5321', '4.3.2'),
    ('501', 4, 'RFC 4954', '4'),
    ('501', 5, 'RFC 3207', '4'),
    ('501', 6, 'RFC 1985', '5.1'),
    ('502', 1, 'RFC 5321', '4.2.3'),
    ('502', 2, 'RFC 5321', '4.2.4'),
    ('502', 3, 'RFC 5321', '3.5.3'),
    ('502', 4, 'RFC 5321', '4.2.2'),
    ('502', 5, 'RFC 5321', '4.3.2'),
    ('502', 6, 'RFC 2645', '5.2.1'),
    ('503', 1, 'RFC 5321', '4.2.3'),
    ('503', 2, 'RFC 5321', '3.3'),
    ('503', 3, 'RFC 5321', '3.1'),
    ('503', 4, 'RFC 5321', '4.2.2'),
    ('503', 5, 'RFC 5321', '4.3.2'),
    ('503', 6, 'RFC 5321', '4.1.4'),
    ('503', 7, 'RFC 4954', '4'),
    ('503', 8, 'RFC 3030', '2'),
    ('503', 9, 'RFC 4468', '5'),
    ('504', 1, 'RFC 5321', '4.2.3'),
    ('504', 2, 'RFC 5321', '4.2.2'),
    ('504', 3, 'RFC 5321', '4.3.2'),
    ('504', 4, 'RFC 4954', '4');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('500', 1, 'any command', 'RFC 5321', '4.3.2'),
    ('500', 2, 'AUTH', 'RFC 4954', '4'),
    ('500', 3, 'ETRN', 'RFC 1985', '5.1'),
    ('501', 1, 'any command', 'RFC 5321', '4.3.2'),
    ('501', 2, 'AUTH', 'RFC 4954', '4'),
    ('501', 3, 'STARTTLS', 'RFC 3207', '4'),
    ('501', 4, 'ETRN', 'RFC 1985', '5.1'),
    ('502', 1, 'any command', 'RFC 5321', '4.2.4'),
    ('502', 2, 'EHLO', 'RFC 5321', '4.3.2'),
    ('502', 3, 'VRFY', 'RFC 5321', '3.5.3'),
    ('502', 4, 'ATRN', 'RFC 2645', '5.2.1'),
    ('503', 1, 'MAIL', 'RFC 5321', '4.1.4'),
    ('503', 2, 'RCPT', 'RFC 5321', '3.3'),
    ('503', 3, 'DATA', 'RFC 5321', '3.3'),
    ('503', 4, 'after 554 greeting', 'RFC 5321', '3.1'),
    ('503', 5, 'AUTH', 'RFC 4954', '4'),
    ('503', 6, 'BDAT', 'RFC 3030', '2'),
    ('503', 7, 'BURL', 'RFC 4468', '5'),
    ('504', 1, 'VRFY', 'RFC 5321', '4.3.2'),
    ('504', 2, 'EHLO', 'RFC 5321', '4.3.2'),
    ('504', 3, 'AUTH', 'RFC 4954', '4');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('500', 1, 'en', 'The command word is not recognised, or the line is too long (over the 512-octet command line limit); the server stays in the same state and waits for the next command.'),
    ('500', 1, 'tr', 'Komut sözcüğü tanınmadı ya da satır çok uzun (512 sekizlilik komut satırı sınırının üzerinde); sunucu aynı durumda kalır ve bir sonraki komutu bekler.'),
    ('500', 2, 'en', '500 5.5.6 Authentication Exchange line is too long: a base64 response during the SASL exchange exceeded the server''s buffer for the mechanism, and the AUTH command fails.'),
    ('500', 2, 'tr', '500 5.5.6 Authentication Exchange line is too long: SASL alışverişi sırasında gönderilen base64 yanıtı sunucunun o mekanizma için ayırdığı arabelleği aştı ve AUTH komutu başarısız oldu.'),
    ('500', 3, 'en', '500 Syntax Error: the ETRN command was not understood; the client should assume that ETRN is not supported by the server or not implemented correctly on one side.'),
    ('500', 3, 'tr', '500 Syntax Error: ETRN komutu anlaşılmadı; istemci, sunucunun ETRN desteklemediğini ya da iki taraftan birinde doğru uygulanmadığını varsaymalıdır.'),
    ('501', 1, 'en', 'The arguments of a recognised command are malformed (an address, an EHLO name, a parameter value), or arguments were given to a command that takes none (DATA, RSET, QUIT); the server stays in the same state.'),
    ('501', 1, 'tr', 'Tanınan bir komutun argümanları bozuk (bir adres, EHLO adı ya da parametre değeri) veya argüman almayan bir komuta (DATA, RSET, QUIT) argüman verildi; sunucu aynı durumda kalır.'),
    ('501', 2, 'en', 'The client cancelled the exchange with "*", sent base64 the server cannot decode (5.5.2), or sent an initial response with a mechanism in which the server must speak first (5.7.0).'),
    ('501', 2, 'tr', 'İstemci alışverişi "*" ile iptal etti, sunucunun çözemediği bir base64 gönderdi (5.5.2) ya da sunucunun önce konuşması gereken bir mekanizmada ilk yanıtı gönderdi (5.7.0).'),
    ('501', 3, 'en', 'Syntax error (no parameters allowed): STARTTLS was sent with an argument.'),
    ('501', 3, 'tr', 'Söz dizimi hatası (parametreye izin verilmez): STARTTLS komutu bir argümanla gönderildi.'),
    ('501', 4, 'en', 'Syntax Error in Parameters: the node name or queue given to ETRN is not valid; the client should assume that ETRN is unsupported or not implemented correctly.'),
    ('501', 4, 'tr', 'Syntax Error in Parameters: ETRN komutuna verilen düğüm adı ya da kuyruk geçerli değil; istemci ETRN desteklenmediğini ya da doğru uygulanmadığını varsaymalıdır.'),
    ('502', 1, 'en', 'The command is recognised but not implemented on this server; the session continues and the client must do without it.'),
    ('502', 1, 'tr', 'Komut tanındı ama bu sunucuda uygulanmıyor; oturum sürer ve istemci bu komut olmadan idare etmelidir.'),
    ('502', 2, 'en', 'Permitted only from an old server that does not support EHLO: the client should fall back to HELO and use no extensions.'),
    ('502', 2, 'tr', 'Yalnızca EHLO desteklemeyen eski bir sunucudan gelebilir: istemci HELO komutuna geri dönmeli ve uzantı kullanmamalıdır.'),
    ('502', 3, 'en', 'VRFY (or EXPN) is not implemented or has been disabled; the server neither confirms nor denies the address.'),
    ('502', 3, 'tr', 'VRFY (ya da EXPN) uygulanmıyor veya kapatılmış; sunucu adresi ne doğrular ne de reddeder.'),
    ('502', 4, 'en', 'Command not implemented: the server does not provide On-Demand Mail Relay.'),
    ('502', 4, 'tr', 'Komut uygulanmıyor: sunucu On-Demand Mail Relay hizmeti vermiyor.'),
    ('503', 1, 'en', 'MAIL was sent before EHLO/HELO or while a mail transaction is already open; the server keeps its state.'),
    ('503', 1, 'tr', 'MAIL komutu EHLO/HELO komutundan önce ya da açık bir posta işlemi varken gönderildi; sunucu durumunu korur.'),
    ('503', 2, 'en', 'RCPT without a preceding accepted MAIL command; the RFC requires 503 here.'),
    ('503', 2, 'tr', 'Öncesinde kabul edilmiş bir MAIL komutu olmayan RCPT; RFC burada 503 yanıtını zorunlu tutar.'),
    ('503', 3, 'en', 'DATA without MAIL or without any accepted RCPT (554 is also allowed); the client must not send the message data.'),
    ('503', 3, 'tr', 'MAIL komutu ya da kabul edilmiş bir RCPT olmadan gönderilen DATA (554 yanıtına da izin verilir); istemci ileti verisini göndermemelidir.'),
    ('503', 4, 'en', 'A server that opened the connection with 554 instead of 220 answers every command except QUIT with 503 and waits for QUIT.'),
    ('503', 4, 'tr', 'Bağlantıyı 220 yerine 554 ile açan sunucu, QUIT dışındaki her komuta 503 yanıtı verir ve QUIT bekler.'),
    ('503', 5, 'en', 'AUTH after a successful AUTH in the same session, or AUTH during a mail transaction.'),
    ('503', 5, 'tr', 'Aynı oturumda başarılı bir AUTH sonrasında yeniden AUTH ya da posta işlemi sırasında AUTH.'),
    ('503', 6, 'en', 'BDAT after BDAT LAST, or DATA after BDAT in the same transaction; after the former the state is undefined and the client must send RSET.'),
    ('503', 6, 'tr', 'BDAT LAST sonrasında BDAT ya da aynı işlemde BDAT sonrasında DATA; ilk durumda oturumun durumu belirsizdir ve istemci RSET göndermelidir.'),
    ('503', 7, 'en', '503 5.5.0 Valid RCPT TO required before BURL: BURL was sent before any recipient was accepted.'),
    ('503', 7, 'tr', '503 5.5.0 Valid RCPT TO required before BURL: BURL komutu hiçbir alıcı kabul edilmeden gönderildi.'),
    ('504', 1, 'en', 'VRFY, EXPN or HELP is implemented, but the argument or option given is not supported.'),
    ('504', 1, 'tr', 'VRFY, EXPN ya da HELP uygulanıyor, ancak verilen argüman veya seçenek desteklenmiyor.'),
    ('504', 2, 'en', 'Allowed for EHLO or HELO only in fairly obscure cases; a conforming server rarely sends it there.'),
    ('504', 2, 'tr', 'EHLO ya da HELO için yalnızca oldukça istisnai durumlarda izin verilir; kurallara uyan bir sunucu burada nadiren gönderir.'),
    ('504', 3, 'en', 'The requested SASL mechanism is not supported or not permitted here, for example because it requires an encryption layer; the reply should carry 5.5.4.'),
    ('504', 3, 'tr', 'İstenen SASL mekanizması desteklenmiyor ya da burada izin verilmiyor, örneğin bir şifreleme katmanı gerektirdiği için; yanıt 5.5.4 kodunu taşımalıdır.');

INSERT INTO related_codes (code, related, position) VALUES
    ('500', '502', 1),
    ('500', '501', 2),
    ('500', 'X.5.2', 3),
    ('500', 'X.5.6', 4),
    ('501', '500', 1),
    ('501', '555', 2),
    ('501', '553', 3),
    ('501', 'X.5.4', 4),
    ('501', 'X.1.7', 5),
    ('502', '500', 1),
    ('502', '504', 2),
    ('502', '252', 3),
    ('502', 'X.5.1', 4),
    ('503', '554', 1),
    ('503', 'X.5.1', 2),
    ('503', '530', 3),
    ('503', '501', 4),
    ('504', '502', 1),
    ('504', 'X.5.4', 2),
    ('504', '535', 3),
    ('504', 'X.7.4', 4);
