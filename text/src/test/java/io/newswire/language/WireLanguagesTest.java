package io.newswire.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One wire-style paragraph per language the README promises; all written for this project. */
class WireLanguagesTest {
  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The central bank raised interest rates on Thursday for the third time this year, saying inflation remained too high.
      fr | Le gouvernement a annoncé samedi un plan d'économies de dix milliards d'euros pour l'an prochain, a indiqué le ministre.
      de | Die Gewerkschaft der Lokomotivführer hat für Montag einen ganztägigen Streik im Güterverkehr angekündigt.
      es | El Consejo de Ministros aprobó este sábado un plan de choque para reducir las listas de espera en los hospitales públicos.
      it | La linea A della metropolitana di Roma resterà chiusa per lavori di manutenzione fino a domenica sera, ha comunicato l'azienda.
      pt | O Conselho de Ministros aprovou este sábado o aumento do salário mínimo nacional a partir de janeiro, anunciou a ministra.
      nl | Het kabinet trekt de komende tien jaar anderhalf miljard euro extra uit voor het versterken van de dijken langs de rivieren.
      sv | Regeringen föreslår att skatten för pensionärer sänks med ytterligare två miljarder kronor nästa år, säger finansministern.
      no | Regjeringen vil bruke 2,5 milliarder kroner på å ruste opp jernbanen mellom Oslo og Bergen, opplyser samferdselsministeren.
      da | Folketinget har vedtaget en lov, der forbyder mobiltelefoner i folkeskolens undervisning fra næste skoleår, siger ministeren.
      fi | Valtiovarainministeriön mukaan Suomen talous kasvaa ensi vuonna vain prosentin verran, koska vienti vetää edelleen heikosti.
      pl | Rząd przyjął w sobotę projekt ustawy, który ma obniżyć ceny energii dla gospodarstw domowych w przyszłym roku.
      ru | Правительство в субботу одобрило законопроект о снижении налогов для малого бизнеса в следующем году.
      tr | Hükümet, gelecek yıl asgari ücretin yüzde yirmi oranında artırılacağını cumartesi günü açıkladı.
      ar | وافق مجلس الوزراء يوم السبت على خطة لخفض أسعار الطاقة للأسر في العام المقبل.
      fa | هیئت دولت روز شنبه طرحی را برای کاهش قیمت انرژی خانوارها در سال آینده تصویب کرد.
      ur | کابینہ نے ہفتے کے روز اگلے سال گھریلو صارفین کے لیے توانائی کی قیمتیں کم کرنے کا منصوبہ منظور کر لیا۔
      he | הממשלה אישרה ביום שבת תוכנית להורדת מחירי האנרגיה למשקי הבית בשנה הבאה.
      """)
  void paragraphs(String expected, String text) {
    assertEquals(expected, detector.detect(text));
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @CsvSource(delimiter = '|', textBlock = """
      de | Lokführer kündigen neuen Streik im Güterverkehr an
      fr | La Bretagne se prépare à une tempête d'automne exceptionnelle
      fi | Hallitus esittää lisärahaa kuntien terveyspalveluihin
      en | Oil prices rise after output cut
      en | Iran says talks with Qatar on gas field were constructive
      """)
  void headlines(String expected, String text) {
    assertEquals(expected, detector.detect(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no | Politiet sier at mannen ble pågrepet etter brannen, og at han nå er siktet for mordbrann.
      da | Politiet siger, at manden blev anholdt efter branden, og at han nu er sigtet for brandstiftelse.
      """)
  void norwegianAndDanishApart(String expected, String text) {
    assertEquals(expected, detector.detect(text));
  }

  @org.junit.jupiter.api.Test
  void declaredLanguageHelpsOnlyWhereTheTextLeavesRoom() {
    assertEquals("de", detector.detect("Streik bei der Bahn", "de-DE"), "too short to be sure: the declaration fits");
    assertEquals("no", detector.detect("Strømstøtte for bedrifter", "nb"));
    assertEquals("en", detector.detect("Oil prices rise after output cut", "de"), "a declaration the text contradicts");
    assertEquals("de", detector.detect("Die Gewerkschaft der Lokomotivführer hat für Montag einen ganztägigen Streik im "
        + "Güterverkehr angekündigt.", "en"), "a declaration never overrules a confident call");
    assertEquals("fi", detector.detect("12345", "fi"), "nothing to go on: the declaration");
  }
}
