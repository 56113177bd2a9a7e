-- Texts for the non-standard and vendor basic codes: client-side pseudo codes (101, 111), codes
-- from ESP and Exchange-style lists (mostly enhanced codes written without dots), Rambler's 540
-- and 571. The notes say what senders mean by them and which standard reply to expect instead;
-- the references point at the standard codes' RFCs.

-- 101
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('101', 'en', 'title', 'Cannot Connect (Client-Side Pseudo Code)'),
    ('101', 'en', 'description', 'Not an SMTP reply. No server can send 101: RFC 5321 only allows reply codes whose first digit is 2 to 5. The number is produced on the sending side, by a mail client, a library or an ESP dashboard, to say that no SMTP connection could be made at all. Very often it is simply the operating system''s error number: on Linux, errno 101 is ENETUNREACH, ''Network is unreachable''.'),
    ('101', 'en', 'seen_when', 'In client or application logs and in some ESP delivery reports, when the TCP connection to the SMTP server fails before any greeting, for example ''SMTP connect() failed'' or ''connect to mx.example.com: Network is unreachable (101)''. A classic case is a host that resolves the server''s AAAA record but has no working IPv6 route.'),
    ('101', 'en', 'how_to_fix', 'Check the path from the sending machine: that the host name resolves (dig A and AAAA), that there is a route to it (ping, traceroute, ip route) and that the port answers (''nc -vz smtp.example.com 587''). If only IPv6 fails, fix the IPv6 route or make the sender prefer IPv4 (Postfix: inet_protocols = ipv4 or smtp_address_preference = ipv4). Also check the application''s SMTP host and port settings, and that neither a firewall nor the hosting provider blocks outbound SMTP ports.'),
    ('101', 'en', 'retry', 'Yes: it is a transient, local network condition. MTAs keep such messages queued and retry; an application should also retry later, once the network is fixed, rather than in a tight loop.'),
    ('101', 'en', 'note', 'Non-standard pseudo code: the first digit 1 is outside the RFC 5321 grammar (2-5), so no server sends it, and FTP''s 1yz class does not exist in SMTP. What the standards offer for this case is the enhanced code 4.4.1 (No answer from host) in a delay notice or bounce from your own MTA; when the server itself is up but refusing service, expect 421.'),
    ('101', 'tr', 'title', 'Bağlantı kurulamadı (istemci tarafı sözde kod)'),
    ('101', 'tr', 'description', 'Bir SMTP yanıtı değildir. Hiçbir sunucu 101 gönderemez: RFC 5321 yalnızca ilk rakamı 2 ile 5 arasında olan yanıt kodlarına izin verir. Bu sayı, hiçbir SMTP bağlantısı kurulamadığını belirtmek için gönderen tarafta bir e-posta istemcisi, bir kütüphane ya da bir e-posta hizmet sağlayıcısının paneli tarafından üretilir. Çoğu zaman doğrudan işletim sisteminin hata numarasıdır: Linux üzerinde errno 101, ENETUNREACH yani ''Network is unreachable'' (ağa ulaşılamıyor) hatasıdır.'),
    ('101', 'tr', 'seen_when', 'İstemci ya da uygulama günlüklerinde ve bazı e-posta hizmet sağlayıcılarının teslim raporlarında, SMTP sunucusuna TCP bağlantısı daha karşılama yanıtı gelmeden başarısız olduğunda görülür; örneğin ''SMTP connect() failed'' ya da ''connect to mx.example.com: Network is unreachable (101)''. Klasik bir örnek, sunucunun AAAA kaydını çözen ama çalışan bir IPv6 yolu olmayan makinedir.'),
    ('101', 'tr', 'how_to_fix', 'Gönderen makineden yolu kontrol edin: ana makine adının çözüldüğünü (dig A ve AAAA), ona giden bir yol bulunduğunu (ping, traceroute, ip route) ve portun yanıt verdiğini (''nc -vz smtp.example.com 587'') doğrulayın. Yalnızca IPv6 başarısız oluyorsa IPv6 yönlendirmesini düzeltin ya da gönderenin IPv4 bağlantısını tercih etmesini sağlayın (Postfix: inet_protocols = ipv4 veya smtp_address_preference = ipv4). Uygulamanın SMTP sunucu ve port ayarlarını, ayrıca bir güvenlik duvarının ya da barındırma sağlayıcısının giden SMTP portlarını engellemediğini de kontrol edin.'),
    ('101', 'tr', 'retry', 'Evet: geçici, yerel bir ağ sorunudur. MTA''lar bu iletileri kuyrukta tutup yeniden dener; bir uygulama da sık aralıklı bir döngüyle değil, ağ düzeldikten sonra yeniden denemelidir.'),
    ('101', 'tr', 'note', 'Standart dışı bir sözde koddur: ilk rakam olan 1, RFC 5321 dilbilgisinin (2-5) dışındadır, dolayısıyla hiçbir sunucu onu göndermez; FTP''deki 1yz sınıfı da SMTP içinde yoktur. Standartların bu durum için sunduğu şey, kendi MTA''nızın gecikme bildiriminde ya da teslim edilemedi bildiriminde yer alan 4.4.1 (No answer from host) genişletilmiş durum kodudur; sunucu ayakta olup hizmeti reddediyorsa 421 yanıtını bekleyin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('101', 1, 'RFC 5321', '4.2'),
    ('101', 2, 'RFC 3463', '3.5');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('101', 1, 'client', 'RFC 5321', '4.2');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('101', 1, 'en', 'Produced on the sending side when no connection could be made, often the Linux errno 101 (ENETUNREACH); never sent by a server.'),
    ('101', 1, 'tr', 'Hiçbir bağlantı kurulamadığında gönderen tarafta üretilir, çoğu zaman Linux errno 101 (ENETUNREACH) değeridir; hiçbir sunucu bunu göndermez.');
INSERT INTO related_codes (code, related, position) VALUES
    ('101', '111', 1),
    ('101', '421', 2),
    ('101', 'X.4.1', 3),
    ('101', '220', 4);

-- 111
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('111', 'en', 'title', 'Connection Refused (Client-Side Pseudo Code)'),
    ('111', 'en', 'description', 'Not an SMTP reply: the first digit 1 is outside the range of 2 to 5 that RFC 5321 allows. The number comes from the sending side and means the TCP connection was actively refused: the target host answered, but nothing was listening on that port or a firewall rejected the attempt. On Linux, errno 111 is ECONNREFUSED, ''Connection refused'', and that is the number logs and ESP lists are repeating.'),
    ('111', 'en', 'seen_when', 'In the sending application''s or MTA''s log, for example ''connect to mail.example.com[203.0.113.5]:25: Connection refused'' or ''SMTP Error: Could not connect to SMTP host. Connection refused (111)''. Typical causes: the mail server is stopped or has crashed, it listens on another port or only on localhost, the client uses the wrong port (25, 587, 465) or an old IP address, or a firewall answers with a reject.'),
    ('111', 'en', 'how_to_fix', 'On the client, confirm the host name and port in the SMTP settings and test with ''nc -vz host 587'' or ''telnet host 25''. On the server, check that the MTA is running (systemctl status postfix, or exim4), that it listens on the expected address and port (ss -ltnp; on Postfix, inet_interfaces must not be limited to loopback), and that the firewall (ufw, firewalld, iptables, cloud security groups) allows the port.'),
    ('111', 'en', 'retry', 'Yes, once the cause is fixed; if the server was only restarting, a retry a few minutes later succeeds. MTAs retry automatically and meanwhile try the next MX host.'),
    ('111', 'en', 'note', 'Non-standard pseudo code, never sent by a server. The standard signals nearby are 421, with which a server that is up refuses service in an SMTP reply, and the enhanced code 4.4.1 (No answer from host) that your own MTA uses in delay notices. Compare 101, where there is no route at all.'),
    ('111', 'tr', 'title', 'Bağlantı reddedildi (istemci tarafı sözde kod)'),
    ('111', 'tr', 'description', 'Bir SMTP yanıtı değildir: ilk rakam olan 1, RFC 5321 belgesinin izin verdiği 2-5 aralığının dışındadır. Sayı gönderen taraftan gelir ve TCP bağlantısının etkin biçimde reddedildiğini anlatır: hedef makine yanıt vermiştir, ama o portta dinleyen bir hizmet yoktur ya da bir güvenlik duvarı denemeyi geri çevirmiştir. Linux üzerinde errno 111, ECONNREFUSED yani ''Connection refused'' hatasıdır; günlükler ve e-posta hizmet sağlayıcılarının listeleri bu sayıyı tekrarlar.'),
    ('111', 'tr', 'seen_when', 'Gönderen uygulamanın ya da MTA''nın günlüğünde görülür; örneğin ''connect to mail.example.com[203.0.113.5]:25: Connection refused'' ya da ''SMTP Error: Could not connect to SMTP host. Connection refused (111)''. Tipik nedenler: posta sunucusu durdurulmuş ya da çökmüştür, başka bir portta veya yalnızca localhost üzerinde dinliyordur, istemci yanlış portu (25, 587, 465) ya da eski bir IP adresini kullanıyordur veya bir güvenlik duvarı bağlantıyı reddediyordur.'),
    ('111', 'tr', 'how_to_fix', 'İstemcide SMTP ayarlarındaki ana makine adını ve portu doğrulayın, ''nc -vz sunucu 587'' ya da ''telnet sunucu 25'' ile sınayın. Sunucuda MTA''nın çalıştığını (systemctl status postfix ya da exim4), beklenen adres ve portta dinlediğini (ss -ltnp; Postfix''te inet_interfaces yalnızca loopback ile sınırlı olmamalıdır) ve güvenlik duvarının (ufw, firewalld, iptables, bulut güvenlik grupları) porta izin verdiğini kontrol edin.'),
    ('111', 'tr', 'retry', 'Evet, neden giderildikten sonra; sunucu yalnızca yeniden başlıyorsa birkaç dakika sonraki deneme başarılı olur. MTA''lar otomatik olarak yeniden dener ve bu arada bir sonraki MX sunucusuna geçer.'),
    ('111', 'tr', 'note', 'Standart dışı bir sözde koddur ve hiçbir sunucu tarafından gönderilmez. Yakındaki standart işaretler, ayakta olan bir sunucunun hizmeti bir SMTP yanıtıyla reddettiği 421 kodu ve kendi MTA''nızın gecikme bildirimlerinde kullandığı 4.4.1 (No answer from host) genişletilmiş durum kodudur. Hiç yol bulunmayan durum için 101 koduna bakın.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('111', 1, 'RFC 5321', '4.2'),
    ('111', 2, 'RFC 3463', '3.5');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('111', 1, 'client', 'RFC 5321', '4.2');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('111', 1, 'en', 'Produced on the sending side when the TCP connection was refused, often the Linux errno 111 (ECONNREFUSED); never sent by a server.'),
    ('111', 1, 'tr', 'TCP bağlantısı reddedildiğinde gönderen tarafta üretilir, çoğu zaman Linux errno 111 (ECONNREFUSED) değeridir; hiçbir sunucu bunu göndermez.');
INSERT INTO related_codes (code, related, position) VALUES
    ('111', '101', 1),
    ('111', '421', 2),
    ('111', 'X.4.1', 3),
    ('111', '220', 4);

-- 200
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('200', 'en', 'title', 'Non-Standard Success Reply'),
    ('200', 'en', 'description', 'Not defined by any SMTP RFC. Old reply-code lists mention 200 as a non-standard success reply, citing RFC 876 (a 1983 survey of SMTP implementations), because a few early implementations sent it. A client that meets it goes by the first digit: 2 means the command succeeded, exactly as with 250.'),
    ('200', 'en', 'seen_when', 'Almost only in reference tables and in very old or home-grown SMTP software; old command tables list it under NOOP. Modern servers use 250 in all these cases.'),
    ('200', 'en', 'how_to_fix', 'Nothing needs fixing on the client side, since the command succeeded. If you maintain the software that sends it, change it to the proper code (250 for MAIL, RCPT, RSET, NOOP and HELO/EHLO, 220 for the greeting, 221 for QUIT), because strict clients and validators reject codes they do not know.'),
    ('200', 'en', 'retry', 'No retry: it reports success.'),
    ('200', 'en', 'note', 'Non-standard: RFC 5321 lists no 200 reply, and RFC 876 only described what early servers did. Expect 250 instead. RFC 5321 tells clients to fall back on the first digit for codes they do not recognise, which is why 200 usually works anyway.'),
    ('200', 'tr', 'title', 'Standart dışı başarı yanıtı'),
    ('200', 'tr', 'description', 'Hiçbir SMTP RFC belgesinde tanımlı değildir. Eski yanıt kodu listeleri, birkaç erken uygulama gönderdiği için 200 kodunu standart dışı bir başarı yanıtı olarak anar ve SMTP uygulamalarını inceleyen 1983 tarihli RFC 876 belgesine atıf yapar. Bu yanıtı alan istemci ilk rakama bakar: 2, komutun tıpkı 250 yanıtındaki gibi başarıyla tamamlandığı anlamına gelir.'),
    ('200', 'tr', 'seen_when', 'Neredeyse yalnızca başvuru tablolarında ve çok eski ya da kendi yazılmış SMTP yazılımlarında görülür; eski komut tabloları onu NOOP altında listeler. Günümüz sunucuları bu durumların tümünde 250 kullanır.'),
    ('200', 'tr', 'how_to_fix', 'Komut başarılı olduğu için istemci tarafında düzeltilecek bir şey yoktur. Bu kodu gönderen yazılımın bakımını yapıyorsanız onu doğru koda çevirin (MAIL, RCPT, RSET, NOOP ve HELO/EHLO için 250, karşılama için 220, QUIT için 221); katı istemciler ve doğrulayıcılar tanımadıkları kodları reddeder.'),
    ('200', 'tr', 'retry', 'Yeniden deneme gerekmez; yanıt başarıyı bildirir.'),
    ('200', 'tr', 'note', 'Standart dışıdır: RFC 5321 bir 200 yanıtı tanımlamaz, RFC 876 ise yalnızca erken sunucuların ne yaptığını betimlemiştir. Bunun yerine 250 bekleyin. RFC 5321 istemcilere tanımadıkları kodlarda ilk rakama göre davranmalarını söyler; 200 yanıtının yine de çoğu zaman sorunsuz işlemesinin nedeni budur.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('200', 1, 'RFC 5321', '4.2.3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('200', 1, 'legacy', 'RFC 5321', '4.2.3');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('200', 1, 'en', 'Non-standard success reply from early implementations, found in old tables; read it as 250.'),
    ('200', 1, 'tr', 'Erken uygulamalardan kalma, eski tablolarda geçen standart dışı başarı yanıtı; 250 olarak okuyun.');
INSERT INTO related_codes (code, related, position) VALUES
    ('200', '250', 1),
    ('200', '220', 2),
    ('200', '221', 3);

-- 420
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('420', 'en', 'title', 'Connection Timed Out (Non-Standard)'),
    ('420', 'en', 'description', 'Not defined by any SMTP RFC. ESP and blog lists use 420 for a connection timeout: the sending side gave up because the receiving server did not answer, or stopped answering, within its time limit. It is a label applied by the sender''s software or provider, not a reply sent by the receiver.'),
    ('420', 'en', 'seen_when', 'In ESP dashboards and delivery reports, and in some client logs, after the connection to the recipient''s MX timed out, for example while waiting for the greeting or during DATA on a slow link. Overloaded or tarpitting receivers, firewalls that silently drop port 25 traffic, and outbound port 25 blocked by the sender''s ISP or cloud provider are the usual causes.'),
    ('420', 'en', 'how_to_fix', 'If you send from your own server, test from that machine whether the MX answers on port 25 (''nc -vz mx.example.com 25''); many cloud and residential providers block outbound port 25, in which case relay through a smart host on port 587. Find the exact stage of the timeout in your MTA log (''conversation timed out while receiving the initial server greeting'', ''lost connection''). If you run the receiving server, check its load, the DNS response times of your checks, and greeting delays longer than clients wait (RFC 5321 recommends that clients wait 5 minutes for the greeting).'),
    ('420', 'en', 'retry', 'Yes, it is transient; MTAs retry automatically on their queue schedule. Timeouts that go on for days point to a blocked port or a dead host rather than congestion.'),
    ('420', 'en', 'note', 'Non-standard. The standard codes nearby are 421 (the server closes the channel, often under load) and, in your own MTA''s delay notice, the enhanced codes 4.4.1 (No answer from host) or 4.4.2 (Bad connection); Postfix, for example, records conversation timeouts with 4.4.2.'),
    ('420', 'tr', 'title', 'Bağlantı zaman aşımı (standart dışı)'),
    ('420', 'tr', 'description', 'Hiçbir SMTP RFC belgesinde tanımlı değildir. E-posta hizmet sağlayıcılarının ve blogların listeleri 420 kodunu bağlantı zaman aşımı için kullanır: alıcı sunucu süre sınırı içinde yanıt vermediği ya da yanıt vermeyi kestiği için gönderen taraf denemeyi bırakmıştır. Alıcının gönderdiği bir yanıt değil, gönderenin yazılımının ya da sağlayıcısının koyduğu bir etikettir.'),
    ('420', 'tr', 'seen_when', 'E-posta hizmet sağlayıcılarının panellerinde ve teslim raporlarında, bazen de istemci günlüklerinde, alıcının MX sunucusuna bağlantı zaman aşımına uğradığında görülür; örneğin karşılama yanıtı beklenirken ya da yavaş bir hatta DATA sırasında. Olağan nedenler aşırı yüklü ya da bağlantıyı bilerek yavaşlatan (tarpit) alıcılar, 25 numaralı port trafiğini sessizce düşüren güvenlik duvarları ve gönderenin İnternet servis sağlayıcısı ya da bulut sağlayıcısı tarafından engellenen giden 25 numaralı porttur.'),
    ('420', 'tr', 'how_to_fix', 'Kendi sunucunuzdan gönderiyorsanız MX sunucusunun 25 numaralı portta yanıt verip vermediğini o makineden sınayın (''nc -vz mx.example.com 25''); birçok bulut ve ev İnternet sağlayıcısı giden 25 numaralı portu engeller, bu durumda 587 portu üzerinden bir akıllı aktarma sunucusu (smart host) kullanın. Zaman aşımının tam olarak hangi aşamada olduğunu MTA günlüğünüzde bulun (''conversation timed out while receiving the initial server greeting'', ''lost connection''). Alıcı sunucuyu siz yönetiyorsanız yükünü, denetimlerinizin DNS yanıt sürelerini ve istemcilerin bekleme süresini aşan karşılama gecikmelerini kontrol edin (RFC 5321 istemcilerin karşılama için 5 dakika beklemesini önerir).'),
    ('420', 'tr', 'retry', 'Evet, geçicidir; MTA''lar kuyruk takvimlerine göre otomatik olarak yeniden dener. Günlerce süren zaman aşımları tıkanıklıktan çok engellenmiş bir porta ya da kapalı bir sunucuya işaret eder.'),
    ('420', 'tr', 'note', 'Standart dışıdır. Yakındaki standart kodlar, sunucunun iletim kanalını çoğunlukla yük altında kapattığını bildiren 421 ile kendi MTA''nızın gecikme bildirimindeki 4.4.1 (No answer from host) ya da 4.4.2 (Bad connection) genişletilmiş durum kodlarıdır; örneğin Postfix konuşma zaman aşımlarını 4.4.2 ile kaydeder.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('420', 1, 'RFC 5321', '4.2.3'),
    ('420', 2, 'RFC 3463', '3.5');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('420', 1, 'connection', 'RFC 5321', '4.2.3');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('420', 1, 'en', 'Sender-side label for a connection to the receiving server that timed out; the receiver sent no such code.'),
    ('420', 1, 'tr', 'Alıcı sunucuya kurulan ve zaman aşımına uğrayan bağlantı için gönderen tarafın koyduğu etiket; alıcı böyle bir kod göndermemiştir.');
INSERT INTO related_codes (code, related, position) VALUES
    ('420', '421', 1),
    ('420', 'X.4.2', 2),
    ('420', 'X.4.1', 3),
    ('420', '447', 4);

-- 431
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('431', 'en', 'title', 'Insufficient System Resources (Non-Standard)'),
    ('431', 'en', 'description', 'Not defined by any SMTP RFC. Exchange-style and ESP lists use 431 when the receiving server is out of disk space or other resources; it reads like the enhanced code 4.3.1 ''Mail system full'' written without its dots. The condition is temporary and lies on the receiving side.'),
    ('431', 'en', 'seen_when', 'In delay notices, bounces and ESP dashboards when the recipient''s server refuses new mail because it is short of storage or memory. On the wire, Microsoft Exchange in this state (back pressure) answers ''452 4.3.1 Insufficient system resources''.'),
    ('431', 'en', 'how_to_fix', 'As the sender, wait: nothing on your side causes it, and your MTA will retry. If it lasts, tell the recipient through another channel. As the receiving administrator, free disk space on the volume that holds the mail queue or the transport database, check memory, and on Exchange review the back pressure events in the Application log and the thresholds of the transport service.'),
    ('431', 'en', 'retry', 'Yes, later. It is a temporary condition, and standard MTAs keep retrying for their whole queue lifetime (typically several days).'),
    ('431', 'en', 'note', 'Non-standard. The standard reply for this situation is 452 (Requested action not taken: insufficient system storage) with 4.3.1 (Mail system full); RFC 1870 also uses 452 when a message is temporarily too big for the free space.'),
    ('431', 'tr', 'title', 'Sistem kaynakları yetersiz (standart dışı)'),
    ('431', 'tr', 'description', 'Hiçbir SMTP RFC belgesinde tanımlı değildir. Exchange tarzı listeler ve e-posta hizmet sağlayıcılarının listeleri 431 kodunu alıcı sunucunun disk alanı ya da başka kaynakları tükendiğinde kullanır; noktaları atılmış 4.3.1 ''Mail system full'' genişletilmiş durum kodu gibi okunur. Durum geçicidir ve alıcı taraftadır.'),
    ('431', 'tr', 'seen_when', 'Alıcının sunucusu depolama alanı ya da belleği azaldığı için yeni posta almayı reddettiğinde gecikme bildirimlerinde, teslim edilemedi bildirimlerinde ve e-posta hizmet sağlayıcılarının panellerinde görülür. Bu durumdaki Microsoft Exchange (back pressure) ağ üzerinde ''452 4.3.1 Insufficient system resources'' yanıtını verir.'),
    ('431', 'tr', 'how_to_fix', 'Gönderen olarak bekleyin: neden sizin tarafınızda değildir ve MTA''nız yeniden deneyecektir. Durum sürerse alıcıya başka bir kanaldan haber verin. Alıcı tarafın yöneticisi olarak posta kuyruğunu ya da taşıma (transport) veritabanını barındıran birimde disk alanı açın, belleği kontrol edin; Exchange üzerinde Uygulama (Application) günlüğündeki back pressure olaylarını ve taşıma hizmetinin eşiklerini gözden geçirin.'),
    ('431', 'tr', 'retry', 'Evet, daha sonra. Geçici bir durumdur ve standart MTA''lar kuyruk ömürleri boyunca (genellikle birkaç gün) yeniden denemeyi sürdürür.'),
    ('431', 'tr', 'note', 'Standart dışıdır. Bu durum için standart yanıt 4.3.1 (Mail system full) ile birlikte 452 (Requested action not taken: insufficient system storage) yanıtıdır; RFC 1870 de bir ileti boş alana göre geçici olarak fazla büyük olduğunda 452 kullanır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('431', 1, 'RFC 5321', '4.2.3'),
    ('431', 2, 'RFC 3463', '3.4');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('431', 1, 'bounce report', 'RFC 3463', '3.4');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('431', 1, 'en', 'Label for a receiving server that is out of storage or resources; on the wire expect 452 with 4.3.1.'),
    ('431', 1, 'tr', 'Depolama alanı ya da kaynakları tükenmiş bir alıcı sunucu için kullanılan etiket; ağ üzerinde 4.3.1 ile birlikte 452 bekleyin.');
INSERT INTO related_codes (code, related, position) VALUES
    ('431', '452', 1),
    ('431', 'X.3.1', 2),
    ('431', '552', 3),
    ('431', '421', 4);

-- 441
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('441', 'en', 'title', 'Recipient Server Not Responding (Non-Standard)'),
    ('441', 'en', 'description', 'Not defined by any SMTP RFC. ESP lists and Exchange-style delivery reports use 441 when the recipient''s server did not respond; it matches the enhanced code 4.4.1 ''No answer from host'' written without dots. It is reported by the sending side after its connection attempts failed.'),
    ('441', 'en', 'seen_when', 'In delay notices, queue viewers and ESP dashboards, after the sending MTA could not get an answer from any of the recipient domain''s MX hosts: the host was down, overloaded or unreachable, or a firewall dropped the connection.'),
    ('441', 'en', 'how_to_fix', 'As the sender, check the recipient domain''s MX records (''dig MX example.com'') and test port 25 on those hosts from your sending machine; if they are unreachable from everywhere, the problem is on the recipient''s side and you can only wait or contact them. As the receiving administrator, make sure every host listed in MX is up and accepts connections on port 25, and remove stale MX records that point at retired servers.'),
    ('441', 'en', 'retry', 'Yes; your MTA keeps retrying until its queue lifetime runs out (Postfix maximal_queue_lifetime, 5 days by default; Exchange message expiration, 2 days by default) and then bounces the message.'),
    ('441', 'en', 'note', 'Non-standard. The standard signal is the enhanced code 4.4.1 (No answer from host), which IANA pairs with 451; a server that is up but refusing service sends 421 itself.'),
    ('441', 'tr', 'title', 'Alıcı sunucu yanıt vermiyor (standart dışı)'),
    ('441', 'tr', 'description', 'Hiçbir SMTP RFC belgesinde tanımlı değildir. E-posta hizmet sağlayıcılarının listeleri ve Exchange tarzı teslim raporları 441 kodunu alıcının sunucusu yanıt vermediğinde kullanır; noktasız yazılmış 4.4.1 ''No answer from host'' genişletilmiş durum koduna karşılık gelir. Bağlantı denemeleri başarısız olduktan sonra gönderen tarafça raporlanır.'),
    ('441', 'tr', 'seen_when', 'Gönderen MTA, alıcı alan adının MX sunucularının hiçbirinden yanıt alamadığında gecikme bildirimlerinde, kuyruk görüntüleyicilerinde ve e-posta hizmet sağlayıcılarının panellerinde görülür: sunucu kapalıdır, aşırı yüklüdür ya da erişilemezdir veya bir güvenlik duvarı bağlantıyı düşürmüştür.'),
    ('441', 'tr', 'how_to_fix', 'Gönderen olarak alıcı alan adının MX kayıtlarını (''dig MX example.com'') kontrol edin ve gönderim yaptığınız makineden bu sunucuların 25 numaralı portunu sınayın; hiçbir yerden erişilemiyorlarsa sorun alıcı taraftadır ve yalnızca bekleyebilir ya da alıcıyla iletişime geçebilirsiniz. Alıcı tarafın yöneticisi olarak MX kayıtlarında listelenen her sunucunun açık olduğundan ve 25 numaralı portta bağlantı kabul ettiğinden emin olun; kullanımdan kaldırılmış sunucuları gösteren eski MX kayıtlarını silin.'),
    ('441', 'tr', 'retry', 'Evet; MTA''nız kuyruk ömrü dolana kadar (Postfix maximal_queue_lifetime, varsayılan 5 gün; Exchange ileti sona erme süresi, varsayılan 2 gün) yeniden dener, ardından teslim edilemedi bildirimi üretir.'),
    ('441', 'tr', 'note', 'Standart dışıdır. Standart işaret, IANA kaydında 451 ile eşleştirilen 4.4.1 (No answer from host) genişletilmiş durum kodudur; ayakta olup hizmeti reddeden bir sunucu ise kendisi 421 gönderir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('441', 1, 'RFC 3463', '3.5'),
    ('441', 2, 'RFC 5321', '4.2.3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('441', 1, 'bounce report', 'RFC 3463', '3.5');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('441', 1, 'en', 'Label for no answer from the recipient''s servers; the enhanced code 4.4.1 written without dots.'),
    ('441', 1, 'tr', 'Alıcının sunucularından yanıt alınamadığını belirten etiket; noktasız yazılmış 4.4.1 genişletilmiş durum kodudur.');
INSERT INTO related_codes (code, related, position) VALUES
    ('441', 'X.4.1', 1),
    ('441', '451', 2),
    ('441', '421', 3),
    ('441', '447', 4);

-- 442
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('442', 'en', 'title', 'Connection Dropped (Non-Standard)'),
    ('442', 'en', 'description', 'Not defined by any SMTP RFC. ESP lists use 442 when a connection was established but broke during the transfer; it matches the enhanced code 4.4.2 ''Bad connection''. The message was not accepted, because the server never answered the final dot with 250.'),
    ('442', 'en', 'seen_when', 'In delay notices and ESP dashboards after a session that started normally but ended abruptly, often during DATA with a large message: a network interruption, a firewall or IPS that resets long SMTP sessions, an MTU problem, or the receiving server crashing or timing out.'),
    ('442', 'en', 'how_to_fix', 'As the sender, look up the exact stage in your MTA log (''lost connection with ... while sending message body''). Occasional drops need no action. Repeated drops with one destination point at the network path: check firewalls and SMTP inspection features (for example ''inspect esmtp'' on Cisco ASA), MTU and MSS settings on tunnels, and try a smaller message. Receiving administrators should check their server''s logs and timeouts at the time of the drop.'),
    ('442', 'en', 'retry', 'Yes. RFC 5321 tells a client whose connection drops to act as if it had received a transient error (451), so MTAs requeue the message and retry automatically.'),
    ('442', 'en', 'note', 'Non-standard. The standard signals are the enhanced code 4.4.2 (Bad connection), which IANA pairs with 421, or a 421 reply from a server that closes the channel on purpose.'),
    ('442', 'tr', 'title', 'Bağlantı koptu (standart dışı)'),
    ('442', 'tr', 'description', 'Hiçbir SMTP RFC belgesinde tanımlı değildir. E-posta hizmet sağlayıcılarının listeleri 442 kodunu, kurulmuş bir bağlantı gönderim sırasında koptuğunda kullanır; 4.4.2 ''Bad connection'' genişletilmiş durum koduna karşılık gelir. Sunucu son noktaya hiçbir zaman 250 ile yanıt vermediği için ileti kabul edilmemiştir.'),
    ('442', 'tr', 'seen_when', 'Olağan başlayıp aniden biten bir oturumdan sonra, çoğu zaman büyük bir iletinin DATA aşamasında, gecikme bildirimlerinde ve e-posta hizmet sağlayıcılarının panellerinde görülür: bir ağ kesintisi, uzun SMTP oturumlarını sıfırlayan bir güvenlik duvarı ya da IPS, bir MTU sorunu veya alıcı sunucunun çökmesi ya da zaman aşımına uğraması.'),
    ('442', 'tr', 'how_to_fix', 'Gönderen olarak kopmanın tam aşamasını MTA günlüğünüzde bulun (''lost connection with ... while sending message body''). Ara sıra yaşanan kopmalar bir şey gerektirmez. Tek bir hedefle tekrarlanan kopmalar ağ yolunu işaret eder: güvenlik duvarlarını ve SMTP denetleme özelliklerini (örneğin Cisco ASA üzerinde ''inspect esmtp''), tünellerdeki MTU ve MSS ayarlarını kontrol edin ve daha küçük bir ileti deneyin. Alıcı tarafın yöneticileri kopma anındaki sunucu günlüklerine ve zaman aşımı ayarlarına bakmalıdır.'),
    ('442', 'tr', 'retry', 'Evet. RFC 5321, bağlantısı kopan bir istemcinin geçici bir hata (451) almış gibi davranmasını söyler; bu yüzden MTA''lar iletiyi yeniden kuyruğa alıp otomatik olarak yeniden dener.'),
    ('442', 'tr', 'note', 'Standart dışıdır. Standart işaretler, IANA kaydında 421 ile eşleştirilen 4.4.2 (Bad connection) genişletilmiş durum kodu ya da iletim kanalını bilerek kapatan bir sunucunun gönderdiği 421 yanıtıdır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('442', 1, 'RFC 3463', '3.5'),
    ('442', 2, 'RFC 5321', '4.2.3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('442', 1, 'bounce report', 'RFC 3463', '3.5');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('442', 1, 'en', 'Label for a connection that broke during the transfer; the enhanced code 4.4.2 written without dots.'),
    ('442', 1, 'tr', 'Gönderim sırasında kopan bir bağlantı için kullanılan etiket; noktasız yazılmış 4.4.2 genişletilmiş durum kodudur.');
INSERT INTO related_codes (code, related, position) VALUES
    ('442', 'X.4.2', 1),
    ('442', '421', 2),
    ('442', '451', 3);

-- 446
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('446', 'en', 'title', 'Maximum Hop Count Exceeded (Non-Standard)'),
    ('446', 'en', 'description', 'Not defined by any SMTP RFC. ESP and Exchange-style lists use 446 when a message has passed through too many servers, which almost always means a mail loop; it matches the enhanced code X.4.6 ''Routing loop detected''. Servers notice the loop by counting the Received header fields.'),
    ('446', 'en', 'seen_when', 'In a bounce after the message went round in circles: two mailboxes forwarding to each other, a domain whose MX or smart host points back at the sender, a catch-all alias that forwards to itself, or a mail gateway and a backend server that each treat the other as the next hop. Postfix reports it as ''mail forwarding loop for ...'' with 5.4.6.'),
    ('446', 'en', 'how_to_fix', 'Look at the Received headers of the returned message: the repeating pair of hosts shows where the loop is. Remove the circular forward or alias, fix the MX or the transport/smart host setting that sends mail back, and make sure each server knows which domains are local to it (Postfix mydestination or virtual domains; Exchange accepted domains). The hop limits themselves (Postfix hopcount_limit, default 50; Exim received_headers_max, default 30) rarely need raising.'),
    ('446', 'en', 'retry', 'No, not until the routing is fixed; the same message would loop again. Resend once the forward or route has been corrected.'),
    ('446', 'en', 'note', 'Non-standard. The standard way to report a loop is the enhanced code X.4.6 (Routing loop detected), usually sent as a permanent failure, 5.4.6 with 550 or 554.'),
    ('446', 'tr', 'title', 'Azami atlama sayısı aşıldı (standart dışı)'),
    ('446', 'tr', 'description', 'Hiçbir SMTP RFC belgesinde tanımlı değildir. E-posta hizmet sağlayıcılarının listeleri ve Exchange tarzı listeler 446 kodunu bir ileti çok fazla sunucudan geçtiğinde kullanır; bu neredeyse her zaman bir posta döngüsü demektir ve X.4.6 ''Routing loop detected'' genişletilmiş durum koduna karşılık gelir. Sunucular döngüyü Received başlık alanlarını sayarak fark eder.'),
    ('446', 'tr', 'seen_when', 'İleti sunucular arasında dönüp durduktan sonra gelen teslim edilemedi bildiriminde görülür: birbirine yönlendirme yapan iki posta kutusu, MX kaydı ya da akıllı aktarma sunucusu gönderene geri dönen bir alan adı, kendine yönlendiren bir catch-all takma adı veya birbirini bir sonraki durak sayan bir posta ağ geçidi ile arka uç sunucu. Postfix bu durumu ''mail forwarding loop for ...'' metni ve 5.4.6 koduyla bildirir.'),
    ('446', 'tr', 'how_to_fix', 'Geri dönen iletinin Received başlıklarına bakın: tekrarlanan sunucu çifti döngünün yerini gösterir. Döngüsel yönlendirmeyi ya da takma adı kaldırın, postayı geri gönderen MX ya da transport/akıllı aktarma ayarını düzeltin ve her sunucunun hangi alan adlarının kendisine yerel olduğunu bildiğinden emin olun (Postfix''te mydestination ya da sanal alan adları; Exchange''de kabul edilen etki alanları). Atlama sınırlarının kendisini (Postfix hopcount_limit, varsayılan 50; Exim received_headers_max, varsayılan 30) yükseltmek nadiren gerekir.'),
    ('446', 'tr', 'retry', 'Hayır, yönlendirme düzeltilene kadar değil; aynı ileti yine döngüye girer. Yönlendirme ya da yol düzeltildikten sonra yeniden gönderin.'),
    ('446', 'tr', 'note', 'Standart dışıdır. Döngüyü bildirmenin standart yolu X.4.6 (Routing loop detected) genişletilmiş durum kodudur; genellikle kalıcı bir hata olarak, 550 ya da 554 ile birlikte 5.4.6 biçiminde gönderilir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('446', 1, 'RFC 3463', '3.5'),
    ('446', 2, 'RFC 5321', '4.2.3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('446', 1, 'bounce report', 'RFC 3463', '3.5');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('446', 1, 'en', 'Label for a message that exceeded the hop limit, i.e. a mail loop; the standard code is X.4.6.'),
    ('446', 1, 'tr', 'Atlama sınırını aşan, yani döngüye giren bir ileti için kullanılan etiket; standart kod X.4.6 kodudur.');
INSERT INTO related_codes (code, related, position) VALUES
    ('446', 'X.4.6', 1),
    ('446', '554', 2),
    ('446', '550', 3);

-- 447
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('447', 'en', 'title', 'Delivery Time Expired (Non-Standard)'),
    ('447', 'en', 'description', 'Not defined by any SMTP RFC. ESP and Exchange-style lists use 447 when a message stayed in the queue too long without being delivered; it matches the enhanced code X.4.7 ''Delivery time expired''. It is produced by the sending side when it gives up, not by the receiver.'),
    ('447', 'en', 'seen_when', 'In a delay warning or the final bounce from your own MTA or provider after days of failed attempts, for example ''message delayed'' warnings followed by ''giving up''. The real cause is whatever kept failing: the recipient''s server timing out, greylisting that never cleared, repeated 4yz deferrals over reputation or rate limits, or DNS errors.'),
    ('447', 'en', 'how_to_fix', 'Find the underlying error: the bounce or your MTA log usually quotes the last temporary reply (for example ''421 4.7.0 ... try again later'' or a connection timeout), and that is what needs fixing. Resolve it (reputation, rate limits, reachability, DNS) and send the message again. Administrators can change how long mail is kept (Postfix maximal_queue_lifetime, Exchange message expiration timeout), but a longer queue rarely cures the cause.'),
    ('447', 'en', 'retry', 'The original attempt is over: your MTA has stopped retrying. Send the message again once the underlying problem is solved.'),
    ('447', 'en', 'note', 'Non-standard. The standard code is X.4.7 (Delivery time expired); RFC 3463 adds that when the underlying problem is known, its own code should be reported instead.'),
    ('447', 'tr', 'title', 'Teslim süresi doldu (standart dışı)'),
    ('447', 'tr', 'description', 'Hiçbir SMTP RFC belgesinde tanımlı değildir. E-posta hizmet sağlayıcılarının listeleri ve Exchange tarzı listeler 447 kodunu bir ileti teslim edilemeden kuyrukta çok uzun kaldığında kullanır; X.4.7 ''Delivery time expired'' genişletilmiş durum koduna karşılık gelir. Alıcı tarafından değil, denemeyi bırakan gönderen tarafça üretilir.'),
    ('447', 'tr', 'seen_when', 'Günlerce süren başarısız denemelerden sonra kendi MTA''nızdan ya da sağlayıcınızdan gelen gecikme uyarısında veya son teslim edilemedi bildiriminde görülür; örneğin önce ''message delayed'' uyarıları, ardından ''giving up''. Asıl neden sürekli başarısız olan şeydir: zaman aşımına uğrayan alıcı sunucu, bir türlü aşılamayan gri listeleme, gönderici itibarı ya da gönderim hızı sınırı nedeniyle tekrarlanan 4yz ertelemeleri veya DNS hataları.'),
    ('447', 'tr', 'how_to_fix', 'Alttaki hatayı bulun: teslim edilemedi bildirimi ya da MTA günlüğünüz genellikle son geçici yanıtı alıntılar (örneğin ''421 4.7.0 ... try again later'' ya da bir bağlantı zaman aşımı) ve düzeltilmesi gereken odur. Onu (gönderici itibarı, gönderim hızı sınırı, erişilebilirlik, DNS) çözün ve iletiyi yeniden gönderin. Yöneticiler postanın ne kadar tutulacağını değiştirebilir (Postfix maximal_queue_lifetime, Exchange ileti sona erme süresi), ancak kuyruğu uzatmak nedeni nadiren çözer.'),
    ('447', 'tr', 'retry', 'Özgün deneme sona ermiştir: MTA''nız yeniden denemeyi bırakmıştır. Alttaki sorun çözüldükten sonra iletiyi yeniden gönderin.'),
    ('447', 'tr', 'note', 'Standart dışıdır. Standart kod X.4.7 (Delivery time expired) kodudur; RFC 3463, alttaki sorun biliniyorsa bunun yerine onun kodunun bildirilmesi gerektiğini ekler.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('447', 1, 'RFC 3463', '3.5'),
    ('447', 2, 'RFC 5321', '4.2.3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('447', 1, 'bounce report', 'RFC 3463', '3.5');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('447', 1, 'en', 'Label for a message that expired in the sender''s queue; the standard code is X.4.7.'),
    ('447', 1, 'tr', 'Gönderenin kuyruğunda süresi dolan bir ileti için kullanılan etiket; standart kod X.4.7 kodudur.');
INSERT INTO related_codes (code, related, position) VALUES
    ('447', 'X.4.7', 1),
    ('447', '421', 2),
    ('447', '451', 3),
    ('447', '450', 4);

-- 449
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('449', 'en', 'title', 'Routing Error (Non-Standard)'),
    ('449', 'en', 'description', 'Not defined by any SMTP RFC. Exchange-style and ESP lists use 449 for a routing error: the sending system could not work out where to deliver the message. The closest registered codes are in the X.4.x network and routing family, above all X.4.4 ''Unable to route''.'),
    ('449', 'en', 'seen_when', 'In delay notices, queue viewers and ESP dashboards when the recipient''s domain has no usable MX or address records (DNS returns only an SOA, or SERVFAIL), when a send connector or transport map points at a host that does not exist, or when a smart host is misconfigured.'),
    ('449', 'en', 'how_to_fix', 'Check the recipient domain''s DNS (''dig MX example.com'', then the A/AAAA records of the MX targets) and your own DNS resolver. On the sending server, review the routing settings: Exchange send connectors and their address spaces, Postfix transport_maps and relayhost, Exim routers. A domain that publishes neither MX nor address records cannot receive mail; confirm the address with the recipient.'),
    ('449', 'en', 'retry', 'Yes if the cause is temporary DNS trouble; MTAs retry on their own. If the domain really has no route, the retries end in a bounce, and only a corrected address or DNS record helps.'),
    ('449', 'en', 'note', 'Non-standard. Expect the enhanced codes X.4.4 (Unable to route), or X.4.3 (Directory server failure) for DNS errors, usually with 451 for temporary and 550 or 554 for permanent failures.'),
    ('449', 'tr', 'title', 'Yönlendirme hatası (standart dışı)'),
    ('449', 'tr', 'description', 'Hiçbir SMTP RFC belgesinde tanımlı değildir. Exchange tarzı listeler ve e-posta hizmet sağlayıcılarının listeleri 449 kodunu bir yönlendirme (routing) hatası için kullanır: gönderen sistem iletiyi nereye teslim edeceğini belirleyememiştir. Kayıtlı en yakın kodlar X.4.x ağ ve yönlendirme ailesindedir, özellikle X.4.4 ''Unable to route''.'),
    ('449', 'tr', 'seen_when', 'Alıcının alan adının kullanılabilir MX ya da adres kaydı olmadığında (DNS yalnızca SOA döndürüyor ya da SERVFAIL veriyor), bir gönderim bağlayıcısı (send connector) veya transport eşlemesi var olmayan bir sunucuyu gösterdiğinde ya da akıllı aktarma sunucusu yanlış yapılandırıldığında gecikme bildirimlerinde, kuyruk görüntüleyicilerinde ve e-posta hizmet sağlayıcılarının panellerinde görülür.'),
    ('449', 'tr', 'how_to_fix', 'Alıcı alan adının DNS kayıtlarını (''dig MX example.com'', ardından MX hedeflerinin A/AAAA kayıtları) ve kendi DNS çözümleyicinizi kontrol edin. Gönderen sunucuda yönlendirme ayarlarını gözden geçirin: Exchange gönderim bağlayıcıları ve adres alanları, Postfix transport_maps ve relayhost, Exim yönlendiricileri (router). Ne MX ne de adres kaydı yayımlayan bir alan adı posta alamaz; adresi alıcıyla doğrulayın.'),
    ('449', 'tr', 'retry', 'Neden geçici bir DNS sorunuysa evet; MTA''lar kendiliğinden yeniden dener. Alan adına gerçekten hiçbir yol yoksa denemeler teslim edilemedi bildirimiyle biter ve yalnızca düzeltilmiş bir adres ya da DNS kaydı işe yarar.'),
    ('449', 'tr', 'note', 'Standart dışıdır. Genellikle geçici hatalarda 451, kalıcı hatalarda 550 ya da 554 ile birlikte X.4.4 (Unable to route) veya DNS hataları için X.4.3 (Directory server failure) genişletilmiş durum kodlarını bekleyin.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('449', 1, 'RFC 3463', '3.5'),
    ('449', 2, 'RFC 5321', '4.2.3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('449', 1, 'bounce report', 'RFC 3463', '3.5');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('449', 1, 'en', 'Label for a message the sending system could not route; compare X.4.4 (Unable to route).'),
    ('449', 1, 'tr', 'Gönderen sistemin yönlendiremediği bir ileti için kullanılan etiket; X.4.4 (Unable to route) ile karşılaştırın.');
INSERT INTO related_codes (code, related, position) VALUES
    ('449', 'X.4.4', 1),
    ('449', 'X.4.3', 2),
    ('449', '451', 3),
    ('449', '550', 4);

-- 471
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('471', 'en', 'title', 'Local Error, Often a Spam Filter (Non-Standard)'),
    ('471', 'en', 'description', 'Not defined by any SMTP RFC. ESP lists use 471 for a temporary local error on the receiving side, frequently raised by an anti-spam filter or content scanner; it looks like the enhanced code 4.7.1 (delivery not authorized, as a temporary condition) written without dots. The message was deferred, not rejected for good.'),
    ('471', 'en', 'seen_when', 'In delay notices and ESP dashboards when the recipient''s filter could not or would not take the message right now: greylisting, a temporary reputation or rate-limit deferral, a scanning engine that timed out, or a policy check that depends on a DNS lookup that failed. On the wire such replies usually read ''450 4.7.1'' or ''451 4.7.1'', for example Postfix''s ''450 4.7.1 Client host rejected: cannot find your hostname''.'),
    ('471', 'en', 'how_to_fix', 'As the sender, let your MTA retry; greylisting clears on a later attempt after a few minutes. If the deferral persists, read the text for the reason: add a matching PTR record for your sending IP, check SPF, DKIM and DMARC, check blocklists, and slow down bulk sending. As the receiving administrator, check the filter''s logs and whether its DNS lookups or scanning service are failing.'),
    ('471', 'en', 'retry', 'Yes; it is temporary. Retry on the normal schedule; retrying within seconds only earns more deferrals.'),
    ('471', 'en', 'note', 'Non-standard. The standard replies are 450 or 451 with 4.7.1 (or a more specific 4.7.x code), which RFC 5321 and RFC 3463 provide for temporary policy refusals.'),
    ('471', 'tr', 'title', 'Yerel hata, çoğunlukla istenmeyen ileti filtresi (standart dışı)'),
    ('471', 'tr', 'description', 'Hiçbir SMTP RFC belgesinde tanımlı değildir. E-posta hizmet sağlayıcılarının listeleri 471 kodunu alıcı taraftaki geçici bir yerel hata için kullanır; bu hatayı sık sık bir istenmeyen ileti (spam) filtresi ya da içerik tarayıcısı üretir. Noktaları atılmış 4.7.1 (geçici bir durum olarak teslime yetki verilmemesi) genişletilmiş durum kodu gibi görünür. İleti kesin olarak reddedilmemiş, ertelenmiştir.'),
    ('471', 'tr', 'seen_when', 'Alıcının filtresi iletiyi o an alamadığında ya da almak istemediğinde gecikme bildirimlerinde ve e-posta hizmet sağlayıcılarının panellerinde görülür: gri listeleme, gönderici itibarı ya da gönderim hızı sınırı nedeniyle geçici erteleme, zaman aşımına uğrayan bir tarama motoru veya başarısız olan bir DNS sorgusuna dayanan bir politika denetimi. Ağ üzerinde bu tür yanıtlar genellikle ''450 4.7.1'' ya da ''451 4.7.1'' şeklindedir; örneğin Postfix''in ''450 4.7.1 Client host rejected: cannot find your hostname'' yanıtı.'),
    ('471', 'tr', 'how_to_fix', 'Gönderen olarak MTA''nızın yeniden denemesine izin verin; gri listeleme birkaç dakika sonraki bir denemede aşılır. Erteleme sürerse nedeni metinden okuyun: gönderim IP adresiniz için eşleşen bir ters DNS (PTR kaydı) ekleyin, SPF, DKIM ve DMARC kayıtlarını kontrol edin, kara listelere bakın ve toplu gönderimi yavaşlatın. Alıcı tarafın yöneticisi olarak filtrenin günlüklerini ve DNS sorgularının ya da tarama hizmetinin başarısız olup olmadığını kontrol edin.'),
    ('471', 'tr', 'retry', 'Evet; geçicidir. Olağan takvimle yeniden deneyin; saniyeler içinde yeniden denemek yalnızca yeni ertelemeler getirir.'),
    ('471', 'tr', 'note', 'Standart dışıdır. Standart yanıtlar, RFC 5321 ve RFC 3463 belgelerinin geçici politika retleri için sağladığı, 4.7.1 (ya da daha belirgin bir 4.7.x kodu) ile birlikte 450 veya 451 yanıtlarıdır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('471', 1, 'RFC 5321', '4.2.3'),
    ('471', 2, 'RFC 3463', '3.8');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('471', 1, 'bounce report', 'RFC 3463', '3.8');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('471', 1, 'en', 'Label for a temporary refusal by the recipient''s filter; on the wire usually 450 or 451 with 4.7.1.'),
    ('471', 1, 'tr', 'Alıcının filtresinin geçici reddi için kullanılan etiket; ağ üzerinde genellikle 4.7.1 ile birlikte 450 ya da 451 olarak görülür.');
INSERT INTO related_codes (code, related, position) VALUES
    ('471', '450', 1),
    ('471', '451', 2),
    ('471', 'X.7.1', 3),
    ('471', '550', 4);

-- 510
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('510', 'en', 'title', 'Bad Email Address (Non-Standard)'),
    ('510', 'en', 'description', 'Not an SMTP reply code defined by any RFC. ESP lists use 510 for a bad address; it is almost always the enhanced code 5.1.0 ''Other address status'' shown without its dots. The address given in RCPT TO was refused for an addressing reason that was not stated more precisely.'),
    ('510', 'en', 'seen_when', 'In ESP dashboards and bounce summaries that show one number per failure, when the receiving server answered something like ''550 5.1.0 Address rejected''. The original bounce, if you can see it, shows the real basic code, almost always 550 or 553.'),
    ('510', 'en', 'how_to_fix', 'Open the full bounce and read the server''s text, which says what was wrong. Check the address for typos, missing parts or invalid characters, and confirm it with the recipient. Remove addresses that keep failing from your mailing lists.'),
    ('510', 'en', 'retry', 'No, not with the same address: it is a permanent failure.'),
    ('510', 'en', 'note', 'Non-standard as a reply code. It stands for the enhanced code 5.1.0 (Other address status); the standard reply behind it is normally 550, or 553 when the address syntax is wrong.'),
    ('510', 'tr', 'title', 'Hatalı e-posta adresi (standart dışı)'),
    ('510', 'tr', 'description', 'Hiçbir RFC belgesinde tanımlanmış bir SMTP yanıt kodu değildir. E-posta hizmet sağlayıcılarının listeleri 510 kodunu hatalı adres için kullanır; bu neredeyse her zaman noktaları atılmış 5.1.0 ''Other address status'' genişletilmiş durum kodudur. RCPT TO ile verilen adres, daha ayrıntılı belirtilmeyen bir adresleme nedeniyle reddedilmiştir.'),
    ('510', 'tr', 'seen_when', 'Her başarısızlık için tek bir sayı gösteren e-posta hizmet sağlayıcısı panellerinde ve teslim edilemedi özetlerinde, alıcı sunucu ''550 5.1.0 Address rejected'' gibi bir yanıt verdiğinde görülür. Özgün bildirimi görebiliyorsanız gerçek temel kod oradadır; bu kod neredeyse her zaman 550 ya da 553 olur.'),
    ('510', 'tr', 'how_to_fix', 'Teslim edilemedi bildiriminin tamamını açın ve sunucunun neyin yanlış olduğunu söyleyen metnini okuyun. Adresi yazım hatası, eksik bölüm ya da geçersiz karakter açısından kontrol edin ve alıcıyla doğrulayın. Sürekli başarısız olan adresleri posta listelerinizden çıkarın.'),
    ('510', 'tr', 'retry', 'Hayır, aynı adresle değil: kalıcı bir hatadır.'),
    ('510', 'tr', 'note', 'Yanıt kodu olarak standart dışıdır. 5.1.0 (Other address status) genişletilmiş durum kodunu temsil eder; arkasındaki standart yanıt normalde 550, adres söz dizimi hatalıysa 553 olur.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('510', 1, 'RFC 3463', '3.2'),
    ('510', 2, 'RFC 5321', '4.2.3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('510', 1, 'bounce report', 'RFC 3463', '3.2');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('510', 1, 'en', 'The enhanced code 5.1.0 shown as if it were a reply code; the real reply is usually 550 or 553.'),
    ('510', 1, 'tr', 'Yanıt koduymuş gibi gösterilen 5.1.0 genişletilmiş durum kodu; gerçek yanıt genellikle 550 ya da 553 olur.');
INSERT INTO related_codes (code, related, position) VALUES
    ('510', 'X.1.0', 1),
    ('510', '550', 2),
    ('510', '553', 3),
    ('510', '511', 4);

-- 511
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('511', 'en', 'title', 'Mailbox Does Not Exist (Non-Standard)'),
    ('511', 'en', 'description', 'Not an SMTP reply code defined by any RFC. ESP lists use 511 for a ''bad email address''; it is almost always the enhanced code 5.1.1 ''Bad destination mailbox address'' without its dots, meaning that the user part of the address (left of the @) is unknown at the destination.'),
    ('511', 'en', 'seen_when', 'In ESP reports and bounce summaries when the recipient''s server answered RCPT TO with something like ''550 5.1.1 <user@example.com>: Recipient address rejected: User unknown'' or ''550 5.1.1 The email account that you tried to reach does not exist''.'),
    ('511', 'en', 'how_to_fix', 'Check the spelling of the local part, ask the recipient for the correct address, and remove the address from your lists: repeatedly mailing unknown users hurts sender reputation. If you run the receiving server and the user should exist, check the user database, aliases and virtual mailbox maps (Postfix virtual_mailbox_maps and local_recipient_maps; Exchange recipients and accepted domains).'),
    ('511', 'en', 'retry', 'No. The mailbox does not exist, so resending will bounce again.'),
    ('511', 'en', 'note', 'Non-standard as a reply code. It stands for the enhanced code 5.1.1 (Bad destination mailbox address); the standard reply is 550 5.1.1. IANA also pairs X.1.1 with 451 for a temporary lookup failure.'),
    ('511', 'tr', 'title', 'Posta kutusu yok (standart dışı)'),
    ('511', 'tr', 'description', 'Hiçbir RFC belgesinde tanımlanmış bir SMTP yanıt kodu değildir. E-posta hizmet sağlayıcılarının listeleri 511 kodunu ''hatalı e-posta adresi'' için kullanır; bu neredeyse her zaman noktaları atılmış 5.1.1 ''Bad destination mailbox address'' genişletilmiş durum kodudur, yani adresin kullanıcı bölümü (@ işaretinin solu) hedefte bilinmemektedir.'),
    ('511', 'tr', 'seen_when', 'Alıcının sunucusu RCPT TO komutuna ''550 5.1.1 <user@example.com>: Recipient address rejected: User unknown'' ya da ''550 5.1.1 The email account that you tried to reach does not exist'' gibi bir yanıt verdiğinde, e-posta hizmet sağlayıcısı raporlarında ve teslim edilemedi özetlerinde görülür.'),
    ('511', 'tr', 'how_to_fix', 'Yerel bölümün yazımını kontrol edin, alıcıdan doğru adresi isteyin ve adresi listelerinizden çıkarın: bilinmeyen kullanıcılara tekrar tekrar posta göndermek gönderici itibarına zarar verir. Alıcı sunucuyu siz yönetiyorsanız ve kullanıcının var olması gerekiyorsa kullanıcı veritabanını, takma adları ve sanal posta kutusu eşlemelerini kontrol edin (Postfix virtual_mailbox_maps ve local_recipient_maps; Exchange alıcıları ve kabul edilen etki alanları).'),
    ('511', 'tr', 'retry', 'Hayır. Posta kutusu yoktur; yeniden göndermek yine teslim edilemedi bildirimiyle sonuçlanır.'),
    ('511', 'tr', 'note', 'Yanıt kodu olarak standart dışıdır. 5.1.1 (Bad destination mailbox address) genişletilmiş durum kodunu temsil eder; standart yanıt 550 5.1.1 olur. IANA, geçici bir sorgu hatası için X.1.1 kodunu 451 ile de eşleştirir.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('511', 1, 'RFC 3463', '3.2'),
    ('511', 2, 'RFC 5321', '4.2.3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('511', 1, 'bounce report', 'RFC 3463', '3.2');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('511', 1, 'en', 'The enhanced code 5.1.1 (unknown mailbox) shown as if it were a reply code; the real reply is usually 550 5.1.1.'),
    ('511', 1, 'tr', 'Yanıt koduymuş gibi gösterilen 5.1.1 (bilinmeyen posta kutusu) genişletilmiş durum kodu; gerçek yanıt genellikle 550 5.1.1 olur.');
INSERT INTO related_codes (code, related, position) VALUES
    ('511', 'X.1.1', 1),
    ('511', '550', 2),
    ('511', '510', 3),
    ('511', '553', 4);

-- 512
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('512', 'en', 'title', 'Recipient Domain Not Found (Non-Standard)'),
    ('512', 'en', 'description', 'Not an SMTP reply code defined by any RFC. ESP lists use 512 when the recipient''s domain cannot be found in DNS; it mirrors the enhanced code 5.1.2 ''Bad destination system address'', meaning that the part right of the @ does not exist or cannot take mail.'),
    ('512', 'en', 'seen_when', 'In bounces and ESP reports for addresses with a misspelt or lapsed domain (gmial.com, a company domain whose registration expired), when DNS answers NXDOMAIN. The sending MTA usually produces this itself, for example Postfix''s ''Host or domain name not found. Name service error for name=... type=MX: Host not found''.'),
    ('512', 'en', 'how_to_fix', 'Check the domain part for typos and run ''dig MX domain'' and ''dig A domain''; NXDOMAIN means the domain does not exist. Ask the recipient for a working address. If it is your own domain, check that the registration has not expired and that the zone publishes MX records.'),
    ('512', 'en', 'retry', 'No, unless the failure was a temporary DNS problem (SERVFAIL or a timeout), in which case the MTA defers the message and retries by itself.'),
    ('512', 'en', 'note', 'Non-standard as a reply code. It mirrors the enhanced code 5.1.2 (Bad destination system address); the standard replies are 550 or 553 with 5.1.2 when a relay refuses the domain, and a domain with a null MX gets 556 with 5.1.10.'),
    ('512', 'tr', 'title', 'Alıcı alan adı bulunamadı (standart dışı)'),
    ('512', 'tr', 'description', 'Hiçbir RFC belgesinde tanımlanmış bir SMTP yanıt kodu değildir. E-posta hizmet sağlayıcılarının listeleri 512 kodunu alıcının alan adı DNS üzerinde bulunamadığında kullanır; 5.1.2 ''Bad destination system address'' genişletilmiş durum kodunu yansıtır, yani @ işaretinin sağındaki bölüm yoktur ya da posta alamaz.'),
    ('512', 'tr', 'seen_when', 'Alan adı yanlış yazılmış ya da kaydı düşmüş adresler için (gmial.com, kayıt süresi dolmuş bir şirket alan adı), DNS NXDOMAIN yanıtı verdiğinde teslim edilemedi bildirimlerinde ve e-posta hizmet sağlayıcısı raporlarında görülür. Bu bildirimi genellikle gönderen MTA kendisi üretir; örneğin Postfix''in ''Host or domain name not found. Name service error for name=... type=MX: Host not found'' iletisi.'),
    ('512', 'tr', 'how_to_fix', 'Alan adı bölümünü yazım hatası açısından kontrol edin ve ''dig MX alanadi'' ile ''dig A alanadi'' komutlarını çalıştırın; NXDOMAIN, alan adının var olmadığı anlamına gelir. Alıcıdan çalışan bir adres isteyin. Alan adı sizinse kaydın süresinin dolmadığını ve bölgenin MX kayıtları yayımladığını kontrol edin.'),
    ('512', 'tr', 'retry', 'Hayır; ancak hata geçici bir DNS sorunuysa (SERVFAIL ya da zaman aşımı) MTA iletiyi erteler ve kendiliğinden yeniden dener.'),
    ('512', 'tr', 'note', 'Yanıt kodu olarak standart dışıdır. 5.1.2 (Bad destination system address) genişletilmiş durum kodunu yansıtır; bir aktarma sunucusu alan adını reddettiğinde standart yanıtlar 5.1.2 ile birlikte 550 ya da 553 olur, boş MX yayımlayan bir alan adı ise 5.1.10 ile birlikte 556 alır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('512', 1, 'RFC 3463', '3.2'),
    ('512', 2, 'RFC 5321', '4.2.3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('512', 1, 'bounce report', 'RFC 3463', '3.2');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('512', 1, 'en', 'The enhanced code 5.1.2 (recipient domain does not exist or takes no mail) shown as if it were a reply code.'),
    ('512', 1, 'tr', 'Yanıt koduymuş gibi gösterilen 5.1.2 (alıcı alan adı yok ya da posta almıyor) genişletilmiş durum kodu.');
INSERT INTO related_codes (code, related, position) VALUES
    ('512', 'X.1.2', 1),
    ('512', '550', 2),
    ('512', '556', 3),
    ('512', 'X.1.10', 4);

-- 513
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('513', 'en', 'title', 'Address Syntax Incorrect (Non-Standard)'),
    ('513', 'en', 'description', 'Not an SMTP reply code defined by any RFC. ESP lists use 513 for ''address type incorrect''; it mirrors the enhanced code 5.1.3 ''Bad destination mailbox address syntax'': the recipient address is malformed.'),
    ('513', 'en', 'seen_when', 'When an address contains spaces, two @ signs, a trailing dot, unbalanced angle brackets or characters that need SMTPUTF8, or when an application passes a display name (''John Smith <john@...>'') where a bare address is expected. Servers answer such RCPT TO commands with 501 or 553, usually together with 5.1.3.'),
    ('513', 'en', 'how_to_fix', 'Correct the address: it must have the form local-part@domain with no spaces, and the envelope command should look like ''RCPT TO:<user@example.com>''. Validate addresses in your form or application before sending, and check how your code builds the RCPT TO line. Addresses with non-ASCII characters need a server that supports SMTPUTF8.'),
    ('513', 'en', 'retry', 'No; only a corrected address will be accepted.'),
    ('513', 'en', 'note', 'Non-standard as a reply code. It mirrors 5.1.3 (Bad destination mailbox address syntax); the standard replies are 501 (syntax error in parameters, which IANA pairs with X.1.3) or 553 (mailbox name not allowed).'),
    ('513', 'tr', 'title', 'Adres söz dizimi hatalı (standart dışı)'),
    ('513', 'tr', 'description', 'Hiçbir RFC belgesinde tanımlanmış bir SMTP yanıt kodu değildir. E-posta hizmet sağlayıcılarının listeleri 513 kodunu ''adres türü hatalı'' için kullanır; 5.1.3 ''Bad destination mailbox address syntax'' genişletilmiş durum kodunu yansıtır: alıcı adresi biçim olarak bozuktur.'),
    ('513', 'tr', 'seen_when', 'Adreste boşluk, iki @ işareti, sonda nokta, eşleşmeyen açılı ayraçlar ya da SMTPUTF8 gerektiren karakterler bulunduğunda veya bir uygulama yalın adres beklenen yere görünen adı da içeren bir adres (''Ali Veli <ali@...>'') verdiğinde görülür. Sunucular bu tür RCPT TO komutlarına genellikle 5.1.3 ile birlikte 501 ya da 553 yanıtı verir.'),
    ('513', 'tr', 'how_to_fix', 'Adresi düzeltin: boşluk içermeyen yerel-bölüm@alanadı biçiminde olmalı, zarf komutu da ''RCPT TO:<kullanici@example.com>'' gibi görünmelidir. Adresleri formunuzda ya da uygulamanızda göndermeden önce doğrulayın ve kodunuzun RCPT TO satırını nasıl oluşturduğunu kontrol edin. ASCII dışı karakter içeren adresler SMTPUTF8 destekleyen bir sunucu gerektirir.'),
    ('513', 'tr', 'retry', 'Hayır; yalnızca düzeltilmiş bir adres kabul edilir.'),
    ('513', 'tr', 'note', 'Yanıt kodu olarak standart dışıdır. 5.1.3 (Bad destination mailbox address syntax) kodunu yansıtır; standart yanıtlar 501 (parametrelerde söz dizimi hatası; IANA onu X.1.3 ile eşleştirir) ya da 553 (posta kutusu adına izin verilmiyor) yanıtıdır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('513', 1, 'RFC 3463', '3.2'),
    ('513', 2, 'RFC 5321', '4.2.3');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('513', 1, 'bounce report', 'RFC 3463', '3.2');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('513', 1, 'en', 'The enhanced code 5.1.3 (malformed address) shown as if it were a reply code; the real reply is usually 501 or 553.'),
    ('513', 1, 'tr', 'Yanıt koduymuş gibi gösterilen 5.1.3 (biçimi bozuk adres) genişletilmiş durum kodu; gerçek yanıt genellikle 501 ya da 553 olur.');
INSERT INTO related_codes (code, related, position) VALUES
    ('513', 'X.1.3', 1),
    ('513', '553', 2),
    ('513', '501', 3);

-- 540
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('540', 'en', 'title', 'Recipient Rejected: Inactive or Blocked (Rambler)'),
    ('540', 'en', 'description', 'A vendor-specific code used by Rambler, the Russian mail provider (rambler.ru), and defined by no RFC. It rejects a recipient at RCPT time because the mailbox is inactive or blocked; it has been seen as ''540 5.7.1 ... recipient address rejected''.'),
    ('540', 'en', 'seen_when', 'In answer to RCPT TO when sending to a Rambler address whose account has been disabled for inactivity, blocked by the provider or closed.'),
    ('540', 'en', 'how_to_fix', 'Confirm with the recipient through another channel whether the address is still in use; if it is not, remove it from your lists, because repeated sends to inactive mailboxes harm sender reputation. Nothing on the sending server needs changing.'),
    ('540', 'en', 'retry', 'No. Treat it as a permanent failure, as its first digit says; only a reactivated or a different address will work.'),
    ('540', 'en', 'note', 'Vendor code (Rambler), outside any standard. Standard servers report the same situation with 550 and 5.1.1 (unknown user) or 5.2.1 (mailbox disabled); Rambler''s pairing with 5.7.1 makes it look like a policy block, but the problem lies with the recipient''s mailbox, not with the sender.'),
    ('540', 'tr', 'title', 'Alıcı reddedildi: etkin değil ya da engelli (Rambler)'),
    ('540', 'tr', 'description', 'Rus posta sağlayıcısı Rambler''ın (rambler.ru) kullandığı, hiçbir RFC belgesinde yer almayan üreticiye özgü bir koddur. Posta kutusu etkin olmadığı ya da engellendiği için alıcıyı RCPT aşamasında reddeder; ''540 5.7.1 ... recipient address rejected'' biçiminde görülmüştür.'),
    ('540', 'tr', 'seen_when', 'Hesabı uzun süre kullanılmadığı için devre dışı bırakılmış, sağlayıcı tarafından engellenmiş ya da kapatılmış bir Rambler adresine gönderim yapıldığında, RCPT TO komutuna yanıt olarak görülür.'),
    ('540', 'tr', 'how_to_fix', 'Adresin hâlâ kullanımda olup olmadığını alıcıyla başka bir kanaldan teyit edin; kullanılmıyorsa listelerinizden çıkarın, çünkü etkin olmayan posta kutularına tekrar tekrar gönderim yapmak gönderici itibarına zarar verir. Gönderen sunucuda değiştirilmesi gereken bir şey yoktur.'),
    ('540', 'tr', 'retry', 'Hayır. İlk rakamının söylediği gibi kalıcı hata olarak ele alın; yalnızca yeniden etkinleştirilmiş ya da farklı bir adres işe yarar.'),
    ('540', 'tr', 'note', 'Üreticiye özgü bir koddur (Rambler) ve hiçbir standarda dayanmaz. Standart sunucular aynı durumu 550 ile ve 5.1.1 (bilinmeyen kullanıcı) ya da 5.2.1 (posta kutusu devre dışı) ile bildirir; Rambler''ın 5.7.1 ile eşleştirmesi onu bir politika engeli gibi gösterse de sorun gönderende değil, alıcının posta kutusundadır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('540', 1, 'RFC 5321', '4.2.3'),
    ('540', 2, 'RFC 3463', '3.8');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('540', 1, 'RCPT', 'RFC 5321', '4.2.3');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('540', 1, 'en', 'Rambler''s refusal of an inactive or blocked recipient at RCPT TO, sent with 5.7.1; read it as 550.'),
    ('540', 1, 'tr', 'Rambler''ın etkin olmayan ya da engellenmiş bir alıcıyı RCPT TO aşamasında reddetmesi; 5.7.1 ile gönderilir, 550 olarak okuyun.');
INSERT INTO related_codes (code, related, position) VALUES
    ('540', '550', 1),
    ('540', 'X.7.1', 2),
    ('540', 'X.2.1', 3),
    ('540', 'X.1.1', 4);

-- 541
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('541', 'en', 'title', 'Rejected by Recipient''s Anti-Spam Filter (Non-Standard)'),
    ('541', 'en', 'description', 'Not defined by any SMTP RFC. ESP lists use 541 when the recipient''s server refused the message as spam or for a policy reason, typically after content filtering. The real reply behind it is usually 550 or 554 with a 5.7.x enhanced code.'),
    ('541', 'en', 'seen_when', 'In ESP dashboards and bounce reports after DATA, when a filter rejected the content or the sender: a URL or attachment type on a blocklist, poor sender reputation, failed SPF, DKIM or DMARC, or the recipient''s organisation blocking the sender.'),
    ('541', 'en', 'how_to_fix', 'Read the full bounce: its text and enhanced code usually name the reason (for example 5.7.1 for policy, 5.7.26 for failed authentication). Check that SPF, DKIM and DMARC pass for your domain, that your IP address and domain are not on blocklists, and that the content has no links to listed domains. If a company recipient blocks you, ask them to allow-list your domain or IP. If the bounce actually shows Microsoft''s ''550 5.4.1 Recipient address rejected: Access denied'', the recipient address is unknown there; it is not a spam verdict.'),
    ('541', 'en', 'retry', 'Not unchanged: the same message from the same source will be refused again. Fix the cause, then send again.'),
    ('541', 'en', 'note', 'Non-standard. The standard replies are 550 or 554 with a 5.7.x enhanced code, such as 5.7.1 (Delivery not authorized, message refused) or the authentication failures 5.7.20 to 5.7.26.'),
    ('541', 'tr', 'title', 'Alıcının istenmeyen ileti filtresi reddetti (standart dışı)'),
    ('541', 'tr', 'description', 'Hiçbir SMTP RFC belgesinde tanımlı değildir. E-posta hizmet sağlayıcılarının listeleri 541 kodunu, alıcının sunucusu iletiyi istenmeyen ileti (spam) olarak ya da bir politika nedeniyle, genellikle içerik filtrelemesinden sonra reddettiğinde kullanır. Arkasındaki gerçek yanıt çoğunlukla bir 5.7.x genişletilmiş durum koduyla birlikte 550 ya da 554 olur.'),
    ('541', 'tr', 'seen_when', 'DATA sonrasında bir filtre içeriği ya da göndereni reddettiğinde, e-posta hizmet sağlayıcılarının panellerinde ve teslim edilemedi raporlarında görülür: kara listedeki bir URL ya da ek türü, zayıf gönderici itibarı, başarısız SPF, DKIM veya DMARC denetimi ya da alıcının kurumunun göndereni engellemesi.'),
    ('541', 'tr', 'how_to_fix', 'Teslim edilemedi bildiriminin tamamını okuyun: metni ve genişletilmiş durum kodu genellikle nedeni söyler (örneğin politika için 5.7.1, başarısız kimlik doğrulama için 5.7.26). Alan adınız için SPF, DKIM ve DMARC denetimlerinin geçtiğini, IP adresinizin ve alan adınızın kara listelerde olmadığını ve içerikte listelenmiş alan adlarına bağlantı bulunmadığını kontrol edin. Sizi kurumsal bir alıcı engelliyorsa alan adınızı ya da IP adresinizi izin listesine eklemesini isteyin. Bildirimde aslında Microsoft''un ''550 5.4.1 Recipient address rejected: Access denied'' yanıtı görünüyorsa alıcı adres orada bilinmiyordur; bu bir istenmeyen ileti kararı değildir.'),
    ('541', 'tr', 'retry', 'Değiştirmeden değil: aynı ileti aynı kaynaktan yine reddedilir. Önce nedeni giderin, sonra yeniden gönderin.'),
    ('541', 'tr', 'note', 'Standart dışıdır. Standart yanıtlar bir 5.7.x genişletilmiş durum koduyla birlikte 550 ya da 554 yanıtıdır; örneğin 5.7.1 (Delivery not authorized, message refused) veya 5.7.20 ile 5.7.26 arasındaki kimlik doğrulama hataları.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('541', 1, 'RFC 5321', '4.2.3'),
    ('541', 2, 'RFC 3463', '3.8');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('541', 1, 'bounce report', 'RFC 3463', '3.8');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('541', 1, 'en', 'Label for a message refused by the recipient''s anti-spam or policy filter; the real reply is usually 550 or 554 with 5.7.x.'),
    ('541', 1, 'tr', 'Alıcının istenmeyen ileti ya da politika filtresince reddedilen ileti için kullanılan etiket; gerçek yanıt genellikle 5.7.x ile birlikte 550 ya da 554 olur.');
INSERT INTO related_codes (code, related, position) VALUES
    ('541', '550', 1),
    ('541', '554', 2),
    ('541', 'X.7.1', 3),
    ('541', 'X.7.26', 4);

-- 571
INSERT INTO code_texts (code, lang, field, body) VALUES
    ('571', 'en', 'title', 'Delivery Not Authorized (Non-Standard)'),
    ('571', 'en', 'description', 'Not a valid SMTP reply code: RFC 5321 allows only 0 to 5 as the second digit, so 571 is outside its grammar. Microsoft Exchange and other servers and gateways have nevertheless sent it for ''delivery not authorized, message refused'', most often a relay denial; in effect it is the enhanced code 5.7.1 used as if it were a reply code. Clients handle it by its first digit, as a permanent failure, and it should be read as 550 5.7.1.'),
    ('571', 'en', 'seen_when', 'At RCPT TO, with texts such as ''Delivery not authorized, message refused'' or ''Unable to relay'': when a client sends through a server without authenticating, when the sending IP address is blocked or on a blocklist, or when the recipient (a distribution group, a restricted mailbox) accepts mail only from authorised or internal senders.'),
    ('571', 'en', 'how_to_fix', 'If you send through your own organisation''s server, turn on SMTP authentication in the client and use port 587 with STARTTLS instead of unauthenticated port 25. If you are an outside sender, check blocklists and your SPF, DKIM and DMARC records, and ask the recipient whether the address accepts external mail. On Exchange, check the receive connector''s permission groups and relay settings and the recipient''s delivery restrictions; on other servers, the relay and sender restriction rules (Postfix smtpd_relay_restrictions).'),
    ('571', 'en', 'retry', 'No; it is permanent. Change what was refused (authenticate, use an allowed sender or route, get the block lifted), then send again.'),
    ('571', 'en', 'note', 'Non-standard and outside the RFC 5321 grammar (second digit 0-5). Treat it as 550 5.7.1: the standard reply to a refused relay or an unauthorised delivery is 550 with the enhanced code 5.7.1 (Delivery not authorized, message refused).'),
    ('571', 'tr', 'title', 'Teslime yetki verilmedi (standart dışı)'),
    ('571', 'tr', 'description', 'Geçerli bir SMTP yanıt kodu değildir: RFC 5321 ikinci rakam için yalnızca 0-5 değerlerine izin verir, dolayısıyla 571 bu dilbilgisinin dışında kalır. Buna karşın Microsoft Exchange ile başka sunucular ve ağ geçitleri bu kodu ''delivery not authorized, message refused'' (teslime yetki verilmedi, ileti reddedildi) anlamında, çoğunlukla bir aktarma reddi için göndermiştir; fiilen yanıt koduymuş gibi kullanılan 5.7.1 genişletilmiş durum kodudur. İstemciler onu ilk rakamına göre kalıcı hata olarak ele alır; 550 5.7.1 gibi okunmalıdır.'),
    ('571', 'tr', 'seen_when', 'RCPT TO aşamasında ''Delivery not authorized, message refused'' ya da ''Unable to relay'' gibi metinlerle görülür: istemci kimlik doğrulaması yapmadan bir sunucu üzerinden gönderdiğinde, gönderen IP adresi engellendiğinde ya da kara listedeyse veya alıcı (bir dağıtım grubu, kısıtlı bir posta kutusu) yalnızca yetkili ya da kurum içi gönderenlerden posta kabul ettiğinde.'),
    ('571', 'tr', 'how_to_fix', 'Kendi kurumunuzun sunucusu üzerinden gönderiyorsanız istemcide SMTP kimlik doğrulamasını açın ve kimlik doğrulamasız 25 numaralı port yerine STARTTLS ile 587 portunu kullanın. Dışarıdan bir gönderenseniz kara listeleri ve SPF, DKIM ve DMARC kayıtlarınızı kontrol edin, alıcıya adresin dış postayı kabul edip etmediğini sorun. Exchange üzerinde alma bağlayıcısının (receive connector) izin gruplarını, aktarma ayarlarını ve alıcının teslim kısıtlamalarını; diğer sunucularda aktarma ve gönderen kısıtlama kurallarını (Postfix smtpd_relay_restrictions) kontrol edin.'),
    ('571', 'tr', 'retry', 'Hayır; kalıcıdır. Reddedilen şeyi değiştirin (kimlik doğrulaması yapın, izin verilen bir gönderen ya da yol kullanın, engeli kaldırtın), sonra yeniden gönderin.'),
    ('571', 'tr', 'note', 'Standart dışıdır ve RFC 5321 dilbilgisinin (ikinci rakam 0-5) dışındadır. 550 5.7.1 olarak ele alın: reddedilen bir aktarma ya da yetkisiz bir teslim için standart yanıt, 5.7.1 (Delivery not authorized, message refused) genişletilmiş durum koduyla birlikte 550 yanıtıdır.');
INSERT INTO code_references (code, position, document, section) VALUES
    ('571', 1, 'RFC 5321', '4.2.3'),
    ('571', 2, 'RFC 3463', '3.8'),
    ('571', 3, 'RFC 5321', '4.2');
INSERT INTO code_usages (code, position, context, document, section) VALUES
    ('571', 1, 'RCPT', 'RFC 5321', '4.2.3');
INSERT INTO usage_texts (code, position, lang, meaning) VALUES
    ('571', 1, 'en', 'Delivery not authorized or relay denied, sent with a code outside the RFC 5321 grammar; read it as 550 5.7.1.'),
    ('571', 1, 'tr', 'RFC 5321 dilbilgisinin dışında kalan bir kodla gönderilen teslim yetkisi reddi ya da aktarma reddi; 550 5.7.1 olarak okuyun.');
INSERT INTO related_codes (code, related, position) VALUES
    ('571', '550', 1),
    ('571', 'X.7.1', 2),
    ('571', '554', 3),
    ('571', '530', 4);
