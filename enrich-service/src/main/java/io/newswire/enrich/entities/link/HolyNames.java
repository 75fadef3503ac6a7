package io.newswire.enrich.entities.link;

import io.newswire.normalization.MatchingForm;
import java.util.HashMap;
import java.util.Map;

/**
 * The Prophet, his family and the Imams, named in Persian copy with the honorific after the name (امام حسین (ع)،
 * حضرت فاطمه (س)، رسول اکرم (ص)): the English reference name of each, since a romanized given name (Hossein) is not
 * who is meant. Only a name the honorific follows is looked up: the same given names belong to anyone.
 */
public final class HolyNames {
  private static final Map<String, String> ENGLISH = new HashMap<>();

  static {
    put("Muhammad", "محمد", "رسول", "رسول اکرم", "رسول الله", "پیامبر", "پیامبر اکرم", "نبی اکرم", "محمد مصطفی");
    put("Ali ibn Abi Talib", "علی", "علی بن ابیطالب", "علی بن ابی طالب", "امیرالمومنین", "امیرالمؤمنین");
    put("Fatimah", "فاطمه", "فاطمه زهرا", "زهرا", "فاطمه الزهرا");
    put("Hasan ibn Ali", "حسن", "حسن مجتبی");
    put("Husayn ibn Ali", "حسین", "حسین بن علی", "سیدالشهدا", "سید الشهدا");
    put("Zaynab bint Ali", "زینب", "زینب کبری");
    put("Abbas ibn Ali", "ابوالفضل", "ابوالفضل العباس", "عباس");
    put("Ali al-Sajjad", "سجاد", "زین العابدین", "زین‌العابدین");
    put("Muhammad al-Baqir", "محمد باقر", "باقر");
    put("Ja'far al-Sadiq", "جعفر صادق", "صادق");
    put("Musa al-Kadhim", "موسی کاظم", "موسی بن جعفر", "کاظم");
    put("Ali al-Ridha", "رضا", "علی بن موسی الرضا", "علی بن موسی‌الرضا", "علی ابن موسی الرضا");
    put("Muhammad al-Jawad", "محمد تقی", "جواد", "جواد الائمه");
    put("Ali al-Hadi", "علی النقی", "هادی");
    put("Hasan al-Askari", "حسن عسکری");
    put("Muhammad al-Mahdi", "مهدی", "مهدی موعود", "ولیعصر", "صاحب الزمان");
  }

  private HolyNames() {}

  private static void put(String english, String... persian) {
    for (String p : persian) {
      ENGLISH.put(MatchingForm.key(p), english);
    }
  }

  /**
   * The English name of the holy figure {@code display[start, end)} names, or null: the name must be one of the table's
   * and the honorific ((ع)، (س)، (ص)، (عج)) must follow it, a space apart or none.
   */
  public static String english(String display, int start, int end) {
    int i = end;
    if (i < display.length() && display.charAt(i) == ' ') {
      i++;
    }
    if (i + 2 >= display.length() || display.charAt(i) != '(') {
      return null;
    }
    int close = display.indexOf(')', i);
    if (close < 0 || close - i > 3) {
      return null;
    }
    String mark = display.substring(i + 1, close);
    if (!mark.equals("ع") && !mark.equals("س") && !mark.equals("ص") && !mark.equals("عج")) {
      return null;
    }
    return ENGLISH.get(MatchingForm.key(display.substring(start, end)));
  }
}
