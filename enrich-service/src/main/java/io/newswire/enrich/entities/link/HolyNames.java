package io.newswire.enrich.entities.link;

import io.newswire.normalization.MatchingForm;
import io.newswire.text.WordSpans;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Prophet, his family and the Imams, in Persian, Arabic and English copy: the English reference name of each
 * and one id for all three scripts ({@code person:holy:husayn-ibn-ali}), since a romanized given name (Hossein,
 * al-Hussein) is not who is meant and a phonetic id would split the person by script. Only a name an honorific
 * follows (امام حسین (ع)، الحسين عليه السلام) or a title precedes (امام رضا، الإمام الحسين، Imam Hussein) is looked
 * up: the same given names belong to anyone. The Prophet's name (محمد، Muhammad) takes only his own title or
 * honorific (پیامبر، النبي، Prophet; (ص)), not an Imam's (Saudi copy's الإمام محمد is another man).
 */
public final class HolyNames {
  private static final Map<String, String> ENGLISH = new HashMap<>();
  private static final Map<String, String> PROPHET = new HashMap<>();
  /** Titles of the Imams and the Prophet's family, as a word before the name or inside the mention. */
  private static final Set<String> TITLES = MatchingForm.keys("امام", "حضرت", "الإمام", "الامام", "Imam", "Hazrat");
  /** Titles of the Prophet as well as of the Imams (حضرت محمد، Hazrat Muhammad). */
  private static final Set<String> HAZRAT = MatchingForm.keys("حضرت", "Hazrat");
  private static final Set<String> PROPHET_TITLES = MatchingForm.keys("پیامبر", "پیغمبر", "النبي", "الرسول", "نبي",
      "Prophet");

  static {
    prophet("Muhammad", "محمد", "محمد مصطفی", "Muhammad", "Mohammed", "Mohammad", "Muhammed");
    put("Muhammad", "رسول", "رسول اکرم", "رسول الله", "پیامبر", "پیامبر اکرم", "نبی اکرم", "رسول الله");
    put("Ali ibn Abi Talib", "علی", "علی بن ابیطالب", "علی بن ابی طالب", "امیرالمومنین", "امیرالمؤمنین", "علي بن أبي طالب",
        "Ali", "Ali ibn Abi Talib");
    put("Fatimah", "فاطمه", "فاطمه زهرا", "زهرا", "فاطمه الزهرا", "فاطمة", "فاطمة الزهراء", "الزهراء", "Fatima",
        "Fatimah", "Fatima al-Zahra");
    put("Hasan ibn Ali", "حسن", "حسن مجتبی", "الحسن", "الحسن بن علي", "Hasan", "Hassan", "Hasan ibn Ali");
    put("Husayn ibn Ali", "حسین", "حسین بن علی", "سیدالشهدا", "سید الشهدا", "الحسين", "الحسين بن علي", "Hussein",
        "Husayn", "Hussain", "Husain", "Hossein", "Husayn ibn Ali");
    put("Zaynab bint Ali", "زینب", "زینب کبری", "زينب الكبرى", "Zainab", "Zaynab");
    put("Abbas ibn Ali", "ابوالفضل", "ابوالفضل العباس", "عباس", "العباس", "Abbas", "Abbas ibn Ali");
    put("Ali al-Sajjad", "سجاد", "زین العابدین", "زین‌العابدین", "السجاد", "Sajjad", "Zain al-Abidin");
    put("Muhammad al-Baqir", "محمد باقر", "باقر", "الباقر", "محمد الباقر", "Baqir", "Muhammad al-Baqir");
    put("Ja'far al-Sadiq", "جعفر صادق", "صادق", "الصادق", "جعفر الصادق", "Jafar al-Sadiq", "Ja'far al-Sadiq", "Sadiq");
    put("Musa al-Kadhim", "موسی کاظم", "موسی بن جعفر", "کاظم", "الكاظم", "موسى الكاظم", "Musa al-Kadhim", "Kadhim", "Kazem");
    put("Ali al-Ridha", "رضا", "علی بن موسی الرضا", "علی بن موسی‌الرضا", "علی ابن موسی الرضا", "الرضا", "علي بن موسى الرضا",
        "Reza", "Rida", "Ridha", "Ali al-Ridha");
    put("Muhammad al-Jawad", "محمد تقی", "جواد", "جواد الائمه", "الجواد", "محمد الجواد", "Jawad", "Javad");
    put("Ali al-Hadi", "علی النقی", "هادی", "الهادي", "علي الهادي", "Ali al-Hadi");
    put("Hasan al-Askari", "حسن عسکری", "الحسن العسكري", "Hasan al-Askari");
    put("Muhammad al-Mahdi", "مهدی", "مهدی موعود", "ولیعصر", "صاحب الزمان", "المهدي", "Mahdi", "al-Mahdi");
  }

  private HolyNames() {}

  private static void put(String english, String... names) {
    for (String p : names) {
      ENGLISH.put(MatchingForm.key(p), english);
    }
  }

  private static void prophet(String english, String... names) {
    for (String p : names) {
      PROPHET.put(MatchingForm.key(p), english);
    }
  }

  /** The id every script's mention of the figure named {@code english} shares. */
  public static String id(String english) {
    return UnknownNameLinker.slug(io.newswire.schema.EntityType.PERSON, "holy", MatchingForm.key(english));
  }

  /** What every {@link #id} starts with (person:holy:). */
  private static final String ID_PREFIX = id("x").substring(0, id("x").length() - 1);

  /** Whether {@code entityId} is one {@link #id} gives (person:holy:…). */
  public static boolean isId(String entityId) {
    return entityId.startsWith(ID_PREFIX);
  }

  /**
   * The English name of the holy figure {@code display[start, end)} names, or null: the name must be one of the
   * table's, and an honorific must follow it ((ع)، (س)، (ص)، (عج), a space apart or none; عليه السلام، صلى الله عليه
   * وسلم، ﷺ) or a title precede it (the word before, or the mention's own first word: Imam Hussein).
   */
  public static String english(String display, int start, int end) {
    String key = MatchingForm.key(display.substring(start, end));
    String title;
    int sp = key.indexOf(' ');
    if (sp > 0 && (TITLES.contains(key.substring(0, sp)) || PROPHET_TITLES.contains(key.substring(0, sp)))) {
      title = key.substring(0, sp);
      key = key.substring(sp + 1);
    } else {
      title = null;
    }
    String prophet = PROPHET.get(key);
    String other = prophet == null ? ENGLISH.get(key) : null;
    if (prophet == null && other == null) {
      return null; // most names: no scan around them
    }
    if (title == null) {
      String before = WordSpans.wordBefore(display, start);
      title = before == null ? null : MatchingForm.key(before);
    }
    boolean prophetTitle = title != null && (PROPHET_TITLES.contains(title) || HAZRAT.contains(title));
    boolean imamTitle = title != null && TITLES.contains(title);
    String mark = prophetTitle || imamTitle ? null : honorific(display, end);
    if (prophet != null) {
      return prophetTitle || "ص".equals(mark) ? prophet : null;
    }
    return imamTitle || prophetTitle || mark != null ? other : null;
  }

  /**
   * Start of the figure's full name when the word before {@code display[start, end)} belongs to it (موسی of امام
   * موسی کاظم(ع), جعفر of جعفر صادق): a recognizer that took the last word alone leaves the Imam's first name out;
   * {@code start} otherwise. Call only for a span {@link #english} read.
   */
  public static int fullStart(String display, int start, int end) {
    String before = WordSpans.wordBefore(display, start);
    if (before == null) {
      return start;
    }
    String name = ENGLISH.get(MatchingForm.key(before + " " + display.substring(start, end)));
    if (name == null || !name.equals(ENGLISH.get(MatchingForm.key(display.substring(start, end))))) {
      return start;
    }
    return start - (display.charAt(start - 1) == ' ' ? 1 : 0) - before.length();
  }

  /** Arabic honorifics written out after the name, and what each stands for. */
  private static final Map<String, String> WRITTEN = Map.of(MatchingForm.key("عليه السلام"), "ع",
      MatchingForm.key("عليها السلام"), "س", MatchingForm.key("صلى الله عليه وسلم"), "ص",
      MatchingForm.key("صلى الله عليه وآله وسلم"), "ص", MatchingForm.key("صلى الله عليه و آله"), "ص");

  /** The honorific after {@code end} (ع، س، ص، عج), or null. */
  private static String honorific(String display, int end) {
    int i = end;
    if (i < display.length() && display.charAt(i) == ' ') {
      i++;
    }
    if (i < display.length() && display.charAt(i) == '\uFDFA') {
      return "ص"; // ﷺ
    }
    if (i + 2 < display.length() && display.charAt(i) == '(') {
      int close = display.indexOf(')', i);
      if (close < 0 || close - i > 3) {
        return null;
      }
      String mark = display.substring(i + 1, close);
      return mark.equals("ع") || mark.equals("س") || mark.equals("ص") || mark.equals("عج") ? mark : null;
    }
    int limit = Math.min(display.length(), i + 26);
    if (i >= limit || display.charAt(i) != 'ع' && display.charAt(i) != 'ص') {
      return null;
    }
    String after = MatchingForm.key(display.substring(i, limit));
    for (Map.Entry<String, String> w : WRITTEN.entrySet()) {
      if (after.startsWith(w.getKey())) {
        return w.getValue();
      }
    }
    return null;
  }
}
