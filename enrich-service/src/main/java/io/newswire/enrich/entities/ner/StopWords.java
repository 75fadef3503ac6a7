package io.newswire.enrich.entities.ner;

import io.newswire.normalization.MatchingForm;
import java.util.HashSet;
import java.util.Set;

/** Function words and reporting verbs (matching form) that end a name taken after a title. */
final class StopWords {
  private static final Set<String> WORDS = new HashSet<>();

  static {
    String ar = "في من على الى إلى عن مع أن إن ان التي الذي الذين هذا هذه ذلك تلك قال وقال قالت أكد اكد أكدت حيث بين خلال بعد قبل عند"
        + " كما لكن أو او ثم قد لم لن كان كانت تم هو هي هم كل أي اي ما لا إلا الا أمس امس اليوم يوم مساء صباح حول ضد نحو لدى منذ"
        + " الذي و ف ب ل ك وأن وان فيما بما عبر رئيس وزير الرئيس أمير امير دوله دولة جمهورية حكومة وزارة"
        + " أيضا ايضا كذلك أضاف وأضاف أوضح وأوضح";
    String fa = "و در به از که با را این آن برای گفت گفته است بود شد کرد کرده می نیز هم تا یا اما اگر بر روز امروز دیروز"
        + " رئیس وزیر امور خارجه جمهور سخنگوی درباره پس پیش بین طی"
        + " همچنین همچنان اکنون هنوز تاکنون سپس البته ضمنا بنابراین ولی افزود اظهار تصریح"
        // role nouns in apposition after a titled name (سردار X جانشین فرمانده کل): they end it
        + " جانشین فرمانده معاون مدیر مدیرکل دبیر دبیرکل عضو نماینده سرپرست مشاور سفیر استاندار فرماندار سرمربی";
    String en = "the a an of in on at to for from by with and or but said says told has have had is was were will would"
        + " who which that this these those it he she they his her their";
    for (String w : (ar + " " + fa + " " + en).split(" ")) {
      if (!w.isBlank()) {
        WORDS.add(MatchingForm.key(w));
      }
    }
  }

  private StopWords() {}

  static boolean contains(String token) {
    return WORDS.contains(MatchingForm.key(token));
  }
}
