import Testing

@testable import ReplyCodes

@Suite("Folding server messages for matching")
struct FoldedWordsTests {
    @Test(
        "the four Turkish i's fold alike, whatever software upper-cased the text",
        arguments: ["KULLANICI BULUNAMADI", "kullanıcı bulunamadı", "Kullanici bulunamadi",
            "KULLANİCİ BULUNAMADİ", "kullanıcı  BULUNAMADI!"])
    func turkishI(text: String) {
        #expect(FoldedWords(text).words == ["kullanici", "bulunamadi"])
        #expect(FoldedWords(text).contains("kullanıcı bulunamadı"))
    }

    @Test("dotted capital İ does not leave a combining dot behind")
    func dottedCapital() {
        #expect(FoldedWords("İLETİ").words == ["ileti"])
        #expect("İ".lowercased() != "i", "the reason this type exists")
    }

    @Test("accents, ligatures and decomposed letters reduce to base letters")
    func accents() {
        #expect(FoldedWords("Buzón LLENO").words == ["buzon", "lleno"])
        #expect(FoldedWords("Empfänger unbekannt").words == ["empfanger", "unbekannt"])
        #expect(FoldedWords("Straße").words == ["strasse"])
        #expect(FoldedWords("bo\u{0302}ite pleine").words == ["boite", "pleine"])
        #expect(FoldedWords("ŞÜPHELİ İÇERİK").words == ["supheli", "icerik"])
    }

    @Test("punctuation breaks words, so phrases match across it")
    func punctuation() {
        let words = FoldedWords("RESOLVER.ADR.RecipNotFound; not found")
        #expect(words.words == ["resolver", "adr", "recipnotfound", "not", "found"])
        #expect(words.contains("recipnotfound"))
        #expect(FoldedWords("The user doesn’t exist").contains("doesn't exist"))
    }

    @Test("a phrase matches whole words, and a starred word as a stem")
    func stems() {
        #expect(FoldedWords("Recipient greylisted").contains("greylist*"))
        #expect(!FoldedWords("Recipient greylisted").contains("greylist"))
        #expect(FoldedWords("Posta kutusu doldu").contains("kutusu dol*"))
        #expect(!FoldedWords("bugünden itibaren").contains("itibarı*"))
        #expect(!FoldedWords("verbland").contains("rbl"))
        #expect(FoldedWords("listed in an RBL").contains("rbl"))
    }
}
