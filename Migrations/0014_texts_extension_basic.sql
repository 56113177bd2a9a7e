-- Texts for the basic codes that come from SMTP extensions, experimental RFCs, drafts and the
-- IANA registry: ETRN (RFC 1985), ATRN (RFC 2645), CHECKPOINT (RFC 1845, experimental), the
-- no-mail codes of RFC 7504, the registry-only basic codes and the draft-only codes. Every code
-- gets all fields in English and Turkish, its references, usages and related codes.

-- 253
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('253', 'en', 'title', 'Pending Messages for Node Started'),
    ('253', 'en', 'description', 'A success reply to ETRN, defined by RFC 1985 with the text ''OK, <n> pending messages for node <x> started''. The server has accepted the request, found n messages waiting in its queue for the named host or domain, and has started a queue run for them. The messages are not delivered inside this session: the server opens a new, separate SMTP connection to the client''s mail host to hand them over.'),
    ('253', 'en', 'seen_when', 'Only after an ETRN command, typically sent by a site whose mail server is not always online (a backup MX customer, a small office on an intermittent link) to its provider''s relay, for example ''ETRN example.com'' or ''ETRN @example.com''. Tools such as fetchmail in ETRN mode, the etrn script shipped with Sendmail or a cron job send it as soon as the link comes up.'),
    ('253', 'en', 'how_to_fix', 'Nothing is wrong; the reply confirms that delivery has been started. The messages arrive as ordinary inbound SMTP connections, so your own server must be reachable from the provider on port 25 and must accept mail for the domain; watch your MTA log (for example /var/log/mail.log) for those connections. If nothing arrives, ask the provider to check their queue and the route they use to reach your host.'),
    ('253', 'en', 'retry', 'No retry is needed. Send ETRN again only on your normal schedule or after the link has been down again; repeating it in a loop does not speed up the queue run, and some servers limit how often it may be used.'),
    ('253', 'en', 'note', 'Under ETRN, 250, 251 and 252 change meaning as well (251: no messages are waiting; 252: pending messages were started), which conflicts with their RFC 5321 meanings; 253 exists only here. Clients usually treat 252 and 253 alike. The IANA enhanced status code registry lists 253 among the basic codes associated with X.5.0.'),
    ('253', 'tr', 'title', 'Bekleyen iletiler için kuyruk işleme başlatıldı'),
    ('253', 'tr', 'description', 'RFC 1985 ile tanımlanan ETRN komutunun başarı yanıtlarından biridir; standart metni ''OK, <n> pending messages for node <x> started'' şeklindedir. Sunucu isteği kabul etmiş, adı verilen ana makine ya da alan adı için kuyruğunda n ileti bulunduğunu görmüş ve bunları göndermeye başlamıştır. İletiler bu oturum içinde gönderilmez; sunucu, teslim için istemcinin posta sunucusuna ayrı ve yeni bir SMTP bağlantısı açar.'),
    ('253', 'tr', 'seen_when', 'Yalnızca ETRN komutundan sonra görülür. Bu komutu genellikle sürekli çevrim içi olmayan bir posta sunucusu (yedek MX hizmeti alan bir kurum, bağlantısı kesintili küçük bir ofis) servis sağlayıcısının aktarma sunucusuna gönderir; örneğin ''ETRN example.com'' ya da ''ETRN @example.com''. ETRN modundaki fetchmail, Sendmail ile gelen etrn betiği veya bir cron görevi bu isteği bağlantı kurulur kurulmaz iletir.'),
    ('253', 'tr', 'how_to_fix', 'Ortada bir hata yoktur; yanıt teslimin başlatıldığını doğrular. İletiler sıradan gelen SMTP bağlantılarıyla ulaşacağından kendi sunucunuza servis sağlayıcıdan 25 numaralı port üzerinden erişilebilmeli ve sunucunuz ilgili alan adı için posta kabul etmelidir; bu bağlantıları MTA günlüğünde (örneğin /var/log/mail.log) izleyin. Hiçbir ileti gelmezse servis sağlayıcıdan kuyruğu ve sunucunuza ulaşmak için kullandığı yolu kontrol etmesini isteyin.'),
    ('253', 'tr', 'retry', 'Yeniden deneme gerekmez. ETRN komutunu yalnızca olağan zamanlamanızla ya da bağlantı yeniden kesilip geldikten sonra gönderin; komutu döngü içinde tekrarlamak kuyruk işlemeyi hızlandırmaz ve bazı sunucular komutun ne sıklıkla kullanılabileceğini sınırlar.'),
    ('253', 'tr', 'note', 'ETRN bağlamında 250, 251 ve 252 kodlarının da anlamı değişir (251: bekleyen ileti yok; 252: bekleyen iletilerin gönderimi başlatıldı) ve bu anlamlar RFC 5321 içindeki karşılıklarıyla çelişir; 253 ise yalnızca burada vardır. İstemciler 252 ve 253 yanıtlarını genellikle aynı biçimde ele alır. IANA genişletilmiş durum kodu kaydı 253 kodunu X.5.0 ile ilişkilendirilen temel kodlar arasında sayar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('253', 1, 'RFC 1985', '5');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('253', 1, 'ETRN', 'RFC 1985', '5');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('253', 1, 'en', 'Success: the server has started delivering the n messages it holds for the named node, over a separate connection to that node.'),
    ('253', 1, 'tr', 'Başarılı: sunucu, adı verilen düğüm için tuttuğu n iletiyi o düğüme açacağı ayrı bir bağlantı üzerinden göndermeye başlamıştır.');
INSERT INTO related_codes (code, related, position) VALUES
    ('253', '250', 1),
    ('253', '251', 2),
    ('253', '252', 3),
    ('253', '458', 4),
    ('253', 'X.5.0', 5);

-- 355
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('355', 'en', 'title', 'Restart Offset for Checkpointed Transaction'),
    ('355', 'en', 'description', 'An intermediate (3yz) reply from the experimental CHECKPOINT extension of RFC 1845; implementation code tables quote it as ''Octet-offset is the transaction offset'', where the first word stands for a number. It tells the client that the server still holds an interrupted transaction with the same TRANSID and how many octets of the message it already has, so the client can send only the rest instead of the whole message again.'),
    ('355', 'en', 'seen_when', 'Only with a server that advertises CHECKPOINT in its EHLO reply, when a client reconnects after a broken session and repeats MAIL FROM with the same TRANSID=<id> parameter it used before; the client then resumes the data phase from the offset. In practice it is almost never seen, because very few MTAs implemented RFC 1845.'),
    ('355', 'en', 'how_to_fix', 'Nothing to fix if your client implements CHECKPOINT: continue the transaction and send the message data starting at the given octet offset. A client that does not understand 355 should not send TRANSID at all; remove the parameter or turn the feature off, and the server will answer MAIL FROM with an ordinary 250. Administrators whose users'' clients get confused by it can stop advertising CHECKPOINT.'),
    ('355', 'en', 'retry', 'It is not a failure, so there is nothing to retry: the reply itself is the restart. If the resumed transfer breaks again, the client may reconnect and repeat MAIL FROM with the same TRANSID.'),
    ('355', 'en', 'note', 'RFC 1845 is Experimental and never advanced; a proposed update, draft-fanf-smtp-rfc1845bis, expired as an Internet-Draft. Apart from 334 (AUTH) and 354 (DATA), 355 is the only 3yz code in the SMTP family, and some reply-code validators reject it: sisimai, for example, accepts only 354 in the 3yz range.'),
    ('355', 'tr', 'title', 'Kesilen işlem için devam konumu'),
    ('355', 'tr', 'description', 'RFC 1845 ile tanımlanan deneysel CHECKPOINT uzantısının ara (3yz) yanıtıdır; uygulamaların kod tablolarında ''Octet-offset is the transaction offset'' olarak geçer ve ilk sözcüğün yerinde bir sayı bulunur. Sunucu, aynı TRANSID değerine sahip yarıda kalmış bir işlemi hâlâ sakladığını ve iletinin kaç sekizlisini (octet) zaten aldığını bildirir; böylece istemci iletinin tamamını değil, yalnızca kalan kısmını gönderir.'),
    ('355', 'tr', 'seen_when', 'Yalnızca EHLO yanıtında CHECKPOINT anahtar sözcüğünü duyuran bir sunucuda, kopan bir oturumdan sonra yeniden bağlanan istemci MAIL FROM komutunu daha önce kullandığı TRANSID=<kimlik> parametresiyle tekrarladığında görülür; istemci ardından veri aşamasına bildirilen konumdan devam eder. RFC 1845 çok az MTA tarafından uygulandığı için pratikte neredeyse hiç karşılaşılmaz.'),
    ('355', 'tr', 'how_to_fix', 'İstemciniz CHECKPOINT destekliyorsa düzeltilecek bir şey yoktur: işleme devam edip ileti verisini bildirilen konumdan itibaren gönderin. 355 yanıtını tanımayan bir istemci hiç TRANSID göndermemelidir; parametreyi kaldırın ya da özelliği kapatın, sunucu da MAIL FROM komutuna olağan 250 yanıtını versin. Kullanıcılarının istemcileri bu yanıtla sorun yaşayan yöneticiler CHECKPOINT duyurusunu kapatabilir.'),
    ('355', 'tr', 'retry', 'Bir hata olmadığı için yeniden denenecek bir şey yoktur; yanıtın kendisi kaldığı yerden devam etme olanağıdır. Devam eden gönderim yine kesilirse istemci yeniden bağlanıp aynı TRANSID ile MAIL FROM komutunu tekrarlayabilir.'),
    ('355', 'tr', 'note', 'RFC 1845 deneysel (Experimental) statüdedir ve standart yolunda hiç ilerlemedi; onu güncellemeyi amaçlayan draft-fanf-smtp-rfc1845bis taslağı da RFC olmadan süresi dolarak düştü. SMTP ailesinde 3yz sınıfında 334 (AUTH) ve 354 (DATA) dışındaki tek kod 355 yanıtıdır ve bazı yanıt kodu doğrulayıcıları onu reddeder; örneğin sisimai 3yz aralığında yalnızca 354 kodunu geçerli sayar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('355', 1, 'RFC 1845', '3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('355', 1, 'MAIL', 'RFC 1845', '3');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('355', 1, 'en', 'Reply to MAIL FROM carrying a TRANSID the server recognises: the interrupted transaction was kept, and the text gives the octet offset from which to resume the message data.'),
    ('355', 1, 'tr', 'Sunucunun tanıdığı bir TRANSID içeren MAIL FROM komutuna verilen yanıt: yarıda kalan işlem saklanmıştır ve metin, ileti verisine hangi sekizliden itibaren devam edileceğini bildirir.');
INSERT INTO related_codes (code, related, position) VALUES
    ('355', '354', 1),
    ('355', '250', 2),
    ('355', '451', 3);

-- 453
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('453', 'en', 'title', 'You Have No Mail (ATRN)'),
    ('453', 'en', 'description', 'A reply to ATRN in On-Demand Mail Relay (ODMR, RFC 2645), with the text ''You have no mail''. The client has authenticated and asked the relay to reverse the connection and deliver the mail held for its domains, but nothing is queued for them, so the roles are not swapped.'),
    ('453', 'en', 'seen_when', 'On an ODMR server (TCP port 366), after EHLO, a successful AUTH and ''ATRN example.com'' (several domains may be given, separated by commas). It is the normal answer whenever a site with a dynamic IP address polls for mail and nothing has arrived since its last poll.'),
    ('453', 'en', 'how_to_fix', 'Usually nothing: there is simply no mail, and the client should end the session with QUIT. If you expected mail, check that the domain''s MX record points at the provider''s relay, that the domain names in ATRN match the ones tied to your account, and ask the provider whether messages were rejected before they reached the queue.'),
    ('453', 'en', 'retry', 'Poll again on your normal schedule (for example every few minutes, or whenever the link comes up). Polling in a tight loop gains nothing.'),
    ('453', 'en', 'note', '453 is a 4yz code although nothing has failed; a client must not treat it as an error or bounce anything because of it. The IANA enhanced status code registry lists 453 among the basic codes associated with X.3.2 (System not accepting network messages), a pairing that fits ''You have no mail'' poorly.'),
    ('453', 'tr', 'title', 'Bekleyen posta yok (ATRN)'),
    ('453', 'tr', 'description', 'İsteğe bağlı posta aktarma (On-Demand Mail Relay, ODMR; RFC 2645) içinde ATRN komutuna verilen ve ''You have no mail'' metnini taşıyan yanıttır. İstemci kimlik doğrulamasını tamamlamış, aktarma sunucusundan bağlantıyı ters çevirip alan adları için bekleyen postayı teslim etmesini istemiştir; ancak bu alan adları için kuyrukta hiçbir ileti olmadığından roller değiştirilmez.'),
    ('453', 'tr', 'seen_when', 'Bir ODMR sunucusunda (TCP 366 numaralı port) EHLO, başarılı bir AUTH ve ''ATRN example.com'' komutlarından sonra görülür (virgülle ayrılmış birden çok alan adı da verilebilir). Dinamik IP adresli bir site postasını yokladığında ve son yoklamadan bu yana hiçbir şey gelmemişse verilen olağan yanıttır.'),
    ('453', 'tr', 'how_to_fix', 'Genellikle hiçbir şey yapmak gerekmez; yalnızca bekleyen posta yoktur ve istemci oturumu QUIT ile kapatmalıdır. Posta bekliyorsanız alan adınızın MX kaydının servis sağlayıcının aktarma sunucusunu gösterdiğini ve ATRN içinde verdiğiniz alan adlarının hesabınıza tanımlı adlarla aynı olduğunu kontrol edin; iletilerin kuyruğa ulaşmadan reddedilip reddedilmediğini de servis sağlayıcıya sorun.'),
    ('453', 'tr', 'retry', 'Olağan zamanlamanızla (örneğin birkaç dakikada bir ya da bağlantı her kurulduğunda) yeniden yoklayın; sık aralıklı bir döngüyle yoklamak hiçbir şey kazandırmaz.'),
    ('453', 'tr', 'note', 'Hiçbir şey başarısız olmadığı hâlde 453 bir 4yz kodudur; istemci bunu hata saymamalı ve bu yüzden hiçbir ileti için teslim edilemedi bildirimi üretmemelidir. IANA genişletilmiş durum kodu kaydı 453 kodunu X.3.2 (System not accepting network messages) ile ilişkilendirilen temel kodlar arasında sayar; bu eşleşme ''You have no mail'' anlamıyla pek örtüşmez.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('453', 1, 'RFC 2645', '5.2.1');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('453', 1, 'ATRN', 'RFC 2645', '5.2.1');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('453', 1, 'en', 'After a successful AUTH and ATRN: no messages are queued for the requested domains; the connection is not reversed and the client should QUIT.'),
    ('453', 1, 'tr', 'Başarılı bir AUTH ve ATRN komutundan sonra: istenen alan adları için kuyrukta ileti yoktur; bağlantı ters çevrilmez ve istemci QUIT göndermelidir.');
INSERT INTO related_codes (code, related, position) VALUES
    ('453', '250', 1),
    ('453', '450', 2),
    ('453', '451', 3),
    ('453', '530', 4),
    ('453', 'X.3.2', 5);

-- 458
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('458', 'en', 'title', 'Unable to Queue Messages for Node'),
    ('458', 'en', 'description', 'A transient failure reply to ETRN, defined by RFC 1985 with the text ''Unable to queue messages for node <x>''. The server understood the request and is willing in principle, but cannot start a queue run for that host or domain right now.'),
    ('458', 'en', 'seen_when', 'After ''ETRN <domain>'', when the server cannot start delivery for that name at the moment: its queue runner or flush service is busy or not running, the domain has no queue of its own that can be flushed on demand, or the system is short of resources. RFC 1985 notes that a minimal server which simply starts all its queues on every request never returns 458.'),
    ('458', 'en', 'how_to_fix', 'As the client, wait and send ETRN again later; in the meantime the mail still reaches you through the server''s normal retry schedule. As the server''s administrator, check the MTA log at the time of the request. On Postfix, smtpd answers 458 when the flush service cannot be reached or rejects the request, so check that the flush entry in master.cf is enabled and look for ETRN warnings in the mail log; postscreen answers every ETRN with 458 while it is still screening a client. Exim answers ''458 Already processing'' to a second ETRN for the same argument while an earlier run is going, because smtp_etrn_serialize is on by default.'),
    ('458', 'en', 'retry', 'Yes, later: the condition is temporary. Repeat ETRN after a few minutes; there is no need to hurry, since the server keeps trying to deliver the queued mail on its own retry schedule anyway.'),
    ('458', 'en', 'note', 'An ETRN reply only reports whether a queue run was started; the deliveries themselves happen on separate connections and succeed or fail on their own. The IANA enhanced status code registry lists 458 among the basic codes associated with X.5.0.'),
    ('458', 'tr', 'title', 'Düğüm için kuyruk işleme başlatılamadı'),
    ('458', 'tr', 'description', 'RFC 1985 ile tanımlanan ve ''Unable to queue messages for node <x>'' metnini taşıyan, ETRN komutuna verilen geçici hata yanıtıdır. Sunucu isteği anlamış ve ilke olarak yerine getirmeye hazırdır, ancak o ana makine ya da alan adı için şu anda kuyruk işlemeyi başlatamıyordur.'),
    ('458', 'tr', 'seen_when', '''ETRN <alan adı>'' komutundan sonra, sunucu o ad için teslimi o an başlatamadığında görülür: kuyruk işleyicisi ya da kuyruk boşaltma (flush) hizmeti meşguldür veya çalışmıyordur, alan adının istek üzerine boşaltılabilecek ayrı bir kuyruğu yoktur ya da sistemin kaynakları yetersizdir. RFC 1985, her istekte bütün kuyruklarını başlatan asgari bir sunucunun 458 yanıtını hiç döndürmeyeceğini belirtir.'),
    ('458', 'tr', 'how_to_fix', 'İstemci olarak bir süre bekleyip ETRN komutunu daha sonra yeniden gönderin; bu arada posta, sunucunun olağan yeniden deneme takvimiyle size ulaşmaya devam eder. Sunucu yöneticisi olarak isteğin yapıldığı andaki MTA günlüğüne bakın. Postfix''te smtpd, flush hizmetine ulaşamadığında ya da bu hizmet isteği reddettiğinde 458 yanıtını verir; master.cf içindeki flush satırının etkin olduğunu doğrulayın ve posta günlüğünde ETRN uyarılarını arayın. postscreen ise bir istemciyi incelemeyi bitirmeden gelen her ETRN isteğine 458 ile yanıt verir. Exim''de smtp_etrn_serialize varsayılan olarak açık olduğundan, aynı argüman için önceki kuyruk işleme sürerken gelen ikinci ETRN isteği ''458 Already processing'' yanıtını alır.'),
    ('458', 'tr', 'retry', 'Evet, daha sonra: durum geçicidir. ETRN komutunu birkaç dakika sonra tekrarlayın; acele etmeye gerek yoktur, çünkü sunucu kuyruktaki postayı kendi yeniden deneme takvimiyle zaten teslim etmeye çalışır.'),
    ('458', 'tr', 'note', 'ETRN yanıtı yalnızca kuyruk işlemenin başlatılıp başlatılmadığını bildirir; asıl teslimler ayrı bağlantılarla yapılır ve kendi başlarına başarılı ya da başarısız olur. IANA genişletilmiş durum kodu kaydı 458 kodunu X.5.0 ile ilişkilendirilen temel kodlar arasında sayar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('458', 1, 'RFC 1985', '5');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('458', 1, 'ETRN', 'RFC 1985', '5');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('458', 1, 'en', 'Temporary: the server cannot start a queue run for the named node at the moment; send ETRN again later.'),
    ('458', 1, 'tr', 'Geçici: sunucu adı verilen düğüm için şu anda kuyruk işlemeyi başlatamıyor; ETRN komutunu daha sonra yeniden gönderin.');
INSERT INTO related_codes (code, related, position) VALUES
    ('458', '459', 1),
    ('458', '253', 2),
    ('458', '250', 3),
    ('458', 'X.5.0', 4);

-- 459
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('459', 'en', 'title', 'Node Not Allowed'),
    ('459', 'en', 'description', 'A reply to ETRN, defined by RFC 1985 with the text ''Node <x> not allowed: <reason>''. The server refuses to start a queue run for the requested name, and the reason part of the text says why. Although it is a 4yz code, it is in effect a policy refusal.'),
    ('459', 'en', 'seen_when', 'After ''ETRN <domain>'' when the name is not one the server holds mail for on your behalf (a domain it does not relay or back up, or a typo), when ETRN is restricted to certain client addresses or authenticated users, or when the name is not eligible for an on-demand queue run. Postfix, for example, refuses ETRN for domains that are not listed in fast_flush_domains (by default $relay_domains) and applies smtpd_etrn_restrictions.'),
    ('459', 'en', 'how_to_fix', 'Read the reason in the reply. As a client, send ETRN with exactly the domain your provider has configured for you (prefixed with ''@'' if subdomains are meant), from the address or account they expect. As the administrator, add the domain to the domains you relay and flush for (relay_domains and fast_flush_domains on Postfix, the acl_smtp_etrn ACL on Exim) or relax the access rule that refused the client.'),
    ('459', 'en', 'retry', 'Not in the same form: whatever the first digit suggests, repeating the identical ETRN gets the same refusal until the configuration or the requested name changes.'),
    ('459', 'en', 'note', 'Because RFC 1985 gives this refusal a 4yz code, generic clients may keep retrying it as if it were temporary; tools that know ETRN, such as fetchmail, report it as an authorization failure instead. The IANA enhanced status code registry lists 459 among the basic codes associated with X.5.0.'),
    ('459', 'tr', 'title', 'Düğüme izin verilmiyor'),
    ('459', 'tr', 'description', 'RFC 1985 ile tanımlanan ve ''Node <x> not allowed: <reason>'' metnini taşıyan ETRN yanıtıdır. Sunucu istenen ad için kuyruk işlemeyi başlatmayı reddeder; metnin gerekçe bölümü nedenini açıklar. Bir 4yz kodu olmasına karşın fiilen bir politika reddidir.'),
    ('459', 'tr', 'seen_when', '''ETRN <alan adı>'' komutundan sonra şu durumlarda görülür: ad, sunucunun sizin adınıza posta tuttuğu adlardan biri değildir (aktarmadığı ya da yedeklemediği bir alan adı veya bir yazım hatası), ETRN yalnızca belirli istemci adreslerine ya da kimliği doğrulanmış kullanıcılara açıktır veya ad istek üzerine kuyruk boşaltmaya uygun değildir. Örneğin Postfix, fast_flush_domains listesinde (varsayılanı $relay_domains) bulunmayan alan adları için ETRN isteğini reddeder ve smtpd_etrn_restrictions kurallarını uygular.'),
    ('459', 'tr', 'how_to_fix', 'Yanıttaki gerekçeyi okuyun. İstemci olarak ETRN komutunu servis sağlayıcınızın sizin için tanımladığı alan adıyla birebir aynı biçimde (alt alan adları kastediliyorsa başına ''@'' koyarak) ve onların beklediği adres ya da hesaptan gönderin. Yönetici olarak alan adını aktarma ve kuyruk boşaltma yaptığınız alan adlarına ekleyin (Postfix''te relay_domains ve fast_flush_domains, Exim''de acl_smtp_etrn erişim listesi) ya da istemciyi reddeden erişim kuralını gevşetin.'),
    ('459', 'tr', 'retry', 'Aynı biçimde değil: ilk rakam geçici bir durum izlenimi verse de yapılandırma ya da istenen ad değişmedikçe aynı ETRN isteği aynı retle karşılaşır.'),
    ('459', 'tr', 'note', 'RFC 1985 bu ret için 4yz sınıfından bir kod seçtiğinden, genel amaçlı istemciler isteği geçici bir hataymış gibi tekrarlayabilir; fetchmail gibi ETRN komutunu tanıyan araçlar ise durumu yetkilendirme hatası olarak raporlar. IANA genişletilmiş durum kodu kaydı 459 kodunu X.5.0 ile ilişkilendirilen temel kodlar arasında sayar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('459', 1, 'RFC 1985', '5');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('459', 1, 'ETRN', 'RFC 1985', '5');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('459', 1, 'en', 'Refused by policy: the server will not run its queue for the named node; the text gives the reason.'),
    ('459', 1, 'tr', 'Politika gereği reddedildi: sunucu adı verilen düğüm için kuyruğunu işlemeyecektir; gerekçe yanıt metnindedir.');
INSERT INTO related_codes (code, related, position) VALUES
    ('459', '458', 1),
    ('459', '250', 2),
    ('459', '530', 3),
    ('459', 'X.5.0', 4);

-- 521
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('521', 'en', 'title', 'Host Does Not Accept Mail'),
    ('521', 'en', 'description', 'Sent by a server in place of the 220 greeting to say that this host never accepts mail; RFC 7504 defines it with the text ''Server does not accept mail'', and ''Host'' or ''Domain'' may be used instead of ''Server''. It describes the host as a whole, not the sender, the recipient or the message, and it is a permanent condition.'),
    ('521', 'en', 'seen_when', 'Right after the TCP connection is opened on port 25, before EHLO, for example ''521 www.example.com does not accept mail''. Typical senders of it are web servers, outbound-only relays and other machines that run an SMTP listener only to turn connections away quickly. They are reached because the domain has no MX record and the sending MTA fell back to its A/AAAA address, or because an MX record points at the wrong host.'),
    ('521', 'en', 'how_to_fix', 'As the sender, check where your mail is going: run ''dig MX example.com'' (or nslookup -type=mx) and compare the result with the host in the error. If the domain publishes no MX and its address belongs to a web server, the domain does not receive mail; confirm the address with the recipient by other means. As the domain owner, publish an MX record that points at a real mail server if you want mail, or a null MX (''example.com. MX 0 .'', RFC 7505) if you do not, so that senders fail without connecting at all.'),
    ('521', 'en', 'retry', 'No. It is a permanent failure for this host: the client should send QUIT (or simply close the connection) and bounce the message rather than keep retrying. Trying again only makes sense after the DNS or the server configuration has changed.'),
    ('521', 'en', 'note', '521 was first proposed in RFC 1846 (Experimental, 1995) as ''<domain> does not accept mail'' and became standard with RFC 7504, which updates RFC 5321. RFC 7504 says it is not meant for rejecting particular senders or recipients (policy rejections use 550 or 554), yet some large mailbox providers have been seen using 521 for reputation blocks. If the client stays connected, the server may keep answering 521 to every command or close the connection. The IANA registry pairs 521 with X.3.2.'),
    ('521', 'tr', 'title', 'Ana makine posta kabul etmiyor'),
    ('521', 'tr', 'description', 'Sunucunun 220 karşılama yanıtı yerine gönderdiği ve bu ana makinenin hiçbir zaman posta kabul etmediğini bildiren koddur; RFC 7504 onu ''Server does not accept mail'' metniyle tanımlar ve ''Server'' yerine ''Host'' ya da ''Domain'' da kullanılabilir. Gönderene, alıcıya veya iletiye değil, ana makinenin tamamına ilişkindir ve kalıcı bir durumdur.'),
    ('521', 'tr', 'seen_when', '25 numaralı portta TCP bağlantısı açılır açılmaz, EHLO komutundan önce görülür; örneğin ''521 www.example.com does not accept mail''. Bu yanıtı tipik olarak web sunucuları, yalnızca giden posta için ayrılmış aktarma sunucuları ve SMTP dinleyicisini yalnızca bağlantıları hızla geri çevirmek için çalıştıran diğer makineler verir. Bu makinelere, alan adının MX kaydı olmadığı için gönderen MTA A/AAAA adresine yöneldiğinde ya da bir MX kaydı yanlış ana makineyi gösterdiğinde ulaşılır.'),
    ('521', 'tr', 'how_to_fix', 'Gönderen olarak postanın nereye gittiğini kontrol edin: ''dig MX example.com'' (ya da nslookup -type=mx) çalıştırıp sonucu hata iletisindeki ana makineyle karşılaştırın. Alan adı hiç MX kaydı yayımlamıyorsa ve adresi bir web sunucusuna aitse o alan adı posta almıyordur; adresi alıcıyla başka bir yoldan doğrulayın. Alan adı sahibi olarak posta almak istiyorsanız gerçek bir posta sunucusunu gösteren bir MX kaydı yayımlayın; istemiyorsanız RFC 7505 uyarınca boş MX (null MX, ''example.com. MX 0 .'') yayımlayın ki gönderenler bağlanmaya bile çalışmadan başarısız olsun.'),
    ('521', 'tr', 'retry', 'Hayır. Bu ana makine için kalıcı bir hatadır: istemci QUIT göndermeli (ya da bağlantıyı kapatmalı) ve yeniden denemeyi sürdürmek yerine teslim edilemedi bildirimi üretmelidir. Yeniden denemek ancak DNS kayıtları veya sunucu yapılandırması değiştikten sonra anlamlıdır.'),
    ('521', 'tr', 'note', '521 kodu ilk olarak RFC 1846 (deneysel, 1995) belgesinde ''<domain> does not accept mail'' metniyle önerildi ve RFC 5321 belgesini güncelleyen RFC 7504 ile standartlaştı. RFC 7504, bu kodun belirli gönderenleri ya da alıcıları reddetmek için kullanılmaması gerektiğini söyler (politika retleri için 550 veya 554 kullanılır); yine de bazı büyük posta sağlayıcılarının gönderici itibarına dayalı engellerde 521 kullandığı görülmüştür. İstemci bağlantıda kalırsa sunucu her komuta 521 ile yanıt vermeyi sürdürebilir ya da bağlantıyı kapatabilir. IANA kaydı 521 kodunu X.3.2 ile eşleştirir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('521', 1, 'RFC 7504', '3'),
    ('521', 2, 'RFC 1846', '');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('521', 1, 'greeting', 'RFC 7504', '3');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('521', 1, 'en', 'Sent instead of the 220 greeting: this host never accepts mail; the client should QUIT and treat delivery to this host as permanently failed.'),
    ('521', 1, 'tr', '220 karşılaması yerine gönderilir: bu ana makine hiçbir zaman posta kabul etmez; istemci QUIT göndermeli ve bu ana makineye teslimi kalıcı olarak başarısız saymalıdır.');
INSERT INTO related_codes (code, related, position) VALUES
    ('521', '554', 1),
    ('521', '556', 2),
    ('521', '220', 3),
    ('521', 'X.3.2', 4),
    ('521', '421', 5);

-- 556
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('556', 'en', 'title', 'Domain Does Not Accept Mail'),
    ('556', 'en', 'description', 'Defined by RFC 7504 with the text ''Domain does not accept mail''. An SMTP client or relay that already knows, without connecting anywhere, that the recipient''s domain accepts no mail at all reports the failure with 556. The usual way it knows is a null MX record (RFC 7505), and the enhanced code that goes with it is X.1.10, ''Recipient address has null MX''.'),
    ('556', 'en', 'seen_when', 'From your own submission server or outbound relay, either as the reply to RCPT TO or in the bounce it generates later, when the recipient''s domain publishes ''MX 0 .''. A typical text is ''556 5.1.10 Recipient address has null MX''. It often exposes a typo or a placeholder address: a domain registered only for a website, a parked domain, or example.com.'),
    ('556', 'en', 'how_to_fix', 'As the sender, check the recipient''s domain for typos and confirm the right address with the recipient; ''dig MX domain'' will show a single MX with preference 0 and target ''.''. No setting on your side can force delivery. As the owner of that domain, if it should receive mail, remove the null MX and publish MX records for your real mail servers; if the domain is not meant to receive mail, the null MX is doing its job.'),
    ('556', 'en', 'retry', 'No. It is a permanent failure and is handled like any other 5yz reply: bounce the message and fix the address. Retrying makes sense only after the domain''s DNS has changed.'),
    ('556', 'en', 'note', 'RFC 7504 (updating RFC 5321) defines 556, and RFC 7505 defines the null MX that usually triggers it. Unlike 521, which a receiving host sends about itself, 556 is usually produced by a relay on the sending side about a third party''s domain. A sender whose own MAIL FROM domain publishes a null MX meets a different rejection, normally 550 with X.7.27.'),
    ('556', 'tr', 'title', 'Alan adı posta kabul etmiyor'),
    ('556', 'tr', 'description', 'RFC 7504 ile ''Domain does not accept mail'' metniyle tanımlanmıştır. Alıcının alan adının hiçbir şekilde posta kabul etmediğini herhangi bir yere bağlanmadan bilen bir SMTP istemcisi ya da aktarma sunucusu hatayı 556 koduyla bildirir. Bunu bilmesinin olağan yolu boş MX (null MX, RFC 7505) kaydıdır; eşlik eden genişletilmiş durum kodu ise X.1.10, yani ''Recipient address has null MX'' olur.'),
    ('556', 'tr', 'seen_when', 'Alıcının alan adı ''MX 0 .'' kaydı yayımlıyorsa kendi gönderim sunucunuzdan ya da giden aktarma sunucunuzdan, RCPT TO komutuna yanıt olarak veya daha sonra üretilen teslim edilemedi bildiriminde görülür. Tipik metin ''556 5.1.10 Recipient address has null MX'' şeklindedir. Çoğu zaman bir yazım hatasını ya da yer tutucu bir adresi ortaya çıkarır: yalnızca web sitesi için alınmış bir alan adı, park edilmiş bir alan adı veya example.com gibi.'),
    ('556', 'tr', 'how_to_fix', 'Gönderen olarak alıcının alan adında yazım hatası olup olmadığını kontrol edin ve doğru adresi alıcıyla teyit edin; ''dig MX alanadi'' komutu önceliği 0, hedefi ''.'' olan tek bir MX kaydı gösterecektir. Sizin tarafınızda teslimi zorlayacak bir ayar yoktur. O alan adının sahibi olarak posta almak istiyorsanız boş MX kaydını kaldırıp gerçek posta sunucularınızı gösteren MX kayıtları yayımlayın; alan adının posta alması amaçlanmıyorsa boş MX tam da işini yapıyordur.'),
    ('556', 'tr', 'retry', 'Hayır. Kalıcı bir hatadır ve diğer 5yz yanıtları gibi ele alınır: ileti için teslim edilemedi bildirimi üretilir ve adres düzeltilir. Yeniden denemek ancak alan adının DNS kayıtları değiştikten sonra anlamlıdır.'),
    ('556', 'tr', 'note', '556 kodunu RFC 5321 belgesini güncelleyen RFC 7504 tanımlar; onu genellikle tetikleyen boş MX kaydını ise RFC 7505 tanımlar. Alıcı ana makinenin kendisi hakkında gönderdiği 521 yanıtından farklı olarak 556 çoğunlukla gönderen taraftaki bir aktarma sunucusu tarafından, başka birine ait bir alan adı hakkında üretilir. Kendi MAIL FROM alan adı boş MX yayımlayan bir gönderen ise farklı bir retle, normalde X.7.27 eşliğinde 550 yanıtıyla karşılaşır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('556', 1, 'RFC 7504', '4'),
    ('556', 2, 'RFC 7505', '4');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('556', 1, 'RCPT', 'RFC 7504', '4');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('556', 1, 'en', 'Reply to RCPT TO (or a later bounce) from a relay that knows the recipient''s domain accepts no mail, typically because of a null MX; sent with X.1.10.'),
    ('556', 1, 'tr', 'Alıcının alan adının posta kabul etmediğini, genellikle boş MX kaydı sayesinde bilen bir aktarma sunucusunun RCPT TO komutuna (ya da sonraki teslim edilemedi bildirimine) verdiği yanıt; X.1.10 ile birlikte gönderilir.');
INSERT INTO related_codes (code, related, position) VALUES
    ('556', 'X.1.10', 1),
    ('556', '521', 2),
    ('556', 'X.7.27', 3),
    ('556', '550', 4);

-- 422
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('422', 'en', 'title', 'Password Transition Needed (Registry Only)'),
    ('422', 'en', 'description', 'No SMTP RFC defines 422 as a reply code. It exists only because the IANA SMTP Enhanced Status Codes registry lists it, next to 432, as a basic code associated with X.7.12 ''A password transition is needed''. The condition itself is defined by RFC 4954 with 432: the user must authenticate once with PLAIN (over TLS) so that the server can set up the stronger SASL mechanism that was requested.'),
    ('422', 'en', 'seen_when', 'As a registry-conforming answer to AUTH it is practically never sent; servers use 432 4.7.12 instead. In the wild, 422 turns up with unrelated, vendor-specific meanings: some ESP and blog lists describe it as ''recipient mailbox over its storage limit'', and Barracuda appliances have returned ''422 License Expired''.'),
    ('422', 'en', 'how_to_fix', 'Read the text that came with it. For a password transition (4.7.12), log in once with AUTH PLAIN over a TLS-protected connection (STARTTLS on port 587, or port 465) and then use the original mechanism again. For a full mailbox, the recipient has to free space; well-behaved servers say this with 452 or 552 and X.2.2. For ''License Expired'' from a Barracuda, the appliance''s administrator must renew its subscription; the sender can do nothing.'),
    ('422', 'en', 'retry', 'As a 4yz code it invites a later retry, which is right for a full mailbox or an expired licence once they have been dealt with. For the password transition, retry after one successful PLAIN login instead of repeating the same AUTH command.'),
    ('422', 'en', 'note', 'Registry-only: no SMTP RFC defines 422 as a reply; only the IANA enhanced status code registry (set up by RFC 5248) lists it, beside 432, as an associated code of X.7.12. The popular ''mailbox over storage limit'' meaning and Barracuda''s ''License Expired'' are non-standard uses. The standard replies are 452 or 552 with X.2.2 for a full mailbox, and 432 with X.7.12 for the password transition.'),
    ('422', 'tr', 'title', 'Parola geçişi gerekli (yalnızca IANA kaydında)'),
    ('422', 'tr', 'description', 'Hiçbir SMTP RFC belgesi 422 kodunu yanıt kodu olarak tanımlamaz. Kod yalnızca IANA SMTP Enhanced Status Codes kaydı onu, 432 ile yan yana, X.7.12 ''A password transition is needed'' ile ilişkilendirilen temel kod olarak listelediği için vardır. Durumun kendisini RFC 4954, 432 koduyla tanımlar: sunucunun istenen daha güçlü SASL mekanizmasını hazırlayabilmesi için kullanıcının bir kez PLAIN ile (TLS üzerinden) kimlik doğrulaması yapması gerekir.'),
    ('422', 'tr', 'seen_when', 'IANA kaydına uygun bir AUTH yanıtı olarak neredeyse hiç gönderilmez; sunucular bunun yerine 432 4.7.12 kullanır. Gerçek hayatta 422 ilgisiz ve üreticiye özgü anlamlarla karşınıza çıkar: bazı e-posta hizmet sağlayıcısı ve blog listeleri onu ''alıcının posta kutusu depolama sınırını aştı'' diye açıklar, Barracuda cihazları ise ''422 License Expired'' yanıtı döndürmüştür.'),
    ('422', 'tr', 'how_to_fix', 'Yanıtla birlikte gelen metni okuyun. Parola geçişi (4.7.12) söz konusuysa TLS ile korunan bir bağlantıda (587 portunda STARTTLS ya da 465 portu) bir kez AUTH PLAIN ile oturum açın, ardından asıl mekanizmayı yeniden kullanın. Posta kutusu doluysa alıcının yer açması gerekir; kurallara uyan sunucular bunu X.2.2 ile birlikte 452 ya da 552 yanıtıyla söyler. Barracuda cihazından gelen ''License Expired'' için cihazın yöneticisi aboneliği yenilemelidir; gönderenin yapabileceği bir şey yoktur.'),
    ('422', 'tr', 'retry', '4yz kodu olduğundan daha sonra yeniden denemeye davet eder; dolu posta kutusu ya da süresi dolmuş lisans giderildikten sonra bu doğrudur. Parola geçişinde ise aynı AUTH komutunu tekrarlamak yerine bir kez başarılı PLAIN girişi yaptıktan sonra yeniden deneyin.'),
    ('422', 'tr', 'note', 'Yalnızca IANA kaydında: hiçbir SMTP RFC belgesi 422 kodunu yanıt olarak tanımlamaz; onu yalnızca IANA genişletilmiş durum kodu kaydı (RFC 5248 ile kuruldu) 432 ile yan yana, X.7.12 ile ilişkili kod olarak listeler. Popüler listelerdeki ''posta kutusu depolama sınırını aştı'' anlamı ve Barracuda''nın ''License Expired'' kullanımı standart dışıdır. Standart yanıtlar dolu posta kutusu için X.2.2 ile 452 ya da 552, parola geçişi için X.7.12 ile 432 yanıtıdır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('422', 1, 'IANA SMTP Enhanced Status Codes', ''),
    ('422', 2, 'RFC 5248', '');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('422', 1, 'AUTH', 'IANA SMTP Enhanced Status Codes', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('422', 1, 'en', 'Registry pairing only: listed beside 432 as a basic code for X.7.12 (A password transition is needed); no RFC tells a server to send it.'),
    ('422', 1, 'tr', 'Yalnızca IANA kaydındaki eşleşme: X.7.12 (A password transition is needed) için 432 ile yan yana listelenen temel koddur; hiçbir RFC sunucuya bu kodu göndermesini söylemez.');
INSERT INTO related_codes (code, related, position) VALUES
    ('422', '432', 1),
    ('422', 'X.7.12', 2),
    ('422', '452', 3),
    ('422', 'X.2.2', 4);

-- 430
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('430', 'en', 'title', 'Invalid Command (Registry Only)'),
    ('430', 'en', 'description', 'No SMTP RFC defines 430 as a reply code. The IANA SMTP Enhanced Status Codes registry lists it among the basic codes associated with X.5.1 ''Invalid command'', next to 500, 501, 503 and others, so at most it can be read as a temporary ''command not accepted'' carrying 4.5.1.'),
    ('430', 'en', 'seen_when', 'Almost never on the wire. If a server does send it, it is in answer to a command it considers out of sequence or not supported at that moment, probably with 4.5.1 and a text explaining why.'),
    ('430', 'en', 'how_to_fix', 'Handle it by its first digit, as a transient failure, and read the text. Check the order of your commands (EHLO, then STARTTLS and AUTH if needed, then MAIL, RCPT and DATA) and whether the command was advertised in the EHLO reply. Server administrators should send the standard 500, 502 or 503 with 5.5.1 instead.'),
    ('430', 'en', 'retry', 'As a 4yz reply it may be retried later, but if the same command in the same sequence keeps getting it, the cause lies in the client or the server configuration, not in a passing condition.'),
    ('430', 'en', 'note', 'Registry-only: no SMTP RFC defines 430 as a reply; only the IANA enhanced status code registry (set up by RFC 5248) lists it as an associated code of X.5.1. Since RFC 3463 describes X.5.1 as a permanent condition, pairing it with a 4yz code is odd in itself. Standard servers report invalid or out-of-sequence commands with 500, 501, 502 or 503 and a 5.5.x code.'),
    ('430', 'tr', 'title', 'Geçersiz komut (yalnızca IANA kaydında)'),
    ('430', 'tr', 'description', 'Hiçbir SMTP RFC belgesi 430 kodunu yanıt kodu olarak tanımlamaz. IANA SMTP Enhanced Status Codes kaydı onu 500, 501, 503 ve diğerleriyle birlikte X.5.1 ''Invalid command'' ile ilişkilendirilen temel kodlar arasında sayar; bu nedenle en fazla 4.5.1 taşıyan geçici bir ''komut kabul edilmedi'' yanıtı olarak okunabilir.'),
    ('430', 'tr', 'seen_when', 'Ağ üzerinde neredeyse hiç görülmez. Bir sunucu bunu gönderirse, o an sırası yanlış ya da desteklenmiyor saydığı bir komuta yanıt olarak, büyük olasılıkla 4.5.1 kodu ve nedenini açıklayan bir metinle gönderir.'),
    ('430', 'tr', 'how_to_fix', 'İlk rakamına göre geçici hata olarak ele alın ve metni okuyun. Komutlarınızın sırasını (önce EHLO, gerekiyorsa STARTTLS ve AUTH, ardından MAIL, RCPT ve DATA) ve komutun EHLO yanıtında duyurulup duyurulmadığını kontrol edin. Sunucu yöneticileri bunun yerine 5.5.1 ile birlikte standart 500, 502 ya da 503 yanıtını göndermelidir.'),
    ('430', 'tr', 'retry', '4yz yanıtı olarak daha sonra yeniden denenebilir; ancak aynı sıradaki aynı komut bu yanıtı almaya devam ediyorsa sorun geçici bir durumda değil, istemcide ya da sunucu yapılandırmasındadır.'),
    ('430', 'tr', 'note', 'Yalnızca IANA kaydında: hiçbir SMTP RFC belgesi 430 kodunu yanıt olarak tanımlamaz; onu yalnızca IANA genişletilmiş durum kodu kaydı (RFC 5248 ile kuruldu) X.5.1 ile ilişkili kod olarak listeler. RFC 3463, X.5.1 durumunu kalıcı olarak tanımladığından bir 4yz koduyla eşleştirilmesi başlı başına tuhaftır. Standart sunucular geçersiz ya da sırası yanlış komutları 500, 501, 502 veya 503 ile ve bir 5.5.x koduyla bildirir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('430', 1, 'IANA SMTP Enhanced Status Codes', ''),
    ('430', 2, 'RFC 5248', '');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('430', 1, 'registry', 'IANA SMTP Enhanced Status Codes', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('430', 1, 'en', 'Registry pairing only: listed among the basic codes for X.5.1 (Invalid command); no RFC names a command that returns it.'),
    ('430', 1, 'tr', 'Yalnızca IANA kaydındaki eşleşme: X.5.1 (Invalid command) için listelenen temel kodlardan biridir; hiçbir RFC onu döndüren bir komut belirtmez.');
INSERT INTO related_codes (code, related, position) VALUES
    ('430', 'X.5.1', 1),
    ('430', '500', 2),
    ('430', '503', 3),
    ('430', '502', 4);

-- 523
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('523', 'en', 'title', 'Encryption Needed (Registry Only)'),
    ('523', 'en', 'description', 'No SMTP RFC defines 523 as a reply code. The IANA SMTP Enhanced Status Codes registry lists it as the basic code associated with X.7.10 ''Encryption Needed'', registered by RFC 5248: the authentication mechanism the client asked for (usually a clear-text one such as PLAIN or LOGIN) may only be used once an encryption layer such as TLS is in place.'),
    ('523', 'en', 'seen_when', 'In the registry''s sense, as a reply to AUTH PLAIN or AUTH LOGIN sent over an unencrypted connection, typically on port 25 or 587 before STARTTLS; servers usually say this with 530 5.7.0 ''Must issue a STARTTLS command first'' or 538 5.7.11, so a literal 523 is rare. Many ESP and blog lists instead describe 523 as ''message too large'' or ''length exceeds limit'', so a 523 in a bounce may really be a size rejection.'),
    ('523', 'en', 'how_to_fix', 'Read the text. If it is about encryption, set the mail client or application to use STARTTLS on port 587 (or implicit TLS on port 465) before authenticating, and make sure the server''s certificate is valid so that the client does not fall back to plain text. If it talks about size, bring the message and its attachments below the limit the server announces with the SIZE keyword in its EHLO reply, or share large files as links.'),
    ('523', 'en', 'retry', 'Not unchanged. Once TLS is on, authentication can be retried at once; after a size rejection, only a smaller message will get through.'),
    ('523', 'en', 'note', 'Registry-only, and a conflict: no SMTP RFC defines 523 as a reply; only the IANA enhanced status code registry pairs it with X.7.10 ''Encryption Needed'' (RFC 5248). Popular code lists call 523 ''message too large'', which no standard supports. The standard replies are 530 or 538 with a 5.7.x code for missing encryption, and 552 with 5.3.4 or 5.2.3 for an oversized message.'),
    ('523', 'tr', 'title', 'Şifreleme gerekli (yalnızca IANA kaydında)'),
    ('523', 'tr', 'description', 'Hiçbir SMTP RFC belgesi 523 kodunu yanıt kodu olarak tanımlamaz. IANA SMTP Enhanced Status Codes kaydı onu RFC 5248 ile kaydedilen X.7.10 ''Encryption Needed'' ile ilişkilendirilen temel kod olarak listeler: istemcinin istediği kimlik doğrulama yöntemi (genellikle PLAIN ya da LOGIN gibi açık metin bir SASL mekanizması) ancak TLS gibi bir şifreleme katmanı kurulduktan sonra kullanılabilir.'),
    ('523', 'tr', 'seen_when', 'IANA kaydındaki anlamıyla, şifrelenmemiş bir bağlantı üzerinden, tipik olarak 25 ya da 587 portunda STARTTLS öncesinde gönderilen AUTH PLAIN veya AUTH LOGIN komutuna yanıt olarak görülür; sunucular bunu genellikle 530 5.7.0 ''Must issue a STARTTLS command first'' ya da 538 5.7.11 ile söyler, bu yüzden olduğu gibi bir 523 yanıtı nadirdir. Birçok e-posta hizmet sağlayıcısı ve blog listesi ise 523 kodunu ''ileti çok büyük'' ya da ''uzunluk sınırı aşıldı'' diye açıklar; dolayısıyla teslim edilemedi bildirimindeki bir 523 aslında bir boyut reddi olabilir.'),
    ('523', 'tr', 'how_to_fix', 'Metni okuyun. Konu şifrelemeyse e-posta istemcisini ya da uygulamayı, kimlik doğrulamadan önce 587 portunda STARTTLS (veya 465 portunda doğrudan TLS) kullanacak şekilde ayarlayın ve istemcinin açık metne geri dönmemesi için sunucu sertifikasının geçerli olduğundan emin olun. Metin boyuttan söz ediyorsa iletiyi ve eklerini, sunucunun EHLO yanıtında SIZE anahtar sözcüğüyle duyurduğu sınırın altına indirin ya da büyük dosyaları bağlantı olarak paylaşın.'),
    ('523', 'tr', 'retry', 'Değiştirmeden değil. TLS açıldıktan sonra kimlik doğrulama hemen yeniden denenebilir; boyut reddinden sonra ise yalnızca daha küçük bir ileti kabul edilir.'),
    ('523', 'tr', 'note', 'Yalnızca IANA kaydında ve çelişkili: hiçbir SMTP RFC belgesi 523 kodunu yanıt olarak tanımlamaz; onu yalnızca IANA genişletilmiş durum kodu kaydı X.7.10 ''Encryption Needed'' ile eşleştirir (RFC 5248). Popüler kod listeleri 523 kodunu ''ileti çok büyük'' diye adlandırır; hiçbir standart bunu desteklemez. Standart yanıtlar, şifreleme eksikliği için bir 5.7.x koduyla birlikte 530 ya da 538, aşırı büyük ileti için ise 5.3.4 ya da 5.2.3 ile birlikte 552 yanıtıdır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('523', 1, 'IANA SMTP Enhanced Status Codes', ''),
    ('523', 2, 'RFC 5248', '');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('523', 1, 'AUTH', 'IANA SMTP Enhanced Status Codes', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('523', 1, 'en', 'Registry pairing only: the basic code listed for X.7.10 (Encryption Needed), i.e. a clear-text mechanism requested before TLS; servers normally send 530 or 538 instead.'),
    ('523', 1, 'tr', 'Yalnızca IANA kaydındaki eşleşme: X.7.10 (Encryption Needed) için listelenen temel koddur, yani TLS kurulmadan açık metin bir mekanizma istenmiştir; sunucular bunun yerine normalde 530 ya da 538 gönderir.');
INSERT INTO related_codes (code, related, position) VALUES
    ('523', 'X.7.10', 1),
    ('523', '530', 2),
    ('523', '538', 3),
    ('523', '552', 4),
    ('523', 'X.3.4', 5);

-- 524
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('524', 'en', 'title', 'Encryption Required for Authentication Mechanism (Registry Only)'),
    ('524', 'en', 'description', 'No SMTP RFC defines 524 as a reply code. The IANA SMTP Enhanced Status Codes registry lists it, next to 538, as a basic code associated with X.7.11 ''Encryption required for requested authentication mechanism''. RFC 4954 defines that condition with 538 5.7.11: the chosen SASL mechanism may only be used over an encrypted connection.'),
    ('524', 'en', 'seen_when', 'Practically never as a literal reply. The situation it stands for arises when a client sends AUTH PLAIN or AUTH LOGIN on a connection that has not run STARTTLS to a server that allows those mechanisms only under TLS; such servers answer 538 5.7.11 or, more often, 530 5.7.0.'),
    ('524', 'en', 'how_to_fix', 'Turn on TLS before authenticating: choose STARTTLS on port 587, or implicit TLS on port 465, in the mail client or in the application''s SMTP settings (often labelled ''Encryption: STARTTLS/SSL/TLS''). Administrators who want a clear error should send 530 5.7.0 or 538 5.7.11, which clients recognise, and can stop offering plain-text AUTH mechanisms before STARTTLS (Postfix: smtpd_tls_auth_only = yes).'),
    ('524', 'en', 'retry', 'Not unchanged: retry the authentication once TLS is active.'),
    ('524', 'en', 'note', 'Registry-only: no SMTP RFC defines 524 as a reply; only the IANA enhanced status code registry (set up by RFC 5248) lists it beside 538 for X.7.11. RFC 4954 itself keeps 538 only ''for historical purposes'', and current servers usually demand STARTTLS with 530 5.7.0.'),
    ('524', 'tr', 'title', 'Kimlik doğrulama mekanizması için şifreleme zorunlu (yalnızca IANA kaydında)'),
    ('524', 'tr', 'description', 'Hiçbir SMTP RFC belgesi 524 kodunu yanıt kodu olarak tanımlamaz. IANA SMTP Enhanced Status Codes kaydı onu, 538 ile yan yana, X.7.11 ''Encryption required for requested authentication mechanism'' ile ilişkilendirilen temel kod olarak listeler. Bu durumu RFC 4954, 538 5.7.11 ile tanımlar: seçilen SASL mekanizması yalnızca şifrelenmiş bir bağlantı üzerinde kullanılabilir.'),
    ('524', 'tr', 'seen_when', 'Olduğu gibi bir yanıt olarak neredeyse hiç görülmez. Karşılık geldiği durum, istemci STARTTLS çalıştırılmamış bir bağlantıda, bu mekanizmalara yalnızca TLS altında izin veren bir sunucuya AUTH PLAIN ya da AUTH LOGIN gönderdiğinde ortaya çıkar; bu sunucular 538 5.7.11 ya da daha sık olarak 530 5.7.0 ile yanıt verir.'),
    ('524', 'tr', 'how_to_fix', 'Kimlik doğrulamadan önce şifrelemeyi açın: e-posta istemcisinin ya da uygulamanın SMTP ayarlarında (çoğu zaman ''Şifreleme: STARTTLS/SSL/TLS'' olarak geçer) 587 portunda STARTTLS ya da 465 portunda doğrudan TLS seçin. Açık bir hata vermek isteyen yöneticiler istemcilerin tanıdığı 530 5.7.0 ya da 538 5.7.11 yanıtını göndermeli; açık metin AUTH mekanizmalarını STARTTLS öncesinde sunmayı da bırakabilirler (Postfix: smtpd_tls_auth_only = yes).'),
    ('524', 'tr', 'retry', 'Değiştirmeden değil: TLS etkin olduktan sonra kimlik doğrulamayı yeniden deneyin.'),
    ('524', 'tr', 'note', 'Yalnızca IANA kaydında: hiçbir SMTP RFC belgesi 524 kodunu yanıt olarak tanımlamaz; onu yalnızca IANA genişletilmiş durum kodu kaydı (RFC 5248 ile kuruldu) X.7.11 için 538 ile yan yana listeler. RFC 4954 de 538 kodunu yalnızca ''tarihsel amaçlarla'' tutar; güncel sunucular STARTTLS zorunluluğunu genellikle 530 5.7.0 ile bildirir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('524', 1, 'IANA SMTP Enhanced Status Codes', ''),
    ('524', 2, 'RFC 5248', '');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('524', 1, 'AUTH', 'IANA SMTP Enhanced Status Codes', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('524', 1, 'en', 'Registry pairing only: listed beside 538 for X.7.11; the requested mechanism needs an encrypted connection. Servers send 538 or 530 instead.'),
    ('524', 1, 'tr', 'Yalnızca IANA kaydındaki eşleşme: X.7.11 için 538 ile yan yana listelenir; istenen mekanizma şifreli bir bağlantı gerektirir. Sunucular bunun yerine 538 ya da 530 gönderir.');
INSERT INTO related_codes (code, related, position) VALUES
    ('524', '538', 1),
    ('524', 'X.7.11', 2),
    ('524', '530', 3),
    ('524', '523', 4);

-- 525
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('525', 'en', 'title', 'User Account Disabled (Registry Only)'),
    ('525', 'en', 'description', 'No SMTP RFC defines 525 as a reply code. The IANA SMTP Enhanced Status Codes registry lists it as the basic code associated with X.7.13 ''User Account Disabled'', registered by RFC 5248: the credentials were correct, but the account has been disabled (for example for non-payment or abuse), so asking the user for the password again will not help.'),
    ('525', 'en', 'seen_when', 'After AUTH on a submission server when the account is locked or suspended. A literal 525 is rare; servers often fold this case into 535 (authentication failed), which is why users end up retyping a password that was right all along.'),
    ('525', 'en', 'how_to_fix', 'Stop re-entering the password. Ask the mail provider or your administrator why the account was disabled (unpaid invoice, abuse report, compromised password, inactivity) and have it re-enabled; if it was suspended after a compromise, change the password and afterwards check the account''s forwarding rules. Administrators can give users a clearer signal by answering with 5.7.13 and an explanatory text.'),
    ('525', 'en', 'retry', 'No: retrying with the same or a new password changes nothing until the account has been re-enabled.'),
    ('525', 'en', 'note', 'Registry-only: no SMTP RFC defines 525 as a reply; only the IANA enhanced status code registry pairs it with X.7.13 ''User Account Disabled'' (RFC 5248). Expect the enhanced code 5.7.13 or a descriptive text rather than 525 itself.'),
    ('525', 'tr', 'title', 'Kullanıcı hesabı devre dışı (yalnızca IANA kaydında)'),
    ('525', 'tr', 'description', 'Hiçbir SMTP RFC belgesi 525 kodunu yanıt kodu olarak tanımlamaz. IANA SMTP Enhanced Status Codes kaydı onu RFC 5248 ile kaydedilen X.7.13 ''User Account Disabled'' ile ilişkilendirilen temel kod olarak listeler: kimlik bilgileri doğrudur, ancak hesap devre dışı bırakılmıştır (örneğin ödeme yapılmadığı ya da kötüye kullanım nedeniyle); bu yüzden kullanıcıdan parolayı yeniden istemek işe yaramaz.'),
    ('525', 'tr', 'seen_when', 'Hesap kilitlendiğinde ya da askıya alındığında, gönderim sunucusunda AUTH komutundan sonra görülür. Olduğu gibi bir 525 yanıtı nadirdir; sunucular bu durumu çoğu zaman 535 (kimlik doğrulama başarısız) yanıtının içinde eritir ve kullanıcılar baştan beri doğru olan parolayı tekrar tekrar yazar.'),
    ('525', 'tr', 'how_to_fix', 'Parolayı yeniden girmeyi bırakın. Hesabın neden devre dışı bırakıldığını (ödenmemiş fatura, kötüye kullanım şikâyeti, ele geçirilmiş parola, uzun süre kullanılmama) posta sağlayıcınıza ya da yöneticinize sorun ve yeniden etkinleştirilmesini sağlayın; hesap ele geçirildiği için askıya alındıysa parolayı değiştirin ve ardından hesaptaki yönlendirme kurallarını kontrol edin. Yöneticiler 5.7.13 kodu ve açıklayıcı bir metinle yanıt vererek kullanıcılara daha net bir işaret verebilir.'),
    ('525', 'tr', 'retry', 'Hayır: hesap yeniden etkinleştirilene kadar aynı ya da yeni bir parolayla yeniden denemek hiçbir şeyi değiştirmez.'),
    ('525', 'tr', 'note', 'Yalnızca IANA kaydında: hiçbir SMTP RFC belgesi 525 kodunu yanıt olarak tanımlamaz; onu yalnızca IANA genişletilmiş durum kodu kaydı X.7.13 ''User Account Disabled'' ile eşleştirir (RFC 5248). Uygulamada 525 kodunun kendisinden çok 5.7.13 genişletilmiş durum kodunu ya da açıklayıcı bir metni bekleyin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('525', 1, 'IANA SMTP Enhanced Status Codes', ''),
    ('525', 2, 'RFC 5248', '');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('525', 1, 'AUTH', 'IANA SMTP Enhanced Status Codes', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('525', 1, 'en', 'Registry pairing only: the basic code listed for X.7.13 (User Account Disabled), for AUTH with correct credentials on a disabled account.'),
    ('525', 1, 'tr', 'Yalnızca IANA kaydındaki eşleşme: devre dışı bırakılmış bir hesapta doğru kimlik bilgileriyle yapılan AUTH için X.7.13 (User Account Disabled) ile listelenen temel koddur.');
INSERT INTO related_codes (code, related, position) VALUES
    ('525', 'X.7.13', 1),
    ('525', '535', 2),
    ('525', 'X.7.8', 3),
    ('525', '554', 4);

-- 533
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('533', 'en', 'title', 'Delivery Not Authorized (Registry Only)'),
    ('533', 'en', 'description', 'No SMTP RFC defines 533 as a reply code. The IANA SMTP Enhanced Status Codes registry lists it among the basic codes associated with X.7.1 ''Delivery not authorized, message refused'', alongside 550, 551, 451 and others. The meaning that can be read from this pairing is a permanent policy refusal: the sender is not allowed to send this message to this destination.'),
    ('533', 'en', 'seen_when', 'Rarely as a literal reply. When it does appear, treat it like ''550 5.7.1'': an attempt to relay without authenticating, a sending IP address on a blocklist, or a recipient that only accepts mail from certain senders.'),
    ('533', 'en', 'how_to_fix', 'Read the server''s text. If you are sending through a server that is not your own, authenticate first (AUTH on port 587) instead of relaying anonymously. If your IP address or domain is refused, look it up on public blocklists and check your SPF, DKIM and DMARC records. Administrators should send 550 5.7.1, which every client understands.'),
    ('533', 'en', 'retry', 'No: like any 5yz reply it is permanent. Change what was refused (authenticate, get the listing removed, use an allowed sender) before sending again.'),
    ('533', 'en', 'note', 'Registry-only: no SMTP RFC defines 533 as a reply; only the IANA enhanced status code registry (set up by RFC 5248) lists it as an associated code of X.7.1. The standard reply for this refusal is 550 with 5.7.1.'),
    ('533', 'tr', 'title', 'Teslime yetki verilmedi (yalnızca IANA kaydında)'),
    ('533', 'tr', 'description', 'Hiçbir SMTP RFC belgesi 533 kodunu yanıt kodu olarak tanımlamaz. IANA SMTP Enhanced Status Codes kaydı onu 550, 551, 451 ve diğerleriyle birlikte X.7.1 ''Delivery not authorized, message refused'' ile ilişkilendirilen temel kodlar arasında sayar. Bu eşleşmeden çıkarılabilecek anlam kalıcı bir politika reddidir: gönderenin bu iletiyi bu hedefe göndermesine izin verilmez.'),
    ('533', 'tr', 'seen_when', 'Olduğu gibi bir yanıt olarak nadiren görülür. Görüldüğünde onu ''550 5.7.1'' gibi değerlendirin: kimlik doğrulaması yapmadan aktarma denemesi, kara listede (DNSBL) bulunan bir gönderen IP adresi ya da yalnızca belirli gönderenlerden posta kabul eden bir alıcı.'),
    ('533', 'tr', 'how_to_fix', 'Sunucunun metnini okuyun. Size ait olmayan bir sunucu üzerinden gönderiyorsanız anonim aktarma yerine önce kimlik doğrulaması yapın (587 portunda AUTH). IP adresiniz ya da alan adınız reddediliyorsa onu herkese açık kara listelerde sorgulayın ve SPF, DKIM ve DMARC kayıtlarınızı kontrol edin. Yöneticiler her istemcinin anladığı 550 5.7.1 yanıtını göndermelidir.'),
    ('533', 'tr', 'retry', 'Hayır: her 5yz yanıtı gibi kalıcıdır. Yeniden göndermeden önce reddedilen şeyi değiştirin (kimlik doğrulaması yapın, kara liste kaydını kaldırtın, izin verilen bir gönderen kullanın).'),
    ('533', 'tr', 'note', 'Yalnızca IANA kaydında: hiçbir SMTP RFC belgesi 533 kodunu yanıt olarak tanımlamaz; onu yalnızca IANA genişletilmiş durum kodu kaydı (RFC 5248 ile kuruldu) X.7.1 ile ilişkili kod olarak listeler. Bu ret için standart yanıt 5.7.1 ile birlikte 550 yanıtıdır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('533', 1, 'IANA SMTP Enhanced Status Codes', ''),
    ('533', 2, 'RFC 5248', '');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('533', 1, 'registry', 'IANA SMTP Enhanced Status Codes', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('533', 1, 'en', 'Registry pairing only: listed among the basic codes for X.7.1 (Delivery not authorized, message refused); no RFC names a command that returns it.'),
    ('533', 1, 'tr', 'Yalnızca IANA kaydındaki eşleşme: X.7.1 (Delivery not authorized, message refused) için listelenen temel kodlardan biridir; hiçbir RFC onu döndüren bir komut belirtmez.');
INSERT INTO related_codes (code, related, position) VALUES
    ('533', '550', 1),
    ('533', 'X.7.1', 2),
    ('533', '554', 3),
    ('533', '571', 4);

-- 456
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('456', 'en', 'title', 'Retry over IPv4 (Draft)'),
    ('456', 'en', 'description', 'A transient reply proposed by draft-martin-smtp-ipv6-to-ipv4-fallback, an Internet-Draft by F. Martin and A. Peterson (2013-2014) that expired without becoming an RFC. A receiver that gets a message over IPv6 but will not accept it there, for example because SPF or DKIM fails over IPv6, uses 456 to ask the sender to retry the same message over IPv4 straight away instead of waiting for its normal retry interval.'),
    ('456', 'en', 'seen_when', 'On a connection made over IPv6, at RCPT or after DATA, from the rare receiver that implemented the draft; sisimai lists its text as ''please retry immediately the message over IPv4 because it fails SPF and DKIM''. Large providers that are strict with IPv6 senders normally use standard codes instead, such as 550 5.7.1 or 421 4.7.x with a link to their IPv6 sending guidelines.'),
    ('456', 'en', 'how_to_fix', 'Fix IPv6 sending rather than rely on the fallback: give every sending IPv6 address a PTR record whose name resolves back to it, add the IPv6 range to SPF with ip6: mechanisms, and DKIM-sign all outgoing mail whichever path it leaves by. Until that is done, prefer IPv4 for outbound SMTP (Postfix: smtp_address_preference = ipv4, or inet_protocols = ipv4; Exim: dns_ipv4_lookup or disable_ipv6).'),
    ('456', 'en', 'retry', 'Yes, as a 4yz reply it is temporary. A sender that knows the draft retries over IPv4 at once; any other sender treats it as an ordinary transient failure and retries on its normal schedule, possibly over IPv6 again and with the same result, until IPv6 sending is fixed or IPv4 is preferred.'),
    ('456', 'en', 'note', 'Draft only: draft-martin-smtp-ipv6-to-ipv4-fallback never became an RFC and 456 has no IANA registration, so almost no sending MTA reacts to 456 in the special way it asks for. sisimai still counts 456 among the valid 4yz reply codes.'),
    ('456', 'tr', 'title', 'IPv4 üzerinden yeniden deneyin (taslak)'),
    ('456', 'tr', 'description', 'F. Martin ve A. Peterson tarafından yazılan ve RFC olmadan süresi dolan draft-martin-smtp-ipv6-to-ipv4-fallback İnternet taslağının (2013-2014) önerdiği geçici bir yanıttır. IPv6 üzerinden gelen bir iletiyi orada kabul etmeyen alıcı, örneğin SPF ya da DKIM denetimi IPv6 üzerinde başarısız olduğu için, gönderenden olağan yeniden deneme aralığını beklemeden aynı iletiyi hemen IPv4 üzerinden göndermesini istemek için 456 kodunu kullanır.'),
    ('456', 'tr', 'seen_when', 'IPv6 üzerinden kurulan bir bağlantıda, RCPT komutunda ya da DATA sonrasında, taslağı uygulamış nadir bir alıcıdan gelir; sisimai bu yanıtın metnini ''please retry immediately the message over IPv4 because it fails SPF and DKIM'' olarak listeler. IPv6 gönderenlere karşı katı davranan büyük sağlayıcılar ise genellikle standart kodlar kullanır; örneğin IPv6 gönderim kurallarına bağlantı veren 550 5.7.1 ya da 421 4.7.x yanıtları.'),
    ('456', 'tr', 'how_to_fix', 'Geri dönüş mekanizmasına güvenmek yerine IPv6 gönderimini düzeltin: gönderim yapan her IPv6 adresi için, adı yeniden o adrese çözülen bir ters DNS (PTR kaydı) tanımlayın, IPv6 aralığını SPF kaydına ip6: mekanizmasıyla ekleyin ve hangi yoldan çıkarsa çıksın bütün giden postayı DKIM ile imzalayın. Bunlar yapılana kadar giden SMTP için IPv4 bağlantısını tercih edin (Postfix: smtp_address_preference = ipv4 ya da inet_protocols = ipv4; Exim: dns_ipv4_lookup veya disable_ipv6).'),
    ('456', 'tr', 'retry', 'Evet, 4yz yanıtı olarak geçicidir. Taslağı tanıyan bir gönderen hemen IPv4 üzerinden yeniden dener; diğer gönderenler bunu sıradan bir geçici hata sayar ve olağan takvimleriyle, belki yine IPv6 üzerinden ve aynı sonuçla, IPv6 gönderimi düzeltilene ya da IPv4 tercih edilene kadar yeniden dener.'),
    ('456', 'tr', 'note', 'Yalnızca taslak: draft-martin-smtp-ipv6-to-ipv4-fallback hiçbir zaman RFC olmadı ve 456 kodunun IANA kaydı yoktur; bu yüzden neredeyse hiçbir gönderen MTA 456 yanıtına taslağın istediği özel tepkiyi vermez. sisimai yine de 456 kodunu geçerli 4yz yanıt kodları arasında sayar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('456', 1, 'draft-martin-smtp-ipv6-to-ipv4-fallback', '');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('456', 1, 'RCPT', 'draft-martin-smtp-ipv6-to-ipv4-fallback', ''),
    ('456', 2, 'DATA', 'draft-martin-smtp-ipv6-to-ipv4-fallback', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('456', 1, 'en', 'Over IPv6, at RCPT: the receiver will not take the message over IPv6 (for example because SPF fails for the IPv6 address) and asks for an immediate retry over IPv4.'),
    ('456', 1, 'tr', 'IPv6 üzerinden, RCPT aşamasında: alıcı iletiyi IPv6 üzerinden almayacaktır (örneğin IPv6 adresi için SPF başarısız olduğu için) ve hemen IPv4 üzerinden yeniden denenmesini ister.'),
    ('456', 2, 'en', 'Over IPv6, after the end of DATA: the message failed checks such as DKIM and SPF over IPv6; the sender is asked to resend it over IPv4 right away.'),
    ('456', 2, 'tr', 'IPv6 üzerinden, DATA bittikten sonra: ileti IPv6 üzerinde DKIM ve SPF gibi denetimlerden geçememiştir; gönderenden iletiyi hemen IPv4 üzerinden yeniden göndermesi istenir.');
INSERT INTO related_codes (code, related, position) VALUES
    ('456', '451', 1),
    ('456', 'X.7.23', 2),
    ('456', 'X.7.20', 3),
    ('456', 'X.7.26', 4),
    ('456', '550', 5);

-- 520
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('520', 'en', 'title', 'Use the Correct QHLO ID (Draft)'),
    ('520', 'en', 'description', 'A reply from the QUICKSTART proposal, draft-fanf-smtp-quickstart by Tony Finch (2007), an Internet-Draft that expired without becoming an RFC. QUICKSTART aimed to cut the round trips at the start of a session by having the client open with a new QHLO command instead of EHLO; 520, listed by sisimai as ''Please use the correct QHLO ID'', tells the client that the identifier it gave with QHLO is not the one the server expects.'),
    ('520', 'en', 'seen_when', 'Only between a client and a server that both implemented the QUICKSTART draft (never published as an RFC), in answer to QHLO. Ordinary clients never send QHLO, so a 520 in a normal mail log almost certainly comes from somewhere else, such as a non-standard filter or appliance message; read its text.'),
    ('520', 'en', 'how_to_fix', 'If you are testing QUICKSTART, make sure the client sends the QHLO ID exactly as the draft specifies, or turn the feature off and open sessions normally with EHLO. For any other 520, go by the server''s text and enhanced status code, and treat it as a permanent failure, as its first digit says.'),
    ('520', 'en', 'retry', 'Not with the same QHLO. Start a new session the ordinary way (EHLO, then STARTTLS and AUTH as needed), which works with any server.'),
    ('520', 'en', 'note', 'Draft only: draft-fanf-smtp-quickstart (with its simple and full profiles, -a and -b) expired in 2007 and never became an RFC, and 520 has no IANA registration. sisimai lists 520 among the valid 5yz codes because of this draft.'),
    ('520', 'tr', 'title', 'Doğru QHLO kimliğini kullanın (taslak)'),
    ('520', 'tr', 'description', 'Tony Finch''in 2007 tarihli ve RFC olmadan süresi dolan draft-fanf-smtp-quickstart İnternet taslağındaki QUICKSTART önerisine ait bir yanıttır. QUICKSTART, istemcinin oturumu EHLO yerine yeni bir QHLO komutuyla açmasını sağlayarak başlangıçtaki gidiş-dönüş sayısını azaltmayı amaçlıyordu; sisimai tarafından ''Please use the correct QHLO ID'' metniyle listelenen 520 yanıtı, istemcinin QHLO ile verdiği kimliğin sunucunun beklediği kimlik olmadığını bildirir.'),
    ('520', 'tr', 'seen_when', 'Yalnızca RFC olarak hiç yayımlanmamış QUICKSTART taslağını uygulamış bir istemci ile sunucu arasında, QHLO komutuna yanıt olarak görülür. Sıradan istemciler QHLO göndermez; bu nedenle olağan bir posta günlüğündeki 520 büyük olasılıkla başka bir kaynaktan, örneğin standart dışı bir filtre ya da cihaz iletisinden gelir; metnini okuyun.'),
    ('520', 'tr', 'how_to_fix', 'QUICKSTART deniyorsanız istemcinin QHLO kimliğini taslakta tarif edildiği gibi gönderdiğinden emin olun ya da özelliği kapatıp oturumları olağan biçimde EHLO ile açın. Başka her 520 yanıtında sunucunun metnine ve genişletilmiş durum koduna göre hareket edin ve ilk rakamının söylediği gibi kalıcı hata olarak ele alın.'),
    ('520', 'tr', 'retry', 'Aynı QHLO ile değil. Yeni bir oturumu olağan yoldan başlatın (EHLO, ardından gerekiyorsa STARTTLS ve AUTH); bu her sunucuyla çalışır.'),
    ('520', 'tr', 'note', 'Yalnızca taslak: draft-fanf-smtp-quickstart (basit ve tam profilleri olan -a ve -b sürümleriyle birlikte) 2007 yılında süresi dolarak düştü ve hiçbir zaman RFC olmadı; 520 kodunun IANA kaydı da yoktur. sisimai bu taslak nedeniyle 520 kodunu geçerli 5yz kodları arasında sayar.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('520', 1, 'draft-fanf-smtp-quickstart', '');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('520', 1, 'QHLO', 'draft-fanf-smtp-quickstart', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('520', 1, 'en', 'Reply to QHLO in the QUICKSTART draft: the QHLO ID is wrong; start the session again with EHLO.'),
    ('520', 1, 'tr', 'QUICKSTART taslağında QHLO komutuna verilen yanıt: QHLO kimliği yanlıştır; oturumu EHLO ile yeniden başlatın.');
INSERT INTO related_codes (code, related, position) VALUES
    ('520', '500', 1),
    ('520', '502', 2),
    ('520', '554', 3);

-- 557
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('557', 'en', 'title', 'Address Query Extension Code (Draft)'),
    ('557', 'en', 'description', 'A reply code from draft-moore-email-addrquery, ''SMTP and SUBMISSION Service Extensions For Address Query'' by K. Moore and C. Newman (2015), an Internet-Draft that expired without becoming an RFC. The draft proposed ways for a mail client to ask the server responsible for a domain about one of its addresses, chiefly to discover the recipient''s public key for automatic signing and encryption, and used 557 as one of the permanent negative replies of that query.'),
    ('557', 'en', 'seen_when', 'In principle only when a client uses the draft''s address-query extension, which no mainstream server or client implements. Apart from the draft, some code tables use 557 for ''too many duplicate messages'', an unrelated and non-standard meaning; a 557 in a real bounce most likely comes from such a vendor filter, so its text is what counts.'),
    ('557', 'en', 'how_to_fix', 'For a 557 in a bounce, follow the server''s text. If it complains about duplicates or flooding, stop resending the same message (look for a loop or a stuck retry in your application or list software) and spread bulk sends over time. For address-query experiments, fall back to other key discovery methods; there is nothing to configure on a standard server.'),
    ('557', 'en', 'retry', 'As a 5yz reply it should not be retried unchanged. After a duplicate-message rejection, send only a genuinely new message, and later.'),
    ('557', 'en', 'note', 'Draft only: draft-moore-email-addrquery never became an RFC and 557 has no IANA registration; sisimai lists 557 among the valid 5yz codes, citing that draft. The ''too many duplicate messages'' label in some code tables is a separate, non-standard use. The registered way to report mail flooding is the enhanced code X.7.28 with a 4yz or 5yz reply, and an address the server will not confirm gets 550, or 252 for VRFY.'),
    ('557', 'tr', 'title', 'Adres sorgusu uzantısı kodu (taslak)'),
    ('557', 'tr', 'description', 'K. Moore ve C. Newman tarafından yazılan, ''SMTP and SUBMISSION Service Extensions For Address Query'' başlıklı ve RFC olmadan süresi dolan 2015 tarihli draft-moore-email-addrquery İnternet taslağındaki bir yanıt kodudur. Taslak, bir e-posta istemcisinin bir alan adından sorumlu sunucuya o alan adındaki bir adres hakkında, özellikle otomatik imzalama ve şifreleme için alıcının açık anahtarını bulmak amacıyla soru sorabilmesini sağlayacak yollar öneriyor ve 557 kodunu bu sorgunun kalıcı olumsuz yanıtlarından biri olarak kullanıyordu.'),
    ('557', 'tr', 'seen_when', 'İlke olarak yalnızca bir istemci taslağın adres sorgusu uzantısını kullandığında görülür; yaygın hiçbir sunucu ya da istemci bunu uygulamaz. Taslağın dışında bazı kod tabloları 557 kodunu ''çok fazla yinelenen ileti'' anlamında kullanır; bu ilgisiz ve standart dışı bir anlamdır. Gerçek bir teslim edilemedi bildirimindeki 557 büyük olasılıkla böyle bir üretici filtresinden gelir; belirleyici olan metnidir.'),
    ('557', 'tr', 'how_to_fix', 'Teslim edilemedi bildiriminde 557 görürseniz sunucunun metnine uyun. Yinelenen iletilerden ya da ileti yağmurundan yakınıyorsa aynı iletiyi yeniden göndermeyi durdurun (uygulamanızda ya da liste yazılımınızda bir döngü veya takılıp kalmış bir yeniden deneme olup olmadığına bakın) ve toplu gönderimleri zamana yayın. Adres sorgusu denemelerinde başka anahtar bulma yöntemlerine başvurun; standart bir sunucuda yapılandırılacak bir şey yoktur.'),
    ('557', 'tr', 'retry', '5yz yanıtı olarak değiştirilmeden yeniden denenmemelidir. Yinelenen ileti reddinden sonra yalnızca gerçekten yeni bir ileti ve daha sonra gönderin.'),
    ('557', 'tr', 'note', 'Yalnızca taslak: draft-moore-email-addrquery hiçbir zaman RFC olmadı ve 557 kodunun IANA kaydı yoktur; sisimai bu taslağa dayanarak 557 kodunu geçerli 5yz kodları arasında sayar. Bazı kod tablolarındaki ''çok fazla yinelenen ileti'' etiketi ayrı ve standart dışı bir kullanımdır. İleti yağmurunu bildirmenin kayıtlı yolu, bir 4yz ya da 5yz yanıtıyla birlikte X.7.28 genişletilmiş durum kodudur; sunucunun doğrulamayacağı bir adres ise 550 (VRFY için 252) yanıtı alır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('557', 1, 'draft-moore-email-addrquery', '');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('557', 1, 'address query', 'draft-moore-email-addrquery', '');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('557', 1, 'en', 'A permanent negative reply in the draft''s address-query extension; not implemented by mainstream servers.'),
    ('557', 1, 'tr', 'Taslağın adres sorgusu uzantısındaki kalıcı olumsuz yanıt; yaygın sunucular tarafından uygulanmaz.');
INSERT INTO related_codes (code, related, position) VALUES
    ('557', '550', 1),
    ('557', '252', 2),
    ('557', 'X.7.28', 3),
    ('557', '554', 4);
