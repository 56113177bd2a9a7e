-- Texts for the permanent basic replies 550-555 and the authentication replies 530, 534,
-- 535 and 538, in English and Turkish: the fields of each code, where it is defined, the
-- contexts in which it has a meaning of its own, and the codes to read next.
-- Facts checked against RFC 5321, RFC 1870, RFC 3207, RFC 4468, RFC 4954, RFC 6531,
-- RFC 2645 and the IANA enhanced status code registry.

-- 550 -----------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('550', 'en', 'title',
     'Mailbox Unavailable'),
    ('550', 'en', 'description',
     'RFC 5321 defines 550 as "Requested action not taken: mailbox unavailable" and gives three quite different examples: the mailbox was not found, the client has no access to it, or the command was rejected for policy reasons. It is a permanent negative reply: the receiving server will not do what was asked, and sending the same command again will not change that.

Because the basic code covers so much, the enhanced status code and the text after it are what tell you what actually happened. 550 5.1.1 means the recipient address does not exist at the destination. 550 5.7.1 and the other 5.7.x codes mean that the message or the connecting host was refused by policy: a blocklist entry, relaying denied, an SPF, DKIM or DMARC failure, a missing reverse DNS record. 550 5.6.7 means a non-ASCII address was used without SMTPUTF8. It is the most common permanent rejection on the Internet, so read the whole reply line before acting on it.'),
    ('550', 'en', 'seen_when',
     'Most often in reply to RCPT TO, when the recipient mailbox does not exist or the recipient is refused by policy. It also answers MAIL FROM (sender refused), the final dot after DATA (content stopped by a spam or malware filter), and EHLO/HELO, VRFY and EXPN. Typical texts: "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table" (Postfix), "550-5.1.1 The email account that you tried to reach does not exist" (Gmail), "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" (Microsoft 365), "550 5.7.1 Client host rejected: cannot find your hostname" (Postfix, no PTR record for the client), "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain''s DMARC policy" (Gmail) and "550 5.7.606 Access denied, banned sending IP [192.0.2.1]" (Microsoft).'),
    ('550', 'en', 'how_to_fix',
     'Sender: read the enhanced code first. With 5.1.1, or a text such as "user unknown" or "does not exist", check the address for typos, an old domain or a deleted alias, and confirm it with the recipient by some other channel; sending again as it is will not help. With 5.7.x the problem is your server or your message, not the address. Look up your sending IP on the blocklists named in the text (Spamhaus, Barracuda and the like) and request removal; make sure your SPF record covers the sending IP, that outgoing mail is DKIM-signed and aligned with the From domain for DMARC, and that the IP has a PTR record whose name resolves back to the same IP. If the text says relaying is denied, you are sending through a server that does not handle your domain: use your own provider''s submission server on port 587 with authentication.

Administrator of the rejecting server: find the session in the mail log (/var/log/mail.log or maillog for Postfix and Exim, message tracking in Exchange) by time and address, and see which check fired. For false "user unknown" rejections, check the recipient tables (Postfix local_recipient_maps, virtual_mailbox_maps, relay_recipient_maps; Exchange accepted domains and proxy addresses). For policy rejections, review the DNSBL list, the SPF/DMARC milter and the access tables, and whitelist a legitimate partner rather than switching the check off for everyone.'),
    ('550', 'en', 'retry',
     'Do not retry unchanged: 550 is permanent, and a well-behaved client returns the message to its sender with a bounce (non-delivery report) instead of keeping it in the queue. Send again only after something has changed: a corrected recipient address for 5.1.1, or a removed cause for 5.7.x (IP delisted, SPF, DKIM or DMARC fixed, PTR record added). Blocklist removals and DNS changes can take from minutes to a day before the receiving side sees them, so allow for that before the next attempt.'),
    ('550', 'en', 'note',
     'Many short code lists translate 550 as "mailbox does not exist". That is only one of its meanings: RFC 5321 uses it just as much for refusals on policy grounds, and today most 550 replies are spam, authentication or reputation rejections carrying a 5.7.x code. The IANA registry pairs a whole family of enhanced codes with 550: X.7.20 to X.7.27 for DKIM, SPF, reverse DNS and null MX failures, X.7.29 for ARC and X.7.30 for REQUIRETLS.

Microsoft 365 sends 550 5.1.10 for an unknown recipient. In the IANA registry X.1.10 means "Recipient address has null MX", so read Microsoft''s 5.1.10 as its own equivalent of 5.1.1.'),
    ('550', 'tr', 'title',
     'Posta kutusu kullanılamıyor'),
    ('550', 'tr', 'description',
     'RFC 5321, 550 kodunu "Requested action not taken: mailbox unavailable" (istenen işlem yapılmadı: posta kutusu kullanılamıyor) olarak tanımlar ve birbirinden oldukça farklı üç örnek verir: posta kutusu bulunamamıştır, istemcinin ona erişim izni yoktur ya da komut politika gereği reddedilmiştir. Bu, kalıcı bir hata yanıtıdır: alıcı taraftaki posta sunucusu isteneni yapmayacaktır ve aynı komutu yeniden göndermek sonucu değiştirmez.

Temel kod bu kadar geniş bir alanı kapsadığı için gerçekte ne olduğunu arkasından gelen genişletilmiş durum kodu ve açıklama metni anlatır. 550 5.1.1 yanıtı, alıcı adresinin hedefte bulunmadığını gösterir. 550 5.7.1 ve diğer 5.7.x kodları ise iletinin ya da bağlanan sunucunun politika nedeniyle geri çevrildiğini bildirir: kara liste (DNSBL) kaydı, aktarma reddi, SPF, DKIM ya da DMARC hatası, eksik ters DNS (PTR kaydı) gibi. 550 5.6.7 yanıtı, SMTPUTF8 bildirilmeden ASCII dışı bir adres kullanıldığı anlamına gelir. İnternette en sık görülen kalıcı ret budur; bir şey yapmadan önce yanıt satırının tamamını okuyun.'),
    ('550', 'tr', 'seen_when',
     'En çok RCPT TO komutuna yanıt olarak, alıcının posta kutusu yoksa ya da alıcı politika gereği reddediliyorsa görülür. MAIL FROM komutuna (gönderen reddedildiğinde), DATA aşamasını bitiren son noktaya (içerik bir istenmeyen ileti (spam) ya da zararlı yazılım süzgecine takıldığında) ve EHLO/HELO, VRFY, EXPN komutlarına da verilir. Sık rastlanan metinler: "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table" (Postfix), "550-5.1.1 The email account that you tried to reach does not exist" (Gmail), "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" (Microsoft 365), "550 5.7.1 Client host rejected: cannot find your hostname" (Postfix, istemcinin PTR kaydı yoksa), "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain''s DMARC policy" (Gmail) ve "550 5.7.606 Access denied, banned sending IP [192.0.2.1]" (Microsoft).'),
    ('550', 'tr', 'how_to_fix',
     'Gönderen tarafı: önce genişletilmiş durum koduna bakın. 5.1.1 kodu ya da "user unknown", "does not exist" gibi bir metin varsa adreste yazım hatası, artık kullanılmayan bir alan adı veya silinmiş bir takma ad olup olmadığını denetleyin ve adresi alıcıyla başka bir yoldan teyit edin; iletiyi olduğu gibi yeniden göndermek işe yaramaz. 5.7.x kodlarında sorun adreste değil, sunucunuzda ya da iletinizdedir. Gönderen IP adresinizi metinde adı geçen kara listelerde (Spamhaus, Barracuda vb.) sorgulayıp listeden çıkarılma isteyin; SPF kaydınızın bu IP adresini kapsadığından, giden iletilerin DKIM ile imzalandığından ve DMARC için From alan adıyla hizalandığından, IP adresi için de adı yine aynı IP adresine çözümlenen bir ters DNS (PTR kaydı) tanımlı olduğundan emin olun. Metin aktarmanın reddedildiğini söylüyorsa alan adınıza hizmet vermeyen bir sunucu üzerinden gönderiyorsunuz demektir: kendi sağlayıcınızın gönderim sunucusunu 587 numaralı bağlantı noktasında kimlik doğrulamayla kullanın.

Reddeden sunucunun yöneticisi: oturumu zamana ve adrese göre posta günlüğünde bulun (Postfix ve Exim için /var/log/mail.log ya da maillog, Exchange için ileti izleme) ve hangi denetimin devreye girdiğini görün. Yersiz "kullanıcı bilinmiyor" retlerinde alıcı tablolarını kontrol edin (Postfix''te local_recipient_maps, virtual_mailbox_maps, relay_recipient_maps; Exchange''de kabul edilen alan adları ve proxy adresleri). Politika retlerinde DNSBL listesini, SPF/DMARC denetimi yapan bileşeni ve erişim tablolarını gözden geçirin; meşru bir iş ortağı için denetimi herkese kapatmak yerine onu beyaz listeye alın.'),
    ('550', 'tr', 'retry',
     'Değiştirmeden yeniden denemeyin: 550 yanıtı kalıcıdır ve düzgün çalışan bir istemci iletiyi kuyrukta bekletmek yerine gönderene teslim edilemedi bildirimiyle geri döndürür. Ancak bir şey değiştikten sonra yeniden gönderin: 5.1.1 kodunda düzeltilmiş bir alıcı adresi, 5.7.x kodlarında ortadan kaldırılmış bir neden (IP adresinin kara listeden çıkması, SPF, DKIM ya da DMARC ayarlarının düzeltilmesi, PTR kaydının eklenmesi). Kara listeden çıkarılma ve DNS değişikliklerinin karşı tarafça görülmesi birkaç dakikadan bir güne kadar sürebilir; sonraki denemeden önce bunu hesaba katın.'),
    ('550', 'tr', 'note',
     'Kısa kod listelerinin çoğu 550 yanıtını "posta kutusu yok" diye çevirir. Bu, anlamlarından yalnızca biridir: RFC 5321 bu kodu politika gerekçeli retler için de aynı ölçüde kullanır ve günümüzde 550 yanıtlarının çoğu 5.7.x kodu taşıyan istenmeyen ileti (spam), kimlik doğrulama ya da gönderici itibarı retleridir. IANA kaydı da 550 ile bütün bir genişletilmiş kod ailesini eşleştirir: DKIM, SPF, ters DNS ve null MX hataları için X.7.20 ile X.7.27 arası, ARC için X.7.29, REQUIRETLS için X.7.30.

Microsoft 365, bilinmeyen bir alıcı için 550 5.1.10 yanıtı gönderir. IANA kaydında X.1.10 kodu "Recipient address has null MX" (alıcı alan adı null MX yayımlıyor) anlamına gelir; bu yüzden Microsoft''un 5.1.10 kodunu, 5.1.1 kodunun kendine özgü bir karşılığı olarak okuyun.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('550', 1, 'RFC 5321', '4.2.2'),
    ('550', 2, 'RFC 5321', '4.3.2'),
    ('550', 3, 'RFC 5321', '3.5'),
    ('550', 4, 'RFC 5321', '4.2.3'),
    ('550', 5, 'RFC 6531', '3.5'),
    ('550', 6, 'RFC 6531', '3.7.4.2');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('550', 1, 'RCPT', 'RFC 5321', '4.3.2'),
    ('550', 2, 'MAIL', 'RFC 5321', '4.3.2'),
    ('550', 3, 'DATA', 'RFC 5321', '4.3.2'),
    ('550', 4, 'EHLO', 'RFC 5321', '4.3.2'),
    ('550', 5, 'VRFY', 'RFC 5321', '3.5'),
    ('550', 6, 'EXPN', 'RFC 5321', '3.5'),
    ('550', 7, 'SMTPUTF8', 'RFC 6531', '3.5'),
    ('550', 8, 'SMTPUTF8', 'RFC 6531', '3.7.4.2');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('550', 1, 'en', 'The recipient is refused permanently: the mailbox does not exist (5.1.1), the client may not use it, or a policy check rejects it (5.7.x).'),
    ('550', 1, 'tr', 'Alıcı kalıcı olarak reddedilir: posta kutusu yoktur (5.1.1), istemcinin onu kullanma izni yoktur ya da bir politika denetimi onu geri çevirir (5.7.x).'),
    ('550', 2, 'en', 'The sender address is refused, usually by policy: a blocked sender or domain, a failed sender check, or a sender domain that publishes a null MX (5.7.27).'),
    ('550', 2, 'tr', 'Gönderen adresi, çoğunlukla politika nedeniyle reddedilir: engellenmiş bir gönderen ya da alan adı, başarısız bir gönderen doğrulaması veya null MX yayımlayan bir gönderen alan adı (5.7.27).'),
    ('550', 3, 'en', 'After the end of the message data, the message is refused for policy reasons, typically by a spam or malware filter or an SPF, DKIM or DMARC check.'),
    ('550', 3, 'tr', 'İleti verisi tamamlandıktan sonra ileti politika nedeniyle reddedilir; genellikle bir istenmeyen ileti (spam) ya da zararlı yazılım süzgeci veya SPF, DKIM, DMARC denetimlerinden biri devreye girmiştir.'),
    ('550', 4, 'en', 'The server refuses the client''s EHLO or HELO, for instance because of the name the client gave or the host it connects from.'),
    ('550', 4, 'tr', 'Sunucu, istemcinin EHLO ya da HELO komutunu reddeder; örneğin istemcinin bildirdiği ad ya da bağlandığı makine nedeniyle.'),
    ('550', 5, 'en', 'The string given to VRFY matches no mailbox, or the server will not verify it for this client.'),
    ('550', 5, 'tr', 'VRFY komutuna verilen ifade hiçbir posta kutusuyla eşleşmez ya da sunucu bu istemci için doğrulama yapmaz.'),
    ('550', 6, 'en', 'The name given to EXPN is not a list the server will expand, or the client is not allowed to expand it.'),
    ('550', 6, 'tr', 'EXPN komutuna verilen ad, sunucunun açacağı bir liste değildir ya da istemcinin bu listeyi açma izni yoktur.'),
    ('550', 7, 'en', 'MAIL FROM carries a non-ASCII (internationalized) address the server cannot accept, usually because SMTPUTF8 was not used; sent with 5.6.7.'),
    ('550', 7, 'tr', 'MAIL FROM komutu, sunucunun kabul edemediği ASCII dışı (uluslararası) bir adres içerir; çoğu zaman SMTPUTF8 kullanılmamıştır. 5.6.7 koduyla birlikte gönderilir.'),
    ('550', 8, 'en', 'The true answer to VRFY or EXPN would contain a UTF-8 address, but the client did not say it accepts UTF-8 replies; sent with 5.6.8.'),
    ('550', 8, 'tr', 'VRFY ya da EXPN komutunun doğru yanıtı UTF-8 bir adres içerecektir, ama istemci UTF-8 yanıtları kabul ettiğini bildirmemiştir. 5.6.8 koduyla birlikte gönderilir.');

INSERT INTO related_codes (code, related, position) VALUES
    ('550', 'X.1.1', 1),
    ('550', 'X.7.1', 2),
    ('550', '450', 3),
    ('550', '553', 4),
    ('550', '554', 5);

-- 551 -----------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('551', 'en', 'title',
     'User Not Local'),
    ('551', 'en', 'description',
     'RFC 5321 gives 551 the text "User not local; please try <forward-path>". The server is saying that the mailbox is not handled here, that it knows where the user receives mail now, and that it will not pass the message on itself. The client can then resend to the address given, after making sure the reply is genuine (section 7.4), or report the failure to the originator.

It is the refusing counterpart of 251 ("User not local; will forward"), where the server accepts the message and forwards it. The forward-path in the text is one of the few places where RFC 5321 lets a client use the reply text rather than only the code. 551 is rare today: most servers answer a moved or closed mailbox with 550 5.1.1 or 550 5.1.6 and do not disclose a new address.'),
    ('551', 'en', 'seen_when',
     'After RCPT TO, when the recipient has moved and the server has been configured with the new address, and after VRFY for the same reason. Sendmail''s redirect feature, for example, answers addresses marked as moved with a line of the form "551 User has moved; please try <new@example.org>". Because handing out new addresses helps spammers harvest them, most large providers never send 551. The enhanced code that travels with it varies: 5.1.6 (mailbox has moved) is the closest registered match, and IANA also lists 551 with X.7.1.'),
    ('551', 'en', 'how_to_fix',
     'Sender: look at the address in angle brackets in the reply text. If it is plausible (the same person, a domain you recognize), update your address book and send the message to the new address; if you cannot tell, confirm it with the recipient first, because RFC 5321 section 7.4 warns that a forged 551 could be used to divert your mail. Mail software should not change stored addresses automatically unless it is sure of the server it is talking to.

Administrator: 551 comes from an explicit redirect entry, for example an alias ending in .REDIRECT under sendmail''s redirect feature or a custom access rule. Keep such entries current and remove them after a reasonable period. If you do not want to reveal new addresses, reject with 550 5.1.6 instead, or forward the mail yourself and answer 251.'),
    ('551', 'en', 'retry',
     'Do not send to the same address again; the server has said it will not take it. Resend once, to the forward-path given in the reply, after you have checked that it is genuine. If the reply carries no usable address, treat it like a 550 and ask the recipient for their current address.'),
    ('551', 'en', 'note',
     'Some reference lists describe 551 as "user not local, will forward", which is the meaning of 251; a 551 never forwards anything. RFC 6531 adds that a server must not put an internationalized (UTF-8) address into a 551 reply to a client that has not negotiated SMTPUTF8; it answers 550 instead.'),
    ('551', 'tr', 'title',
     'Kullanıcı yerel değil'),
    ('551', 'tr', 'description',
     'RFC 5321, 551 yanıtına "User not local; please try <forward-path>" (kullanıcı yerel değil; lütfen <yönlendirme adresi> deneyin) metnini verir. Sunucu, bu posta kutusunun kendisinde bulunmadığını, kullanıcının artık nerede posta aldığını bildiğini ve iletiyi oraya kendisinin aktarmayacağını söylemektedir. İstemci bu durumda, yanıtın gerçekten o sunucudan geldiğinden emin olduktan sonra (bölüm 7.4) iletiyi verilen adrese yeniden gönderebilir ya da asıl gönderene hata bildirebilir.

Sunucunun iletiyi kabul edip kendisinin ilettiği 251 yanıtının ("User not local; will forward") ret bildiren karşılığıdır. Metindeki yönlendirme adresi, RFC 5321 belgesinin istemcinin yalnızca koda değil yanıt metnine de bakmasına izin verdiği az sayıdaki durumdan biridir. Günümüzde 551 yanıtı nadirdir: sunucuların çoğu taşınmış ya da kapatılmış bir posta kutusu için 550 5.1.1 veya 550 5.1.6 yanıtı verir ve yeni adresi açıklamaz.'),
    ('551', 'tr', 'seen_when',
     'RCPT TO komutundan sonra, alıcı taşınmışsa ve sunucuda yeni adres tanımlıysa görülür; aynı nedenle VRFY komutuna da verilebilir. Örneğin Sendmail''in redirect özelliği, taşındı olarak işaretlenmiş adreslere "551 User has moved; please try <new@example.org>" biçiminde bir satırla yanıt verir. Yeni adresleri açıklamak, istenmeyen ileti (spam) gönderenlerin adres toplamasını kolaylaştırdığı için büyük sağlayıcıların çoğu hiç 551 göndermez. Yanındaki genişletilmiş durum kodu değişkendir: kayıtlı kodlar içinde en yakın karşılık 5.1.6 (posta kutusu taşındı) kodudur, IANA ise 551 yanıtını X.7.1 koduyla da eşleştirir.'),
    ('551', 'tr', 'how_to_fix',
     'Gönderen tarafı: yanıt metninde açılı ayraç (< >) içindeki adrese bakın. Adres inandırıcıysa (aynı kişi, tanıdığınız bir alan adı) adres defterinizi güncelleyip iletiyi yeni adrese gönderin; emin olamıyorsanız önce alıcıyla teyit edin, çünkü RFC 5321 belgesinin 7.4 bölümü sahte bir 551 yanıtının postanızı başka yere saptırmak için kullanılabileceği konusunda uyarır. Posta yazılımları, konuştukları sunucudan emin olmadıkça kayıtlı adresleri kendiliğinden değiştirmemelidir.

Yönetici: 551 yanıtı açıkça tanımlanmış bir yönlendirme kaydından gelir; örneğin Sendmail''in redirect özelliğinde .REDIRECT ile biten bir takma ad ya da özel bir erişim kuralı. Bu kayıtları güncel tutun ve makul bir süre sonra kaldırın. Yeni adresleri açıklamak istemiyorsanız bunun yerine 550 5.1.6 yanıtıyla reddedin ya da postayı kendiniz iletip 251 yanıtı verin.'),
    ('551', 'tr', 'retry',
     'Aynı adrese yeniden göndermeyin; sunucu bu adresi kabul etmeyeceğini bildirmiştir. Yanıttaki yönlendirme adresinin gerçek olduğunu doğruladıktan sonra iletiyi bir kez o adrese gönderin. Yanıtta kullanılabilir bir adres yoksa durumu bir 550 yanıtı gibi ele alın ve alıcıdan güncel adresini isteyin.'),
    ('551', 'tr', 'note',
     'Bazı başvuru listeleri 551 yanıtını "kullanıcı yerel değil, iletilecek" diye tanımlar; oysa bu 251 yanıtının anlamıdır, 551 hiçbir şeyi iletmez. RFC 6531 ayrıca, SMTPUTF8 kullanmayan bir istemciye verilen 551 yanıtına uluslararası (UTF-8) bir adres konmamasını ister; sunucu bu durumda 550 yanıtı verir.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('551', 1, 'RFC 5321', '4.2.2'),
    ('551', 2, 'RFC 5321', '3.4'),
    ('551', 3, 'RFC 5321', '7.4'),
    ('551', 4, 'RFC 5321', '4.3.2'),
    ('551', 5, 'RFC 5321', '4.2.3');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('551', 1, 'RCPT', 'RFC 5321', '3.4'),
    ('551', 2, 'VRFY', 'RFC 5321', '4.3.2');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('551', 1, 'en', 'The recipient is not handled here; the server names the address to use instead and refuses the message, so the client must resend there or report the failure.'),
    ('551', 1, 'tr', 'Alıcı bu sunucuda değildir; sunucu kullanılması gereken adresi bildirir ve iletiyi reddeder. İstemci iletiyi o adrese yeniden göndermeli ya da hatayı bildirmelidir.'),
    ('551', 2, 'en', 'The name is not a local user; the reply may give the address at which the user can be reached.'),
    ('551', 2, 'tr', 'Sorgulanan ad yerel bir kullanıcı değildir; yanıt, kullanıcıya ulaşılabilecek adresi verebilir.');

INSERT INTO related_codes (code, related, position) VALUES
    ('551', '251', 1),
    ('551', 'X.1.6', 2),
    ('551', '550', 3);

-- 552 -----------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('552', 'en', 'title',
     'Exceeded Storage Allocation'),
    ('552', 'en', 'description',
     'RFC 5321 defines 552 as "Requested mail action aborted: exceeded storage allocation". The server refuses the message because taking it would go over a storage limit: the recipient''s mailbox quota, or the largest message the server is willing to accept. It is a permanent reply.

The SIZE extension (RFC 1870) uses 552 for messages larger than the server''s fixed maximum. The server can refuse as soon as MAIL FROM declares the size with SIZE=, refuse for one recipient at RCPT TO, or refuse after DATA when the message turns out larger than declared. The RFC writes the reply as "552 message size exceeds fixed maximium message size", misspelling included. The enhanced code tells the cases apart: 5.3.4 for the system-wide size limit, 5.2.3 for a per-mailbox size limit, 5.2.2 for a full mailbox.'),
    ('552', 'en', 'seen_when',
     'At MAIL FROM when the SIZE= value is larger than the number the server advertised in its EHLO reply ("250-SIZE 52428800"); at RCPT TO when one recipient has a lower limit or a full mailbox; and most often after the final dot of DATA. Typical texts: "552 5.3.4 Message size exceeds fixed limit" (Postfix), "552 5.2.2 <user@example.com> Quota exceeded (mailbox for user is full)" (Dovecot LMTP), "552-5.2.3 Your message exceeded Google''s message size limits" and "552-5.2.2 The email account that you tried to reach is over quota" (Gmail). Gmail also sends "552-5.7.0 This message was blocked because its content presents a potential security issue" for blocked attachment types, which is a policy rejection despite the code. A few old servers still answer 552 when a message has more recipients than they accept.'),
    ('552', 'en', 'how_to_fix',
     'Sender: if the text or the enhanced code points at size (5.3.4, 5.2.3, "size", "too large"), make the message smaller. Attachments grow by about a third when they are encoded in base64, so a 20 MB file takes roughly 27 MB on the wire; compress the files, split them over several messages, or send a sharing link instead. If it points at the mailbox (5.2.2, "over quota", "mailbox full"), only the recipient can fix it by deleting mail or getting more storage; tell them by some other channel.

Administrator: check the configured limits and keep them consistent along the whole path, because a relay with a lower limit than the final server causes 552 halfway. The settings are message_size_limit in Postfix (default 10240000 bytes) and Exim, MaxMessageSize in Sendmail, and MaxReceiveSize on the Exchange receive connector and transport configuration. Advertise the real limit with SIZE in the EHLO reply so that clients can refuse oversized mail before sending it. For quota rejections, check the quota settings of the mailbox store (for example the Dovecot quota plugin) and the user''s usage.'),
    ('552', 'en', 'retry',
     'Do not retry the same message unchanged. RFC 1870 tells the client to give up at once and return the message to its sender when the size is over the fixed limit. Send again only after making the message smaller, or after the recipient has freed space in a full mailbox. One exception comes from history: RFC 821 listed 552 for "too many recipients", and RFC 5321 asks clients to treat a 552 in that situation as a transient failure, so the recipients that were refused should be sent in a further transaction.'),
    ('552', 'en', 'note',
     'RFC 1870 does not agree with itself: section 6.1 quotes the server reply as "552 message size exceeds fixed maximium message size" (typo included), while section 6.2 quotes it as "552 message exceeds fixed maximum message size". Both are only texts; the code is what counts.

RFC 821 used 552 for a server that had run out of room for more RCPT commands. RFC 5321 (section 4.5.3.1.10) calls that a mistake: the right code for the case is 452, and clients should treat such a 552 as temporary. Also, RFC 3463 intends X.2.2 (mailbox full) as a temporary condition, yet IANA lists it with 552 and providers such as Gmail send 552 5.2.2 as a permanent failure.'),
    ('552', 'tr', 'title',
     'Depolama sınırı aşıldı'),
    ('552', 'tr', 'description',
     'RFC 5321, 552 kodunu "Requested mail action aborted: exceeded storage allocation" (istenen posta işlemi durduruldu: depolama payı aşıldı) olarak tanımlar. Sunucu iletiyi, kabul ederse bir depolama sınırını aşacağı için reddeder: bu sınır alıcının posta kutusu kotası da olabilir, sunucunun kabul ettiği en büyük ileti boyutu da. Yanıt kalıcı hata sınıfındadır.

SIZE uzantısı (RFC 1870), sunucunun sabit üst sınırını aşan iletiler için 552 yanıtını kullanır. Sunucu iletiyi, MAIL FROM komutu boyutu SIZE= ile bildirdiği anda, RCPT TO aşamasında tek bir alıcı için ya da DATA sonrasında ileti bildirilenden büyük çıktığında reddedebilir. RFC bu yanıtı yazım hatasıyla birlikte "552 message size exceeds fixed maximium message size" olarak verir. Durumları genişletilmiş durum kodu ayırır: 5.3.4 sistem genelindeki boyut sınırı, 5.2.3 posta kutusuna özgü boyut sınırı, 5.2.2 ise dolu posta kutusu içindir.'),
    ('552', 'tr', 'seen_when',
     'MAIL FROM aşamasında, SIZE= değeri sunucunun EHLO yanıtında duyurduğu sayıdan ("250-SIZE 52428800") büyükse; RCPT TO aşamasında, bir alıcının sınırı daha düşükse ya da posta kutusu doluysa; en sık da DATA aşamasını bitiren son noktadan sonra görülür. Sık rastlanan metinler: "552 5.3.4 Message size exceeds fixed limit" (Postfix), "552 5.2.2 <user@example.com> Quota exceeded (mailbox for user is full)" (Dovecot LMTP), "552-5.2.3 Your message exceeded Google''s message size limits" ve "552-5.2.2 The email account that you tried to reach is over quota" (Gmail). Gmail engellediği ek türleri için "552-5.7.0 This message was blocked because its content presents a potential security issue" yanıtını da gönderir; kod 552 olsa da bu bir politika retidir. Bazı eski sunucular, kabul ettiklerinden fazla alıcı içeren iletilere hâlâ 552 yanıtı verir.'),
    ('552', 'tr', 'how_to_fix',
     'Gönderen tarafı: metin ya da genişletilmiş durum kodu boyutu gösteriyorsa (5.3.4, 5.2.3, "size", "too large") iletiyi küçültün. Ekler base64 ile kodlanırken yaklaşık üçte bir büyür; 20 MB boyutundaki bir dosya hatta yaklaşık 27 MB tutar. Dosyaları sıkıştırın, birkaç iletiye bölün ya da ek yerine bir paylaşım bağlantısı gönderin. Metin posta kutusunu gösteriyorsa (5.2.2, "over quota", "mailbox full") sorunu ancak alıcı, ileti silerek ya da ek depolama alanı alarak çözebilir; ona başka bir yoldan haber verin.

Yönetici: yapılandırılmış sınırları denetleyin ve bütün yol boyunca tutarlı tutun; son sunucudan daha düşük sınırı olan bir ara aktarma sunucusu yolun ortasında 552 yanıtına yol açar. İlgili ayarlar Postfix ve Exim için message_size_limit (Postfix''te varsayılan değer 10240000 bayt), Sendmail için MaxMessageSize, Exchange için alma bağlayıcısındaki ve aktarım yapılandırmasındaki MaxReceiveSize değeridir. İstemcilerin büyük iletiyi göndermeden geri çevirebilmesi için gerçek sınırı EHLO yanıtında SIZE ile duyurun. Kota retlerinde posta deposunun kota ayarlarına (örneğin Dovecot kota eklentisine) ve kullanıcının doluluk durumuna bakın.'),
    ('552', 'tr', 'retry',
     'Aynı iletiyi değiştirmeden yeniden denemeyin. RFC 1870, boyut sabit sınırı aştığında istemcinin hemen vazgeçmesini ve iletiyi gönderene geri döndürmesini ister. İletiyi ancak küçülttükten sonra ya da alıcı dolu posta kutusunda yer açtıktan sonra yeniden gönderin. Tek istisna tarihten gelir: RFC 821 "çok fazla alıcı" durumu için 552 kodunu öngörüyordu; RFC 5321 ise istemcilerin bu durumdaki 552 yanıtını geçici hata saymasını ister, yani reddedilen alıcılar yeni bir işlemde gönderilmelidir.'),
    ('552', 'tr', 'note',
     'RFC 1870 kendi içinde tutarsızdır: 6.1 bölümü sunucu yanıtını "552 message size exceeds fixed maximium message size" (yazım hatasıyla), 6.2 bölümü ise "552 message exceeds fixed maximum message size" olarak aktarır. İkisi de yalnızca açıklama metnidir; önemli olan koddur.

RFC 821, yeni RCPT komutları için yeri kalmayan bir sunucuya 552 kodunu veriyordu. RFC 5321 (4.5.3.1.10 bölümü) bunu bir hata olarak niteler: bu durum için doğru kod 452 olmalıdır ve istemciler böyle bir 552 yanıtını geçici saymalıdır. Ayrıca RFC 3463, X.2.2 kodunu (posta kutusu dolu) geçici bir durum olarak tasarlar; IANA ise bu kodu 552 ile eşleştirir ve Gmail gibi sağlayıcılar 552 5.2.2 yanıtını kalıcı hata olarak gönderir.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('552', 1, 'RFC 5321', '4.2.2'),
    ('552', 2, 'RFC 1870', '6.1'),
    ('552', 3, 'RFC 1870', '6.2'),
    ('552', 4, 'RFC 1870', '6.3'),
    ('552', 5, 'RFC 1870', '6.4'),
    ('552', 6, 'RFC 5321', '4.5.3.1.10'),
    ('552', 7, 'RFC 5321', '4.3.2'),
    ('552', 8, 'RFC 5321', '4.2.3');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('552', 1, 'MAIL', 'RFC 5321', '4.3.2'),
    ('552', 2, 'RCPT', 'RFC 5321', '4.3.2'),
    ('552', 3, 'DATA', 'RFC 5321', '4.3.2'),
    ('552', 4, 'SIZE', 'RFC 1870', '6.1'),
    ('552', 5, 'SIZE', 'RFC 1870', '6.4'),
    ('552', 6, 'SIZE', 'RFC 1870', '6.3'),
    ('552', 7, 'RCPT', 'RFC 5321', '4.5.3.1.10');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('552', 1, 'en', 'The transaction is refused at MAIL FROM because it would exceed a storage limit on the server.'),
    ('552', 1, 'tr', 'İşlem, sunucudaki bir depolama sınırını aşacağı için daha MAIL FROM aşamasında reddedilir.'),
    ('552', 2, 'en', 'This recipient cannot take the message, usually because the mailbox is over its quota or has a lower size limit.'),
    ('552', 2, 'tr', 'Bu alıcı iletiyi alamaz; genellikle posta kutusu kotasını aşmıştır ya da daha düşük bir boyut sınırı vardır.'),
    ('552', 3, 'en', 'After the message data, the message is refused as too large for the system or for a mailbox.'),
    ('552', 3, 'tr', 'İleti verisi alındıktan sonra ileti, sistem ya da posta kutusu için fazla büyük olduğu gerekçesiyle reddedilir.'),
    ('552', 4, 'en', 'The size declared with SIZE= in MAIL FROM is over the server''s fixed maximum message size; the client should give up and return the message to its sender.'),
    ('552', 4, 'tr', 'MAIL FROM komutunda SIZE= ile bildirilen boyut, sunucunun sabit en büyük ileti boyutunu aşar; istemci denemeyi bırakıp iletiyi gönderene geri döndürmelidir.'),
    ('552', 5, 'en', 'In reply to RCPT: this recipient will not accept a message of the declared size, and the client may not requeue it for that recipient.'),
    ('552', 5, 'tr', 'RCPT komutuna yanıt olarak: bu alıcı bildirilen boyuttaki bir iletiyi kabul etmez ve istemci iletiyi bu alıcı için yeniden kuyruğa alamaz.'),
    ('552', 6, 'en', 'After DATA: the message actually transferred is larger than the size declared in MAIL FROM, and the server refuses it.'),
    ('552', 6, 'tr', 'DATA sonrasında: gerçekte aktarılan ileti, MAIL FROM komutunda bildirilen boyuttan büyüktür ve sunucu onu reddeder.'),
    ('552', 7, 'en', 'Legacy RFC 821 use for "too many recipients"; RFC 5321 says the correct code is 452 and clients should treat this 552 as temporary.'),
    ('552', 7, 'tr', 'RFC 821 döneminden kalma "çok fazla alıcı" kullanımı; RFC 5321 doğru kodun 452 olduğunu ve istemcilerin bu 552 yanıtını geçici saymasını söyler.');

INSERT INTO related_codes (code, related, position) VALUES
    ('552', 'X.3.4', 1),
    ('552', 'X.2.2', 2),
    ('552', '452', 3),
    ('552', 'X.2.3', 4),
    ('552', '554', 5);

-- 553 -----------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('553', 'en', 'title',
     'Mailbox Name Not Allowed'),
    ('553', 'en', 'description',
     'RFC 5321 defines 553 as "Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)". The server refuses an address because of the address itself: it is malformed, written in a form the server does not accept, or one the client is not allowed to use. With 550, by contrast, the address is acceptable but the mailbox is unavailable.

RFC 5321 also uses 553 for VRFY when the name given matches more than one mailbox ("553 User ambiguous"), and RFC 6531 uses it, with 5.6.7, when RCPT TO carries a non-ASCII address in a session that has not asked for SMTPUTF8. It is a permanent reply.'),
    ('553', 'en', 'seen_when',
     'After MAIL FROM or RCPT TO with an address the server will not take, and after VRFY with an ambiguous name. Typical texts: "553 5.6.7 Must declare SMTPUTF8 to send unicode address" (Postfix), "553 5.7.1 <alice@example.com>: Sender address rejected: not owned by user bob" (Postfix with reject_sender_login_mismatch, when an authenticated user sends as an address that is not theirs), "553 sorry, that domain isn''t in my list of allowed rcpthosts (#5.7.1)" (qmail refusing to relay) and "553 5.1.8 ... Domain of sender address ... does not exist" (Sendmail). The enhanced code usually names the part that is wrong: 5.1.3 recipient address syntax, 5.1.7 sender address syntax, 5.1.8 sender domain.'),
    ('553', 'en', 'how_to_fix',
     'Sender: look at which address the server quotes. For a syntax problem, remove spaces, stray quotes, a display name or a trailing dot, and make sure the address is written inside angle brackets, as in MAIL FROM:<user@example.com>. For "not owned by user" and similar texts, send from the address your login is entitled to use, or ask the provider to add the extra address or alias to your account. For 5.6.7 the receiving side cannot take an internationalized address: use an ASCII address for that recipient, or check that your client sends the SMTPUTF8 parameter when the server advertises it. For relay refusals, send through your own provider''s authenticated submission server (port 587) instead of the recipient''s server.

Administrator: check the sender login maps (Postfix smtpd_sender_login_maps), the list of relayed domains (qmail rcpthosts, Postfix relay_domains and mynetworks), and, if internationalized addresses are expected, whether SMTPUTF8 support is switched on (Postfix smtputf8_enable).'),
    ('553', 'en', 'retry',
     'Do not retry with the same address. Correct the address, send from an identity you are allowed to use, or pick an ASCII address when SMTPUTF8 is the problem, and then send again; the corrected command can be issued in the same session.'),
    ('553', 'en', 'note',
     'Relay refusals are expected to come as 550 5.7.1, but some older software (qmail most visibly) sends 553 for them, so a 553 is not always a malformed address; read the text. The IANA registry lists X.1.3 (bad destination mailbox address syntax) with 501 rather than 553, yet 553 5.1.3 is common in practice.'),
    ('553', 'tr', 'title',
     'Posta kutusu adına izin verilmiyor'),
    ('553', 'tr', 'description',
     'RFC 5321, 553 kodunu "Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)" (istenen işlem yapılmadı: posta kutusu adına izin verilmiyor, örneğin söz dizimi hatalı) olarak tanımlar. Sunucu adresi, adresin kendisi yüzünden reddeder: adres hatalı yazılmıştır, sunucunun kabul etmediği bir biçimdedir ya da istemcinin kullanmasına izin verilmeyen bir adrestir. 550 yanıtında ise adres kabul edilebilir durumdadır ama posta kutusu kullanılamaz.

RFC 5321, VRFY komutuna verilen ad birden fazla posta kutusuyla eşleştiğinde de 553 kullanır ("553 User ambiguous"). RFC 6531 ise SMTPUTF8 istenmemiş bir oturumda RCPT TO komutu ASCII dışı bir adres taşıdığında bu kodu 5.6.7 ile birlikte kullanır. Yanıt kalıcı hata sınıfındadır.'),
    ('553', 'tr', 'seen_when',
     'Sunucunun kabul etmediği bir adres içeren MAIL FROM ya da RCPT TO komutundan sonra ve birden çok posta kutusuyla eşleşen bir ad verilmiş VRFY komutundan sonra görülür. Sık rastlanan metinler: "553 5.6.7 Must declare SMTPUTF8 to send unicode address" (Postfix), "553 5.7.1 <alice@example.com>: Sender address rejected: not owned by user bob" (Postfix''te reject_sender_login_mismatch etkinken, kimliği doğrulanmış bir kullanıcı kendisine ait olmayan bir adresle gönderdiğinde), "553 sorry, that domain isn''t in my list of allowed rcpthosts (#5.7.1)" (aktarmayı reddeden qmail) ve "553 5.1.8 ... Domain of sender address ... does not exist" (Sendmail). Genişletilmiş durum kodu genellikle hatalı kısmı gösterir: 5.1.3 alıcı adresinin söz dizimi, 5.1.7 gönderen adresinin söz dizimi, 5.1.8 gönderenin alan adı.'),
    ('553', 'tr', 'how_to_fix',
     'Gönderen tarafı: sunucunun hangi adresi alıntıladığına bakın. Söz dizimi sorununda boşlukları, fazladan tırnakları, görünen adı ya da sondaki noktayı kaldırın ve adresin MAIL FROM:<user@example.com> örneğindeki gibi açılı ayraç içinde yazıldığından emin olun. "not owned by user" ve benzeri metinlerde, oturum açtığınız hesabın kullanmaya yetkili olduğu adresten gönderin ya da sağlayıcınızdan ek adresi veya takma adı hesabınıza tanımlamasını isteyin. 5.6.7 kodunda karşı taraf uluslararası bir adresi alamıyordur: o alıcı için ASCII bir adres kullanın ya da sunucu SMTPUTF8 duyuruyorsa istemcinizin bu parametreyi gönderdiğini denetleyin. Aktarma retlerinde iletiyi alıcının sunucusu yerine kendi sağlayıcınızın kimlik doğrulamalı gönderim sunucusu (587 numaralı bağlantı noktası) üzerinden gönderin.

Yönetici: gönderen adresi ile oturum eşleme tablolarını (Postfix''te smtpd_sender_login_maps), aktarma yapılan alan adları listesini (qmail''de rcpthosts, Postfix''te relay_domains ve mynetworks) ve uluslararası adresler bekleniyorsa SMTPUTF8 desteğinin açık olup olmadığını (Postfix''te smtputf8_enable) kontrol edin.'),
    ('553', 'tr', 'retry',
     'Aynı adresle yeniden denemeyin. Adresi düzeltin, kullanma izniniz olan bir kimlikle gönderin ya da sorun SMTPUTF8 ise ASCII bir adres seçin, ardından yeniden gönderin; düzeltilmiş komut aynı oturum içinde verilebilir.'),
    ('553', 'tr', 'note',
     'Aktarma retlerinin 550 5.7.1 ile gelmesi beklenir, ama bazı eski yazılımlar (en belirgin olarak qmail) bunlar için 553 gönderir; yani 553 yanıtı her zaman hatalı yazılmış bir adres anlamına gelmez, metni okuyun. IANA kaydı X.1.3 kodunu (hatalı alıcı adresi söz dizimi) 553 ile değil 501 ile eşleştirir; yine de uygulamada 553 5.1.3 yanıtı yaygındır.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('553', 1, 'RFC 5321', '4.2.2'),
    ('553', 2, 'RFC 5321', '3.5.1'),
    ('553', 3, 'RFC 5321', '4.3.2'),
    ('553', 4, 'RFC 5321', '4.2.3'),
    ('553', 5, 'RFC 6531', '3.5');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('553', 1, 'RCPT', 'RFC 5321', '4.3.2'),
    ('553', 2, 'MAIL', 'RFC 5321', '4.3.2'),
    ('553', 3, 'VRFY', 'RFC 5321', '3.5.1'),
    ('553', 4, 'SMTPUTF8', 'RFC 6531', '3.5');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('553', 1, 'en', 'The recipient address is refused because of its form, usually a syntax error, or because the server does not accept that name.'),
    ('553', 1, 'tr', 'Alıcı adresi biçimi nedeniyle, genellikle bir söz dizimi hatası yüzünden ya da sunucu o adı kabul etmediği için reddedilir.'),
    ('553', 2, 'en', 'The sender address is malformed, has a domain that does not exist, or is one the authenticated user may not send as.'),
    ('553', 2, 'tr', 'Gönderen adresi hatalı yazılmıştır, var olmayan bir alan adı içerir ya da kimliği doğrulanmış kullanıcının adına gönderemeyeceği bir adrestir.'),
    ('553', 3, 'en', 'The name matches more than one mailbox ("553 User ambiguous"); the server may list the possibilities in a multi-line 553 reply.'),
    ('553', 3, 'tr', 'Verilen ad birden fazla posta kutusuyla eşleşir ("553 User ambiguous"); sunucu olasılıkları çok satırlı bir 553 yanıtında sıralayabilir.'),
    ('553', 4, 'en', 'RCPT TO carries a non-ASCII address that the server cannot accept in this session; sent with 5.6.7.'),
    ('553', 4, 'tr', 'RCPT TO komutu, sunucunun bu oturumda kabul edemeyeceği ASCII dışı bir adres içerir; 5.6.7 koduyla birlikte gönderilir.');

INSERT INTO related_codes (code, related, position) VALUES
    ('553', 'X.1.3', 1),
    ('553', 'X.6.7', 2),
    ('553', 'X.1.4', 3),
    ('553', '550', 4),
    ('553', '501', 5);

-- 554 -----------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('554', 'en', 'title',
     'Transaction Failed'),
    ('554', 'en', 'description',
     'RFC 5321 defines 554 as "Transaction failed", with a second meaning when it is the first thing the server says: "No SMTP service here". Either way it is a permanent failure that covers the whole transaction or session, not a single address.

As the opening reply, sent instead of 220, it tells the client that this server will not take mail from it; RFC 5321 still requires the server to wait for QUIT and to answer any other command with 503. After the final dot of DATA it means that the message as a whole was refused, typically by a content or spam filter, and a server may also answer the DATA command itself with 554 when no recipient was accepted. Extensions reuse the code: RFC 3207 for a TLS session the server judges not secure enough ("554 Command refused due to lack of security"), RFC 6531 when a message with UTF-8 headers cannot be passed on to some recipients (with 5.6.9), and RFC 4468 for BURL failures (with 5.7.14 or 5.6.6).'),
    ('554', 'en', 'seen_when',
     'At connection time instead of the 220 greeting, typically when the connecting IP is on a blocklist or the host accepts no mail at all; after DATA or its final dot, when filters reject the content; and in reply to DATA when every RCPT was refused ("554 5.5.1 Error: no valid recipients", Postfix). Although RFC 5321 does not list it for RCPT, Postfix uses 554 as its default reject code for recipient restrictions: "554 5.7.1 <user@example.org>: Relay access denied" and "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org". Content filters produce texts such as "554 5.7.1 Spam message rejected" (Rspamd) or name the virus they found. Outlook.com sends 554 with 5.2.121 and 5.2.122 when hourly per-sender or per-recipient message limits are exceeded.'),
    ('554', 'en', 'how_to_fix',
     'Sender: first note when the 554 came. At connection time, your IP address or network is refused: check it on the major blocklists (Spamhaus ZEN, Barracuda, SpamCop), fix the cause (a compromised account, an open relay, a missing PTR record, a residential IP sending directly) and request removal; on a dynamic or residential address, send through your provider''s relay instead of delivering directly. After DATA, the content was refused: look for the filter''s reason in the text, remove links to listed domains, URL shorteners and risky attachments, and make sure SPF, DKIM and DMARC pass. With "no valid recipients", fix the RCPT errors reported just before it. With "Relay access denied", authenticate to your provider''s server on port 587 (or 465), or check that the recipient domain is really hosted on the server you are talking to.

Administrator: the mail log shows which restriction or filter produced the reply (Postfix smtpd_*_restrictions and postscreen, the milter''s or content filter''s own log, Exchange protocol logs). For a host that never accepts mail, RFC 7504 recommends 521 rather than a 554 greeting. After a 554 greeting, keep the session open until QUIT and answer other commands with 503, as RFC 5321 requires.'),
    ('554', 'en', 'retry',
     'Do not retry unchanged. A 554 greeting will be repeated on every connection until the listing or the policy changes, and hammering the server only damages your sender reputation further. After a content rejection, change the content or fix SPF, DKIM and DMARC before sending again. After a 554 for lack of TLS security, reconnect only with a stronger TLS configuration. The one case for resending straight away is a 554 to DATA caused by refused recipients: correct the recipients and start a new transaction.'),
    ('554', 'en', 'note',
     'RFC 6531 section 3.5 pairs 554 with 5.6.9 for a message with UTF-8 headers that cannot be delivered to some recipients, but the IANA enhanced status code registry lists X.6.9 with 550. Both combinations appear in software; handle them the same way.

RFC 7504 later introduced 521 for hosts that never accept mail and prefers it to a 554 greeting in that case; a 554 at connection time is still correct for a server that refuses this particular client. Postfix uses 554 as its default code for RCPT restrictions (reject_code), although RFC 5321 does not list 554 among the replies to RCPT; clients treat it as a permanent failure either way.'),
    ('554', 'tr', 'title',
     'İşlem başarısız'),
    ('554', 'tr', 'description',
     'RFC 5321, 554 kodunu "Transaction failed" (işlem başarısız) olarak tanımlar; sunucunun ilk yanıtı olduğunda ise ikinci bir anlamı vardır: "No SMTP service here" (burada SMTP hizmeti yok). Her iki durumda da tek bir adresi değil bütün işlemi ya da oturumu kapsayan bir kalıcı hatadır.

Bağlantı açılışında 220 yerine gönderildiğinde, bu sunucunun bu istemciden posta almayacağını bildirir; RFC 5321 yine de sunucunun QUIT komutunu beklemesini ve araya giren her komuta 503 yanıtı vermesini ister. DATA aşamasını bitiren son noktadan sonra geldiğinde ileti bir bütün olarak, çoğunlukla bir içerik ya da istenmeyen ileti (spam) süzgeci tarafından reddedilmiştir; hiçbir alıcı kabul edilmemişse sunucu DATA komutunun kendisine de 554 yanıtı verebilir. SMTP uzantıları da bu kodu kullanır: RFC 3207, sunucunun yeterince güvenli bulmadığı bir TLS oturumu için ("554 Command refused due to lack of security"), RFC 6531, UTF-8 başlıklı bir ileti bazı alıcılara aktarılamadığında (5.6.9 ile), RFC 4468 de BURL hataları için (5.7.14 ya da 5.6.6 ile).'),
    ('554', 'tr', 'seen_when',
     'Bağlantı anında 220 karşılaması yerine, genellikle bağlanan IP adresi bir kara listede (DNSBL) olduğunda ya da makine hiç posta kabul etmediğinde; DATA komutundan ya da iletiyi bitiren son noktadan sonra, süzgeçler içeriği reddettiğinde; bütün RCPT komutları reddedilmişse DATA komutuna yanıt olarak ("554 5.5.1 Error: no valid recipients", Postfix) görülür. RFC 5321 bu kodu RCPT için saymasa da Postfix, alıcı kısıtlamalarında varsayılan ret kodu olarak 554 kullanır: "554 5.7.1 <user@example.org>: Relay access denied" ve "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org". İçerik süzgeçleri "554 5.7.1 Spam message rejected" (Rspamd) gibi metinler üretir ya da buldukları virüsün adını verir. Outlook.com, gönderen ya da alıcı başına saatlik ileti sınırları aşıldığında 554 yanıtını 5.2.121 ve 5.2.122 kodlarıyla gönderir.'),
    ('554', 'tr', 'how_to_fix',
     'Gönderen tarafı: önce 554 yanıtının ne zaman geldiğine bakın. Bağlantı anında geldiyse IP adresiniz ya da ağınız reddediliyordur: adresinizi başlıca kara listelerde (Spamhaus ZEN, Barracuda, SpamCop) sorgulayın, nedeni giderin (ele geçirilmiş bir hesap, açık aktarıcı, eksik PTR kaydı, doğrudan gönderim yapan ev tipi bir IP adresi) ve listeden çıkarılma isteyin; dinamik ya da ev tipi bir adresteyseniz postayı doğrudan teslim etmek yerine sağlayıcınızın aktarma sunucusu üzerinden gönderin. DATA sonrasında geldiyse içerik reddedilmiştir: metindeki süzgeç gerekçesini bulun, listelenmiş alan adlarına giden bağlantıları, adres kısaltıcıları ve riskli ekleri kaldırın, SPF, DKIM ve DMARC denetimlerinin geçtiğinden emin olun. "no valid recipients" metninde hemen öncesinde bildirilen RCPT hatalarını düzeltin. "Relay access denied" metninde sağlayıcınızın sunucusuna 587 (ya da 465) numaralı bağlantı noktasından kimlik doğrulamayla bağlanın veya alıcı alan adının gerçekten konuştuğunuz sunucuda barındırıldığını denetleyin.

Yönetici: yanıtı hangi kısıtlamanın ya da süzgecin ürettiği posta günlüğünde görünür (Postfix''te smtpd_*_restrictions ve postscreen, milter ya da içerik süzgecinin kendi günlüğü, Exchange protokol günlükleri). Hiç posta kabul etmeyen bir makine için RFC 7504, 554 karşılaması yerine 521 kullanılmasını önerir. 554 karşılamasından sonra, RFC 5321 belgesinin istediği gibi oturumu QUIT gelene kadar açık tutun ve diğer komutlara 503 yanıtı verin.'),
    ('554', 'tr', 'retry',
     'Değiştirmeden yeniden denemeyin. 554 karşılaması, kara liste kaydı ya da politika değişene kadar her bağlantıda tekrarlanır; sunucuyu art arda denemek yalnızca gönderici itibarınızı daha da düşürür. İçerik retlerinden sonra yeniden göndermeden önce içeriği değiştirin ya da SPF, DKIM ve DMARC ayarlarını düzeltin. TLS güvenliği yetersiz bulunduğu için gelen bir 554 yanıtından sonra ancak daha güçlü bir TLS yapılandırmasıyla yeniden bağlanın. Hemen yeniden göndermenin doğru olduğu tek durum, reddedilen alıcılar yüzünden DATA komutuna gelen 554 yanıtıdır: alıcıları düzeltip yeni bir işlem başlatın.'),
    ('554', 'tr', 'note',
     'RFC 6531 belgesinin 3.5 bölümü, bazı alıcılara teslim edilemeyen UTF-8 başlıklı bir ileti için 554 yanıtını 5.6.9 koduyla eşleştirir; IANA genişletilmiş durum kodu kaydı ise X.6.9 kodunu 550 ile listeler. Yazılımlarda iki eşleşme de görülür; ikisini aynı biçimde ele alın.

RFC 7504 daha sonra hiç posta kabul etmeyen makineler için 521 kodunu getirmiş ve bu durumda 554 karşılaması yerine onu önermiştir; belirli bir istemciyi reddeden bir sunucu için bağlantı anında 554 yanıtı hâlâ doğrudur. RFC 5321, RCPT komutunun yanıtları arasında 554 kodunu saymaz; Postfix ise alıcı kısıtlamalarında varsayılan olarak 554 kullanır (reject_code). İstemciler bunu her durumda kalıcı hata olarak işler.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('554', 1, 'RFC 5321', '4.2.2'),
    ('554', 2, 'RFC 5321', '3.1'),
    ('554', 3, 'RFC 5321', '3.3'),
    ('554', 4, 'RFC 5321', '4.3.2'),
    ('554', 5, 'RFC 5321', '4.2.3'),
    ('554', 6, 'RFC 3207', '4.1'),
    ('554', 7, 'RFC 6531', '3.5'),
    ('554', 8, 'RFC 4468', '5'),
    ('554', 9, 'RFC 4468', '6');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('554', 1, 'greeting', 'RFC 5321', '3.1'),
    ('554', 2, 'DATA', 'RFC 5321', '4.3.2'),
    ('554', 3, 'DATA', 'RFC 5321', '3.3'),
    ('554', 4, 'STARTTLS', 'RFC 3207', '4.1'),
    ('554', 5, 'SMTPUTF8', 'RFC 6531', '3.5'),
    ('554', 6, 'BURL', 'RFC 4468', '5'),
    ('554', 7, 'BURL', 'RFC 4468', '5');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('554', 1, 'en', 'Sent instead of 220 when the connection opens ("No SMTP service here"): the server refuses this session, but must wait for QUIT and answer other commands with 503.'),
    ('554', 1, 'tr', 'Bağlantı açıldığında 220 yerine gönderilir ("No SMTP service here"): sunucu bu oturumu reddeder, ama QUIT komutunu beklemek ve diğer komutlara 503 yanıtı vermek zorundadır.'),
    ('554', 2, 'en', 'After the final dot the whole transaction fails, typically because a content, spam or malware filter rejected the message.'),
    ('554', 2, 'tr', 'Son noktadan sonra bütün işlem başarısız olur; genellikle bir içerik, istenmeyen ileti (spam) ya da zararlı yazılım süzgeci iletiyi reddetmiştir.'),
    ('554', 3, 'en', 'In reply to DATA when there was no MAIL or RCPT, or every RCPT was rejected: "no valid recipients" (503 is the alternative reply).'),
    ('554', 3, 'tr', 'MAIL ya da RCPT komutu hiç verilmemişse veya bütün RCPT komutları reddedilmişse DATA komutuna verilir: "no valid recipients" (diğer seçenek 503 yanıtıdır).'),
    ('554', 4, 'en', 'After the TLS negotiation the server finds the level of security too low and answers every command except QUIT with "554 Command refused due to lack of security".'),
    ('554', 4, 'tr', 'TLS anlaşmasından sonra sunucu güvenlik düzeyini yetersiz bulur ve QUIT dışındaki her komuta "554 Command refused due to lack of security" yanıtını verir.'),
    ('554', 5, 'en', 'After the final dot, a message with UTF-8 headers cannot be passed on to one or more recipients and is refused; sent with 5.6.9.'),
    ('554', 5, 'tr', 'Son noktadan sonra, UTF-8 başlıklar içeren ileti bir ya da daha fazla alıcıya aktarılamadığı için reddedilir; 5.6.9 koduyla birlikte gönderilir.'),
    ('554', 6, 'en', 'The submission server has no trust relationship with the server named in the BURL URL ("URL resolution requires trust relationship"); sent with 5.7.14, 5.7.8 before the errata.'),
    ('554', 6, 'tr', 'Gönderim sunucusunun BURL adresinde adı geçen sunucuyla bir güven ilişkisi yoktur ("URL resolution requires trust relationship"); 5.7.14 koduyla, düzeltmelerden önce ise 5.7.8 koduyla gönderilir.'),
    ('554', 7, 'en', 'The IMAP URL given to BURL could not be resolved, so the message content could not be fetched ("IMAP URL resolution failed"); sent with 5.6.6.'),
    ('554', 7, 'tr', 'BURL komutuna verilen IMAP adresi çözümlenemediği için ileti içeriği alınamamıştır ("IMAP URL resolution failed"); 5.6.6 koduyla birlikte gönderilir.');

INSERT INTO related_codes (code, related, position) VALUES
    ('554', '521', 1),
    ('554', '550', 2),
    ('554', '503', 3),
    ('554', 'X.7.1', 4),
    ('554', 'X.6.9', 5);

-- 555 -----------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('555', 'en', 'title',
     'MAIL FROM/RCPT TO Parameters Not Recognized'),
    ('555', 'en', 'description',
     'RFC 5321 defines 555 as "MAIL FROM/RCPT TO parameters not recognized or not implemented". Section 4.1.1.11 says a server returns it when it does not recognize, or cannot implement, one or more of the ESMTP parameters written after the address in MAIL FROM or RCPT TO: SIZE=, BODY=8BITMIME, SMTPUTF8, or the DSN parameters RET=, ENVID=, NOTIFY= and ORCPT=, for example.

It is the permanent counterpart of 455 ("Server unable to accommodate parameters"): 555 says the server will not take these parameters at all, 455 that it cannot take them at the moment. Only the command is refused; the session continues.'),
    ('555', 'en', 'seen_when',
     'In reply to MAIL FROM or RCPT TO carrying a parameter the server did not advertise in its EHLO reply: for example a client sending SMTPUTF8 or NOTIFY= to a server without SMTPUTF8 or DSN support, or using any parameter after opening the session with HELO instead of EHLO. Typical texts: "555 5.5.4 Unsupported option: XYZ=1" (Postfix) and "555 5.5.2 Syntax error" (Gmail, often when the MAIL FROM address is written without angle brackets).'),
    ('555', 'en', 'how_to_fix',
     'Sender: compare the parameters your software adds to MAIL FROM and RCPT TO with the keywords in the server''s EHLO reply, and use only the ones advertised. In practice this is a client or library setting: switch off DSN requests, SMTPUTF8 or 8BITMIME when the server does not offer them, and make sure the client sends EHLO, not HELO, if it uses any parameter at all. If the reply is Gmail''s 555 5.5.2, check that the command is written exactly as MAIL FROM:<user@example.com>, with angle brackets and nothing else on the line.

Administrator: if legitimate clients need the parameter, enable the matching SMTP extension (DSN or SMTPUTF8 support, for example) so that it is advertised and accepted. A proxy or filter in front of the server that strips EHLO keywords but lets the parameters through can also cause this error.'),
    ('555', 'en', 'retry',
     'Do not repeat the same command. Reissue MAIL FROM or RCPT TO without the parameter the server rejected; that can be done at once, in the same session. A mail server relaying a message should not send parameters the next hop did not advertise in the first place.'),
    ('555', 'en', 'note',
     'Gmail answers malformed MAIL FROM and RCPT TO commands, such as an address without angle brackets, with "555 5.5.2 Syntax error". RFC 5321 would use 501 for a syntax error in arguments; the 555 is Gmail''s own choice, and the fix is to correct the command syntax, not to remove parameters.'),
    ('555', 'tr', 'title',
     'MAIL FROM/RCPT TO parametreleri tanınmıyor'),
    ('555', 'tr', 'description',
     'RFC 5321, 555 kodunu "MAIL FROM/RCPT TO parameters not recognized or not implemented" (MAIL FROM/RCPT TO parametreleri tanınmıyor ya da desteklenmiyor) olarak tanımlar. 4.1.1.11 bölümüne göre sunucu, MAIL FROM ya da RCPT TO komutunda adresten sonra yazılan ESMTP parametrelerinden birini veya birkaçını tanımadığında ya da uygulayamadığında bu yanıtı verir; SIZE=, BODY=8BITMIME, SMTPUTF8 ya da DSN parametreleri RET=, ENVID=, NOTIFY= ve ORCPT= bunlara örnektir.

455 yanıtının ("Server unable to accommodate parameters") kalıcı karşılığıdır: 555 sunucunun bu parametreleri hiç kabul etmeyeceğini, 455 ise şu anda kabul edemediğini söyler. Yalnızca komut reddedilir; oturum sürer.'),
    ('555', 'tr', 'seen_when',
     'Sunucunun EHLO yanıtında duyurmadığı bir parametre taşıyan MAIL FROM ya da RCPT TO komutuna yanıt olarak görülür: örneğin istemci SMTPUTF8 ya da DSN desteği olmayan bir sunucuya SMTPUTF8 veya NOTIFY= parametresi gönderdiğinde ya da oturumu EHLO yerine HELO ile açtıktan sonra herhangi bir parametre kullandığında. Sık rastlanan metinler: "555 5.5.4 Unsupported option: XYZ=1" (Postfix) ve "555 5.5.2 Syntax error" (Gmail; çoğunlukla MAIL FROM adresi açılı ayraç olmadan yazıldığında).'),
    ('555', 'tr', 'how_to_fix',
     'Gönderen tarafı: yazılımınızın MAIL FROM ve RCPT TO komutlarına eklediği parametreleri sunucunun EHLO yanıtındaki anahtar sözcüklerle karşılaştırın ve yalnızca duyurulanları kullanın. Uygulamada bu bir istemci ya da kütüphane ayarıdır: sunucu sunmuyorsa DSN isteklerini, SMTPUTF8 ya da 8BITMIME kullanımını kapatın ve herhangi bir parametre kullanılıyorsa istemcinin HELO değil EHLO gönderdiğinden emin olun. Yanıt Gmail''in 555 5.5.2 yanıtıysa komutun tam olarak MAIL FROM:<user@example.com> biçiminde, açılı ayraçla ve satırda başka hiçbir şey olmadan yazıldığını denetleyin.

Yönetici: meşru istemcilerin bu parametreye ihtiyacı varsa ilgili SMTP uzantısını (örneğin DSN ya da SMTPUTF8 desteğini) etkinleştirin ki duyurulsun ve kabul edilsin. Sunucunun önünde EHLO anahtar sözcüklerini ayıklayıp parametreleri geçiren bir vekil sunucu ya da süzgeç de bu hataya yol açabilir.'),
    ('555', 'tr', 'retry',
     'Aynı komutu tekrarlamayın. MAIL FROM ya da RCPT TO komutunu sunucunun reddettiği parametre olmadan yeniden verin; bu, aynı oturum içinde hemen yapılabilir. İletiyi aktaran bir posta sunucusu, bir sonraki sunucunun duyurmadığı parametreleri baştan hiç göndermemelidir.'),
    ('555', 'tr', 'note',
     'Gmail, hatalı yazılmış MAIL FROM ve RCPT TO komutlarına, örneğin açılı ayraç içermeyen bir adrese, "555 5.5.2 Syntax error" yanıtı verir. RFC 5321 argümanlardaki söz dizimi hataları için 501 kodunu kullanır; buradaki 555 Gmail''in kendi tercihidir ve çözüm parametreleri kaldırmak değil, komutun söz dizimini düzeltmektir.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('555', 1, 'RFC 5321', '4.1.1.11'),
    ('555', 2, 'RFC 5321', '4.2.2'),
    ('555', 3, 'RFC 5321', '4.3.2'),
    ('555', 4, 'RFC 5321', '4.2.3');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('555', 1, 'MAIL', 'RFC 5321', '4.1.1.11'),
    ('555', 2, 'RCPT', 'RFC 5321', '4.1.1.11');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('555', 1, 'en', 'One or more ESMTP parameters after the MAIL FROM address are not recognized or not implemented by the server.'),
    ('555', 1, 'tr', 'MAIL FROM adresinden sonra gelen ESMTP parametrelerinden biri ya da birkaçı sunucu tarafından tanınmaz veya desteklenmez.'),
    ('555', 2, 'en', 'One or more ESMTP parameters after the RCPT TO address (for example NOTIFY= or ORCPT= on a server without DSN support) are not recognized or not implemented.'),
    ('555', 2, 'tr', 'RCPT TO adresinden sonra gelen ESMTP parametrelerinden biri ya da birkaçı (örneğin DSN desteği olmayan bir sunucuda NOTIFY= ya da ORCPT=) tanınmaz veya desteklenmez.');

INSERT INTO related_codes (code, related, position) VALUES
    ('555', '455', 1),
    ('555', '501', 2),
    ('555', 'X.5.4', 3),
    ('555', '504', 4);

-- 530 -----------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('530', 'en', 'title',
     'Authentication Required'),
    ('530', 'en', 'description',
     '530 has no meaning in RFC 5321 itself. It comes from SMTP extensions, which all use it for the same idea: the server will not carry out this command until the client has completed a step first. RFC 4954 (AUTH) defines "530 5.7.0 Authentication required": server policy requires authentication for the requested action and the client has not authenticated. RFC 3207 (STARTTLS) lets a server that is not publicly referenced demand TLS first with "530 Must issue a STARTTLS command first". RFC 2645 (On-Demand Mail Relay) uses 530 to refuse ATRN from a client that has not authenticated.

The reply is permanent only in the sense that the same command will fail again. The client can put things right within the same session by running STARTTLS or AUTH and then repeating the command.'),
    ('530', 'en', 'seen_when',
     'Usually in reply to MAIL FROM, sometimes to RCPT TO or another command, on a submission server (port 587) or a relay that requires login or TLS. Typical texts: "530 5.7.0 Must issue a STARTTLS command first" (Postfix with smtpd_tls_security_level = encrypt, and Gmail''s smtp.gmail.com), "530-5.7.0 Authentication Required" (Gmail), "530 5.7.57 Client not authenticated to send mail" (smtp.office365.com receiving MAIL FROM before AUTH), and Exim''s 530 with the text "ATRN is not permitted without authentication". It typically hits applications and devices that have the server name set but not "use authentication" or "use STARTTLS".'),
    ('530', 'en', 'how_to_fix',
     'Sender: in the settings of the mail client, device or application, switch on SMTP authentication with your full mailbox address and password (or an app password), and choose the encryption that matches the port: STARTTLS on port 587, implicit TLS (often labelled SSL/TLS) on port 465. If the text mentions STARTTLS, the connection is still unencrypted; enable STARTTLS or move to port 465. Scanners, printers and scripts that send mail often fail here because they default to port 25 without a login.

Administrator: on a submission port this is usually intended. Check that AUTH really appears in the EHLO reply after STARTTLS (Postfix smtpd_sasl_auth_enable and smtpd_tls_auth_only, and a running SASL backend such as Dovecot). Make sure your MX on port 25 does not demand STARTTLS or AUTH for incoming mail: RFC 3207 forbids a publicly referenced server to require TLS for delivery to its local mailboxes.'),
    ('530', 'en', 'retry',
     'Retry in the same session once the missing step is done: after STARTTLS succeeds (send EHLO again), or after AUTH has returned 235, repeat the command that was refused. Sending the same command again without authenticating or starting encryption will only produce another 530.'),
    ('530', 'en', 'note',
     'Old code lists describe 530 as a Sendmail-specific "access denied" reply. The standards say otherwise: 530 is defined by RFC 4954 (authentication required) and reused by RFC 3207 (STARTTLS required) and RFC 2645 (ATRN without authentication). RFC 3207 gives no enhanced code for its 530, but servers normally send 5.7.0 with it. The same number is also common in FTP ("530 Not logged in"), which adds to the confusion.'),
    ('530', 'tr', 'title',
     'Kimlik doğrulama gerekli'),
    ('530', 'tr', 'description',
     '530 kodunun RFC 5321 içinde bir anlamı yoktur. Kod SMTP uzantılarından gelir ve hepsinde aynı fikri taşır: istemci önce belirli bir adımı tamamlamadıkça sunucu bu komutu yerine getirmeyecektir. RFC 4954 (AUTH), "530 5.7.0 Authentication required" yanıtını tanımlar: sunucu politikası istenen işlem için kimlik doğrulama gerektirir ve istemci kimliğini doğrulamamıştır. RFC 3207 (STARTTLS), herkese açık olarak adresi duyurulmayan bir sunucunun önce TLS istemesine "530 Must issue a STARTTLS command first" yanıtıyla izin verir. RFC 2645 (ODMR, isteğe bağlı posta aktarımı) ise kimliğini doğrulamamış bir istemcinin ATRN komutunu 530 ile reddeder.

Yanıt yalnızca aynı komutun yine başarısız olacağı anlamında kalıcıdır. İstemci aynı oturum içinde STARTTLS ya da AUTH komutunu çalıştırıp ardından komutu tekrarlayarak durumu düzeltebilir.'),
    ('530', 'tr', 'seen_when',
     'Çoğunlukla MAIL FROM komutuna, bazen RCPT TO ya da başka bir komuta yanıt olarak, oturum açma veya TLS isteyen bir gönderim sunucusunda (587 numaralı bağlantı noktası) ya da aktarma sunucusunda görülür. Sık rastlanan metinler: "530 5.7.0 Must issue a STARTTLS command first" (smtpd_tls_security_level = encrypt ayarlı Postfix ve Gmail''in smtp.gmail.com sunucusu), "530-5.7.0 Authentication Required" (Gmail), "530 5.7.57 Client not authenticated to send mail" (smtp.office365.com, AUTH öncesinde MAIL FROM aldığında) ve Exim''in "ATRN is not permitted without authentication" metinli 530 yanıtı. Sunucu adı girilmiş ama "kimlik doğrulama kullan" ya da "STARTTLS kullan" seçeneği açılmamış uygulama ve cihazlarda sık görülür.'),
    ('530', 'tr', 'how_to_fix',
     'Gönderen tarafı: e-posta istemcisinin, cihazın ya da uygulamanın ayarlarında SMTP kimlik doğrulamasını açın; kullanıcı adı olarak tam posta adresinizi ve parolanızı (ya da bir uygulama parolasını) girin ve bağlantı noktasına uygun şifrelemeyi seçin: 587 numaralı bağlantı noktasında STARTTLS, 465 numaralı bağlantı noktasında doğrudan TLS (çoğu zaman SSL/TLS diye adlandırılır). Metin STARTTLS komutundan söz ediyorsa bağlantı hâlâ şifresizdir; STARTTLS seçeneğini açın ya da 465 numaralı bağlantı noktasına geçin. Posta gönderen tarayıcı (scanner) ve yazıcı gibi cihazlar ile betikler, varsayılan olarak kimlik doğrulamasız biçimde 25 numaralı bağlantı noktasını kullandıkları için sık sık bu hatayı alır.

Yönetici: gönderim bağlantı noktasında bu çoğunlukla istenen davranıştır. STARTTLS sonrasındaki EHLO yanıtında AUTH satırının gerçekten yer aldığını denetleyin (Postfix''te smtpd_sasl_auth_enable ve smtpd_tls_auth_only ayarları ile Dovecot gibi bir SASL arka ucunun çalışıyor olması). 25 numaralı bağlantı noktasındaki MX sunucunuzun gelen posta için STARTTLS ya da AUTH istemediğinden emin olun: RFC 3207, adresi herkese açık olarak duyurulan bir sunucunun kendi posta kutularına teslim için TLS şartı koymasını yasaklar.'),
    ('530', 'tr', 'retry',
     'Eksik adım tamamlandıktan sonra aynı oturum içinde yeniden deneyin: STARTTLS başarılı olduktan sonra (EHLO komutunu yeniden gönderin) ya da AUTH komutu 235 yanıtı aldıktan sonra reddedilen komutu tekrarlayın. Kimlik doğrulamadan veya şifrelemeyi başlatmadan aynı komutu yeniden göndermek yalnızca yeni bir 530 yanıtı getirir.'),
    ('530', 'tr', 'note',
     'Eski kod listeleri 530 kodunu Sendmail''e özgü bir "erişim reddedildi" yanıtı olarak anlatır. Standartlar başka bir şey söyler: 530 kodu RFC 4954 tarafından (kimlik doğrulama gerekli) tanımlanmış, RFC 3207 (önce STARTTLS gerekli) ve RFC 2645 (kimlik doğrulamasız ATRN) tarafından yeniden kullanılmıştır. RFC 3207 bu yanıt için bir genişletilmiş durum kodu vermez, ancak sunucular yanında genellikle 5.7.0 gönderir. Aynı sayının FTP protokolünde de yaygın olması ("530 Not logged in") karışıklığı artırır.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('530', 1, 'RFC 4954', '6'),
    ('530', 2, 'RFC 3207', '4'),
    ('530', 3, 'RFC 2645', '5.2.1');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('530', 1, 'AUTH', 'RFC 4954', '6'),
    ('530', 2, 'STARTTLS', 'RFC 3207', '4'),
    ('530', 3, 'ATRN', 'RFC 2645', '5.2.1');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('530', 1, 'en', 'Server policy requires authentication for the requested action and the client has not authenticated; any command other than AUTH, EHLO, HELO, NOOP, RSET or QUIT may get it.'),
    ('530', 1, 'tr', 'Sunucu politikası istenen işlem için kimlik doğrulama ister ve istemci kimliğini doğrulamamıştır; AUTH, EHLO, HELO, NOOP, RSET ve QUIT dışındaki her komut bu yanıtı alabilir.'),
    ('530', 2, 'en', 'A server that requires TLS answers every command other than NOOP, EHLO, STARTTLS or QUIT with "530 Must issue a STARTTLS command first" until STARTTLS has succeeded.'),
    ('530', 2, 'tr', 'TLS isteyen bir sunucu, STARTTLS başarılı olana kadar NOOP, EHLO, STARTTLS ve QUIT dışındaki her komuta "530 Must issue a STARTTLS command first" yanıtını verir.'),
    ('530', 3, 'en', 'ATRN is refused because the session has not been authenticated; the client must complete AUTH before asking for its queued mail.'),
    ('530', 3, 'tr', 'Oturumda kimlik doğrulanmadığı için ATRN komutu reddedilir; istemci kuyruktaki postasını istemeden önce AUTH adımını tamamlamalıdır.');

INSERT INTO related_codes (code, related, position) VALUES
    ('530', 'X.7.0', 1),
    ('530', '535', 2),
    ('530', '454', 3),
    ('530', '538', 4);

-- 534 -----------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('534', 'en', 'title',
     'Authentication Mechanism Too Weak'),
    ('534', 'en', 'description',
     'RFC 4954 defines "534 5.7.9 Authentication mechanism is too weak" as a reply to AUTH: the SASL mechanism the client chose is weaker than server policy allows for that user. The objection is to the method, not necessarily to the password.

The RFC says the client should try again with a different, stronger mechanism: for example SCRAM-SHA-256 instead of PLAIN or LOGIN, or OAuth 2.0 (XOAUTH2 or OAUTHBEARER) instead of a password where the provider insists on it.'),
    ('534', 'en', 'seen_when',
     'Only in reply to AUTH. In its RFC sense it is uncommon, because most servers simply do not advertise mechanisms they consider too weak. Gmail is the best-known sender of 534: "534-5.7.9 Application-specific password required" when an account with 2-Step Verification is used with its normal password, and "534-5.7.14 Please log in via your web browser and then try again" when Google finds the sign-in suspicious or thinks it comes from an app it considers less secure.'),
    ('534', 'en', 'how_to_fix',
     'Sender: choose a stronger mechanism in the client if it offers a choice (the AUTH line of the server''s EHLO reply shows what is on offer), or update the client to a version that supports the mechanism the server wants. For Gmail and other providers moving away from plain passwords, create an app password or set the client up for OAuth 2.0. For the 5.7.14 variant, sign in with a web browser from the same network, complete the security check, and then try again.

Administrator: the user''s policy requires a mechanism the client is not using. Check which mechanisms are advertised (Postfix smtpd_sasl_security_options, Dovecot auth_mechanisms) and bring the list in line with the policy, so that clients are not offered a mechanism that will then be refused.'),
    ('534', 'en', 'retry',
     'Retry straight away, in the same session, with a stronger mechanism; that is exactly what RFC 4954 asks the client to do. Repeating AUTH with the same mechanism will fail again.'),
    ('534', 'en', 'note',
     'Gmail''s 534 5.7.14 reuses an enhanced code that the IANA registry defines as "Trust relationship required" (RFC 5248, a BURL matter); at Gmail it means the sign-in has to be confirmed in a browser. The basic code 534 still points in the right direction: the way or the circumstances of the login are not acceptable, not necessarily the password.'),
    ('534', 'tr', 'title',
     'SASL mekanizması çok zayıf'),
    ('534', 'tr', 'description',
     'RFC 4954, AUTH komutuna verilen "534 5.7.9 Authentication mechanism is too weak" (kimlik doğrulama mekanizması çok zayıf) yanıtını tanımlar: istemcinin seçtiği SASL mekanizması, sunucu politikasının o kullanıcı için izin verdiğinden daha zayıftır. Sorun her zaman parolada değil, seçilen yöntemdedir.

RFC, istemcinin başka ve daha güçlü bir SASL mekanizmasıyla yeniden denemesini ister: örneğin PLAIN ya da LOGIN yerine SCRAM-SHA-256 kullanmak veya sağlayıcı bunu şart koşuyorsa parola yerine OAuth 2.0 (XOAUTH2 ya da OAUTHBEARER) yöntemine geçmek.'),
    ('534', 'tr', 'seen_when',
     'Yalnızca AUTH komutuna yanıt olarak görülür. RFC''deki anlamıyla pek yaygın değildir, çünkü sunucuların çoğu zayıf saydığı mekanizmaları hiç duyurmaz. 534 yanıtını en çok gönderen Gmail''dir: 2 Adımlı Doğrulama açık bir hesap normal parolasıyla kullanıldığında "534-5.7.9 Application-specific password required", Google oturum açmayı şüpheli bulduğunda ya da daha az güvenli saydığı bir uygulamadan geldiğini düşündüğünde ise "534-5.7.14 Please log in via your web browser and then try again" yanıtını verir.'),
    ('534', 'tr', 'how_to_fix',
     'Gönderen tarafı: istemci seçenek sunuyorsa daha güçlü bir SASL mekanizması seçin (sunucunun EHLO yanıtındaki AUTH satırı hangilerinin sunulduğunu gösterir) ya da istemciyi sunucunun istediği mekanizmayı destekleyen bir sürüme güncelleyin. Gmail ve düz paroladan uzaklaşan diğer sağlayıcılarda bir uygulama parolası oluşturun ya da istemciyi OAuth 2.0 ile yapılandırın. 5.7.14 kodunda aynı ağdan bir web tarayıcısıyla oturum açın, güvenlik doğrulamasını tamamlayın ve sonra yeniden deneyin.

Yönetici: kullanıcının politikası, istemcinin kullanmadığı bir mekanizma istemektedir. Hangi mekanizmaların duyurulduğunu denetleyin (Postfix''te smtpd_sasl_security_options, Dovecot''ta auth_mechanisms) ve listeyi politikayla uyumlu hâle getirin; böylece istemcilere sonradan reddedilecek bir mekanizma sunulmaz.'),
    ('534', 'tr', 'retry',
     'Aynı oturum içinde, daha güçlü bir SASL mekanizmasıyla hemen yeniden deneyin; RFC 4954 istemciden tam olarak bunu ister. AUTH komutunu aynı mekanizmayla tekrarlamak yine başarısız olur.'),
    ('534', 'tr', 'note',
     'Gmail''in 534 5.7.14 yanıtı, IANA kaydında "Trust relationship required" (güven ilişkisi gerekli; RFC 5248, BURL ile ilgili) olarak tanımlanan bir genişletilmiş durum kodunu başka bir amaçla kullanır; Gmail''de anlamı, oturum açmanın bir tarayıcıda onaylanması gerektiğidir. Temel kod olarak 534 yine de doğru yönü gösterir: kabul edilmeyen şey parola olmaktan çok oturum açmanın yöntemi ya da koşullarıdır.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('534', 1, 'RFC 4954', '6');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('534', 1, 'AUTH', 'RFC 4954', '6');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('534', 1, 'en', 'The chosen SASL mechanism is weaker than server policy allows for this user; the client should retry with a stronger mechanism.'),
    ('534', 1, 'tr', 'Seçilen SASL mekanizması, sunucu politikasının bu kullanıcı için izin verdiğinden zayıftır; istemci daha güçlü bir mekanizmayla yeniden denemelidir.');

INSERT INTO related_codes (code, related, position) VALUES
    ('534', 'X.7.9', 1),
    ('534', '535', 2),
    ('534', '538', 3),
    ('534', '432', 4),
    ('534', '504', 5);

-- 535 -----------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('535', 'en', 'title',
     'Authentication Credentials Invalid'),
    ('535', 'en', 'description',
     'RFC 4954 defines "535 5.7.8 Authentication credentials invalid": the AUTH exchange failed because the credentials were wrong or not sufficient. Section 4 makes it the default failure: when the server rejects the authentication data it should answer 535 unless a more specific code applies, so most failed logins on a submission server end with this reply.

The RFC says the client should ask the user for new credentials, for example by showing a password dialog. The session stays open, but nothing that needs authentication will be accepted until an AUTH succeeds.'),
    ('535', 'en', 'seen_when',
     'In reply to AUTH PLAIN or AUTH LOGIN (or to the last step of another SASL mechanism), usually on port 587 or 465. Typical texts: "535 5.7.8 Error: authentication failed: ..." (Postfix, with a detail that depends on the SASL backend), "535 Incorrect authentication data" (Exim), "535-5.7.8 Username and Password not accepted" (Gmail), and "535 5.7.3 Authentication unsuccessful" or "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant" (Microsoft 365).'),
    ('535', 'en', 'how_to_fix',
     'Sender: type the password again and check the user name; most servers want the full email address, not just the part before the @. Check that the client is talking to your own provider''s server, that the account is not locked or suspended, and whether the provider requires an app password (accounts with two-factor authentication) or OAuth instead of the normal password. Microsoft 365 answers 535 5.7.139 when SMTP AUTH is disabled for the mailbox or the whole tenant; an administrator has to enable it, or the application has to move to OAuth or Microsoft Graph.

Administrator: the SASL backend''s log says why it failed (Dovecot''s auth lines in the mail log, saslauthd in the system log, the SMTP receive protocol log in Exchange). Look for a wrong realm or user name format, a password scheme the backend cannot verify, an expired password, or a fail2ban-style block. Repeated 535 replies to one IP address trying many user names are a password-guessing attack: rate-limit or block that address.'),
    ('535', 'en', 'retry',
     'Do not retry with the same credentials. Ask the user for the correct user name and password (or an app password or token) and then send AUTH again; the same session can be used. Stop after a few failures: many servers lock the account or block the client''s IP address after repeated 535 replies.'),
    ('535', 'en', 'note',
     'Not every server sends 5.7.8 with it: Microsoft uses 5.7.3 or its own 5.7.139, and some servers send no enhanced code at all. IANA also lists X.7.8 with 554, a leftover from its first use for BURL trust failures in RFC 4468 (since corrected to X.7.14). When the account exists and the password is right but the account is disabled, RFC 5248 provides X.7.13 ("User Account Disabled"), which tells the client that asking for the password again is pointless.'),
    ('535', 'tr', 'title',
     'Kimlik bilgileri geçersiz'),
    ('535', 'tr', 'description',
     'RFC 4954, "535 5.7.8 Authentication credentials invalid" (kimlik bilgileri geçersiz) yanıtını tanımlar: AUTH alışverişi, kimlik bilgileri yanlış ya da yetersiz olduğu için başarısız olmuştur. Belgenin 4. bölümü bunu varsayılan hata yanıtı yapar: sunucu kimlik doğrulama verisini reddettiğinde, daha özel bir kod uymuyorsa 535 yanıtı vermelidir. Bu yüzden bir gönderim sunucusundaki başarısız oturum açma denemelerinin çoğu bu yanıtla sonuçlanır.

RFC, istemcinin kullanıcıdan yeni kimlik bilgileri istemesini, örneğin bir parola penceresi göstermesini söyler. Oturum açık kalır, ancak bir AUTH denemesi başarılı olana kadar kimlik doğrulama gerektiren hiçbir işlem kabul edilmez.'),
    ('535', 'tr', 'seen_when',
     'AUTH PLAIN ya da AUTH LOGIN komutuna (veya başka bir SASL mekanizmasının son adımına) yanıt olarak, genellikle 587 ya da 465 numaralı bağlantı noktasında görülür. Sık rastlanan metinler: "535 5.7.8 Error: authentication failed: ..." (Postfix; ayrıntı SASL arka ucuna göre değişir), "535 Incorrect authentication data" (Exim), "535-5.7.8 Username and Password not accepted" (Gmail) ile "535 5.7.3 Authentication unsuccessful" ve "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant" (Microsoft 365).'),
    ('535', 'tr', 'how_to_fix',
     'Gönderen tarafı: parolayı yeniden yazın ve kullanıcı adını denetleyin; sunucuların çoğu yalnızca @ işaretinden önceki kısmı değil, tam e-posta adresini ister. İstemcinin gerçekten kendi sağlayıcınızın sunucusuna bağlandığını, hesabın kilitlenmemiş ya da askıya alınmamış olduğunu ve sağlayıcının normal parola yerine uygulama parolası (iki aşamalı doğrulama açık hesaplarda) ya da OAuth isteyip istemediğini kontrol edin. Microsoft 365, posta kutusu ya da kiracının tamamı için SMTP AUTH kapalıysa 535 5.7.139 yanıtı verir; bunu bir yöneticinin açması ya da uygulamanın OAuth veya Microsoft Graph kullanmaya geçmesi gerekir.

Yönetici: hatanın nedeni SASL arka ucunun günlüğünde yazar (posta günlüğündeki Dovecot auth satırları, sistem günlüğünde saslauthd, Exchange''de SMTP alma protokol günlüğü). Yanlış alan (realm) ya da kullanıcı adı biçimi, arka ucun doğrulayamadığı bir parola şeması, süresi dolmuş bir parola veya fail2ban benzeri bir engel arayın. Tek bir IP adresinin çok sayıda kullanıcı adı deneyip art arda 535 yanıtı alması bir parola tahmin saldırısıdır: bu adresi sınırlayın ya da engelleyin.'),
    ('535', 'tr', 'retry',
     'Aynı kimlik bilgileriyle yeniden denemeyin. Kullanıcıdan doğru kullanıcı adını ve parolayı (ya da uygulama parolasını veya erişim belirtecini) isteyin, sonra AUTH komutunu yeniden gönderin; aynı oturum kullanılabilir. Birkaç başarısız denemeden sonra durun: birçok sunucu art arda gelen 535 yanıtlarından sonra hesabı kilitler ya da istemcinin IP adresini engeller.'),
    ('535', 'tr', 'note',
     'Her sunucu bu yanıtla 5.7.8 kodunu göndermez: Microsoft 5.7.3 ya da kendine özgü 5.7.139 kodunu kullanır, bazı sunucular hiç genişletilmiş durum kodu eklemez. IANA, X.7.8 kodunu 554 ile de eşleştirir; bu, kodun RFC 4468 belgesinde BURL güven hataları için kullanılmasından kalmıştır (daha sonra X.7.14 olarak düzeltilmiştir). Hesap var ve parola doğru ama hesap devre dışıysa RFC 5248, istemciye parolayı yeniden sormanın anlamsız olduğunu bildiren X.7.13 ("User Account Disabled") kodunu sağlar.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('535', 1, 'RFC 4954', '6'),
    ('535', 2, 'RFC 4954', '4');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('535', 1, 'AUTH', 'RFC 4954', '6');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('535', 1, 'en', 'Authentication failed because the credentials were invalid or insufficient; this is the default AUTH failure, and the client should ask the user for new credentials.'),
    ('535', 1, 'tr', 'Kimlik bilgileri geçersiz ya da yetersiz olduğu için kimlik doğrulama başarısız olmuştur; bu, AUTH için varsayılan hata yanıtıdır ve istemci kullanıcıdan yeni kimlik bilgileri istemelidir.');

INSERT INTO related_codes (code, related, position) VALUES
    ('535', 'X.7.8', 1),
    ('535', '534', 2),
    ('535', '454', 3),
    ('535', '530', 4),
    ('535', 'X.7.13', 5);

-- 538 -----------------------------------------------------------------------------------
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('538', 'en', 'title',
     'Encryption Required for Authentication Mechanism'),
    ('538', 'en', 'description',
     'RFC 4954 defines "538 5.7.11 Encryption required for requested authentication mechanism" as a reply to AUTH: the mechanism the client asked for may only be used when the SMTP connection is encrypted, and this connection is not. In practice it means that a mechanism which sends the password in the clear, such as PLAIN or LOGIN, was tried before STARTTLS.

The RFC adds that the code is documented for historical purposes only. Modern servers should not advertise mechanisms that are not permitted without encryption until an encryption layer of sufficient strength is in place, so a well-behaved client never gets the chance to ask for them.'),
    ('538', 'en', 'seen_when',
     'In reply to AUTH on a connection where STARTTLS has not been done, on the few servers that still advertise clear-text mechanisms before TLS and then refuse them. One form seen in the wild is "538 Error: Must issue a STARTTLS command first". Many servers use another code for the same situation: Postfix replies "504 5.5.4 Encryption required for requested authentication mechanism", Exchange answers "504 5.7.4 Unrecognized authentication type", and others send 530 5.7.0.'),
    ('538', 'en', 'how_to_fix',
     'Sender: enable STARTTLS in the client (or use implicit TLS on port 465) so that AUTH is only sent once the connection is encrypted. If STARTTLS is already on, check that the TLS handshake actually succeeds; a failed handshake can leave the client carrying on over the unencrypted connection.

Administrator: rather than relying on 538, stop advertising clear-text mechanisms on unencrypted connections. In Postfix set smtpd_tls_auth_only = yes; in Exim make auth_advertise_hosts or server_advertise_condition depend on TLS; in Dovecot keep disable_plaintext_auth = yes (auth_allow_cleartext = no in newer versions).'),
    ('538', 'en', 'retry',
     'Retry in the same session after STARTTLS: send STARTTLS, wait for the 220 reply, send EHLO again, then repeat AUTH. Never work around it by sending the password over the unencrypted connection with another mechanism.'),
    ('538', 'en', 'note',
     'This catalogue marks 538 as deprecated: RFC 4954 documents it for historical purposes only and recommends hiding such mechanisms instead. The IANA registry associates X.7.11 with both 538 and 524, and 524 is not defined as a reply code by any SMTP RFC. Implementations disagree on what to send in this situation (504, 530 and 538 all occur), so clients should look at the enhanced code and simply start TLS.'),
    ('538', 'tr', 'title',
     'Bu SASL mekanizması için şifreleme gerekli'),
    ('538', 'tr', 'description',
     'RFC 4954, AUTH komutuna verilen "538 5.7.11 Encryption required for requested authentication mechanism" (istenen kimlik doğrulama mekanizması için şifreleme gerekli) yanıtını tanımlar: istemcinin istediği SASL mekanizması yalnızca SMTP bağlantısı şifreliyken kullanılabilir ve bu bağlantı şifreli değildir. Uygulamada bu, PLAIN ya da LOGIN gibi parolayı açık gönderen bir mekanizmanın STARTTLS öncesinde denendiği anlamına gelir.

RFC, bu kodun yalnızca tarihsel amaçla belgelendiğini de ekler. Güncel sunucular, yeterli güçte bir şifreleme (TLS) katmanı devreye girmeden, şifresiz kullanılmasına izin vermedikleri mekanizmaları duyurmamalıdır; böylece kurallara uyan bir istemci bunları istemeye hiç fırsat bulmaz.'),
    ('538', 'tr', 'seen_when',
     'STARTTLS yapılmamış bir bağlantıda AUTH komutuna yanıt olarak, açık metin mekanizmalarını TLS öncesinde duyurup sonra reddeden az sayıdaki sunucuda görülür. Uygulamada karşılaşılan biçimlerden biri "538 Error: Must issue a STARTTLS command first" yanıtıdır. Birçok sunucu aynı durum için başka bir kod kullanır: Postfix "504 5.5.4 Encryption required for requested authentication mechanism", Exchange "504 5.7.4 Unrecognized authentication type" yanıtı verir, bazıları da 530 5.7.0 gönderir.'),
    ('538', 'tr', 'how_to_fix',
     'Gönderen tarafı: AUTH komutunun yalnızca bağlantı şifrelendikten sonra gönderilmesi için istemcide STARTTLS seçeneğini açın (ya da 465 numaralı bağlantı noktasında doğrudan TLS kullanın). STARTTLS zaten açıksa TLS el sıkışmasının gerçekten başarılı olduğunu denetleyin; başarısız bir el sıkışma, istemcinin şifresiz bağlantı üzerinden devam etmesine yol açabilir.

Yönetici: 538 yanıtına güvenmek yerine şifresiz bağlantılarda açık metin mekanizmalarını duyurmayı bırakın. Postfix''te smtpd_tls_auth_only = yes ayarlayın; Exim''de auth_advertise_hosts ya da server_advertise_condition ayarını TLS koşuluna bağlayın; Dovecot''ta disable_plaintext_auth = yes (yeni sürümlerde auth_allow_cleartext = no) ayarını koruyun.'),
    ('538', 'tr', 'retry',
     'Aynı oturumda STARTTLS sonrasında yeniden deneyin: STARTTLS gönderin, 220 yanıtını bekleyin, EHLO komutunu yeniden gönderin ve ardından AUTH komutunu tekrarlayın. Sorunu, parolayı başka bir mekanizmayla şifresiz bağlantı üzerinden göndererek aşmaya çalışmayın.'),
    ('538', 'tr', 'note',
     'Bu katalog 538 kodunu kullanımdan kalkmış olarak işaretler: RFC 4954 onu yalnızca tarihsel amaçla belgeler ve bunun yerine bu tür mekanizmaların gizlenmesini önerir. IANA kaydı X.7.11 kodunu hem 538 hem de 524 ile ilişkilendirir; 524 ise hiçbir SMTP RFC belgesinde yanıt kodu olarak tanımlanmamıştır. Bu durumda ne gönderileceği konusunda uygulamalar farklıdır (504, 530 ve 538 yanıtlarının hepsi görülür); bu yüzden istemciler genişletilmiş durum koduna bakmalı ve STARTTLS ile şifrelemeyi başlatmalıdır.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('538', 1, 'RFC 4954', '6');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('538', 1, 'AUTH', 'RFC 4954', '6');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('538', 1, 'en', 'The requested mechanism may only be used over an encrypted connection; documented for historical purposes only, since servers should not advertise such mechanisms before TLS.'),
    ('538', 1, 'tr', 'İstenen mekanizma yalnızca şifreli bir bağlantı üzerinden kullanılabilir; sunucuların bu tür mekanizmaları TLS öncesinde duyurmaması gerektiğinden yalnızca tarihsel amaçla belgelenmiştir.');

INSERT INTO related_codes (code, related, position) VALUES
    ('538', 'X.7.11', 1),
    ('538', '530', 2),
    ('538', '534', 3),
    ('538', 'X.7.10', 4),
    ('538', '524', 5);
