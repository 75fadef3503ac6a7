package io.newswire.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Dispatches made up from the project's own templates (Arabic, Persian, English wire styles), with
 * unique ids: for load runs and crash tests. Deterministic for a given seed.
 */
public final class SyntheticDispatches {
  private static final String[] CITIES_EN = {"BEIRUT", "DOHA", "AMMAN", "CAIRO", "BAGHDAD", "MUSCAT"};
  private static final String[] AGENCIES_EN = {"AP", "AFP", "Reuters"};
  private static final String[] CITIES_AR = {"الدوحة", "بيروت", "عمان", "القاهرة", "بغداد", "مسقط"};
  private static final String[] CITIES_FA = {"تبریز", "مشهد", "شیراز", "اصفهان", "کرمان", "رشت"};
  private static final String[] TOPICS_EN = {"water tariffs", "the port expansion", "bus fares", "school repairs", "grain stocks"};
  private static final String[] TOPICS_AR = {"أسعار المياه", "توسعة الميناء", "أجور النقل", "صيانة المدارس", "مخزون الحبوب"};
  private static final String[] TOPICS_FA = {"نرخ آب", "توسعه بندر", "کرایه اتوبوس", "تعمیر مدارس", "ذخایر گندم"};

  private SyntheticDispatches() {}

  public static List<Input> generate(int count, long seed, String idPrefix) {
    Random rnd = new Random(seed);
    List<Input> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = idPrefix + i;
      String text = switch (i % 3) {
        case 0 -> english(rnd, i);
        case 1 -> arabic(rnd, i);
        default -> persian(rnd, i);
      };
      out.add(new Input(id, text.getBytes(StandardCharsets.UTF_8), Map.of("source", "synthetic")));
    }
    return out;
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  private static String english(Random r, int i) {
    String topic = pick(r, TOPICS_EN);
    return "Council votes on " + topic + " after long debate (" + i + ")\n"
        + "* Decision expected to take effect next month\n"
        + pick(r, CITIES_EN) + " (" + pick(r, AGENCIES_EN) + ") — The city council voted on Tuesday on " + topic
        + ", ending a debate that lasted " + (2 + r.nextInt(9)) + " weeks, officials said.\n"
        + "\"This was not an easy choice, but it is the right one,\" council head Nadia Saleh told reporters.\n"
        + "She added that a review would follow within " + (3 + r.nextInt(6)) + " months.\n";
  }

  private static String arabic(Random r, int i) {
    String topic = pick(r, TOPICS_AR);
    return "المجلس البلدي يقر خطة جديدة بشأن " + topic + " (" + i + ")\n"
        + "*القرار يدخل حيز التنفيذ الشهر المقبل\n"
        + pick(r, CITIES_AR) + "-قنا:- أقر المجلس البلدي أمس خطة جديدة بشأن " + topic + " بعد نقاش استمر " + (2 + r.nextInt(9)) + " أسابيع.\n"
        + "وقال رئيس المجلس سالم الكعبي: \"هذا القرار يخدم مصلحة السكان على المدى الطويل\".\n"
        + "وأضاف: \"سنراجع النتائج بعد ستة أشهر\".\n";
  }

  private static String persian(Random r, int i) {
    String topic = pick(r, TOPICS_FA);
    return "تصویب طرح تازه شورای شهر درباره " + topic + " (" + i + ")\n"
        + pick(r, CITIES_FA) + "- ایرنا- شورای شهر روز گذشته طرح تازه‌ای درباره " + topic + " را پس از " + (2 + r.nextInt(9)) + " هفته بحث تصویب کرد.\n"
        + "رئیس شورای شهر گفت: «این تصمیم به سود شهروندان است.»\n"
        + "وی افزود: «نتایج این طرح شش ماه دیگر بررسی می‌شود.»\n";
  }
}
