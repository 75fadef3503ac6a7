package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A Persian street, square, mosque or hall named after a person or a place (خیابان شهید مفتح، مسجد امام
 * حسین، میدان فلسطین، خیابان قزوین) holds no annotated name: the annotation conventions leave out names inside
 * a facility's name that do not say where it stands (a square or racecourse named after a person, r9). A
 * person or place mention right after such a head, with at most three titles between (امام، حضرت، شهید،
 * آیت‌الله، دکتر), is dropped; the same name elsewhere in the dispatch is untouched. So is a place that
 * ends a festival's or a cup's name (جشنواره فیلم کوتاه تهران، جام ملت‌های آسیا), and the town of نماز جمعه تهران
 * (an event).
 */
final class FacilityNames {
  private static final Set<String> HEADS = MatchingForm.keys("خیابان", "میدان", "بلوار", "بولوار", "بزرگراه", "اتوبان", "کوچه", "فلکه",
      "مسجد", "رواق", "حسینیه", "تالار", "ورزشگاه", "پارک", "بوستان", "دبیرستان");
  /**
   * Plants, ports and airports named after a person (پالایشگاه امام خمینی، فرودگاه شهید هاشمی‌نژاد، نیروگاه شهید
   * رجایی): the person is no mention, but a town after the head says where the plant stands and stays a place
   * (پالایشگاه آبادان، فرودگاه مشهد). Round 57: hospitals, prayer grounds and sports halls the same (بیمارستان امام
   * خمینی، مصلی امام علی، سالن شهید حیدریان; the files leave out a hospital's and a hall's person, r16, r20), while
   * بیمارستان سقز keeps its town.
   */
  private static final Set<String> PERSON_HEADS = MatchingForm.keys("پالایشگاه", "فرودگاه", "نیروگاه", "بندر", "اسکله",
      "بیمارستان", "مصلی", "مصلای", "سالن");
  private static final Set<String> TITLES = MatchingForm.keys("امام", "حضرت", "شهید", "آیت‌الله", "آیت", "الله", "ا...", "دکتر",
      "سردار", "حجت‌الاسلام", "جامع", "بزرگ");

  /**
   * Arabic facilities named after a person (مطار الملك خالد الدولي، مطار حميد كرزاي الدولي، مستشفى الملك فهد):
   * the conventions annotate no person inside them (r5, r9), while a place in one is the place (ميناء كاليه).
   */
  private static final Set<String> ARABIC_HEADS = MatchingForm.keys("مطار", "ملعب", "استاد", "مستشفى", "قاعة", "شارع", "جسر",
      "ميدان", "مسجد", "جامع", "مدرسة", "كلية", "معهد", "جامعة", "جائزة", "كأس", "برج", "ميناء", "مدينة");
  /** The heads behind a conjunction or a preposition (ومستشفى الملك خالد، بمدينة الأمير عبدالله بن جلوي). */
  private static final Set<String> ARABIC_HEADS_AFTER_CLITIC = withClitics(ARABIC_HEADS);

  private static Set<String> withClitics(Set<String> heads) {
    Set<String> out = new java.util.HashSet<>(heads);
    for (String h : heads) {
      for (String c : new String[] {"و", "ب", "ل", "ف"}) {
        out.add(MatchingForm.key(c + h));
      }
    }
    return Set.copyOf(out);
  }
  /**
   * Round 47: a mosque named after the body it serves (مسجد قوات الطوارئ) is a facility, and the body inside its name is
   * not annotated, as the person inside an airport's name is not: the convention of most files (r12, r36 against one).
   */
  private static final Set<String> MOSQUE_HEADS = withClitics(MatchingForm.keys("مسجد", "جامع"));
  /**
   * Round 57: a cup, prize or championship named after the body that gives or holds it (كأس وزارة النقل، جائزة رولكس
   * للمشاريع، لبطولة مجلس التعاون الخليجي) is an event, and the body inside its name is not annotated, as round 47's
   * mosque and the files' cups have it (r9's horse-race cup).
   */
  private static final Set<String> EVENT_HEADS = withClitics(MatchingForm.keys("كأس", "جائزة", "بطولة"));
  /** Titles between such a head and the name (مطار الأمير محمد بن عبدالعزيز). */
  private static final Set<String> ARABIC_TITLES = MatchingForm.keys("الأمير", "الملك", "الشيخ", "الإمام", "الامام", "الشهيد",
      "السلطان", "الرئيس", "الدكتور", "خادم", "الحرمين", "الشريفين");

  private FacilityNames() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> names) {
    return drop(fields, names, false);
  }

  /**
   * Arabic copy: a person right after a facility head ({@link #ARABIC_HEADS}), with titles or given names
   * between (the surname that the knowledge base knows: مطار حميد [كرزاي]), is dropped; places are kept.
   */
  static List<Mention> dropArabicPersons(List<FieldText> fields, List<Mention> names) {
    return drop(fields, names, true);
  }

  private static List<Mention> drop(List<FieldText> fields, List<Mention> names, boolean arabic) {
    return Mention.without(names, m -> {
      String d = fields.get(m.field()).display();
      return !m.role() && (arabic
          ? m.type() == EntityType.PERSON && afterArabicFacilityHead(d, m.start())
              || m.type() == EntityType.ORGANIZATION && (afterHead(d, m.start(), MOSQUE_HEADS, w -> false)
                  || afterHead(d, m.start(), EVENT_HEADS, w -> false))
          : (m.type() == EntityType.PERSON || m.type() == EntityType.PLACE)
              && (afterFacilityHead(d, m.start()) || m.type() == EntityType.PLACE && insideEventName(d, m.start()))
              || m.type() == EntityType.PERSON && afterHead(d, m.start(), PERSON_HEADS, TITLES::contains));
    });
  }

  private static final String FESTIVAL = MatchingForm.key("جشنواره");
  /** A cup (جام ملت‌های آسیا، جام باشگاه‌های آسیا): a competition, an event, the place in its name no place of its own. */
  private static final String CUP = MatchingForm.key("جام");
  /**
   * A championship named after its continent or country (مسابقات قهرمانی آسیا، رقابت‌های قهرمانی جوانان آسیا): an
   * event, as the r45 count of the files has it; قهرمانی alone may be a country's title (قهرمانی ایران), so the
   * competitions' noun must stand before it, and at most an age class between it and the place.
   */
  private static final String CHAMPIONSHIP = MatchingForm.key("قهرمانی");
  private static final Set<String> COMPETITIONS = MatchingForm.keys("مسابقات", "رقابت‌های", "رقابتهای", "پیکارهای");
  private static final Set<String> AGE_CLASSES = MatchingForm.keys("جوانان", "نوجوانان", "بزرگسالان", "امید", "زنان",
      "مردان", "بانوان");
  /**
   * Round 60: the Olympics (المپیک لندن، المپیک 2016 برزیل، المپیک نوجوانان سنگاپور) an event like a cup, its host no
   * place of its own (r45's count); a hotel, village or stadium named after them (هتل المپیک تهران) is a venue whose
   * town stays a place.
   */
  private static final String OLYMPICS = MatchingForm.key("المپیک");
  private static final Set<String> VENUES = MatchingForm.keys("هتل", "دهکده", "ورزشگاه", "استادیوم", "مجموعه", "سالن");
  /** Continental games named with their host (بازی‌های آسیایی اینچئون، مسابقات آسیایی سنگاپور): the event's name. */
  private static final String ASIAN = MatchingForm.key("آسیایی");
  private static final Set<String> GAMES = MatchingForm.keys("بازی‌های", "بازیهای", "مسابقات", "رقابت‌های", "رقابتهای",
      "پیکارهای");
  private static final String PRAYER = MatchingForm.key("نماز");
  private static final String FRIDAY = MatchingForm.key("جمعه");
  /** A day named after a place (روز قدس، روز جهانی قدس، روز ملی خلیج فارس): the day's name, no mention of the place. */
  private static final String DAY = MatchingForm.key("روز");
  /** What a day is, between روز and its place. */
  private static final Set<String> DAY_KINDS = MatchingForm.keys("جهانی", "ملی");
  /**
   * Round 53: an uprising or a day of God named after a place (انتفاضه قدس، یوم‌الله قدس): the event's name, no
   * mention of the place.
   */
  private static final Set<String> NAMED_AFTER_A_PLACE = MatchingForm.keys("انتفاضه", "یوم‌الله");
  /** Words that end an event's name before a place: the place is then where it happens (جشنواره … در تهران). */
  private static final Set<String> BREAKS = MatchingForm.keys("در", "از", "به", "با", "و", "که", "را", "برای", "تا", "بر", "این",
      "آن", "طی");

  /**
   * Whether a place at {@code start} ends an event's name: جشنواره and up to six words with no break between
   * (جشنواره بین‌المللی تئاتر دانشگاهی ایران، جشنواره فیلم کوتاه تهران), or نماز جمعه right before it (the
   * conventions: names inside an event's name are not annotated, نماز جمعه تهران is an event), or روز (جهانی|ملی)
   * right before it (a day's name), or انتفاضه or یوم‌الله right before it.
   */
  static boolean insideEventName(String d, int start) {
    int end = start;
    String after = null;
    for (int n = 0; n <= 6; n++) {
      while (end > 0 && d.charAt(end - 1) == ' ') {
        end--;
      }
      int s = wordStart(d, end, "،,.:؛(»«)-/");
      if (s == end) {
        return false; // punctuation or a line break
      }
      String w = MatchingForm.key(d.substring(s, end));
      if (w.equals(FESTIVAL) || (w.equals(CUP) && n <= 2) || (n == 1 && w.equals(PRAYER) && FRIDAY.equals(after))) {
        return true;
      }
      if (w.equals(OLYMPICS) && n <= 2 && !wordBeforeIn(d, s, VENUES) || w.equals(ASIAN) && n <= 1 && wordBeforeIn(d, s, GAMES)) {
        return true;
      }
      if (w.equals(CHAMPIONSHIP) && (n == 0 || n == 1 && AGE_CLASSES.contains(after)) && wordBeforeIn(d, s, COMPETITIONS)) {
        return true;
      }
      if (w.equals(DAY) && (n == 0 || n == 1 && DAY_KINDS.contains(after)) && !counted(d, s)) {
        return true; // روز قدس، روز جهانی قدس: a day's name, an event's (round 29)
      }
      if (n == 0 && NAMED_AFTER_A_PLACE.contains(w)) {
        return true;
      }
      if (year(w)) {
        end = s; // جام جهانی 2018 روسیه، المپیک 2016 برزیل: the edition's year, then the host, inside the name (r45)
        n--;
        continue;
      }
      if (BREAKS.contains(w) || !w.isEmpty() && Character.isDigit(w.charAt(0))) {
        return false;
      }
      after = w;
      end = s;
    }
    return false;
  }

  /** A four-digit year (2018، ۲۰۱۸). */
  private static boolean year(String w) {
    if (w.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word before {@code start} is one of {@code words}. */
  private static boolean wordBeforeIn(String d, int start, Set<String> words) {
    int end = start;
    while (end > 0 && d.charAt(end - 1) == ' ') {
      end--;
    }
    int s = wordStart(d, end, "،,.:؛(»«)-/");
    return s < end && MatchingForm.keyIn(words, d, s, end);
  }

  /** Numbers and چند before روز: days counted (طی چند روز ایران را …), no day's name. */
  private static final Set<String> COUNTS = MatchingForm.keys("چند", "یک", "دو", "سه", "چهار", "پنج", "ده");

  /** Whether the word before {@code start} counts what follows (a number word or digits). */
  private static boolean counted(String d, int start) {
    int end = start;
    while (end > 0 && d.charAt(end - 1) == ' ') {
      end--;
    }
    int s = wordStart(d, end, "،,.:؛(»«)-/");
    return s < end && (COUNTS.contains(MatchingForm.key(d.substring(s, end))) || Character.isDigit(d.charAt(end - 1)));
  }

  /** Whether the words before {@code start}, titles skipped, end with a facility head. */
  static boolean afterFacilityHead(String d, int start) {
    return afterHead(d, start, HEADS, TITLES::contains);
  }

  /** Whether the words before {@code start}, up to three titles or given names skipped, end with an Arabic facility head. */
  static boolean afterArabicFacilityHead(String d, int start) {
    return afterHead(d, start, ARABIC_HEADS_AFTER_CLITIC, w -> ARABIC_TITLES.contains(w) || GivenNames.arabic().contains(w));
  }

  /** Walks back over up to three words that {@code skip} accepts; true when the word before them is in {@code heads}. */
  private static boolean afterHead(String d, int start, Set<String> heads, Predicate<String> skip) {
    int end = start;
    for (int n = 0; n <= 3; n++) {
      while (end > 0 && Character.isWhitespace(d.charAt(end - 1))) {
        end--;
      }
      int s = wordStart(d, end, "،,.:؛(»«)-");
      if (s == end) {
        return false;
      }
      String w = MatchingForm.key(d.substring(s, end));
      if (heads.contains(w)) {
        return true;
      }
      if (!skip.test(w)) {
        return false;
      }
      end = s;
    }
    return false;
  }

  /** Start of the word ending at {@code end}: back over characters that are neither space nor {@code stops}. */
  private static int wordStart(String d, int end, String stops) {
    int s = end;
    while (s > 0 && !Character.isWhitespace(d.charAt(s - 1)) && stops.indexOf(d.charAt(s - 1)) < 0) {
      s--;
    }
    return s;
  }
}
