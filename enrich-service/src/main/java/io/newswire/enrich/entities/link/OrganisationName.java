package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.match.Clitics;
import io.newswire.enrich.entities.names.MajlisTerms;
import io.newswire.normalization.MatchingForm;
import io.newswire.text.StringMap;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The English name of an Arabic or Persian organisation name that the knowledge base lacks, read off its
 * shape: a head word, then genitive nouns each followed by its adjectives (وزارة الشؤون الاجتماعية is
 * Ministry of Social Affairs, قوات الطوارئ الخاصة Special Emergency Forces), a place the KB knows (جامعة
 * الباحة is Al Baha University; سازمان انرژی اتمی ایران Atomic Energy Organization of Iran) and a
 * nationality (a government body's (Country) qualifier: الخارجية الإيطالية is Ministry of Foreign Affairs
 * (Italy); otherwise an adjective: الشرطة التركية is Turkish Police). Words from {@code
 * /entities/org-names.tsv}; a name with any other word gets no English name (null), since a half-translated
 * name is worse than the original one.
 */
public final class OrganisationName {
  private enum Kind { HEAD, MINISTRY, NOUN, ADJ, NATION }

  private record Entry(Kind kind, String english, String extra) {}
  /** A head's mark ("alone" in column 4) for a national body that its head names by itself, without {}. */
  private static final String ALONE = "alone";

  private static final Map<String, Entry> WORDS = load();
  /**
   * The table's Persian compounds of two or three words as copy also writes them, in one word (جهادکشاورزی) or
   * joined by a ZWNJ (آموزش‌وپرورش): that word's key without its spaces, to the compound's key.
   */
  private static final StringMap<String> GLUED = StringMap.copyOf(glued());
  private static final String SECURITIES = MatchingForm.key("للأوراق");
  private static final String FINANCIAL = MatchingForm.key("المالية");
  private static final String BOURSE = MatchingForm.key("بورصة");
  private static final String MARKET = MatchingForm.key("سوق");
  /** Countries of the nationality words: a country goes after the name (of Iran), a town or province before it. */
  private static final Set<String> COUNTRIES = countries();
  private static final String AND = MatchingForm.key("و");
  /** The Persian and Arabic comma, which a list of a body's fields writes before all but its last (A، B و C). */
  private static final String COMMA = "،";
  private static final String ALL = MatchingForm.key("کل");
  private static final String DEPARTMENT = MatchingForm.key("اداره");
  private static final String ORGANIZATION = MatchingForm.key("سازمان");
  private static final String COUNTRY = MatchingForm.key("کشور");
  private static final String OUR_COUNTRY = MatchingForm.key("کشورمان");
  private static final String MINISTRY = MatchingForm.key("وزارت");
  private static final String FOREIGN = MatchingForm.key("خارجه");
  private static final String PROVINCE = MatchingForm.key("استان");
  private static final String COUNTY = MatchingForm.key("شهرستان");
  private static final String MUNICIPALITY = MatchingForm.key("شهرداری");
  private static final String YEH = MatchingForm.key("ی");
  /** Persian plural endings written apart after a ZWNJ (پژوهش‌های): the noun's English stays as it is. */
  private static final Set<String> PLURALS = StringSet.of(MatchingForm.key("ها"), MatchingForm.key("های"));
  /** Royal and religious titles that name a body after a person (جامعة الملك خالد: King Khalid University). */
  private static final Map<String, String> NAMED_AFTER = Map.of(MatchingForm.key("الملك"), "King", MatchingForm.key("الامير"), "Prince",
      MatchingForm.key("امام"), "Imam");

  /** Units of a parliament that Persian names after it (کمیسیون … مجلس شورای اسلامی). */
  private static final Set<String> PARLIAMENT_UNITS = MatchingForm.keys("کمیسیون", "کمیته", "فراکسیون");
  private static final String MAJLIS = MatchingForm.key("مجلس");
  private static final String SHURA = MatchingForm.key("شورای");
  private static final String ISLAMIC = MatchingForm.key("اسلامی");

  private OrganisationName() {}

  /**
   * The words with the table's compounds of two or three words joined into one (آموزش و پرورش: Education,
   * also with و glued to the next word; حمل و نقل: Transportation; التصوير الضوئي: Photography); the
   * article is off the words of a compound but for the first one.
   */
  private static String[] compounds(String[] words) {
    List<String> out = null;
    for (int i = 0; i < words.length; i++) {
      String listed = i + 3 < words.length && words[i + 2].equals(AND) ? threeFields(words, i) : null;
      if (listed != null) { // صنعت، معدن و تجارت: a ministry's three fields, one compound of the table
        if (out == null) {
          out = new ArrayList<>(List.of(words).subList(0, i));
        }
        out.add(listed);
        i += 3;
        continue;
      }
      String joined = null;
      int used = 1;
      String glued = WORDS.containsKey(words[i]) ? null : GLUED.get(words[i]);
      if (glued != null) { // جهادکشاورزی: the compound written as one word
        joined = glued;
      } else if (i + 2 < words.length && words[i + 1].equals(AND)) {
        joined = bare(words[i]) + " و " + bare(words[i + 2]);
        used = 3;
      } else if (i + 1 < words.length && words[i + 1].length() > 2 && words[i + 1].charAt(0) == 'و'
          && !WORDS.containsKey(bare(words[i + 1]))) {
        joined = bare(words[i]) + " و " + bare(words[i + 1].substring(1));
        used = 2;
      }
      if (glued == null && (joined == null || !WORDS.containsKey(joined)) && i + 2 < words.length) {
        joined = bare(words[i]) + " " + bare(words[i + 1]) + " " + bare(words[i + 2]); // تیراندازی با کمان: Archery
        used = 3;
      }
      if (glued == null && (joined == null || !WORDS.containsKey(joined))) {
        joined = i + 1 < words.length ? bare(words[i]) + " " + bare(words[i + 1]) : null;
        used = 2;
      }
      if (joined != null && WORDS.containsKey(joined)) {
        if (out == null) {
          out = new ArrayList<>(List.of(words).subList(0, i));
        }
        out.add(joined);
        i += used - 1;
      } else if (out != null) {
        out.add(words[i]);
      }
    }
    return out == null ? words : out.toArray(new String[0]);
  }

  /**
   * The table's compound of three fields listed as "A، B و C" (the comma after A written or not) at {@code i}:
   * its key, or null. Iranian ministries and their provincial bodies are named so (صنعت، معدن و تجارت:
   * Industry, Mine and Trade; علوم، تحقیقات و فناوری: Science, Research and Technology).
   */
  private static String threeFields(String[] words, int i) {
    String first = words[i].endsWith("،") ? words[i].substring(0, words[i].length() - 1) : words[i];
    String key = bare(first) + " " + bare(words[i + 1]) + " " + AND + " " + bare(words[i + 3]);
    return WORDS.containsKey(key) ? key : null;
  }

  private static final String UNIVERSITY = MatchingForm.key("دانشگاه");
  private static final String BRANCH = MatchingForm.key("واحد");
  private static final String SCIENCES = MatchingForm.key("علوم");
  private static final String MEDICAL = MatchingForm.key("پزشکی");
  private static final String SERVICES = MatchingForm.key("خدمات");
  private static final Set<String> HEALTH_CARE = MatchingForm.keys("بهداشتی", "درمانی");
  private static final String CITY = MatchingForm.key("شهر");
  private static final String TECHNICAL = MatchingForm.key("صنعتی");
  private static final String AZAD = MatchingForm.key("آزاد");
  /** آزاد اسلامی as {@link #compounds} joins it (one word of the table). */
  private static final String AZAD_ISLAMIC = MatchingForm.key("آزاد اسلامی");

  /**
   * {@code دانشگاه صنعتی X}, Iran's technical universities, are "X University of Technology" in English
   * (Sharif, Amirkabir, Isfahan University of Technology), not a romanized صنعتی (Santi) before University:
   * X is a town the KB knows or the name romanized (a person, a mountain: Sharif, Sahand). One or two words
   * after صنعتی; null for any other name.
   */
  private static String universityOfTechnology(String[] words, Function<String, String> place) {
    int n = words.length;
    if (n < 3 || n > 4 || !words[0].equals(UNIVERSITY) || !words[1].equals(TECHNICAL)) {
      return null;
    }
    String rest = String.join(" ", Arrays.copyOfRange(words, 2, n));
    if (entry(words[2]) != null || n == 4 && entry(words[3]) != null) {
      return null; // دانشگاه صنعتی نفت: a field word follows, not a name
    }
    String known = place.apply(rest);
    return (known != null ? withoutRegionWord(known) : CrossScriptName.romanize(rest, "fa")) + " University of Technology";
  }

  /**
   * Iranian bodies that English names by a pattern of its own, with the town they serve: a university's
   * branch ({@code دانشگاه آزاد اسلامی واحد بروجرد}: Islamic Azad University, Borujerd Branch), a provincial
   * university of medical sciences ({@code دانشگاه علوم پزشکی و خدمات بهداشتی درمانی استان زنجان}: Zanjan
   * University of Medical Sciences), a town's council ({@code شورای اسلامی شهر X}: X City Council). Null
   * for any other name.
   */
  private static String iranianInstitution(String[] words, Function<String, String> place) {
    int n = words.length;
    String azad = n >= 2 && words[0].equals(UNIVERSITY) ? azadUniversity(words, place) : null;
    if (azad != null) {
      return azad; // before the branch: a واحد after the name is no town, so the branch's own rule names it
    }
    if (n >= 3 && words[0].equals(UNIVERSITY)) {
      for (int k = 2; k < n - 1; k++) {
        if (words[k].equals(BRANCH)) {
          String town = town(words, k + 1, place);
          String parent = town == null ? null : english(String.join(" ", Arrays.copyOf(words, k)), place);
          return parent == null ? null : parent + ", " + town + " Branch";
        }
      }
      if (n >= 4 && words[1].equals(SCIENCES) && words[2].equals(MEDICAL)) {
        int i = 3;
        if (i + 1 < n && words[i].equals(AND) && words[i + 1].equals(SERVICES)) {
          i += 2;
          while (i < n && HEALTH_CARE.contains(words[i])) {
            i++;
          }
        }
        if (i < n && words[i].equals(PROVINCE)) {
          i++;
        }
        String town = i < n ? town(words, i, place) : null;
        return town == null ? null : town + " University of Medical Sciences";
      }
    }
    if (n >= 3 && words[0].equals(SHURA)) {
      int i = 1;
      if (words[i].equals(ISLAMIC)) {
        i++;
      }
      if (i + 1 < n && words[i].equals(CITY)) {
        String town = town(words, i + 1, place);
        return town == null ? null : town + " City Council";
      }
    }
    for (int k = 2; k < n - 1; k++) {
      if (words[k].equals(MUNICIPALITY)) {
        // سازمان فرهنگی هنری شهرداری تبریز: a body of a town's municipality, named after it ("Tabriz Municipality
        // Cultural and Artistic Organization"); only a town the KB knows, as a span that runs on would invent one
        String town = knownTown(words, k + 1, place);
        String body = town == null ? null : english(String.join(" ", Arrays.copyOf(words, k)), place);
        return body == null ? null : town + " Municipality " + body;
      }
    }
    return null;
  }

  /**
   * Islamic Azad University by its short name and a branch by its town alone ({@code دانشگاه آزاد}, {@code دانشگاه آزاد
   * اسلامی قم}): the university's English name, and "X Branch" as for {@code واحد X}; not "Azad University" nor "Azad
   * Qom University". Null for any other name, or when the words after the name are no town.
   */
  private static String azadUniversity(String[] words, Function<String, String> place) {
    int n = words.length;
    int i;
    if (words[1].equals(AZAD_ISLAMIC)) {
      i = 2;
    } else if (words[1].equals(AZAD)) {
      i = n > 2 && words[2].equals(ISLAMIC) ? 3 : 2;
    } else {
      return null;
    }
    if (i == n) {
      return "Islamic Azad University";
    }
    String town = town(words, i, place);
    return town == null ? null : "Islamic Azad University, " + town + " Branch";
  }

  private static final String EDUCATION = MatchingForm.key("تعليم");
  private static final String FOR_EDUCATION = MatchingForm.key("للتعليم");
  private static final String ADMINISTRATION = MatchingForm.key("الإدارة");
  private static final String GENERAL = MatchingForm.key("العامة");
  private static final String REGION = MatchingForm.key("منطقة");
  private static final String GOVERNORATE = MatchingForm.key("محافظة");
  private static final String PLAIN_ADMINISTRATION = MatchingForm.key("إدارة");
  private static final String THE_EDUCATION = MatchingForm.key("التعليم");

  private static final String UNION = MatchingForm.key("اتحاد");
  /** The council of ministers with no country named, which {@link #english} leaves without a name. */
  private static final String CABINET = MatchingForm.key("مجلس الوزراء");
  /**
   * مجلس النواب, "the council of the deputies": the lower house of Egypt, Jordan, Yemen, Libya and the United States,
   * which English calls the House of Representatives, not a council named after a word romanized (al-Nawab).
   * Lebanon's parliament and the Russian Duma, which Arabic copy also calls so, are the rule's known misses.
   */
  private static final String HOUSE_OF_REPRESENTATIVES = MatchingForm.key("مجلس النواب");
  /**
   * مجلس الشيوخ, "the council of the elders": the upper house English calls the Senate (the United States', in every
   * pool dispatch that names it bare), not al-Shiokh Council. Round 50.
   */
  private static final String SENATE = MatchingForm.key("مجلس الشيوخ");
  /** Sports named by two words after ل (لكرة القدم), as English names their federations. */
  private static final Map<String, String> TWO_WORD_SPORTS = Map.of(
      MatchingForm.key("كرة القدم"), "Football", MatchingForm.key("كرة السلة"), "Basketball",
      MatchingForm.key("كرة اليد"), "Handball", MatchingForm.key("الكرة الطائرة"), "Volleyball",
      MatchingForm.key("ألعاب القوى"), "Athletics", MatchingForm.key("كرة الطاولة"), "Table Tennis");

  /** The English of a sport word of the table (Futsal for فوتسال), or null for any other word. */
  private static String sport(String word) {
    Entry e = entry(word);
    return e != null && e.kind == Kind.NOUN && "sport".equals(e.extra) ? e.english : null;
  }

  /**
   * A nation's federation for a sport ({@code الاتحاد السعودي للمبارزة}, {@code الاتحاد الكويتي لكرة القدم}):
   * English names it "Saudi Fencing Federation", the nationality and the sport before the head, not "Union".
   * Null unless the name is the head, one nationality and a sport after ل.
   */
  private static String nationalFederation(String[] words) {
    int n = words.length;
    if (n < 3 || n > 4 || !bare(words[0]).equals(UNION)) {
      return null;
    }
    Entry nation = entry(words[1]);
    if (nation == null || nation.kind != Kind.NATION || words[2].length() < 3 || words[2].charAt(0) != 'ل') {
      return null;
    }
    String field = words[2].startsWith("لل") ? "ال" + words[2].substring(2) : words[2].substring(1);
    String sport;
    if (n == 4) {
      sport = TWO_WORD_SPORTS.get(field + " " + words[3]);
      if (sport == null && !field.startsWith("ال")) {
        sport = TWO_WORD_SPORTS.get("ال" + field + " " + words[3]);
      }
    } else {
      sport = sport(field);
    }
    return sport == null ? null : nation.english + " " + sport + " Federation";
  }

  /** The words of an Arabic intelligence service's name. */
  private static final Set<String> INTELLIGENCE = MatchingForm.keys("استخبارات", "مخابرات");

  /**
   * Round 51b: a country's intelligence service named by its nisba alone (المخابرات الفرنسية، الاستخبارات الأميركية):
   * "French Intelligence", as English copy names a service it does not name in full. The table's مخابرات is Persian
   * telecommunications (شرکت مخابرات), which no head of an Arabic service means. Null unless the name is the word and
   * one nationality.
   */
  private static String nationalIntelligence(String[] words) {
    if (words.length != 2 || !INTELLIGENCE.contains(bare(words[0]))) {
      return null;
    }
    Entry nation = entry(words[1]);
    return nation != null && nation.kind == Kind.NATION ? nation.english + " Intelligence" : null;
  }

  /**
   * A Saudi education directorate, named in full ({@code الإدارة العامة للتعليم بمنطقة X}, {@code إدارة التعليم
   * بمحافظة X}) or as headlines write it ({@code تعليم X}, {@code إدارة تعليم X}). The ministry runs one General
   * Administration per region ("General Administration of Education in X Region", "… X Governorate" when the
   * full name says محافظة) and an Education Administration per governorate: a short or plain-إدارة name is the
   * governorate's ("Education Administration in Yanbu Governorate") after محافظة or when its town is no region's
   * seat ({@link SaudiRegions}), so تعليم جدة is never a "Jeddah Region", which Saudi Arabia does not have. A
   * region is named as English names it (Makkah Region). Null for any other name.
   */
  private static String saudiEducation(String[] words, Function<String, String> place) {
    int n = words.length;
    int i;
    boolean general = false; // الإدارة العامة: the region's directorate, whatever the word after ب
    if (n >= 2 && n <= 4 && words[0].equals(EDUCATION)) {
      i = 1;
    } else if (n >= 4 && n <= 6 && words[0].equals(ADMINISTRATION) && words[1].equals(GENERAL) && words[2].equals(FOR_EDUCATION)
        && words[3].length() > 2 && words[3].charAt(0) == '\u0628') {
      words = words.clone();
      words[3] = words[3].substring(1); // بمنطقة: "in" the region
      i = 3;
      general = true;
    } else if (n >= 3 && n <= 5 && words[0].equals(PLAIN_ADMINISTRATION) && words[1].equals(EDUCATION)) {
      i = 2; // إدارة تعليم X
    } else if (n >= 3 && n <= 5 && words[0].equals(PLAIN_ADMINISTRATION) && words[1].equals(THE_EDUCATION)
        && words[2].length() > 2 && words[2].charAt(0) == '\u0628') {
      words = words.clone();
      words[2] = words[2].substring(1); // إدارة التعليم بمحافظة X
      i = 2;
    } else {
      return null;
    }
    Boolean governorate = null; // said by the name's own word, or left to the town
    if (words[i].equals(REGION) || words[i].equals(GOVERNORATE)) {
      governorate = words[i].equals(GOVERNORATE);
      i++;
    }
    String town = i < n ? arabicTown(words, i, place) : null;
    if (town == null) {
      return null;
    }
    if (general) {
      return "General Administration of Education in " + (Boolean.TRUE.equals(governorate) ? town + " Governorate"
          : SaudiRegions.regionName(town));
    }
    if (governorate == null) {
      governorate = !SaudiRegions.isSeat(town);
    }
    return governorate ? "Education Administration in " + town + " Governorate"
        : "General Administration of Education in " + SaudiRegions.regionName(town);
  }

  /**
   * A Saudi local body names the town or region it serves last, joined by ب and often after منطقة or
   * محافظة ({@code لجنة الانتخابات البلدية بمنطقة تبوك}, {@code … بالمدينة المنورة}): the words with the ب
   * and the region word dropped, so the place closes the name as in {@code مديرية أمن القاهرة} and English
   * puts the town first (Tabuk Municipal Elections Committee). Only when a place the knowledge base knows
   * follows and ends the name; the words as they were otherwise. The education directorates keep their own
   * naming ({@link #saudiEducation}), which reads the ب itself.
   */
  /** إدارة التعليم ب… / إدارة تعليم …: an education directorate, named by {@link #saudiEducation}. */
  private static boolean isEducationOffice(String[] words) {
    return words.length > 1 && words[0].equals(PLAIN_ADMINISTRATION) && (words[1].equals(EDUCATION) || words[1].equals(THE_EDUCATION));
  }

  private static String[] servedTown(String[] words, Function<String, String> place) {
    int n = words.length;
    for (int k = n - 1; k >= 2 && k >= n - 3; k--) {
      String w = words[k];
      if (w.length() < 3 || w.charAt(0) != '\u0628' || words[0].equals(ADMINISTRATION) || isEducationOffice(words)) {
        continue;
      }
      String rest = w.substring(1);
      int from = k + 1;
      if (!rest.equals(REGION) && !rest.equals(GOVERNORATE)) {
        from = k;
      }
      List<String> tail = new ArrayList<>(List.of(words).subList(from, n));
      if (from == k) {
        tail.set(0, rest);
      }
      if (tail.isEmpty() || tail.size() > 2 || place.apply(String.join(" ", tail)) == null) {
        continue;
      }
      List<String> out = new ArrayList<>(List.of(words).subList(0, k));
      out.addAll(tail);
      return out.toArray(new String[0]);
    }
    return words;
  }

  private static final String AFFAIRS = MatchingForm.key("الشؤون");
  private static final String HEALTH_ADJ = MatchingForm.key("الصحية");
  /** Saudi bodies named by a field word and the place they serve (no article), with their English. */
  private static final Map<String, String> SERVED_BY_FIELD = Map.of(MatchingForm.key("صحة"), "Directorate of Health Affairs in {}",
      MatchingForm.key("بلدية"), "{} Municipality", MatchingForm.key("أمانة"), "{} Municipality",
      MatchingForm.key("غرفة"), "{} Chamber of Commerce and Industry");
  /** الغرفة التجارية (الصناعية) بX, the ب dropped by {@link #servedTown}: the town's chamber, as {@code غرفة X}. */
  private static final String CHAMBER = MatchingForm.key("الغرفة");
  private static final String COMMERCIAL = MatchingForm.key("التجارية");
  private static final String INDUSTRIAL = MatchingForm.key("الصناعية");

  /**
   * A Saudi region's health directorate, as SPA names it by the field and the region ({@code صحة X}) or in
   * full ({@code الشؤون الصحية بمنطقة X}, whose ب and region word {@link #servedTown} has dropped):
   * "Directorate of Health Affairs in X"; a town's or region's municipality ({@code بلدية محافظة X},
   * {@code أمانة منطقة X}): "X Municipality". Null for any other name.
   */
  private static String saudiServedBody(String[] words, Function<String, String> place) {
    int n = words.length;
    int i;
    String pattern = n >= 2 && n <= 4 ? SERVED_BY_FIELD.get(words[0]) : null;
    if (pattern != null) {
      i = words[1].equals(REGION) || words[1].equals(GOVERNORATE) ? 2 : 1;
    } else if (n >= 3 && n <= 4 && words[0].equals(AFFAIRS) && words[1].equals(HEALTH_ADJ)) {
      i = 2;
      pattern = SERVED_BY_FIELD.get(MatchingForm.key("صحة"));
    } else if (n >= 3 && n <= 5 && words[0].equals(CHAMBER) && words[1].equals(COMMERCIAL)) {
      i = words[2].equals(INDUSTRIAL) ? 3 : 2;
      pattern = SERVED_BY_FIELD.get(MatchingForm.key("غرفة"));
    } else {
      return null;
    }
    // a place the knowledge base knows, or one word after منطقة/محافظة, not any word spelt as a town:
    // أمانة للتأمين is a firm (Amana Insurance)
    boolean cued = i == 2 && (words[1].equals(REGION) || words[1].equals(GOVERNORATE));
    String known = i < n ? place.apply(String.join(" ", Arrays.copyOfRange(words, i, n))) : null;
    String town = known != null ? (n - i <= 2 ? withoutRegionWord(known) : null) // a town or province of one or two words
        : cued && n == 3 ? CrossScriptName.romanize(words[2], "ar") : null; // an Arabic town's spelling, not town()'s Persian one
    return town == null ? null : pattern.replace("{}", town);
  }

  /**
   * Whether the words from {@code from} name a place of two words joined by و that the KB knows
   * (چهارمحال و بختیاری, کهگیلویه و بویراحمد): how many words after the first it takes (2 when و is apart,
   * 1 when glued to the second word: سیستان وبلوچستان), else 0. The compound step leaves such a name in
   * its words, as none of the word table's.
   */
  private static int placeWithAnd(String[] words, int from, Function<String, String> place) {
    if (from + 2 < words.length && words[from + 1].equals(AND) && place.apply(words[from] + " " + AND + " " + words[from + 2]) != null) {
      return 2;
    }
    String next = from + 1 < words.length ? words[from + 1] : "";
    if (next.length() > 2 && next.charAt(0) == 'و' && place.apply(words[from] + " " + AND + " " + next.substring(1)) != null) {
      return 1;
    }
    return 0;
  }

  /** The English name of the town or province the words from {@code from} to the end name (one or two words), or null. */
  private static String town(String[] words, int from, Function<String, String> place) {
    String p = knownTown(words, from, place);
    if (p == null && words.length - from == 1 && entry(words[from]) == null) {
      p = CrossScriptName.romanize(words[from], "fa", true); // a town the KB lacks, spelt as one
      return p == null ? null : withoutRegionWord(p);
    }
    return p;
  }

  /**
   * As {@link #town} for a Saudi body's Arabic name: a town the KB lacks in the Arabic press's spelling
   * (الليث al-Lith), not in the Persian one {@link #town} gives Iranian towns (ث as s: Allis).
   */
  private static String arabicTown(String[] words, int from, Function<String, String> place) {
    String p = knownTown(words, from, place);
    if (p == null && words.length - from == 1 && entry(words[from]) == null) {
      return withoutRegionWord(CrossScriptName.romanize(words[from], "ar"));
    }
    return p;
  }

  /** As {@link #town}, but only a place the KB knows. */
  private static String knownTown(String[] words, int from, Function<String, String> place) {
    int left = words.length - from;
    String p = left == 1 ? place.apply(words[from]) : left == 2 ? place.apply(words[from] + " " + words[from + 1]) : null;
    return p == null ? null : withoutRegionWord(p);
  }

  /**
   * A place's English name without its closing Province, Region or Governorate (Asir Region: Asir), or without
   * the KB's disambiguating parenthesis, which no body's name carries inside it (Eastern Province (Saudi Arabia):
   * Eastern Province Municipality, not Eastern Province (Saudi Arabia) Municipality).
   */
  private static String withoutRegionWord(String p) {
    int open = p.endsWith(")") ? p.lastIndexOf(" (") : -1;
    if (open > 0) {
      return p.substring(0, open);
    }
    for (String region : new String[] {" Province", " Region", " Governorate"}) {
      if (p.endsWith(region) && p.length() > region.length()) {
        return p.substring(0, p.length() - region.length());
      }
    }
    return p;
  }

  private static String bare(String w) {
    return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
  }

  /**
   * A Persian town's department named by its field and the town last, without شهرستان ({@code اداره فرهنگ و
   * ارشاد اسلامی دیلم}): when the town is one the knowledge base lacks, it is spelt as one (Deylam Culture and
   * Islamic Guidance Department), as {@link #town} spells it after شهرستان. Null unless the name opens with
   * اداره, has a field of the table before the town and names a whole body that way.
   */
  public static String departmentOfTown(String name, Function<String, String> place) {
    String[] words = MatchingForm.key(name).split(" ");
    int n = words.length;
    String last = words[n - 1];
    // شهرستان alone is "the county", and a last word in -ی is an adjective far more often than a town
    // (فعلی "current", جاده‌ای "road"), or a province glued into one word (خراسانرضوی)
    if (n < 3 || !words[0].equals(DEPARTMENT) || entry(last) != null || GLUED.get(last) != null || entry(words[n - 2]) == null
        || last.equals(COUNTY) || last.equals(PROVINCE) || last.endsWith(YEH)) {
      return null;
    }
    String town = CrossScriptName.romanize(last, "fa", true);
    return english(name, w -> w.equals(last) ? town : place.apply(w));
  }

  /**
   * English name of {@code name} (Arabic script), or null. {@code place} gives the English name of a
   * place the KB knows by a word's matching form (with its article if it has one), or null.
   */
  public static String english(String name, Function<String, String> place) {
    String[] words = servedTown(commaList(compounds(MatchingForm.key(name).split(" "))), place);
    String institution = iranianInstitution(words, place);
    if (institution == null) {
      institution = universityOfTechnology(words, place);
    }
    if (institution == null) {
      institution = saudiEducation(words, place);
    }
    if (institution == null) {
      institution = saudiServedBody(words, place);
    }
    if (institution == null) {
      institution = nationalFederation(words);
    }
    if (institution == null) {
      institution = nationalIntelligence(words);
    }
    if (institution == null) {
      institution = IranianLeagues.name(words, OrganisationName::sport);
    }
    if (institution != null) {
      return institution;
    }
    String parent = "";
    int n = words.length;
    if (n > 3 && PARLIAMENT_UNITS.contains(words[0]) && words[n - 2].equals(MAJLIS) && MajlisTerms.isTerm(words[n - 1])) {
      n--; // کمیسیون امنیت ملی مجلس نهم: the unit is one body from term to term, named without the term
      words = Arrays.copyOf(words, n);
    }
    if (n > 2 && PARLIAMENT_UNITS.contains(words[0])) {
      // کمیسیون اقتصادی مجلس شورای اسلامی: a unit of the Majlis, named "… Commission of the Majlis"
      int cut = n > 4 && words[n - 3].equals(MAJLIS) && words[n - 2].equals(SHURA) && words[n - 1].equals(ISLAMIC) ? n - 3
          : words[n - 1].equals(MAJLIS) ? n - 1 : -1;
      if (cut > 1) {
        words = Arrays.copyOf(words, cut);
        parent = " of the Majlis";
      }
    }
    if (words.length > 3 && words[words.length - 2].equals(SECURITIES) && words[words.length - 1].equals(FINANCIAL)
        && (words[0].equals(BOURSE) || words[0].equals(MARKET))) {
      // بورصة طوكيو للأوراق المالية، سوق الكويت للأوراق المالية: English says Stock Exchange alone
      words = Arrays.copyOf(words, words.length - 2);
      words[0] = BOURSE;
    }
    Entry head = entry(words[0]);
    if (head == null || (head.kind != Kind.HEAD && head.kind != Kind.MINISTRY)) {
      return null;
    }
    String pattern = head.kind == Kind.HEAD ? head.english : "Ministry of {}";
    if (words.length == 1 && ALONE.equals(head.extra)) {
      return pattern.substring(0, pattern.indexOf(" of {}")); // حوزه هنری alone: the national Art Bureau, Hozeh Honari
    }
    if (words.length > 1 && words[0].equals(DEPARTMENT) && words[1].equals(ALL)) {
      pattern = "{} Directorate"; // اداره کل: a provincial directorate-general
    }
    boolean gov = head.kind == Kind.MINISTRY || "gov".equals(head.extra);
    List<List<String>> groups = new ArrayList<>(); // each: adjectives..., then its noun last
    List<String> headAdjectives = new ArrayList<>();
    List<String> places = new ArrayList<>();
    if (head.kind == Kind.MINISTRY) {
      groups.add(new ArrayList<>(List.of(head.english)));
    }
    String country = null;
    boolean nextAnd = false; // Persian writes و apart
    boolean nextComma = false; // a field after a comma of a list "A، B و C"
    boolean provincial = false; // a directorate-general named by a province without استان
    int purpose = -1; // index of the first group of a purpose phrase (للإحصاءات: for Statistics)
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (w.equals(AND) && i > 1 && i < words.length - 1) {
        nextAnd = true;
        continue;
      }
      // a ministry's fields are its own English name's (Ministry of Health and Medical Education for بهداشت، درمان و
      // آموزش پزشکی), which threeFields or the KB gives, never the list word for word
      if (w.equals(COMMA) && i > 1 && i < words.length - 1 && places.isEmpty() && !nextAnd && !nextComma && !gov) {
        nextComma = true;
        continue;
      }
      if (PLURALS.contains(w) && i > 1) {
        continue;
      }
      if (i == 1 && w.equals(ALL) && words[0].equals(DEPARTMENT)) {
        continue; // اداره کل: the (general) directorate
      }
      if ((w.equals(COUNTRY) || w.equals(OUR_COUNTRY)) && i > 1 && i == words.length - 1) {
        continue; // سازمان اوقاف و امور خیریه کشور: "the country's", English leaves it out (کشورمان: GenericBodies gives it)
      }
      if (w.equals(COUNTRY) && i == 1 && words[0].equals(MINISTRY)) {
        w = MatchingForm.key("داخلية"); // وزارت کشور: Ministry of Interior
      }
      if (w.equals(FOREIGN) && i == 1 && words[0].equals(MINISTRY)) {
        w = MatchingForm.key("خارجية"); // وزارت خارجه: Ministry of Foreign Affairs, as وزارت امور خارجه
      }
      if (w.equals(PROVINCE) && i + 1 < words.length && places.isEmpty()) {
        // استان البرز, استان مرکزی: a province the KB names only with its head (its bare word is a mountain range or
        // an adjective) is looked up with the head too
        Function<String, String> province = k -> {
          String named = place.apply(k);
          return named != null ? named : place.apply(PROVINCE + " " + k);
        };
        String p = i + 2 < words.length ? province.apply(words[i + 1] + " " + words[i + 2]) : null;
        int joined = p == null ? placeWithAnd(words, i + 1, place) : 0;
        if (p != null) {
          i++; // استان آذربایجان شرقی: a province of two words
        } else if (joined > 0) {
          p = place.apply(words[i + 1] + " " + AND + " " + words[i + 1 + joined].substring(joined == 1 ? 1 : 0));
          i += joined; // استان سیستان و بلوچستان
        } else {
          p = province.apply(words[i + 1]);
        }
        if (p == null) {
          return null;
        }
        // استان بوشهر: Bushehr Province, as English names a provincial office (Bushehr Province ... Directorate)
        places.add((p.endsWith(" Province") ? p.substring(0, p.length() - 9) : p) + " Province");
        i++;
        continue;
      }
      if (w.equals(COUNTY) && i > 1 && i + 1 < words.length && places.isEmpty()) {
        // اداره ورزش و جوانان شهرستان کلاله: a county office, "Kalaleh County ...", as استان gives "X Province";
        // the town (one or two words, spelt as a town when the KB lacks it) must close the name
        String p = town(words, i + 1, place);
        if (p == null) {
          return null;
        }
        // an office of the county (اداره): the files name it by its town alone (Ravar Agricultural Jihad
        // Directorate, Amol Sports and Youth Department: 13 names, none with County); other bodies keep County
        places.add(words[0].equals(DEPARTMENT) ? p : p + " County");
        break;
      }
      if (i == 1 && i + 1 < words.length && NAMED_AFTER.containsKey(w) && places.isEmpty()) {
        places.add(NAMED_AFTER.get(w) + " " + CrossScriptName.romanize(words[i + 1], "ar"));
        i++;
        continue;
      }
      if (purpose < 0 && i > 1 && w.length() > 3 && w.charAt(0) == 'ل' && country == null && places.isEmpty()) {
        String bare = w.startsWith("لل") ? "ال" + w.substring(2) : w.substring(1);
        Entry pe = entry(bare);
        if (pe != null && pe.kind == Kind.NOUN) {
          purpose = groups.size();
          w = bare;
        }
      }
      boolean and = nextAnd || w.length() > 2 && w.charAt(0) == 'و' && entry(w) == null && entry(w.substring(1)) != null;
      if (nextAnd) {
        nextAnd = false;
        if (entry(w) == null) {
          return null;
        }
      }
      Entry e = entry(and && entry(w) == null ? w.substring(1) : w);
      boolean comma = nextComma;
      nextComma = false;
      if (comma && (e == null || e.kind != Kind.NOUN)) {
        return null; // a list's item after its comma is a field (a noun), as its last one after و
      }
      if (country != null) {
        return null; // only the nationality closes a name
      }
      if (e == null) {
        String p = i + 1 < words.length ? place.apply(w + " " + words[i + 1]) : null;
        int joined = p == null ? placeWithAnd(words, i, place) : 0;
        if (p != null) {
          i++; // خراسان شمالی, آذربایجان غربی: a place of two words
        } else if (joined > 0) {
          p = place.apply(w + " " + AND + " " + words[i + joined].substring(joined == 1 ? 1 : 0));
          i += joined; // چهارمحال و بختیاری, سیستان و بلوچستان: a province named by two lands joined by و
        } else {
          p = place.apply(w);
        }
        if (p == null && w.startsWith("ال")) {
          p = place.apply(w.substring(2));
        }
        if (p == null || !places.isEmpty()) {
          return null;
        }
        // اداره کل اوقاف و امور خیریه مازندران: a directorate-general is the province's, which the files name with
        // Province as استان gives it (Mazandaran Province ... Directorate), a city-named province too (Ilam); so is a
        // سازمان named by a province the KB names only as one (سازمان جهاد کشاورزی خراسان جنوبی: South Khorasan
        // Province Agricultural Jihad Organization, the files' convention since round 48), not by a town's name (قم)
        provincial = (pattern.equals("{} Directorate") && words[0].equals(DEPARTMENT)
            && (p.endsWith(" Province") || Provinces.capitalNamed(p)))
            || (words[0].equals(ORGANIZATION) && p.endsWith(" Province"));
        for (String region : new String[] {" Region", " Governorate", " Province"}) {
          if (p.endsWith(region) && p.length() > region.length()) {
            p = p.substring(0, p.length() - region.length()); // جامعة القصيم: Qassim University, not Region
          }
        }
        places.add(p);
        continue;
      }
      if (!places.isEmpty()) {
        return null; // a place closes the name too (but for a nationality after it)
      }
      switch (e.kind) {
        case NOUN, MINISTRY -> {
          List<String> g = new ArrayList<>();
          if (and && !groups.isEmpty()) {
            g.add("and");
          } else if (comma && !groups.isEmpty()) {
            g.add(",");
          }
          g.add(e.english);
          groups.add(g);
        }
        case ADJ -> {
          String adj = and && i > 1 && entry(words[i - 1]) != null && entry(words[i - 1]).kind == Kind.ADJ
              ? "and " + e.english // الشؤون البلدية والقروية: Municipal and Rural Affairs
              : e.english;
          // An adjective of rank or scope after another one goes first in English (اللجنة الثورية العليا:
          // Supreme Revolutionary Committee; المحكمة الجنائية الدولية: International Criminal Court); other
          // adjectives keep their order (الحزب الديمقراطي التقدمي: Democratic Progressive Party), so does a
          // pair joined by و (Municipal and Rural); a compass adjective goes first as a nationality does
          // (المقاومة الشعبية الجنوبية: Southern Popular Resistance)
          boolean first = SCOPE.contains(e.english) || "place".equals(e.extra);
          if (groups.isEmpty()) {
            headAdjectives.add(first ? 0 : headAdjectives.size(), adj);
          } else {
            List<String> g = groups.get(groups.size() - 1);
            // before its noun: الشؤون الاجتماعية, Social Affairs
            g.add(first ? (linked(g) ? 1 : 0) : g.size() - 1, adj);
          }
        }
        case NATION -> {
          if (gov) {
            if (i < words.length - 1) {
              return null; // a government body's nationality closes its name
            }
            country = e.extra;
          } else if (groups.isEmpty() && bare(words[0]).equals(BOURSE) && e.extra.indexOf(' ') < 0) {
            headAdjectives.add(0, e.extra); // البورصة الكويتية: an exchange is named by its place, Kuwait Stock Exchange
          } else if (groups.isEmpty()) {
            headAdjectives.add(0, e.english); // English puts the nationality first: الحرس الثوري الإيراني
          } else {
            List<String> g = groups.get(groups.size() - 1);
            g.add(linked(g) ? 1 : 0, e.english); // مجلس الغرف السعودية: Saudi Chambers
          }
        }
        default -> {
          return null; // a second head: two names or a phrase
        }
      }
    }
    for (int k = 0; k < groups.size(); k++) {
      if (groups.get(k).get(0).equals(",") && groups.subList(k + 1, groups.size()).stream().noneMatch(g -> g.get(0).equals("and"))) {
        return null; // a comma's list closes with و (A، B و C); a comma alone is no list of one body's fields
      }
    }
    // A genitive chain reads backwards in English (لجنة حقوق الإنسان: Human Rights Committee); a list
    // joined by و keeps its order (الثقافة والإعلام: Culture and Information).
    String purposeText = "";
    if (purpose >= 0) {
      if (pattern.equals("{} Department") && !words[0].equals(DEPARTMENT) && headAdjectives.equals(List.of("General"))) {
        // الإدارة العامة للرقابة: General Administration of Control, as the files name it (round 60 ruling: 6
        // entities, the education directorates among them, against 2 General Department); Persian اداره keeps its own
        pattern = "{} Administration";
      }
      String link = generalOffice(pattern, headAdjectives) ? " of " : " for ";
      purposeText = link + phrase(new ArrayList<>(groups.subList(purpose, groups.size())));
      groups = new ArrayList<>(groups.subList(0, purpose));
    }
    StringBuilder fill = new StringBuilder(phrase(groups));
    String placeName = places.isEmpty() ? null : places.get(0);
    if (placeName != null && gov && fill.length() > 0 && country == null) {
      country = placeName; // وزارة الأوقاف الفلسطينية and وزارت اوقاف فلسطین alike: Ministry of Endowments (Palestine)
      placeName = null;
    }
    if (placeName != null && fill.length() > 0 && pattern.startsWith("{}") && !COUNTRIES.contains(placeName)) {
      // Education keeps the province bare (North Khorasan Education Directorate: the files' 3 names against 0)
      boolean province = provincial && !placeName.endsWith(" Province") && !fill.toString().contains("Education");
      fill.insert(0, placeName + (province ? " Province " : " ")); // مديرية أمن القاهرة: Cairo Security Directorate; a country goes after (of Iran)
      placeName = null;
    }
    if (placeName != null && fill.length() == 0 && ARMED.contains(pattern) && NATIONALITIES.containsKey(placeName)) {
      fill.append(NATIONALITIES.get(placeName)); // ارتش یمن: a country's army by its adjective, Yemeni Army
      placeName = null;
    }
    String townFirst = null;
    if (placeName != null && fill.length() == 0 && pattern.startsWith("{}") && !headAdjectives.isEmpty() && !COUNTRIES.contains(placeName)) {
      townFirst = placeName; // اللجنة الاجتماعية بالقطيف: the town before the head's adjectives (Qatif Social Committee)
      placeName = null;
    }
    if (placeName != null && (fill.length() == 0 || !pattern.startsWith("{}"))) {
      fill.append(fill.length() > 0 ? " " : "").append(placeName); // Al Baha University; Ministry of ... Iran
      placeName = null;
    }
    boolean fillsHead = pattern.startsWith("{}");
    if (fillsHead) {
      String adjectives = String.join(" ", headAdjectives);
      fill.insert(0, adjectives + (adjectives.isEmpty() || fill.length() == 0 ? "" : " "));
      if (townFirst != null) {
        fill.insert(0, townFirst + " ");
      }
    }
    if (fill.length() == 0 && country != null && !fillsHead && head.kind == Kind.HEAD) {
      return pattern.replace("{}", country); // الحكومة اليمنية: Government of Yemen
    }
    if (fill.length() == 0) {
      return null; // a bare head is not a name
    }
    String out = pattern.replace("{}", fill) + purposeText;
    if (!fillsHead && !headAdjectives.isEmpty()) {
      out = String.join(" ", headAdjectives) + " " + out;
    }
    if (placeName != null) {
      out += " of " + placeName;
    }
    out += parent;
    if (country == null) {
      out = ProvincialDirectorates.wording(out, words[0].equals(DEPARTMENT));
    }
    return country == null ? out : out + " (" + country + ")";
  }

  /**
   * A Persian body's name (matching form) without the "the country's" that ends it after two words or more ({@code
   * سازمان اوقاف و امور خیریه کشور}), as its English name leaves it out; {@code وزارت کشور}, the Ministry of Interior,
   * keeps it, also inside a longer name ({@code کمیسیون ماده 10 وزارت کشور}). Round 50: the slug of a body the KB lacks
   * is made of this, not of the words as written.
   */
  public static String withoutCountry(String key) {
    int last = key.lastIndexOf(' ');
    int before = last > 0 ? key.lastIndexOf(' ', last - 1) : -1;
    return before >= 0 && key.substring(last + 1).equals(COUNTRY) && !key.substring(before + 1, last).equals(MINISTRY)
        ? key.substring(0, last) : key;
  }

  /**
   * The English name of an organisation the word table cannot name whole but whose name is a proper name:
   * no word of the table at all (a foreign name: {@code ياهو}, {@code موندو ديبورتيفو}) gives its
   * romanization; a head and then only words the table lacks (جامعة أم القرى) give the head's pattern
   * around the romanized rest (Umm al-Qura University). Null otherwise. {@code lang} is "ar" or "fa".
   */
  private static final String FOR_INSURANCE = MatchingForm.key("للتأمين");

  public static String properName(String name, String lang) {
    if (MatchingForm.key(name).equals(CABINET)) {
      return "Council of Ministers"; // no country named: the cabinet, not its second word romanized (al-Wizra)
    }
    if (MatchingForm.key(name).equals(HOUSE_OF_REPRESENTATIVES)) {
      return "House of Representatives";
    }
    if (MatchingForm.key(name).equals(SENATE)) {
      return "Senate";
    }
    String[] words = MatchingForm.key(name).split(" ");
    if (words.length >= 2 && words.length <= 4 && words[words.length - 1].equals(FOR_INSURANCE)) {
      // وفاء للتأمين, ميدغلف للتأمين: an insurer's name and "for insurance", X Insurance in English
      String rest = properName(String.join(" ", Arrays.copyOf(words, words.length - 1)), lang);
      return rest == null ? null : rest + " Insurance";
    }
    int unknown = 0;
    for (String w : words) {
      if (w.isEmpty() || !Clitics.isArabicScript(w.charAt(0)) || GLUED.get(w) != null && entry(w) == null) {
        return null; // جهادکشاورزی فارس: a body named by the table's compound glued, no proper name to romanize
      }
      if (entry(w) == null && !w.equals(AND)) {
        unknown++;
      }
    }
    if (unknown == words.length && words.length <= 3) {
      return CrossScriptName.romanize(name, lang);
    }
    int proper = 0;
    while (proper < words.length && entry(words[proper]) == null) {
      proper++;
    }
    if (proper > 0 && proper <= 3 && onlyAdjectives(words, proper)) {
      // ياهو العالمية: a foreign name and what it is (global), the name alone in English
      return CrossScriptName.romanize(String.join(" ", Arrays.copyOf(words, proper)), lang);
    }
    Entry head = entry(words[0]);
    boolean commonNoun = false; // لجنة للخبراء، هيئة المهندسين: a purpose phrase or a plural of people is no proper name
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      commonNoun |= w.startsWith("لل") || w.endsWith("ين") || w.endsWith("ون") || w.endsWith("ات");
    }
    if (head != null && head.kind == Kind.HEAD && !commonNoun && unknown == words.length - 1 && words.length >= 2 && words.length <= 4) {
      String rest = String.join(" ", Arrays.copyOfRange(words, 1, words.length));
      return head.english.replace("{}", CrossScriptName.romanize(rest, lang));
    }
    return head != null && head.kind == Kind.HEAD && !commonNoun ? namedWithAdjectives(words, head, lang) : null;
  }

  /**
   * A head, one or two words the table lacks and then only adjectives of the table (جمعية البر الخيرية):
   * the romanized name before the adjectives and the head, Al-Birr Charity Society; null for another shape.
   */
  private static String namedWithAdjectives(String[] words, Entry head, String lang) {
    int n = words.length;
    int proper = 1;
    while (proper < n && entry(words[proper]) == null && !words[proper].equals(AND)) {
      proper++;
    }
    if (proper == 1 || proper > 3 || !onlyAdjectives(words, proper)) {
      return null;
    }
    StringBuilder adjectives = new StringBuilder();
    for (int i = proper; i < n; i++) {
      adjectives.append(' ').append(entry(words[i]).english);
    }
    String name = CrossScriptName.romanize(String.join(" ", Arrays.copyOfRange(words, 1, proper)), lang);
    return head.english.replace("{}", name + adjectives);
  }

  /** Whether the words from {@code from} on are one or more adjectives of the table (no nationality). */
  private static boolean onlyAdjectives(String[] words, int from) {
    if (from >= words.length) {
      return false;
    }
    for (int i = from; i < words.length; i++) {
      Entry e = entry(words[i]);
      if (e == null || e.kind != Kind.ADJ) {
        return false;
      }
    }
    return true;
  }

  /**
   * Groups in English order: a genitive chain reads backwards (لجنة حقوق الإنسان: Human Rights Committee),
   * a list joined by و keeps its order (الثقافة والإعلام: Culture and Information).
   */
  private static String phrase(List<List<String>> groups) {
    boolean list = groups.stream().anyMatch(OrganisationName::linked);
    if (!list) {
      java.util.Collections.reverse(groups);
    }
    StringBuilder b = new StringBuilder();
    for (List<String> g : groups) {
      for (String s : g) {
        b.append(b.length() > 0 && !s.equals(",") ? " " : "").append(s);
      }
    }
    return b.toString();
  }

  /** A group that a list's و or comma opens (its first element is "and" or ","). */
  private static boolean linked(List<String> g) {
    return g.get(0).equals("and") || g.get(0).equals(",");
  }

  /**
   * The words with a comma written apart from them (فرهنگی، صنایع دستی; فرهنگی،گردشگری glued) as a word of its own,
   * then the table's compounds that the comma had hidden (صنایع دستی،). The words as they are when none has one.
   */
  private static String[] commaList(String[] words) {
    boolean any = false;
    for (String w : words) {
      any |= w.length() > 1 && w.contains(COMMA);
    }
    if (!any) {
      return words;
    }
    List<String> out = new ArrayList<>();
    for (String w : words) {
      int from = 0;
      for (int c = w.indexOf(COMMA); c >= 0; c = w.indexOf(COMMA, from)) {
        if (c > from) {
          out.add(w.substring(from, c));
        }
        out.add(COMMA);
        from = c + 1;
      }
      if (from < w.length()) {
        out.add(w.substring(from));
      }
    }
    return compounds(out.toArray(new String[0]));
  }

  /** The word without its article, as it is or without a feminine ending (اجتماعية finds اجتماعي). */
  private static Entry entry(String w) {
    String bare = w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    Entry e = WORDS.get(bare);
    if (e == null && bare.endsWith("ه") && bare.length() > 3) {
      e = WORDS.get(bare.substring(0, bare.length() - 1));
    }
    if (e == null && bare.endsWith("ي") && bare.length() > 3 && "او".indexOf(bare.charAt(bare.length() - 2)) >= 0) {
      e = WORDS.get(bare.substring(0, bare.length() - 1)); // سینمای، نیروی: the Persian ezafe after a vowel
    }
    return e;
  }

  /** Adjectives of rank or scope, which English puts before the other adjectives of a name. */
  private static final Set<String> SCOPE = StringSet.of("Supreme", "International", "World", "General", "Regional");

  /** Heads of a state office that English names "General/National X of Y" (المديرية العامة للجوازات). */
  private static final Set<String> OFFICE_HEADS = StringSet.of("{} Directorate", "{} Authority", "{} Department", "{} Administration");

  /**
   * A general or national directorate, authority or department takes "of" before its field where other bodies
   * take "for" (المديرية العامة للجوازات: General Directorate of Passports; الهيئة العامة للطيران المدني: General
   * Authority of Civil Aviation; but جمعية … للثقافة: Society for Culture), as the Gulf states' and Afghanistan's own
   * English names of these offices write it.
   */
  static boolean generalOffice(String pattern, List<String> headAdjectives) {
    return OFFICE_HEADS.contains(pattern) && headAdjectives.size() == 1
        && (headAdjectives.get(0).equals("General") || headAdjectives.get(0).equals("National"));
  }

  /** Armed forces that English names by a country's adjective (Yemeni Army; a police keeps the noun: Israel Police). */
  private static final Set<String> ARMED = StringSet.of("{} Army", "{} Forces", "{} Force", "{} Navy");
  /** A country's nationality adjective, the first the word table gives for it. */
  private static final Map<String, String> NATIONALITIES = nationalities();

  private static Map<String, String> nationalities() {
    Map<String, String> out = new HashMap<>();
    for (String[] c : TsvRows.of("/entities/org-names.tsv")) {
      if (c.length > 3 && c[1].equalsIgnoreCase("nation")) {
        out.putIfAbsent(c[3], c[2]);
      }
    }
    return Map.copyOf(out);
  }

  private static Set<String> countries() {
    Set<String> out = new HashSet<>();
    for (Entry e : WORDS.values()) {
      if (e.kind == Kind.NATION) {
        out.add(e.extra);
      }
    }
    return StringSet.copyOf(out);
  }

  /** Whether a word (MatchingForm) is a nationality adjective of the table (السعودي, الإيطالية). */
  public static boolean isNationality(String word) {
    return nationalityCountry(word) != null;
  }

  /** The country a nationality adjective names (الإيطالية, السعودي: Italy, Saudi Arabia), or null; {@code word} in MatchingForm. */
  public static String nationalityCountry(String word) {
    Entry e = word.isEmpty() ? null : entry(word);
    return e != null && e.kind == Kind.NATION ? e.extra : null;
  }

  /**
   * Lower-case English words of the table's heads, subjects, nouns and adjectives (Ministry, Foreign,
   * Affairs, Supreme, National …): the words a generic body's name is made of. Nationalities and compass
   * adjectives (Southern, Eastern) are not among them (a name that holds one is some country's or region's body).
   */
  /** The English names of the countries the table's nationality adjectives name (United States, Italy). */
  static Set<String> nationCountries() {
    Set<String> out = new HashSet<>();
    for (Entry e : WORDS.values()) {
      if (e.kind == Kind.NATION && e.extra != null && !e.extra.isEmpty()) {
        out.add(e.extra);
      }
    }
    return out;
  }

  static Set<String> genericWords() {
    Set<String> out = new HashSet<>();
    for (Entry e : WORDS.values()) {
      if (e.kind != Kind.NATION && !(e.kind == Kind.ADJ && "place".equals(e.extra))) { // Saudi, Eastern: they locate the body
        for (String w : e.english.split("[ {}']+")) {
          if (!w.isEmpty()) {
            out.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return out;
  }

  /**
   * The compound {@code key} (a word's matching form, a ZWNJ read as a space) writes glued, جهادکشاورزی or
   * آموزش‌وپرورش, as the table's key (جهاد کشاورزی), or null when the word is no such compound.
   */
  public static String unglued(String key) {
    if (key.isEmpty() || key.indexOf(' ') != key.lastIndexOf(' ')) {
      return null; // two spaces or more: a phrase, not one glued word
    }
    // asked for Persian tokens one by one: the glued table first, as nearly every token misses it
    String compound = GLUED.get(key.indexOf(' ') < 0 ? key : key.replace(" ", ""));
    return compound == null || WORDS.containsKey(key) ? null : compound;
  }

  private static Map<String, String> glued() {
    Map<String, String> out = new HashMap<>();
    for (String k : WORDS.keySet()) {
      // Persian only (no article): an Arabic compound glued is no spelling of it
      if (k.indexOf(' ') > 0 && !k.startsWith("ال") && Clitics.isArabicScript(k.charAt(0))) {
        String g = k.replace(" ", "");
        if (!WORDS.containsKey(g)) {
          out.putIfAbsent(g, k);
        }
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> out = new HashMap<>();
    for (String[] c : TsvRows.of("/entities/org-names.tsv")) {
      Kind kind = Kind.valueOf(c[1].toUpperCase(Locale.ROOT));
      out.putIfAbsent(MatchingForm.key(c[0]), new Entry(kind, c[2], c.length > 3 ? c[3] : ""));
    }
    return Map.copyOf(out);
  }

}
