-- Texts for the transient basic codes 421, 450, 451, 452, 455 (RFC 5321) and the AUTH and
-- STARTTLS codes 432 and 454 (RFC 4954, RFC 3207), in English and Turkish: the code texts,
-- where each code is defined, its meaning in each context, and the codes to read next.

INSERT INTO code_texts (code, lang, field, body) VALUES
    ('421', 'en', 'title', 'Service Not Available'),
    ('421', 'en', 'description', 'RFC 5321 defines 421 as "<domain> Service not available, closing transmission channel" and adds that it may be the reply to any command when the service knows it must shut down. The server is telling you that it will do nothing more in this session and is closing the connection. The transaction that was under way is abandoned: nothing from it has been accepted for delivery.

Because it is a 4yz reply, the condition is temporary by definition: the same message may go through on a later attempt. Besides real shutdowns and overload, large mailbox providers use 421 as a general "slow down" signal. When they throttle a sending IP address or domain for volume or reputation, they answer 421 4.7.0 (or a vendor variant) and hang up, so the deferral covers the whole connection rather than one recipient. 421 is also one of the few replies whose text a client may parse: its first word should be the server''s host name.'),
    ('421', 'en', 'seen_when', '421 can arrive at any point of a session: instead of the 220 greeting when a server is overloaded or refuses connections from your address, in reply to any command, or unprompted. In the last case the client usually reads it only after sending its next command (RFC 5321 section 3.8). Typical texts:

421 4.7.0 Try again later, closing connection. (Gmail, often in reply to EHLO or MAIL while the sending IP address is being throttled)
421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address ... (Gmail rate limiting)
421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints (Yahoo)
421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1 (Postfix connection limits)
421 4.4.2 mx.example.com Error: timeout exceeded (Postfix, the client stayed idle too long)
421 4.3.2 Service not available (Exchange and others during shutdown or resource pressure)

The enhanced code is the useful part: 4.7.x points at policy or sender reputation, 4.4.2 at a timeout or a bad connection, 4.3.x at the receiving system itself.'),
    ('421', 'en', 'how_to_fix', 'If you are sending: there is usually nothing to change in the message. Let your server keep it queued and retry; a properly configured MTA does this on its own. If the deferrals keep coming from one provider, read them as a reputation or volume signal. Check whether your sending IP address is on a blocklist (DNSBL, for example Spamhaus or Barracuda), make sure it has a reverse DNS (PTR) record that matches the name you send in EHLO, publish SPF, sign with DKIM, publish a DMARC record, and watch the provider''s own feedback (Google Postmaster Tools, Yahoo Sender Hub, Microsoft SNDS). Lower the number of parallel connections and the sending rate towards that destination (in Postfix, for example, smtp_destination_concurrency_limit and smtp_destination_rate_delay) and warm up new IP addresses gradually. For 421 4.4.2 timeouts, look for a slow or stalled client, a firewall or proxy that inspects SMTP, or a long pause while the message data is being sent.

If you run the receiving server: the reason is in your own log at the time of the rejection. Common sources are connection and rate limits (Postfix smtpd_client_connection_count_limit, smtpd_client_connection_rate_limit and smtpd_hard_error_limit; Exim smtp_accept_max and smtp_accept_max_per_host), process limits, refusal under high load, a full disk, or a service restart. Raise limits only for senders you trust, and make sure that maintenance shutdowns send 421 instead of dropping connections silently.'),
    ('421', 'en', 'retry', 'Yes. 421 is a transient failure for everything in the session that was not yet accepted: keep the message in the queue and open a new connection later. RFC 5321 recommends waiting at least 30 minutes between attempts to the same destination and giving up only after 4 to 5 days; common MTAs start sooner and back off (Postfix begins at about 5 minutes, grows the interval to a little over an hour, and returns the message after 5 days by default).

Do not reconnect immediately in a tight loop: against a provider that is throttling you, fast retries make the deferral last longer. If 421 from one provider goes on for days, fix the reputation problem instead of retrying harder.'),
    ('421', 'en', 'note', 'RFC 5321 describes 421 only as a notice that the service is unavailable or shutting down. Its widespread use for throttling and reputation deferrals (421 4.7.0 and vendor variants) is a convention of large receivers, not something the RFC defines. It is still correct SMTP, because the code says "try again later" and the enhanced code carries the reason.

A server also sends 421 when it closes an idle session after its own timeout, so a 421 at the end of a long, stalled transfer is often a timeout rather than a block.'),
    ('421', 'tr', 'title', 'Hizmet kullanılamıyor'),
    ('421', 'tr', 'description', 'RFC 5321, 421 kodunu "<domain> Service not available, closing transmission channel" metniyle tanımlar ve hizmetin kapanması gerektiğini bilen bir sunucunun bu yanıtı herhangi bir komuta verebileceğini belirtir. Sunucu, bu oturumda başka hiçbir işlem yapmayacağını ve bağlantıyı kapattığını bildirmektedir. O sırada sürmekte olan işlem bırakılır: bu işlemden hiçbir şey teslim için kabul edilmiş değildir.

Kod 4yz sınıfında olduğundan durum tanım gereği geçicidir: aynı ileti daha sonraki bir denemede geçebilir. Büyük e-posta sağlayıcıları bu yanıtı gerçek kapanma ve aşırı yük durumlarının yanı sıra genel bir "yavaşla" işareti olarak da kullanır. Gönderen bir IP adresini ya da alan adını hacim veya gönderici itibarı nedeniyle kısıtladıklarında 421 4.7.0 (ya da kendilerine özgü bir türev) yanıtı verip bağlantıyı keserler; böylece erteleme tek bir alıcıyı değil bütün bağlantıyı kapsar. 421, metni istemci tarafından ayrıştırılabilen az sayıdaki yanıttan biridir: metnin ilk sözcüğü sunucunun ana bilgisayar adı olmalıdır.'),
    ('421', 'tr', 'seen_when', 'Bu yanıt oturumun herhangi bir anında gelebilir: sunucu aşırı yüklendiğinde ya da adresinizden gelen bağlantıları reddettiğinde 220 karşılama mesajının yerine, herhangi bir komutun yanıtı olarak ya da hiçbir komuta bağlı olmadan, kendiliğinden. Son durumda istemci yanıtı çoğunlukla bir sonraki komutunu gönderdikten sonra okur (RFC 5321, bölüm 3.8). Sık görülen metinler:

421 4.7.0 Try again later, closing connection. (Gmail; gönderen IP adresi kısıtlanırken çoğunlukla EHLO ya da MAIL komutuna yanıt olarak)
421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address ... (Gmail, istenmeyen ileti (spam) oranı nedeniyle hız kısıtlaması)
421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints (Yahoo)
421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1 (Postfix bağlantı sınırları)
421 4.4.2 mx.example.com Error: timeout exceeded (Postfix; istemci çok uzun süre boşta kaldı)
421 4.3.2 Service not available (Exchange ve başka sunucular; kapanma ya da kaynak sıkıntısı sırasında)

Asıl bilgiyi genişletilmiş durum kodu verir: 4.7.x politika ya da gönderici itibarı sorununa, 4.4.2 zaman aşımına veya bozuk bağlantıya, 4.3.x ise alıcı sistemin kendisine işaret eder.'),
    ('421', 'tr', 'how_to_fix', 'Gönderen tarafta iseniz: iletide değiştirilecek bir şey genellikle yoktur. Sunucunuzun iletiyi kuyrukta tutup yeniden denemesine izin verin; düzgün yapılandırılmış bir MTA bunu kendiliğinden yapar. Ertelemeler hep aynı sağlayıcıdan geliyorsa bunu itibar ya da hacim uyarısı olarak okuyun. Gönderen IP adresinizin bir kara listede (DNSBL; örneğin Spamhaus, Barracuda) olup olmadığını denetleyin; EHLO komutunda kullandığınız adla eşleşen bir ters DNS (PTR kaydı) bulunduğundan emin olun; SPF kaydı yayımlayın, iletileri DKIM ile imzalayın, bir DMARC kaydı yayımlayın ve sağlayıcının kendi geri bildirim araçlarını (Google Postmaster Tools, Yahoo Sender Hub, Microsoft SNDS) izleyin. O hedefe açılan eşzamanlı bağlantı sayısını ve gönderim hızını düşürün (Postfix''te örneğin smtp_destination_concurrency_limit ve smtp_destination_rate_delay), yeni IP adreslerini de kademeli olarak ısıtın. 421 4.4.2 zaman aşımlarında yavaş ya da takılan bir istemciyi, SMTP trafiğini inceleyen bir güvenlik duvarını veya vekil sunucuyu ya da ileti verisi gönderilirken yaşanan uzun bir duraksamayı arayın.

Alıcı sunucuyu siz yönetiyorsanız: nedeni, reddin yaşandığı andaki kendi günlük kayıtlarınızda bulursunuz. Sık görülen kaynaklar bağlantı ve hız sınırları (Postfix''te smtpd_client_connection_count_limit, smtpd_client_connection_rate_limit ve smtpd_hard_error_limit; Exim''de smtp_accept_max ve smtp_accept_max_per_host), süreç sınırları, yüksek yük altında bağlantı reddi, dolan bir disk ya da hizmetin yeniden başlatılmasıdır. Sınırları yalnızca güvendiğiniz gönderenler için gevşetin; bakım için yapılan kapatmalarda da bağlantıları sessizce koparmak yerine 421 yanıtı gönderildiğinden emin olun.'),
    ('421', 'tr', 'retry', 'Evet. 421 yanıtı, oturumda henüz kabul edilmemiş her şey için geçici hatadır: iletiyi kuyrukta tutun ve daha sonra yeni bir bağlantı açın. RFC 5321 aynı hedefe yapılan denemeler arasında en az 30 dakika beklenmesini ve ancak 4-5 gün sonra vazgeçilmesini önerir; yaygın MTA yazılımları daha erken başlayıp aralığı giderek uzatır (Postfix varsayılan olarak yaklaşık 5 dakikayla başlar, aralığı bir saati biraz aşana kadar büyütür ve iletiyi 5 gün sonra gönderene geri döndürür).

Art arda, hemen yeniden bağlanmayın: sizi kısıtlayan bir sağlayıcıya karşı sık denemeler ertelemeyi uzatır. Aynı sağlayıcıdan gelen 421 yanıtları günlerce sürüyorsa daha sık denemek yerine itibar sorununu giderin.'),
    ('421', 'tr', 'note', 'RFC 5321, 421 kodunu yalnızca hizmetin kullanılamadığını ya da kapandığını bildiren bir yanıt olarak tanımlar. Kodun gönderim hızı sınırı ve itibar kaynaklı ertelemeler için yaygın biçimde kullanılması (421 4.7.0 ve sağlayıcılara özgü türevleri) RFC''nin tanımladığı bir şey değil, büyük alıcıların benimsediği bir uygulamadır. Yine de SMTP açısından doğrudur: kod "daha sonra yeniden dene" der, nedeni ise genişletilmiş durum kodu taşır.

Sunucu boşta kalan bir oturumu kendi zaman aşımı dolduğunda kapatırken de 421 yanıtı gönderir; uzun süre takılıp kalan bir aktarımın sonunda gelen 421 yanıtı bu yüzden çoğu zaman bir engelleme değil, zaman aşımıdır.'),
    ('450', 'en', 'title', 'Mailbox Temporarily Unavailable'),
    ('450', 'en', 'description', 'RFC 5321 text: "Requested mail action not taken: mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)". The server has not accepted the recipient (or, when the reply comes after DATA, the message) for now, but expects that the same request may succeed later without any change. It is the temporary counterpart of 550.

RFC 821 gave only a busy mailbox as the example; RFC 5321 added temporary policy blocks, and that is how 450 is mostly used today: greylisting, checks that could not be finished because a DNS lookup failed, and short-term blocks on a sender, a client or a recipient. Nothing bounces at this stage: the sending server keeps the message and tries again.'),
    ('450', 'en', 'seen_when', 'Mostly in reply to RCPT TO, sometimes to MAIL FROM, and after the end of DATA when a content or policy check defers the whole message (RFC 5321 lists 450 after DATA for policy rejections). Typical texts:

450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html (Postfix with postgrey)
450 4.1.8 <sender@example.net>: Sender address rejected: Domain not found (Postfix reject_unknown_sender_domain when the sender domain does not resolve)
450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1] (Postfix reject_unknown_client_hostname: no matching reverse DNS)
450 4.1.1 <user@example.com>: Recipient address rejected: unverified address (Postfix recipient address verification still pending)
450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered (Gmail, per-recipient rate limit)

RFC 2645 also uses 450 for a refused ATRN request (On-Demand Mail Relay).'),
    ('450', 'en', 'how_to_fix', 'If you are sending: usually nothing; let your MTA retry. Greylisting clears by itself after the first retry from the same IP address, so it only becomes a problem when the sender retries from a different address each time (large cloud or email service pools) or not at all (scripts and applications that speak SMTP directly, without a queue). Send such mail through a real MTA or through your provider''s submission server (port 587 with authentication). If the text mentions DNS, check that your sender domain resolves and has MX or A records, and that your sending IP address has a reverse DNS (PTR) record whose name resolves back to the same address. For per-recipient rate limits (Gmail 4.2.1), slow down the mail to that one recipient.

If you run the receiving server: find the log line for the deferred recipient to see which restriction fired. Review the greylisting delay and whitelist (postgrey waits 300 seconds by default; large senders that retry from many addresses are best whitelisted), the health of your DNS resolver, and any address verification or policy service that may be timing out. A 450 that never turns into a pass after the sender retries is a bug: fix it, or turn it into an explicit 5xx decision.'),
    ('450', 'en', 'retry', 'Yes. The sending server retries from its queue. After greylisting, an attempt 5 to 30 minutes later normally succeeds, since most greylisting setups accept any retry that comes after a delay of a few minutes. DNS-related deferrals clear as soon as the lookup works. If the same 450 persists until the queue lifetime runs out (5 days in Postfix, about 4 days with Exim''s default retry rule), the message bounces; at that point look at the reason rather than retrying by hand.'),
    ('450', 'en', 'note', 'Greylisting has no reserved code: some servers defer with 450, others with 451 (often 451 4.7.1), and both are correct because both are 4yz. The IANA registry associates 450 with X.2.4, X.7.0 and X.7.15, but real servers send it with whatever enhanced code fits the case (4.2.0, 4.1.8, 4.7.1 and others), so read the enhanced code and the text for the actual reason.'),
    ('450', 'tr', 'title', 'Posta kutusu geçici olarak kullanılamıyor'),
    ('450', 'tr', 'description', 'RFC 5321 metni: "Requested mail action not taken: mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)". Sunucu alıcıyı (yanıt DATA aşamasından sonra geldiyse iletinin tamamını) şimdilik kabul etmemiştir, ancak aynı isteğin hiçbir değişiklik yapılmadan daha sonra başarılı olabileceğini öngörür. 550 kodunun geçici karşılığıdır.

RFC 821 belgesi örnek olarak yalnızca meşgul bir posta kutusunu veriyordu; RFC 5321 buna geçici politika engellerini ekledi ve 450 bugün çoğunlukla bu amaçla kullanılır: gri listeleme, bir DNS sorgusu başarısız olduğu için tamamlanamayan denetimler ve bir gönderene, istemciye ya da alıcıya uygulanan kısa süreli engeller. Bu aşamada teslim edilemedi bildirimi oluşmaz; gönderen sunucu iletiyi elinde tutar ve yeniden dener.'),
    ('450', 'tr', 'seen_when', 'En çok RCPT TO komutuna, bazen MAIL FROM komutuna yanıt olarak görülür; bir içerik ya da politika denetimi iletinin tamamını ertelediğinde DATA aşamasının sonunda da gelebilir (RFC 5321, politika kaynaklı retler için DATA sonrasında 450 yanıtını öngörür). Sık görülen metinler:

450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html (Postfix ve postgrey)
450 4.1.8 <sender@example.net>: Sender address rejected: Domain not found (Postfix reject_unknown_sender_domain; gönderen alan adı çözümlenemedi)
450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1] (Postfix reject_unknown_client_hostname; eşleşen ters DNS kaydı yok)
450 4.1.1 <user@example.com>: Recipient address rejected: unverified address (Postfix alıcı adresi doğrulaması henüz sonuçlanmadı)
450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered (Gmail, alıcı başına hız sınırı)

RFC 2645 de bu kodu reddedilen bir ATRN isteği (On-Demand Mail Relay) için kullanır.'),
    ('450', 'tr', 'how_to_fix', 'Gönderen tarafta iseniz: çoğu zaman yapmanız gereken bir şey yoktur; MTA yazılımınızın yeniden denemesini bekleyin. Gri listeleme, aynı IP adresinden gelen ilk yeniden denemeden sonra kendiliğinden kalkar. Sorun ancak gönderen her denemede başka bir adres kullanıyorsa (büyük bulut ya da e-posta hizmeti havuzları) veya hiç yeniden denemiyorsa (kuyruğu olmadan doğrudan SMTP konuşan betikler ve uygulamalar) ortaya çıkar. Bu tür postaları gerçek bir MTA ya da sağlayıcınızın gönderim sunucusu üzerinden (kimlik doğrulamalı, 587 numaralı port) gönderin. Metin DNS sorununa işaret ediyorsa gönderen alan adınızın çözümlendiğini ve MX ya da A kaydı bulunduğunu, gönderen IP adresinizin de yine aynı adrese çözümlenen bir ters DNS (PTR kaydı) taşıdığını denetleyin. Alıcı başına hız sınırlarında (Gmail 4.2.1) o alıcıya giden postayı yavaşlatın.

Alıcı sunucuyu siz yönetiyorsanız: hangi kısıtlamanın devreye girdiğini görmek için ertelenen alıcıya ait günlük satırını bulun. Gri listeleme gecikmesini ve beyaz listeyi (postgrey varsayılan olarak 300 saniye bekletir; çok sayıda adresten yeniden deneyen büyük gönderenleri beyaz listeye almak en iyisidir), DNS çözümleyicinizin durumunu ve zaman aşımına uğrayabilecek adres doğrulama ya da politika hizmetlerini gözden geçirin. Gönderen yeniden denedikten sonra da hiç geçmeyen bir 450 yanıtı hatadır: ya düzeltin ya da açık bir 5xx kararına dönüştürün.'),
    ('450', 'tr', 'retry', 'Evet. Gönderen sunucu iletiyi kuyruğundan yeniden dener. Gri listelemeden 5-30 dakika sonra yapılan deneme genellikle başarılı olur, çünkü gri listeleme kurulumlarının çoğu birkaç dakikalık bekleme süresinden sonra gelen her denemeyi kabul eder. DNS kaynaklı ertelemeler sorgu yanıt verir vermez ortadan kalkar. Aynı 450 yanıtı kuyrukta kalma süresi dolana kadar (Postfix''te 5 gün, Exim''in varsayılan yeniden deneme kuralıyla yaklaşık 4 gün) sürerse ileti teslim edilemedi bildirimiyle geri döner; bu noktada elle yeniden denemek yerine nedeni inceleyin.'),
    ('450', 'tr', 'note', 'Gri listeleme için ayrılmış bir kod yoktur: bazı sunucular 450, bazıları 451 yanıtıyla (çoğunlukla 451 4.7.1) erteler; ikisi de 4yz sınıfında olduğundan ikisi de doğrudur. IANA kaydı 450 kodunu X.2.4, X.7.0 ve X.7.15 ile ilişkilendirir, ancak gerçek sunucular duruma uyan genişletilmiş durum koduyla gönderir (4.2.0, 4.1.8, 4.7.1 ve başkaları); asıl nedeni genişletilmiş durum kodu ile metin söyler.'),
    ('451', 'en', 'title', 'Local Error in Processing'),
    ('451', 'en', 'description', 'RFC 5321 gives 451 two slightly different texts. The list in numeric order (section 4.2.3) says "Requested action aborted: local error in processing"; the list by function groups (section 4.2.2) says "Requested action aborted: error in processing". The meaning is the same: the server started to handle the command, something on its own side failed, and it aborted the action on the assumption that the failure is temporary.

451 is the mail system''s general-purpose temporary failure: a queue that is full or cannot be written, a content filter or milter that does not answer, a database or directory lookup that times out, a DNS or SPF check that ends in a temporary error. Section 3.8 gives it one more role: a client whose connection is closed or reset unexpectedly should treat the transaction as if it had received 451, that is, keep the message and try again later.'),
    ('451', 'en', 'seen_when', 'After MAIL FROM, after RCPT TO, or at the end of DATA (after the final dot), and as the implied result of a lost connection. Typical texts:

451 4.3.0 Error: queue file write error (Postfix, usually a full disk or a filesystem problem)
451 4.3.5 Server configuration problem (Postfix, when a policy service such as a greylisting or SPF daemon, or a milter, cannot be reached)
451 4.7.1 Service unavailable - try again later (Postfix, when a milter such as OpenDKIM, Rspamd or ClamAV answers tempfail or is down)
451 Temporary local problem - please try later (Exim)
451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation (Outlook.com)
451 4.4.62 Mail sent to the wrong Office 365 region (Microsoft 365)

Extensions reuse the code: RFC 2645 answers "451 Unable to process ATRN request now" to ATRN, and RFC 4468 answers "451 4.4.1 IMAP server unavailable" to BURL.'),
    ('451', 'en', 'how_to_fix', 'If you are sending: the fault is on the receiving side, so keep the message queued and let your server retry. Use the enhanced code and the text as a hint: 4.3.x points at the receiving system itself (disk, configuration, a filter), 4.4.x at routing or DNS, 4.7.x at policy such as greylisting, SPF temporary errors or reputation-based rate limits. If a 451 4.7.x from one provider keeps recurring, check your SPF record for lookups that time out, your DNS servers and your sender reputation, as you would for 421. If the connection dropped after the final dot but before the reply arrived, the receiver may already have accepted the message, and your retry can deliver a duplicate; that is preferable to losing it.

If you run the receiving server: 451 means your own system failed, so your log has the reason. In Postfix look for warning, error or fatal lines next to the rejection (queue file write errors, an unreachable policy service or milter, a lookup table that cannot be opened); in Exim check the main and panic logs. Typical fixes are freeing space on the queue filesystem, restarting a content filter (Amavis, Rspamd, ClamAV, OpenDKIM), repairing a database or LDAP connection, or fixing the DNS resolver. While the fault lasts every sender keeps retrying, so mail is delayed but not lost.'),
    ('451', 'en', 'retry', 'Yes. 451 is a transient failure: the client keeps the message and retries later, as for any 4yz reply. When the server answers 451 after the final dot it must not deliver the message, so responsibility stays with the client (RFC 5321 section 4.2.5). Typical MTA schedules retry within minutes at first, then back off to an hour or more, and give up after 4 to 5 days. Greylisting deferrals clear on the first retry after the delay; deferrals caused by a broken filter or a full disk clear once the receiving administrator repairs them.'),
    ('451', 'en', 'note', 'The two RFC 5321 texts ("error in processing" in section 4.2.2, "local error in processing" in section 4.2.3) are one code with one meaning; servers use either, or their own wording. Many lists present 451 as a spam or greylisting code. Greylisting is one common use, but the RFC meaning is any temporary processing failure on the server''s side.

The IANA registry associates 451 with enhanced codes as different as X.1.1, X.4.1, X.4.5, X.5.3 and X.7.24, which shows how broad the code is. X.5.3 (too many recipients) is registered with 451 even though RFC 5321 says the reply for that case is 452.'),
    ('451', 'tr', 'title', 'İşlem sırasında yerel hata'),
    ('451', 'tr', 'description', 'RFC 5321 bu koda birbirinden biraz farklı iki metin verir. Sayısal sıralı liste (bölüm 4.2.3) "Requested action aborted: local error in processing" der; işlevlere göre gruplanmış liste (bölüm 4.2.2) ise "Requested action aborted: error in processing" der. Anlam aynıdır: sunucu komutu işlemeye başlamış, kendi tarafında bir şey ters gitmiş ve sorunun geçici olduğu varsayımıyla işlemi yarıda kesmiştir.

451, posta sisteminin genel amaçlı geçici hata kodudur: dolan ya da yazılamayan bir kuyruk, yanıt vermeyen bir içerik filtresi veya milter, zaman aşımına uğrayan bir veritabanı ya da dizin sorgusu, geçici hatayla sonuçlanan bir DNS veya SPF denetimi. Bölüm 3.8 koda bir görev daha yükler: bağlantısı beklenmedik biçimde kapanan ya da sıfırlanan bir istemci, işlemi 451 yanıtı almış gibi ele almalı, yani iletiyi tutup daha sonra yeniden denemelidir.'),
    ('451', 'tr', 'seen_when', 'MAIL FROM ya da RCPT TO komutundan sonra veya DATA aşamasının sonunda (son noktadan sonra) görülür; kopan bir bağlantının örtük sonucu olarak da ortaya çıkar. Sık görülen metinler:

451 4.3.0 Error: queue file write error (Postfix; çoğunlukla dolan bir disk ya da dosya sistemi sorunu)
451 4.3.5 Server configuration problem (Postfix; gri listeleme ya da SPF hizmeti gibi bir politika hizmetine veya bir miltere ulaşılamadığında)
451 4.7.1 Service unavailable - try again later (Postfix; OpenDKIM, Rspamd ya da ClamAV gibi bir milter geçici hata döndürdüğünde veya çalışmadığında)
451 Temporary local problem - please try later (Exim)
451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation (Outlook.com)
451 4.4.62 Mail sent to the wrong Office 365 region (Microsoft 365)

SMTP uzantıları da kodu kullanır: RFC 2645, ATRN komutuna "451 Unable to process ATRN request now" yanıtını, RFC 4468 ise BURL komutuna "451 4.4.1 IMAP server unavailable" yanıtını verir.'),
    ('451', 'tr', 'how_to_fix', 'Gönderen tarafta iseniz: sorun alıcı tarafta olduğundan iletiyi kuyrukta tutun ve sunucunuzun yeniden denemesine izin verin. Genişletilmiş durum kodunu ve metni ipucu olarak kullanın: 4.3.x alıcı sistemin kendisine (disk, yapılandırma, bir filtre), 4.4.x yönlendirmeye ya da DNS sorunlarına, 4.7.x ise gri listeleme, geçici SPF hataları veya itibara dayalı hız sınırları gibi politikalara işaret eder. Aynı sağlayıcıdan 451 4.7.x yanıtı tekrar tekrar geliyorsa 421 yanıtında olduğu gibi SPF kaydınızda zaman aşımına uğrayan sorguları, DNS sunucularınızı ve gönderici itibarınızı gözden geçirin. Bağlantı son noktadan sonra ama yanıt gelmeden koptuysa alıcı iletiyi çoktan kabul etmiş olabilir ve yeniden deneme bir kopyanın daha teslim edilmesine yol açabilir; bu, iletiyi kaybetmekten iyidir.

Alıcı sunucuyu siz yönetiyorsanız: 451 yanıtı kendi sisteminizin hata verdiği anlamına gelir, dolayısıyla neden günlük kayıtlarınızdadır. Postfix''te reddin yanındaki warning, error ya da fatal satırlarına bakın (kuyruk dosyası yazma hataları, ulaşılamayan bir politika hizmeti veya milter, açılamayan bir arama tablosu); Exim''de main ve panic günlüklerini inceleyin. Olağan çözümler kuyruğun bulunduğu dosya sisteminde yer açmak, içerik filtresini (Amavis, Rspamd, ClamAV, OpenDKIM) yeniden başlatmak, veritabanı ya da LDAP bağlantısını onarmak veya DNS çözümleyicisini düzeltmektir. Arıza sürdüğü sürece her gönderen yeniden dener; posta gecikir ama kaybolmaz.'),
    ('451', 'tr', 'retry', 'Evet. 451 yanıtı geçici hatadır: istemci, her 4yz yanıtında olduğu gibi iletiyi tutar ve daha sonra yeniden dener. Sunucu son noktadan sonra 451 yanıtı verdiyse iletiyi teslim etmemelidir; sorumluluk istemcide kalır (RFC 5321, bölüm 4.2.5). Yaygın MTA yazılımları önce birkaç dakika içinde yeniden dener, ardından aralığı bir saate ve daha fazlasına çıkarır ve 4-5 gün sonra vazgeçer. Gri listeleme ertelemeleri bekleme süresinden sonraki ilk denemede kalkar; bozuk bir filtreden ya da dolu bir diskten kaynaklananlar ise alıcı tarafın yöneticisi sorunu giderdiğinde ortadan kalkar.'),
    ('451', 'tr', 'note', 'RFC 5321 içindeki iki metin (bölüm 4.2.2 içinde "error in processing", bölüm 4.2.3 içinde "local error in processing") aynı kodu ve aynı anlamı anlatır; sunucular ikisinden birini ya da kendi ifadelerini kullanır. Birçok liste 451 kodunu istenmeyen ileti (spam) ya da gri listeleme kodu olarak sunar. Gri listeleme yaygın kullanımlardan yalnızca biridir; RFC''deki anlam, sunucu tarafındaki her türlü geçici işlem hatasıdır.

IANA kaydı 451 kodunu X.1.1, X.4.1, X.4.5, X.5.3 ve X.7.24 gibi birbirinden çok farklı genişletilmiş durum kodlarıyla ilişkilendirir; bu da kodun ne kadar geniş kapsamlı olduğunu gösterir. RFC 5321 bu durum için 452 yanıtını öngörmesine rağmen X.5.3 (çok fazla alıcı) kodu 451 ile birlikte kayıtlıdır.'),
    ('452', 'en', 'title', 'Insufficient System Storage'),
    ('452', 'en', 'description', 'RFC 5321 text: "Requested action not taken: insufficient system storage". The server could not carry out the command because it lacks the resources at the moment, typically free space for its queue, and expects to have them again later. Nothing has been accepted for the recipient or message concerned.

452 has a second, very common meaning: it is the reply RFC 5321 prescribes when a client sends more RCPT commands than the server will take in one transaction ("too many recipients", section 4.5.3.1.10). RFC 821 had listed 552 for that case; RFC 5321 calls that listing incorrect, names 452 as the right code and asks clients to treat a 552 in this situation as temporary too. A server must buffer at least 100 recipients before it may refuse more. The recipients accepted before the limit are delivered normally; only those answered with 452 have to be sent again in another transaction.

The SIZE extension (RFC 1870) also uses "452 insufficient system storage": the message size declared with MAIL FROM does not fit into the space that is free right now, as opposed to 552, which says the message exceeds the server''s fixed maximum.'),
    ('452', 'en', 'seen_when', 'After MAIL FROM (often one that carries a SIZE= parameter), after RCPT TO, and after the final dot of DATA. Typical texts:

452 4.5.3 Error: too many recipients (Postfix, more RCPT commands than smtpd_recipient_limit allows, 1000 by default)
452 4.5.3 Your message has too many recipients (Gmail)
452 4.3.1 Insufficient system storage (Postfix, free queue space below queue_minfree or too small for the declared SIZE)
452 4.3.1 Insufficient system resources (Microsoft Exchange back pressure: low disk space or memory on the transport server)
452 4.2.2 The email account that you tried to reach is over quota (Gmail, the recipient''s mailbox is full)

The enhanced code tells the cases apart: 4.5.3 means too many recipients, 4.3.1 means the whole server is short of storage, 4.2.2 means one mailbox is over its quota.'),
    ('452', 'en', 'how_to_fix', 'If you are sending: for "too many recipients" nothing is wrong with the message. A proper MTA sends the remaining recipients in a new transaction by itself; if yours does not, lower the number of recipients per message (Postfix smtp_destination_recipient_limit, 50 by default, or your application''s batch size) and send large distributions in batches of 100 or fewer. For a storage shortage on the receiving server, wait and let your queue retry. For a full mailbox (4.2.2) the recipient has to delete mail or get more quota; tell them through another channel if the mail matters.

If you run the receiving server: check free space and free inodes on the filesystems that hold the queue and the mailboxes (df -h, df -i) and the server''s own thresholds, such as Postfix queue_minfree and message_size_limit, or Exchange back-pressure settings and the disk that holds the queue database. If you reach the recipient limit, decide whether it is an implementation limit (keep 452) or a deliberate site policy (RFC 5321 allows a 5yz reply then). Never drop recipients silently: refuse the extra ones and keep those already accepted.'),
    ('452', 'en', 'retry', 'Yes. For too many recipients the client can send the refused recipients in a new transaction straight away; no waiting is needed, because the limit applies per transaction, not per hour. For storage shortages, retry from the queue at normal intervals (minutes up to an hour); the condition usually clears once the receiving side frees space. A full mailbox (452 4.2.2) can last for days; the message bounces when your queue lifetime runs out.'),
    ('452', 'en', 'note', 'Sources disagree on two points. Too many recipients: RFC 821 listed 552, RFC 5321 corrects this to 452 and tells clients to treat 552 in that case as temporary, yet some servers still answer 552 or even 550; the IANA registry pairs X.5.3 (too many recipients) with 451 rather than 452.

Full mailboxes: RFC 3463 intends X.2.2 (mailbox full) as a temporary condition, and Gmail sends 452 4.2.2, but the registry pairs X.2.2 with 552 and many servers send 552 5.2.2, which clients treat as permanent.'),
    ('452', 'tr', 'title', 'Sistem depolama alanı yetersiz'),
    ('452', 'tr', 'description', 'RFC 5321 metni: "Requested action not taken: insufficient system storage". Sunucu komutu yerine getirememiştir, çünkü o an gereken kaynaklardan (genellikle kuyruk için boş depolama alanı) yoksundur ve bunların daha sonra yeniden elverişli olacağını bekler. İlgili alıcı ya da ileti için hiçbir şey kabul edilmemiştir.

452 kodunun çok yaygın ikinci bir anlamı vardır: istemci bir işlemde sunucunun kabul edeceğinden fazla RCPT komutu gönderdiğinde RFC 5321 bu yanıtı öngörür ("too many recipients", bölüm 4.5.3.1.10). RFC 821 bu durum için 552 kodunu vermişti; RFC 5321 bunu hatalı sayar, doğru kodun 452 olduğunu belirtir ve istemcilerden bu durumda gelen 552 yanıtını da geçici saymalarını ister. Sunucu daha fazlasını reddetmeden önce en az 100 alıcıyı kabul edebilmelidir. Sınırdan önce kabul edilen alıcılara ileti normal biçimde teslim edilir; yalnızca 452 yanıtı alan alıcılar başka bir işlemde yeniden gönderilmelidir.

SIZE uzantısı (RFC 1870) da "452 insufficient system storage" yanıtını kullanır: MAIL FROM komutunda bildirilen ileti boyutu o an boş olan alana sığmamaktadır. 552 yanıtı ise iletinin sunucunun sabit üst sınırını aştığını söyler.'),
    ('452', 'tr', 'seen_when', 'MAIL FROM komutundan (çoğunlukla SIZE= parametresi taşıyan bir komuttan), RCPT TO komutundan ve DATA aşamasındaki son noktadan sonra görülür. Sık görülen metinler:

452 4.5.3 Error: too many recipients (Postfix; smtpd_recipient_limit değerinin izin verdiğinden fazla RCPT komutu, varsayılan sınır 1000)
452 4.5.3 Your message has too many recipients (Gmail)
452 4.3.1 Insufficient system storage (Postfix; kuyruk için boş alan queue_minfree değerinin altında ya da bildirilen SIZE için yetersiz)
452 4.3.1 Insufficient system resources (Microsoft Exchange geri basınç (back pressure) mekanizması; aktarım sunucusunda disk alanı ya da bellek azaldı)
452 4.2.2 The email account that you tried to reach is over quota (Gmail; alıcının posta kutusu dolu)

Durumları genişletilmiş durum kodu ayırt eder: 4.5.3 çok fazla alıcı, 4.3.1 tüm sunucuda depolama alanı sıkıntısı, 4.2.2 ise tek bir posta kutusunun kotasını aştığı anlamına gelir.'),
    ('452', 'tr', 'how_to_fix', 'Gönderen tarafta iseniz: "too many recipients" durumunda iletide bir sorun yoktur. Düzgün çalışan bir MTA kalan alıcıları kendiliğinden yeni bir işlemde gönderir; sizinki bunu yapmıyorsa ileti başına alıcı sayısını düşürün (Postfix''te smtp_destination_recipient_limit, varsayılanı 50, ya da uygulamanızdaki toplu gönderim boyutu) ve büyük dağıtımları 100 ya da daha az alıcılık gruplar hâlinde gönderin. Alıcı sunucudaki depolama alanı sıkıntısında bekleyin ve kuyruğunuzun yeniden denemesine izin verin. Dolu posta kutusunda (4.2.2) alıcının posta silmesi ya da kotasını artırması gerekir; ileti önemliyse kendisine başka bir yoldan haber verin.

Alıcı sunucuyu siz yönetiyorsanız: kuyruğun ve posta kutularının bulunduğu dosya sistemlerinde boş alanı ve boş inode sayısını (df -h, df -i), ayrıca sunucunun kendi eşiklerini, örneğin Postfix''te queue_minfree ve message_size_limit değerlerini ya da Exchange''de geri basınç (back pressure) ayarlarını ve kuyruk veritabanının bulunduğu diski denetleyin. Alıcı sınırına takılınıyorsa bunun bir uygulama sınırı mı (452 yanıtını koruyun) yoksa bilinçli bir site politikası mı olduğuna karar verin (RFC 5321 ikinci durumda 5yz yanıtına izin verir). Alıcıları asla sessizce düşürmeyin: fazla olanları reddedin, kabul ettiklerinizi koruyun.'),
    ('452', 'tr', 'retry', 'Evet. Çok fazla alıcı durumunda istemci reddedilen alıcıları hemen yeni bir işlemde gönderebilir; beklemeye gerek yoktur, çünkü sınır saat başına değil işlem başına uygulanır. Depolama alanı sıkıntısında kuyruktan olağan aralıklarla (birkaç dakikadan bir saate kadar) yeniden deneyin; alıcı taraf yer açtığında durum genellikle düzelir. Dolu posta kutusu (452 4.2.2) günlerce sürebilir; kuyrukta kalma süreniz dolduğunda ileti teslim edilemedi bildirimiyle geri döner.'),
    ('452', 'tr', 'note', 'Kaynaklar iki noktada ayrışır. Çok fazla alıcı: RFC 821 bu durum için 552 kodunu veriyordu; RFC 5321 bunu 452 olarak düzeltir ve istemcilerden bu durumdaki 552 yanıtını geçici saymalarını ister. Yine de bazı sunucular hâlâ 552, hatta 550 yanıtı verir; IANA kaydı da X.5.3 (çok fazla alıcı) kodunu 452 ile değil 451 ile eşleştirir.

Dolu posta kutuları: RFC 3463, X.2.2 (dolu posta kutusu) kodunu geçici bir durum olarak tasarlar ve Gmail 452 4.2.2 yanıtı gönderir; ancak IANA kaydı X.2.2 kodunu 552 ile eşleştirir ve birçok sunucu istemcilerin kalıcı hata saydığı 552 5.2.2 yanıtını verir.'),
    ('455', 'en', 'title', 'Server Unable to Accommodate Parameters'),
    ('455', 'en', 'description', 'RFC 5321 text: "Server unable to accommodate parameters". Section 4.1.1.11 says when to use it: the server understands the ESMTP parameters attached to a MAIL FROM or RCPT TO command (keywords such as SIZE, BODY, RET, NOTIFY or those of other extensions), but is temporarily unable to honour one or more of them, and the parameter''s own specification does not require a different code.

It is the temporary partner of 555, which says a parameter is not recognised or not implemented at all. Because most extensions define their own error replies (SIZE, for example, uses 452 and 552), 455 is rare in practice. When it does appear, the request itself is valid and may succeed later.'),
    ('455', 'en', 'seen_when', 'Only in reply to MAIL FROM or RCPT TO commands that carry ESMTP parameters, that is, keywords after the address, as in MAIL FROM:<a@example.com> BODY=8BITMIME SIZE=12345 or RCPT TO:<b@example.net> NOTIFY=FAILURE. Servers that send it usually repeat the RFC wording, sometimes followed by the parameter concerned.

A typical situation is a parameter that depends on a resource which is briefly unavailable, for example a delivery option handled by a separate service that is down or overloaded. Many servers report the same situations with 451 or 452 instead, or permanently with 555 or 501.'),
    ('455', 'en', 'how_to_fix', 'If you are sending: the message can simply wait in the queue and be retried. If it keeps failing, find out which parameter the server objects to (the reply text or your MTA log usually shows the full MAIL or RCPT line) and check that you only use parameters for extensions the server advertised in its EHLO reply. As a workaround your MTA can often send without the optional parameter, for example without the DSN options NOTIFY, RET, ENVID and ORCPT.

If you run the receiving server: find out which parameter could not be accommodated and why; the service behind it (a queue, a scheduler, a policy service) is usually unavailable or overloaded. If the condition is not really temporary, answer 555 instead so that senders do not retry in vain, and stop advertising the extension in EHLO while you cannot serve it.'),
    ('455', 'en', 'retry', 'Yes, as for any 4yz reply: keep the message queued and retry at normal intervals. If the same parameter is refused for hours, the condition is probably not temporary; send without the optional parameter or contact the receiving administrator.'),
    ('455', 'en', 'note', 'Many older code lists leave out 455 and 555 entirely, and some confuse them with 501 and 504. The distinction is narrow but real: 455 and 555 concern only the parameters of MAIL FROM and RCPT TO (RFC 5321 section 4.1.1.11); 501 is a syntax error in the arguments of any command; 504 is a parameter of a command that the server has not implemented.'),
    ('455', 'tr', 'title', 'Sunucu parametreleri karşılayamıyor'),
    ('455', 'tr', 'description', 'RFC 5321 metni: "Server unable to accommodate parameters". Ne zaman kullanılacağını bölüm 4.1.1.11 açıklar: sunucu MAIL FROM ya da RCPT TO komutuna eklenen ESMTP parametrelerini (SIZE, BODY, RET, NOTIFY gibi anahtar sözcükleri ya da başka uzantıların parametrelerini) anlamaktadır, ancak bunlardan birini ya da birkaçını geçici olarak karşılayamamaktadır ve parametrenin kendi belirtimi başka bir kod kullanılmasını gerektirmemektedir.

Bir parametrenin hiç tanınmadığını ya da hiç uygulanmadığını söyleyen 555 kodunun geçici eşidir. Çoğu SMTP uzantısı kendi hata yanıtlarını tanımladığından (örneğin SIZE uzantısı 452 ve 552 kodlarını kullanır) 455 uygulamada seyrek görülür. Görüldüğünde isteğin kendisi geçerlidir ve daha sonra başarılı olabilir.'),
    ('455', 'tr', 'seen_when', 'Yalnızca ESMTP parametresi taşıyan MAIL FROM ya da RCPT TO komutlarına yanıt olarak görülür; yani adresten sonra anahtar sözcük bulunan komutlara: MAIL FROM:<a@example.com> BODY=8BITMIME SIZE=12345 ya da RCPT TO:<b@example.net> NOTIFY=FAILURE gibi. Bu yanıtı gönderen sunucular çoğunlukla RFC metnini tekrarlar, bazen arkasına ilgili parametreyi ekler.

Tipik durum, kısa süreliğine kullanılamayan bir kaynağa bağlı bir parametredir; örneğin çalışmayan ya da aşırı yüklenmiş ayrı bir hizmetin yürüttüğü bir teslim seçeneği. Birçok sunucu aynı durumları 451 ya da 452 yanıtıyla, kalıcı olarak ise 555 ya da 501 yanıtıyla bildirir.'),
    ('455', 'tr', 'how_to_fix', 'Gönderen tarafta iseniz: ileti kuyrukta bekleyip yeniden denenebilir. Hata sürüyorsa sunucunun hangi parametreye itiraz ettiğini bulun (yanıt metni ya da MTA günlüğünüz genellikle MAIL veya RCPT satırının tamamını gösterir) ve yalnızca sunucunun EHLO yanıtında duyurduğu uzantıların parametrelerini kullandığınızı denetleyin. Geçici çözüm olarak MTA yazılımınız iletiyi çoğu zaman isteğe bağlı parametre olmadan, örneğin NOTIFY, RET, ENVID ve ORCPT DSN seçenekleri olmadan gönderebilir.

Alıcı sunucuyu siz yönetiyorsanız: hangi parametrenin neden karşılanamadığını bulun; arkasındaki hizmet (bir kuyruk, bir zamanlayıcı, bir politika hizmeti) genellikle çalışmıyor ya da aşırı yüklenmiştir. Durum aslında geçici değilse gönderenler boşuna yeniden denemesin diye 555 yanıtı verin ve hizmeti veremediğiniz sürece uzantıyı EHLO yanıtında duyurmayın.'),
    ('455', 'tr', 'retry', 'Evet, her 4yz yanıtında olduğu gibi: iletiyi kuyrukta tutun ve olağan aralıklarla yeniden deneyin. Aynı parametre saatlerce reddediliyorsa durum büyük olasılıkla geçici değildir; iletiyi isteğe bağlı parametre olmadan gönderin ya da alıcı tarafın yöneticisiyle görüşün.'),
    ('455', 'tr', 'note', 'Eski kod listelerinin çoğu 455 ve 555 kodlarını hiç içermez; bazıları da bunları 501 ve 504 ile karıştırır. Ayrım ince ama gerçektir: 455 ve 555 yalnızca MAIL FROM ve RCPT TO komutlarının parametreleriyle ilgilidir (RFC 5321, bölüm 4.1.1.11); 501 herhangi bir komutun argümanlarındaki söz dizimi hatasıdır; 504 ise sunucunun uygulamadığı bir komut parametresidir.'),
    ('432', 'en', 'title', 'Password Transition Needed'),
    ('432', 'en', 'description', 'RFC 4954 (SMTP AUTH) defines "432 4.7.12 A password transition is needed" as a reply to the AUTH command. The user has to transition to the SASL mechanism the client selected before that mechanism can be used, and the RFC says how: authenticate once with the PLAIN mechanism; after that, the selected mechanism should work in later sessions.

In practice this concerns mechanisms that need a password-derived secret stored on the server, such as CRAM-MD5, DIGEST-MD5 or SCRAM, when the server holds the password only in a form that PLAIN can check, for example after an account migration or a password reset. One PLAIN login lets the server build what the stronger mechanism needs. The condition is temporary in the 4yz sense, and nothing is wrong with the password itself.'),
    ('432', 'en', 'seen_when', 'Only in reply to AUTH, after the client has named a mechanism. The RFC text with its enhanced code is "432 4.7.12 A password transition is needed".

It is rare on the public Internet: most submission servers offer PLAIN and LOGIN over TLS, where no transition is ever needed. You are most likely to meet it when a mail client is set to CRAM-MD5, DIGEST-MD5 or SCRAM-SHA-* against a server that keeps separate credentials per mechanism.'),
    ('432', 'en', 'how_to_fix', 'If you are the user: switch the account in your mail program to the PLAIN mechanism (often called "normal password"), over a TLS-protected connection on port 587 with STARTTLS or port 465 with implicit TLS, log in once, and switch back to the stronger mechanism afterwards if you want it. Never do the PLAIN step over an unencrypted connection, because PLAIN sends the password in readable form. If the client does not let you choose the mechanism, ask the administrator.

If you run the server: check which password schemes your authentication backend stores for each user (for example the password scheme in Dovecot, which Postfix often uses for SASL) and whether the mechanisms you advertise in the EHLO AUTH line can work with them. Either advertise only mechanisms that work for every account, or make sure that a PLAIN login updates the stored credentials as the RFC intends.'),
    ('432', 'en', 'retry', 'Retrying the same AUTH with the same mechanism keeps failing until the transition has happened, even though the code is 4xx. Authenticate once with PLAIN over TLS; afterwards the original mechanism should work. A mail client that receives 432 should not discard the stored password, because it has not been reported as wrong.'),
    ('432', 'en', 'note', 'Several ESP and blog lists describe 432 as a Microsoft Exchange condition meaning that the recipient''s incoming mail queue has been stopped. That is not a standard meaning: RFC 4954 defines 432 only as a reply to AUTH, paired with the enhanced code 4.7.12. A 432 seen while delivering to a recipient is a server-specific reply; read its text and enhanced code rather than a generic list.

The IANA registry also lists 422 next to 432 for X.7.12, although no RFC defines 422 as a reply code.'),
    ('432', 'tr', 'title', 'Parola geçişi gerekli'),
    ('432', 'tr', 'description', 'RFC 4954 (SMTP AUTH), "432 4.7.12 A password transition is needed" yanıtını AUTH komutuna verilen bir yanıt olarak tanımlar. Kullanıcının, istemcinin seçtiği SASL mekanizmasına geçiş yapması gerekir; bu yapılmadan o mekanizma kullanılamaz. RFC yolunu da gösterir: bir kez PLAIN mekanizmasıyla kimlik doğrulama yapılır, ardından seçilen mekanizma sonraki oturumlarda çalışmalıdır.

Uygulamada bu durum, sunucuda paroladan türetilmiş bir sırrın saklanmasını gerektiren CRAM-MD5, DIGEST-MD5 ya da SCRAM gibi mekanizmalarda, sunucu parolayı yalnızca PLAIN ile denetlenebilecek biçimde tutuyorsa ortaya çıkar; örneğin bir hesap taşımasından ya da parola sıfırlamasından sonra. Tek bir PLAIN oturum açma, sunucunun daha güçlü mekanizmanın ihtiyaç duyduğu bilgiyi oluşturmasını sağlar. Durum 4yz anlamında geçicidir; parolanın kendisinde bir sorun yoktur.'),
    ('432', 'tr', 'seen_when', 'Yalnızca AUTH komutuna, istemci bir mekanizma adı verdikten sonra yanıt olarak görülür. Genişletilmiş durum koduyla birlikte RFC metni "432 4.7.12 A password transition is needed" şeklindedir.

İnternette seyrek rastlanır: gönderim sunucularının çoğu TLS üzerinden PLAIN ve LOGIN sunar ve bu mekanizmalarda geçiş hiç gerekmez. En çok, e-posta istemcisi CRAM-MD5, DIGEST-MD5 ya da SCRAM-SHA-* kullanacak biçimde ayarlanmışken her mekanizma için ayrı kimlik bilgileri tutan bir sunucuya bağlanıldığında karşılaşılır.'),
    ('432', 'tr', 'how_to_fix', 'Kullanıcı sizseniz: e-posta programınızda hesabı PLAIN mekanizmasına (çoğu zaman "normal parola" olarak geçer) alın; TLS ile korunan bir bağlantıda, yani STARTTLS ile 587 numaralı portta ya da doğrudan TLS ile 465 numaralı portta bir kez oturum açın, isterseniz ardından daha güçlü mekanizmaya geri dönün. PLAIN adımını asla şifrelenmemiş bir bağlantıda yapmayın, çünkü PLAIN parolayı okunabilir biçimde gönderir. İstemci mekanizma seçmenize izin vermiyorsa yöneticiye başvurun.

Sunucuyu siz yönetiyorsanız: kimlik doğrulama altyapınızın her kullanıcı için hangi parola şemasını sakladığını (örneğin Postfix''in SASL için sıkça kullandığı Dovecot''taki parola şemasını) ve EHLO yanıtındaki AUTH satırında duyurduğunuz mekanizmaların bunlarla çalışıp çalışamayacağını denetleyin. Ya yalnızca her hesapta çalışan mekanizmaları duyurun ya da RFC''nin öngördüğü gibi bir PLAIN oturum açmanın saklanan kimlik bilgilerini güncellediğinden emin olun.'),
    ('432', 'tr', 'retry', 'Kod 4xx olsa da aynı AUTH komutunu aynı mekanizmayla yinelemek, geçiş gerçekleşene kadar başarısız olmaya devam eder. TLS üzerinden bir kez PLAIN ile kimlik doğrulaması yapın; ardından asıl mekanizma çalışmalıdır. 432 yanıtı alan bir e-posta istemcisi kayıtlı parolayı silmemelidir, çünkü parolanın yanlış olduğu bildirilmemiştir.'),
    ('432', 'tr', 'note', 'Bazı e-posta hizmeti sağlayıcılarının ve blogların listeleri 432 kodunu, alıcının gelen posta kuyruğunun durdurulduğu anlamına gelen bir Microsoft Exchange durumu olarak anlatır. Bu standart bir anlam değildir: RFC 4954, 432 kodunu yalnızca AUTH komutuna verilen ve 4.7.12 genişletilmiş durum koduyla eşleşen bir yanıt olarak tanımlar. Bir alıcıya teslim sırasında görülen 432 yanıtı sunucuya özgüdür; genel bir liste yerine yanıtın metnine ve genişletilmiş durum koduna bakın.

IANA kaydı X.7.12 için 432 kodunun yanında 422 kodunu da listeler; oysa hiçbir RFC 422 kodunu bir yanıt kodu olarak tanımlamaz.'),
    ('454', 'en', 'title', 'Temporary Authentication Failure or TLS Not Available'),
    ('454', 'en', 'description', '454 has two defined meanings, and the command you have just sent tells you which one applies.

After AUTH (RFC 4954): "454 4.7.0 Temporary authentication failure". The server could not complete the authentication because of a problem on its own side, for example because its password database or authentication daemon cannot be reached. The RFC says the client should not ask the user for another password in this case but report a server failure: the credentials were never judged wrong.

After STARTTLS (RFC 3207): "454 TLS not available due to temporary reason". The server advertised STARTTLS but cannot start a TLS session right now, typically because its certificate or private key cannot be loaded. The client may continue without encryption or, if its policy requires TLS, end the session and try again later.'),
    ('454', 'en', 'seen_when', 'After AUTH, typical texts are:

454 4.7.0 Temporary authentication failure (the RFC text; Postfix, for example, sends it when its SASL backend such as the Dovecot auth service does not answer)
454 4.7.0 Cannot authenticate due to temporary system problem. Try again later. (Gmail)
454 4.7.0 Too many login attempts, please try again later. (Gmail, after repeated failed logins)

After STARTTLS:

454 4.7.0 TLS not available due to local problem (Postfix, certificate or key file missing or unreadable)
454 TLS not available due to temporary reason (the RFC text)

A reply such as "454 4.7.1 <user@example.com>: Relay access denied" belongs to neither meaning; see the note.'),
    ('454', 'en', 'how_to_fix', 'Authentication, as a user: do not change your password because of a 454. Wait a few minutes and send again. If the text says there were too many login attempts, find the client or device that keeps trying with an old password, stop it, and then wait. With Gmail and similar providers, also check that the account may use SMTP with the method you use (app password or OAuth). As the administrator: check the authentication backend. With Postfix and Dovecot SASL, look in the mail log for warnings about the auth socket (smtpd_sasl_path, usually private/auth) and make sure Dovecot''s auth service is running; with Cyrus SASL, check saslauthd. Then check the database, LDAP or Active Directory server behind it, and any rate limiting of failed logins.

STARTTLS, as the sender: your mail can still go out unencrypted unless you require TLS; if you do (for example Postfix smtp_tls_security_level = encrypt, or a destination with MTA-STS or DANE), the message waits in the queue. As the administrator: look for TLS errors in the log at startup and at each STARTTLS. Check that the certificate and key files (Postfix smtpd_tls_cert_file and smtpd_tls_key_file, or smtpd_tls_chain_files) exist, are readable by the mail server, belong together and have not expired, and that the key is not protected by a passphrase.'),
    ('454', 'en', 'retry', 'Yes, both meanings are temporary. After AUTH, retry after a short wait; a mail client should keep the stored password and retry instead of prompting the user. If the server has locked you out after too many attempts, wait longer and first stop whatever is sending the bad attempts. After STARTTLS, a server-to-server sender either continues without TLS or, when its policy demands TLS, keeps the message queued and retries at normal queue intervals.'),
    ('454', 'en', 'note', 'The two meanings come from two RFCs (RFC 4954 for AUTH, RFC 3207 for STARTTLS) and can only be told apart by the command that was answered. Some popular code lists merge them and attach the text "Encryption required for requested authentication mechanism" to 454; that text belongs to 538 (X.7.11), which RFC 4954 keeps for historical purposes only.

Another common sight, "454 4.7.1 Relay access denied", is Postfix''s relay refusal (normally 554 5.7.1) turned into a temporary reply, for example by soft_bounce = yes. It means the server will not relay for you, and it will keep failing until you authenticate or send to a domain that the server accepts mail for.'),
    ('454', 'tr', 'title', 'Geçici kimlik doğrulama hatası ya da TLS kullanılamıyor'),
    ('454', 'tr', 'description', '454 kodunun tanımlı iki anlamı vardır; hangisinin geçerli olduğunu az önce gönderdiğiniz komut belirler.

AUTH komutundan sonra (RFC 4954): "454 4.7.0 Temporary authentication failure". Sunucu kimlik doğrulamayı kendi tarafındaki bir sorun yüzünden tamamlayamamıştır; örneğin parola veritabanına ya da kimlik doğrulama hizmetine ulaşılamamaktadır. RFC''ye göre istemci bu durumda kullanıcıdan yeni bir parola istememeli, sunucu hatasını bildirmelidir: kimlik bilgileri yanlış bulunmuş değildir.

STARTTLS komutundan sonra (RFC 3207): "454 TLS not available due to temporary reason". Sunucu STARTTLS desteğini duyurmuş, ancak şu an bir TLS oturumu başlatamamaktadır; bunun olağan nedeni sertifikanın ya da özel anahtarın yüklenememesidir. İstemci şifreleme (TLS) olmadan devam edebilir ya da politikası TLS gerektiriyorsa oturumu kapatıp daha sonra yeniden deneyebilir.'),
    ('454', 'tr', 'seen_when', 'AUTH komutundan sonra sık görülen metinler:

454 4.7.0 Temporary authentication failure (RFC metni; örneğin Postfix, Dovecot kimlik doğrulama hizmeti gibi SASL altyapısı yanıt vermediğinde gönderir)
454 4.7.0 Cannot authenticate due to temporary system problem. Try again later. (Gmail)
454 4.7.0 Too many login attempts, please try again later. (Gmail; art arda başarısız oturum açma denemelerinden sonra)

STARTTLS komutundan sonra:

454 4.7.0 TLS not available due to local problem (Postfix; sertifika ya da anahtar dosyası yok veya okunamıyor)
454 TLS not available due to temporary reason (RFC metni)

"454 4.7.1 <user@example.com>: Relay access denied" gibi bir yanıt bu iki anlamdan hiçbirine girmez; açıklaması kaynakların ayrıştığı noktalar bölümündedir.'),
    ('454', 'tr', 'how_to_fix', 'Kimlik doğrulama, kullanıcı olarak: 454 yanıtı yüzünden parolanızı değiştirmeyin. Birkaç dakika bekleyip yeniden gönderin. Metin çok fazla oturum açma denemesinden söz ediyorsa eski parolayla denemeyi sürdüren istemciyi ya da cihazı bulup durdurun, sonra bekleyin. Gmail ve benzeri sağlayıcılarda hesabın kullandığınız yöntemle (uygulama parolası ya da OAuth) SMTP kullanmasına izin verildiğini de denetleyin. Yönetici olarak: kimlik doğrulama altyapısını inceleyin. Postfix ve Dovecot SASL kullanıyorsanız posta günlüğünde kimlik doğrulama soketiyle (smtpd_sasl_path, genellikle private/auth) ilgili uyarılara bakın ve Dovecot kimlik doğrulama hizmetinin çalıştığından emin olun; Cyrus SASL kullanıyorsanız saslauthd hizmetini denetleyin. Ardından arkadaki veritabanını, LDAP ya da Active Directory sunucusunu ve başarısız oturum açmalara uygulanan hız sınırlarını gözden geçirin.

STARTTLS, gönderen olarak: TLS zorunlu tutmadığınız sürece postanız şifrelenmeden de gidebilir; zorunlu tutuyorsanız (örneğin Postfix''te smtp_tls_security_level = encrypt ya da MTA-STS veya DANE kullanan bir hedef) ileti kuyrukta bekler. Yönetici olarak: günlükte açılış sırasında ve her STARTTLS komutunda oluşan TLS hatalarına bakın. Sertifika ve anahtar dosyalarının (Postfix''te smtpd_tls_cert_file ve smtpd_tls_key_file ya da smtpd_tls_chain_files) var olduğunu, posta sunucusu tarafından okunabildiğini, birbirine ait olduğunu ve süresinin dolmadığını, anahtarın da bir parolayla korunmadığını denetleyin.'),
    ('454', 'tr', 'retry', 'Evet, iki anlam da geçicidir. AUTH sonrasında kısa bir beklemenin ardından yeniden deneyin; e-posta istemcisi kullanıcıya yeniden parola sormak yerine kayıtlı parolayı koruyup yeniden denemelidir. Sunucu çok fazla deneme yüzünden sizi geçici olarak engellediyse daha uzun bekleyin ve önce hatalı denemeleri gönderen kaynağı durdurun. STARTTLS sonrasında sunucudan sunucuya gönderim yapan bir gönderen ya TLS olmadan devam eder ya da politikası TLS gerektiriyorsa iletiyi kuyrukta tutup olağan aralıklarla yeniden dener.'),
    ('454', 'tr', 'note', 'İki anlam iki ayrı RFC belgesinden gelir (AUTH için RFC 4954, STARTTLS için RFC 3207) ve ancak yanıtlanan komuta bakılarak ayırt edilebilir. Bazı yaygın kod listeleri bunları birleştirir ve 454 koduna "Encryption required for requested authentication mechanism" metnini ekler; bu metin, RFC 4954 belgesinin yalnızca tarihsel amaçla koruduğu 538 koduna (X.7.11) aittir.

Sık rastlanan "454 4.7.1 Relay access denied" yanıtı ise Postfix''in normalde 554 5.7.1 olan aktarma reddinin, örneğin soft_bounce = yes ayarıyla geçici bir yanıta dönüştürülmüş hâlidir. Sunucunun sizin için aktarma yapmayacağı anlamına gelir ve siz kimlik doğrulaması yapana ya da sunucunun posta kabul ettiği bir alan adına gönderene kadar başarısız olmaya devam eder.');

INSERT INTO code_references (code, position, document, section) VALUES
    ('421', 1, 'RFC 5321', '4.2.3'),
    ('421', 2, 'RFC 5321', '3.8'),
    ('421', 3, 'RFC 5321', '4.2.2'),
    ('421', 4, 'RFC 5321', '4.3.2'),
    ('421', 5, 'RFC 5321', '4.2'),
    ('450', 1, 'RFC 5321', '4.2.3'),
    ('450', 2, 'RFC 5321', '4.2.2'),
    ('450', 3, 'RFC 5321', '4.3.2'),
    ('450', 4, 'RFC 2645', '5.2.1'),
    ('451', 1, 'RFC 5321', '4.2.3'),
    ('451', 2, 'RFC 5321', '4.2.2'),
    ('451', 3, 'RFC 5321', '3.8'),
    ('451', 4, 'RFC 5321', '4.3.2'),
    ('451', 5, 'RFC 2645', '5.2.1'),
    ('451', 6, 'RFC 4468', '5'),
    ('452', 1, 'RFC 5321', '4.2.3'),
    ('452', 2, 'RFC 5321', '4.5.3.1.10'),
    ('452', 3, 'RFC 5321', '4.2.2'),
    ('452', 4, 'RFC 5321', '4.3.2'),
    ('452', 5, 'RFC 1870', '6.1'),
    ('452', 6, 'RFC 1870', '6.4'),
    ('455', 1, 'RFC 5321', '4.1.1.11'),
    ('455', 2, 'RFC 5321', '4.2.3'),
    ('455', 3, 'RFC 5321', '4.2.2'),
    ('455', 4, 'RFC 5321', '4.3.2'),
    ('432', 1, 'RFC 4954', '6'),
    ('454', 1, 'RFC 4954', '6'),
    ('454', 2, 'RFC 3207', '4');

INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('421', 1, 'greeting', 'RFC 5321', '4.2'),
    ('421', 2, 'any command', 'RFC 5321', '4.3.2'),
    ('450', 1, 'RCPT', 'RFC 5321', '4.3.2'),
    ('450', 2, 'DATA', 'RFC 5321', '4.3.2'),
    ('450', 3, 'ATRN', 'RFC 2645', '5.2.1'),
    ('451', 1, 'MAIL', 'RFC 5321', '4.3.2'),
    ('451', 2, 'RCPT', 'RFC 5321', '4.3.2'),
    ('451', 3, 'DATA', 'RFC 5321', '4.3.2'),
    ('451', 4, 'dropped connection', 'RFC 5321', '3.8'),
    ('451', 5, 'ATRN', 'RFC 2645', '5.2.1'),
    ('451', 6, 'BURL', 'RFC 4468', '5'),
    ('452', 1, 'MAIL', 'RFC 5321', '4.3.2'),
    ('452', 2, 'RCPT', 'RFC 5321', '4.5.3.1.10'),
    ('452', 3, 'DATA', 'RFC 5321', '4.3.2'),
    ('452', 4, 'SIZE', 'RFC 1870', '6.1'),
    ('455', 1, 'MAIL', 'RFC 5321', '4.1.1.11'),
    ('455', 2, 'RCPT', 'RFC 5321', '4.1.1.11'),
    ('432', 1, 'AUTH', 'RFC 4954', '6'),
    ('454', 1, 'AUTH', 'RFC 4954', '6'),
    ('454', 2, 'STARTTLS', 'RFC 3207', '4');

INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('421', 1, 'en', 'Sent instead of the 220 greeting when the server will not serve this connection now (overload, connection limits, throttling); the client should disconnect and try again later.'),
    ('421', 1, 'tr', 'Sunucu bu bağlantıya şu an hizmet vermeyecekse (aşırı yük, bağlantı sınırları, kısıtlama) 220 karşılama mesajının yerine gönderilir; istemci bağlantıyı kapatıp daha sonra yeniden denemelidir.'),
    ('421', 2, 'en', 'The service is shutting down or cannot continue and closes the channel; it may answer any command or arrive unprompted, and everything not yet accepted must be retried later.'),
    ('421', 2, 'tr', 'Hizmet kapanıyor ya da devam edemiyor ve iletim kanalını kapatıyor; yanıt herhangi bir komuta verilebilir ya da kendiliğinden gelebilir, henüz kabul edilmemiş her şey daha sonra yeniden denenmelidir.'),
    ('450', 1, 'en', 'The recipient is not accepted for now (mailbox busy, greylisting, a temporary policy block or a lookup that failed); the client keeps this recipient queued and retries.'),
    ('450', 1, 'tr', 'Alıcı şimdilik kabul edilmiyor (meşgul posta kutusu, gri listeleme, geçici bir politika engeli ya da başarısız bir sorgu); istemci bu alıcıyı kuyrukta tutar ve yeniden dener.'),
    ('450', 2, 'en', 'After the end of the message data: the whole message is deferred for a policy reason, for example a content check that could not reach a verdict; the client keeps the message and retries.'),
    ('450', 2, 'tr', 'İleti verisinin sonunda: iletinin tamamı bir politika nedeniyle erteleniyor, örneğin karara varamayan bir içerik denetimi yüzünden; istemci iletiyi elinde tutar ve yeniden dener.'),
    ('450', 3, 'en', 'ATRN request refused: the On-Demand Mail Relay server will not reverse the connection for the requested domains at this time.'),
    ('450', 3, 'tr', 'ATRN isteği reddedildi: On-Demand Mail Relay sunucusu istenen alan adları için bağlantıyı şu an tersine çevirmeyecek.'),
    ('451', 1, 'en', 'The sender could not be processed because of a temporary local problem, such as a DNS or policy lookup that failed; no transaction was started and the client retries later.'),
    ('451', 1, 'tr', 'Gönderen, başarısız bir DNS ya da politika sorgusu gibi geçici bir yerel sorun yüzünden işlenemedi; işlem başlatılmadı, istemci daha sonra yeniden dener.'),
    ('451', 2, 'en', 'This recipient could not be processed right now (lookup failure, greylisting, an unreachable policy service); other recipients of the same transaction may still have been accepted.'),
    ('451', 2, 'tr', 'Bu alıcı şu an işlenemedi (sorgu hatası, gri listeleme, ulaşılamayan bir politika hizmeti); aynı işlemdeki diğer alıcılar yine de kabul edilmiş olabilir.'),
    ('451', 3, 'en', 'Reply after the final dot: processing the message failed temporarily (queue write error, content filter down); the server must not deliver it and the client keeps it for a retry.'),
    ('451', 3, 'tr', 'Son noktadan sonraki yanıt: iletinin işlenmesi geçici olarak başarısız oldu (kuyruk yazma hatası, çalışmayan içerik filtresi); sunucu iletiyi teslim etmemeli, istemci onu yeniden denemek üzere tutar.'),
    ('451', 4, 'en', 'When the connection is closed or reset unexpectedly, the client should act as if it had received 451: the transaction is incomplete and the message is retried later.'),
    ('451', 4, 'tr', 'Bağlantı beklenmedik biçimde kapanır ya da sıfırlanırsa istemci 451 yanıtı almış gibi davranmalıdır: işlem tamamlanmamıştır ve ileti daha sonra yeniden denenir.'),
    ('451', 5, 'en', 'Unable to process ATRN request now: the On-Demand Mail Relay server cannot reverse the connection at the moment; the client should try again later.'),
    ('451', 5, 'tr', 'ATRN isteği şu an işlenemiyor: On-Demand Mail Relay sunucusu bağlantıyı şimdilik tersine çeviremiyor; istemci daha sonra yeniden denemelidir.'),
    ('451', 6, 'en', '451 4.4.1 IMAP server unavailable: the submission server could not reach the IMAP server that holds the message content referenced by BURL; the condition is temporary.'),
    ('451', 6, 'tr', '451 4.4.1 IMAP server unavailable: gönderim sunucusu, BURL ile gösterilen ileti içeriğini barındıran IMAP sunucusuna ulaşamadı; durum geçicidir.'),
    ('452', 1, 'en', 'The server lacks storage or other resources to start a transaction now; the client retries later.'),
    ('452', 1, 'tr', 'Sunucunun şu an bir işlem başlatacak depolama alanı ya da başka kaynağı yok; istemci daha sonra yeniden dener.'),
    ('452', 2, 'en', 'Too many recipients: the server''s limit on RCPT commands per transaction is reached (or it has no room for this recipient); the client sends the remaining recipients in another transaction.'),
    ('452', 2, 'tr', 'Çok fazla alıcı: sunucunun işlem başına RCPT komutu sınırı doldu (ya da bu alıcı için yer kalmadı); istemci kalan alıcıları başka bir işlemde gönderir.'),
    ('452', 3, 'en', 'After the final dot: there is not enough storage to accept the message now; the client keeps it and retries.'),
    ('452', 3, 'tr', 'Son noktadan sonra: iletiyi şu an kabul etmeye yetecek depolama alanı yok; istemci iletiyi tutar ve yeniden dener.'),
    ('452', 4, 'en', 'The size declared with SIZE= (in MAIL FROM, or a per-recipient limit checked at RCPT) cannot be accommodated with the space free at the moment; unlike 552, the client should requeue the message and retry later.'),
    ('452', 4, 'tr', 'SIZE= ile bildirilen boyut (MAIL FROM komutunda ya da RCPT aşamasında denetlenen alıcı başına sınırda) o an boş olan alanla karşılanamıyor; 552 yanıtından farklı olarak istemci iletiyi kuyruğa geri koyup daha sonra yeniden denemelidir.'),
    ('455', 1, 'en', 'One or more ESMTP parameters of MAIL FROM are understood but cannot be honoured right now; retry later.'),
    ('455', 1, 'tr', 'MAIL FROM komutunun ESMTP parametrelerinden biri ya da birkaçı anlaşıldı ama şu an karşılanamıyor; daha sonra yeniden deneyin.'),
    ('455', 2, 'en', 'One or more ESMTP parameters of RCPT TO (for example DSN options) are understood but cannot be honoured right now for this recipient; retry later.'),
    ('455', 2, 'tr', 'RCPT TO komutunun ESMTP parametrelerinden biri ya da birkaçı (örneğin DSN seçenekleri) anlaşıldı ama bu alıcı için şu an karşılanamıyor; daha sonra yeniden deneyin.'),
    ('432', 1, 'en', 'A password transition is needed (4.7.12): authenticate once with PLAIN, over TLS, so that the selected SASL mechanism works in later sessions.'),
    ('432', 1, 'tr', 'Parola geçişi gerekli (4.7.12): seçilen SASL mekanizmasının sonraki oturumlarda çalışması için TLS üzerinden bir kez PLAIN ile kimlik doğrulaması yapın.'),
    ('454', 1, 'en', '454 4.7.0 Temporary authentication failure: the server could not complete authentication because of its own temporary problem; the password was not rejected, so the client retries later instead of asking for new credentials.'),
    ('454', 1, 'tr', '454 4.7.0 Temporary authentication failure: sunucu kimlik doğrulamayı kendi geçici sorunu yüzünden tamamlayamadı; parola reddedilmedi, bu yüzden istemci yeni kimlik bilgileri istemek yerine daha sonra yeniden dener.'),
    ('454', 2, 'en', 'TLS not available due to temporary reason: the server cannot start TLS right now; the client may continue unencrypted or, if it requires TLS, end the session and retry later.'),
    ('454', 2, 'tr', 'TLS not available due to temporary reason: sunucu şu an TLS başlatamıyor; istemci şifrelemeden devam edebilir ya da TLS zorunluysa oturumu kapatıp daha sonra yeniden dener.');

INSERT INTO related_codes (code, related, position) VALUES
    ('421', 'X.7.0', 1),
    ('421', '451', 2),
    ('421', 'X.7.28', 3),
    ('421', 'X.4.2', 4),
    ('421', '554', 5),
    ('450', '550', 1),
    ('450', '451', 2),
    ('450', 'X.7.1', 3),
    ('450', 'X.2.1', 4),
    ('450', '421', 5),
    ('451', '450', 1),
    ('451', '421', 2),
    ('451', 'X.3.0', 3),
    ('451', 'X.4.3', 4),
    ('451', 'X.7.24', 5),
    ('452', '552', 1),
    ('452', 'X.5.3', 2),
    ('452', 'X.3.1', 3),
    ('452', 'X.2.2', 4),
    ('452', '451', 5),
    ('455', '555', 1),
    ('455', '501', 2),
    ('455', 'X.5.4', 3),
    ('455', '452', 4),
    ('432', 'X.7.12', 1),
    ('432', '535', 2),
    ('432', '534', 3),
    ('432', '454', 4),
    ('454', '535', 1),
    ('454', '530', 2),
    ('454', 'X.7.0', 3),
    ('454', '432', 4);
