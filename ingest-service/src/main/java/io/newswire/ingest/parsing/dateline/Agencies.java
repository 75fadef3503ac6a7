package io.newswire.ingest.parsing.dateline;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Canonical names of news agencies, from the way they are written in datelines and metadata. */
public final class Agencies {
  public static final String MEHR = "Mehr News Agency";
  public static final String SPA = "Saudi Press Agency";
  public static final String FARS = "Fars";

  private static final Map<String, String> CANONICAL = new HashMap<>();

  static {
    put(MEHR, "مهر", "مهر للأنباء", "وكالة مهر", "وكالة مهر للأنباء", "خبرگزاری مهر", "Mehr", "MNA", "Mehr News", "Mehr News Agency");
    put(SPA, "واس", "وكالة الأنباء السعودية", "SPA", "Saudi Press Agency");
    put(FARS, "فارس", "خبرگزاری فارس", "Fars", "Fars News", "Fars News Agency", "FNA");
    put("IRNA", "ارنا", "إرنا", "ایرنا", "IRNA");
    put("Tasnim", "تسنيم", "تسنیم", "Tasnim");
    put("ISNA", "ایسنا", "إيسنا", "ISNA");
    put("ILNA", "ایلنا", "ILNA");
    put("QNA", "قنا", "QNA");
    put("WAM", "وام", "WAM");
    put("KUNA", "كونا", "KUNA");
    put("MENA", "أ ش أ", "أ.ش.أ", "MENA");
    put("SANA", "سانا", "SANA");
    put("Petra", "بترا", "Petra");
    put("BNA", "بنا", "BNA");
    put("ONA", "العمانية", "ONA");
    put("Anadolu", "الأناضول", "الاناضول", "آناتولی", "Anadolu", "AA");
    put("Reuters", "رويترز", "رویترز", "Reuters", "Reuter");
    put("AP", "أسوشيتد برس", "AP", "Associated Press", "The Associated Press");
    put("AFP", "أ ف ب", "ا ف ب", "فرانس برس", "AFP", "afp.com", "Agence France-Presse");
    put("dpa", "د ب أ", "dpa", "dpa-AFX", "Deutsche Presse-Agentur");
    // European and other wires whose copy arrives in NewsML, IPTC 7901 and ninjs
    put("EFE", "EFE", "Agencia EFE");
    put("ANSA", "ANSA");
    put("ANP", "ANP");
    put("TT", "TT", "TT Nyhetsbyrån");
    put("NTB", "NTB", "Norsk Telegrambyrå");
    put("STT", "STT", "STT-FNB", "Suomen Tietotoimisto");
    put("Ritzau", "Ritzau", "RB");
    put("APA", "APA");
    put("Belga", "Belga");
    put("Lusa", "Lusa");
    put("PAP", "PAP");
    put("AAP", "AAP", "Australian Associated Press");
    put("PA", "PA", "PA Media", "Press Association");
    put("ANA", "ANA", "ANA-MPA", "AMNA");
    put("Kyodo", "Kyodo");
    put("EPA", "EPA");
    put("UPI", "UPI");
    put("Bloomberg", "Bloomberg");
    put("SDA", "SDA", "Keystone-SDA");
    put("Xinhua", "شينخوا", "Xinhua");
  }

  private Agencies() {}

  private static void put(String canonical, String... written) {
    for (String w : written) {
      CANONICAL.put(key(w), canonical);
    }
  }

  private static String key(String written) {
    // Persian/Arabic keyboard variants and case do not make a different agency.
    return written.trim().toLowerCase(Locale.ROOT).replace('ي', 'ی').replace('ك', 'ک').replace('.', ' ')
        .replace("  ", " ");
  }

  /** The canonical name, or the written form itself (trimmed) when the agency is unknown. */
  public static String canonical(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    return CANONICAL.getOrDefault(key(written), written.trim());
  }

  /** True when the written form names an agency we know. */
  public static boolean isKnown(String written) {
    return written != null && CANONICAL.containsKey(key(written));
  }
}
