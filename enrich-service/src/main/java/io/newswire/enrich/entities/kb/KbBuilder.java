package io.newswire.enrich.entities.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates {@code kb/generated/countries.tsv} and {@code kb/generated/cities.tsv} from the dr5hn
 * countries-states-cities files (ODbL) and ICU's CLDR data. Reproducible: same inputs and ICU version,
 * same output (sorted, no timestamps).
 *
 * <pre>
 * java -cp enrich-service/target/classes:$(cat cp.txt) io.newswire.enrich.entities.kb.KbBuilder \
 *     /work/shared/data/kb enrich-service/src/main/resources/kb/generated
 * </pre>
 *
 * <p>dr5hn city records carry some wrong Wikidata ids, so a city keeps its id only when the id is used
 * by no other dr5hn record (city, state or country) and an independent source agrees on the name: the
 * country record names it as capital, or CLDR has it as a time-zone exemplar city of the same country.
 * Other cities get a slug id {@code place:<iso2>:<english-slug>}.
 */
public final class KbBuilder {
  /** Middle-East dr5hn cities kept, by population (the rest are villages and districts). */
  static final int ME_CITY_LIMIT = 450;
  static final long ME_CITY_MIN_POPULATION = 40_000;
  /**
   * City names that are everyday Arabic or Persian words (دوشنبه is Monday, مدينه a city, الحالي
   * 'current'); matching them would flood the output. Matching-form keys.
   */
  static final Set<String> COMMON_WORD_NAMES = Set.of("صور", "الخور", "العين", "الوادي", "المدينه", "الرمل",
      "البلد", "السلام", "النصر", "الحريه", "الوحده", "الجديده", "الشرق", "الغرب", "الشمال", "الجنوب",
      "المركز", "الساحل", "الجبل", "البحر", "الميناء", "السوق", "الحي", "كرج", "بم", "مهر", "فارس", "سيب",
      "نور", "امل", "اميد", "بهار", "بابل", "باب", "دير", "العرب", "عرب", "الرمادي", "كوت", "الكوت", "بنت",
      "دوشنبه", "مدينه", "اراك", "الخمس", "الحالي", "الجديد", "جميله", "عقبه", "انديشه",
      // روز 'day' (Egypt's Dayrut in Persian), شجيره 'shrub' and بوش (Bush, a US president far more often than
      // Egypt's Bush), سيناء (Sinai, not Iraq's Sinah): small towns whose translated names are words or other names
      "روز", "شجيره", "بوش", "سيناء", "سينا",
      // صلاة 'prayer': dr5hn's Arabic name of Oman's Salalah (صلالة), so الصلاة was a place
      "صلاه",
      // round 40: طلا 'gold' (the Persian name of Egypt's Tala), سور 'wall' / Persian 'feast' (Oman's Sur), زاوية
      // 'angle, corner' in both languages (Libya's Zawiya; the city is الزاوية), بلقيس, a woman's given name (Queen
      // of Sheba), which dr5hn gives as the Arabic of Egypt's Bilqas (بلقاس); dr5hn's Arabic names of Iranian towns and
      // the Canaries that are Persian words, Persian text being matched against Arabic aliases too (بام 'roof', and
      // in Arabic بأم 'with the mother of', بأم القرى; Bam is بم in both presses), بافي (-بافی '-weaving'), كناري
      // (کناری 'side, adjacent'; the islands are جزر الكناري)
      "طلا", "سور", "زاويه", "بلقيس", "بام", "بافي", "كناري");

  /**
   * Persian names of small Iranian towns (step 2b) that are everyday words, given names or surnames (شوند 'they
   * become', نمایش 'show', خواهر 'sister', میانه 'middle', امام حسن the Imam, کره ای 'Korean', داران and خامنه the
   * halves of سهام‌داران and خامنه‌ای): the recognizers read every KB alias, so such a name is left out. Matching-form
   * keys; the words found most often in Persian copy.
   */
  static final Set<String> SMALL_TOWN_WORDS = MatchingForm.keys("امام", "شوند", "بار", "کسب", "اثر", "الهی", "نمایش",
      "آباد", "شنبه", "مقاومت", "صحنه", "پول", "آزادی", "بهمن", "گوشت", "صاحب", "زهرا", "جنگل", "آستانه", "پیروز",
      "سرباز", "زیارت", "محمدی", "رنگ", "سامان", "خامنه", "قدیمی", "توحید", "کوثر", "اسکان", "ریز", "مهربان", "داران",
      "جعفری", "کلمه", "پیشین", "تخت", "اسیر", "دامنه", "گلزار", "خواجه", "کاریز", "سنگر", "زنگنه", "خاتم", "راز",
      "سوق", "یگانه", "گرمی", "رازی", "جوکار", "کشاورز", "نثار", "نیر", "سده", "ابریشم", "مجلسی", "مهاجران", "رستم",
      "دشتی", "نازل", "سهند", "زرینه", "گهواره", "خور", "مزرعه", "نیمروز", "ریحان", "رضوان", "ثامن", "خواهر", "تارک",
      "عبدالرحیم", "آبرومند", "ارجمند", "دبیران", "گستر", "لطیفی", "فرخی", "آوا", "بستان", "بلده", "حجج", "خمیر",
      "خرسند", "شباب", "شرافت", "یونسی", "کوشک", "هامون", "پارسیان", "ملکان", "فردوس", "ایوان", "رباط", "سراب",
      "میانه", "امام حسن", "کره ای", "کره‌ای", "گرمه", "دلوار", "باشت", "اوج", "مالک اشتر");

  /**
   * Country names that are everyday words (مالي financial, بنين sons, غنا singing; Persian چک, CLDR's short name of
   * Czechia, is 'cheque' and 'check'): partial aliases.
   */
  static final Set<String> COMMON_WORD_COUNTRIES = MatchingForm.keys("مالي", "بنين", "غنا", "چک");

  /**
   * Country ids dr5hn gets wrong (round 60): for PS it gives Q407199, Wikidata's item for the Palestinian territories
   * (the West Bank and Gaza); the country of the row, CLDR's فلسطين / Palestine, is the State of Palestine, Q219060.
   */
  static final Map<String, String> COUNTRY_WIKIDATA = Map.of("PS", "Q219060");

  /**
   * Names CLDR and dr5hn give the PS row that name the territories, not the state: they belong to the curated row of
   * the Palestinian territories (round 60 ruling), where a tie with the country would read them as Palestine.
   */
  static final Set<String> TERRITORY_NAMES = MatchingForm.keys("الأراضي الفلسطينية", "سرزمین‌های فلسطینی",
      "Palestinian Territories", "Palestinian Territory Occupied");

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: KbBuilder <shared-data/kb dir> <output dir>");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    KbBuilder b = new KbBuilder(in);
    List<KbEntity> countries = b.countries();
    List<KbEntity> cities = b.cities();
    write(out.resolve("countries.tsv"), countries, "countries: dr5hn countries.json + CLDR display names");
    write(out.resolve("cities.tsv"), cities, "capitals and major cities: dr5hn cities + CLDR exemplar cities");
    System.out.printf("wrote %d countries, %d cities to %s%n", countries.size(), cities.size(), out);
  }

  private final JsonNode countryJson;
  private final List<JsonNode> cityJson = new ArrayList<>();
  /** Wikidata id to number of dr5hn records (countries, states, cities) that carry it. */
  private final Map<String, Integer> wikidataUse = new HashMap<>();
  private final Map<String, String> countryIdByIso = new HashMap<>();
  private final Map<String, String> capitalByIso = new HashMap<>();
  /** Countries the dr5hn city files cover (the Middle East): their towns are our news. */
  private final Set<String> middleEast = new HashSet<>();

  KbBuilder(Path dir) throws IOException {
    countryJson = JSON.readTree(dir.resolve("dr5hn-countries.json").toFile());
    try (Stream<Path> s = Files.list(dir.resolve("dr5hn-cities"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JSON.readTree(p.toFile()).forEach(cityJson::add);
      }
    }
    cityJson.forEach(c -> middleEast.add(c.path("country_code").asText()));
    countryJson.forEach(c -> count(c.path("wikiDataId").asText("")));
    cityJson.forEach(c -> count(c.path("wikiDataId").asText("")));
    List<String> states = Files.readAllLines(dir.resolve("dr5hn-states.csv"), StandardCharsets.UTF_8);
    List<String> header = splitCsv(states.get(0));
    int wd = header.indexOf("wikiDataId");
    for (String line : states.subList(1, states.size())) {
      List<String> cells = splitCsv(line);
      if (cells.size() > wd) {
        count(cells.get(wd));
      }
    }
    for (JsonNode c : countryJson) {
      String iso = c.path("iso2").asText();
      countryIdByIso.put(iso, countryId(c));
      capitalByIso.put(iso, c.path("capital").asText(""));
    }
  }

  private void count(String wikidata) {
    if (!wikidata.isBlank()) {
      wikidataUse.merge(wikidata, 1, Integer::sum);
    }
  }

  private static String countryId(JsonNode c) {
    String wd = COUNTRY_WIKIDATA.getOrDefault(c.path("iso2").asText(), c.path("wikiDataId").asText(""));
    return wd.isBlank() ? "place:country:" + c.path("iso2").asText().toLowerCase(Locale.ROOT) : "wikidata:" + wd;
  }

  List<KbEntity> countries() {
    List<KbEntity> out = new ArrayList<>();
    for (JsonNode c : countryJson) {
      String iso = c.path("iso2").asText();
      JsonNode tr = c.path("translations");
      String nativeName = c.path("native").asText("").replace("\u200F", "").replace("\u200E", "").strip();
      List<KbAlias> aliases = new ArrayList<>();
      for (String lang : KbTsv.LANGS) {
        Set<String> names = new LinkedHashSet<>();
        String full = cldrRegion(lang, iso, false);
        String shortName = cldrRegion(lang, iso, true);
        addName(names, full, iso);
        addName(names, shortName, iso);
        if (lang.equals("en")) {
          addName(names, c.path("name").asText(""), iso);
        } else {
          // dr5hn translations are sometimes wrong (Turkey as 'ديك رومى', the bird): keep one only when the
          // native name or CLDR agrees with it.
          String t = tr.path(lang).asText("");
          if (!t.isBlank() && (sameKey(t, nativeName) || sameKey(t, full) || sameKey(t, shortName))) {
            addName(names, t, iso);
          }
        }
        for (String n : names) {
          // مالي is also "financial": alone it names the country only beside its full name or a title
          AliasStrength strength = COMMON_WORD_COUNTRIES.contains(MatchingForm.key(n)) ? AliasStrength.PARTIAL
              : AliasStrength.STRONG;
          aliases.add(new KbAlias(n, lang, strength));
        }
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("iso2", iso);
      attrs.put("rank", "3");
      String name = c.path("name").asText();
      if (TERRITORY_NAMES.contains(MatchingForm.key(name))) {
        name = cldrRegion("en", iso, true);
      }
      out.add(new KbEntity(countryId(c), EntityType.PLACE, name, aliases, attrs));
    }
    out.sort(Comparator.comparing(KbEntity::id));
    return out;
  }

  private static void addName(Set<String> names, String n, String iso) {
    if (n == null || n.isBlank() || n.equals(iso)) {
      return; // ICU answers the code itself when it has no name
    }
    String key = MatchingForm.key(n);
    if (TERRITORY_NAMES.contains(key)) {
      return; // the territories' own row names them
    }
    for (String existing : names) {
      if (MatchingForm.key(existing).equals(key)) {
        return;
      }
    }
    names.add(n.strip());
  }

  private static boolean sameKey(String a, String b) {
    return a != null && b != null && !a.isBlank() && MatchingForm.key(a).equals(MatchingForm.key(b));
  }

  static String cldrRegion(String lang, String iso, boolean shortForm) {
    LocaleDisplayNames ldn = LocaleDisplayNames.getInstance(ULocale.forLanguageTag(lang),
        shortForm ? DisplayContext.LENGTH_SHORT : DisplayContext.LENGTH_FULL);
    return ldn.regionDisplayName(iso);
  }

  /** A city being assembled from several sources, keyed by country and English name. */
  private static final class CityDraft {
    final String iso;
    String en;
    final Set<String> ar = new LinkedHashSet<>();
    final Set<String> fa = new LinkedHashSet<>();
    final Set<String> enNames = new LinkedHashSet<>();
    String wikidata;
    boolean capital;
    boolean cldr;
    /** A town below the major-city cut (step 2b): linked on its own only where its name is distinctive. */
    boolean small;
    long population;

    CityDraft(String iso, String en) {
      this.iso = iso;
      this.en = en;
    }
  }

  List<KbEntity> cities() throws IOException {
    Map<String, CityDraft> drafts = new LinkedHashMap<>();
    // 1. CLDR exemplar cities of every canonical time zone, in ar/fa/en.
    TimeZoneNames enNames = TimeZoneNames.getInstance(ULocale.ENGLISH);
    TimeZoneNames arNames = TimeZoneNames.getInstance(ULocale.forLanguageTag("ar"));
    TimeZoneNames faNames = TimeZoneNames.getInstance(ULocale.forLanguageTag("fa"));
    Set<String> zones = new java.util.TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null));
    for (String zone : zones) {
      String iso = TimeZone.getRegion(zone);
      String en = enNames.getExemplarLocationName(zone);
      if (en == null || iso == null || iso.equals("001")) {
        continue;
      }
      CityDraft d = drafts.computeIfAbsent(cityKey(iso, en), k -> new CityDraft(iso, en));
      d.cldr = true;
      d.enNames.add(en);
      addIfPresent(d.ar, arNames.getExemplarLocationName(zone));
      addIfPresent(d.fa, faNames.getExemplarLocationName(zone));
    }
    // 2. dr5hn Middle-East cities: the largest ones, and every capital.
    List<JsonNode> byPopulation = new ArrayList<>(cityJson);
    byPopulation.sort(Comparator.comparingLong((JsonNode c) -> -c.path("population").asLong(0))
        .thenComparing(c -> c.path("name").asText()));
    int kept = 0;
    for (JsonNode c : byPopulation) {
      String iso = c.path("country_code").asText();
      String en = c.path("name").asText();
      String type = c.path("type").asText("");
      boolean isCapital = en.equalsIgnoreCase(capitalByIso.getOrDefault(iso, "")) || type.equals("capital");
      long pop = c.path("population").asLong(0);
      boolean big = kept < ME_CITY_LIMIT && pop >= ME_CITY_MIN_POPULATION
          && (type.equals("city") || type.equals("capital") || type.equals("adm1"));
      if (!big && !isCapital) {
        continue;
      }
      CityDraft d = drafts.get(cityKey(iso, en));
      if (d == null) {
        d = new CityDraft(iso, en);
        drafts.put(cityKey(iso, en), d);
      } else if (d.population > 0) {
        continue; // a second dr5hn record of the same name: keep the bigger, first one
      }
      if (big) {
        kept++;
      }
      d.enNames.add(en);
      d.population = pop;
      d.capital |= en.equalsIgnoreCase(capitalByIso.getOrDefault(iso, ""));
      JsonNode tr = c.path("translations");
      addIfPresent(d.ar, tr.path("ar").asText(""));
      addIfPresent(d.fa, tr.path("fa").asText(""));
      String wd = c.path("wikiDataId").asText("");
      // The check: a unique id, and a name an independent source (capital field, CLDR) agrees on.
      if (!wd.isBlank() && wikidataUse.getOrDefault(wd, 0) == 1 && (d.capital || d.cldr)) {
        d.wikidata = wd;
      }
    }
    // 2b. The smaller Iranian towns and county seats (Masjed Soleyman, Sirik) that Persian provincial copy names, each
    // with a Wikidata id (a slug id all the same: dr5hn gives one id to ten Iranian towns), by their Persian name
    // only: dr5hn's Arabic names of small towns, and its names of other countries' small towns, are often word-by-
    // word translations (Turkey's Bayramiç as عيد الفطر), and Arabic development copy gained nothing from them. KbLinker links a one-word name of theirs only after a place word,
    // in the dateline or where the tagger calls it a place, so a town named like a word (دیلم, مهران) stays a word.
    for (JsonNode c : byPopulation) {
      String iso = c.path("country_code").asText();
      String en = c.path("name").asText();
      String type = c.path("type").asText("");
      String wd = c.path("wikiDataId").asText("");
      if (!iso.equals("IR") || !(type.equals("city") || type.equals("adm2")) || wd.isBlank()
          || drafts.containsKey(cityKey(iso, en))) {
        continue;
      }
      CityDraft d = new CityDraft(iso, en);
      drafts.put(cityKey(iso, en), d);
      d.small = true;
      d.population = c.path("population").asLong(0);
      JsonNode tr = c.path("translations");
      addIfPresent(d.fa, tr.path("fa").asText(""));
    }
    // 3. Capitals of countries outside the dr5hn city files: English name from dr5hn, others from CLDR.
    for (Map.Entry<String, String> cap : capitalByIso.entrySet()) {
      if (cap.getValue().isBlank()) {
        continue;
      }
      CityDraft d = drafts.get(cityKey(cap.getKey(), cap.getValue()));
      if (d != null) {
        d.capital = true;
      } else {
        d = new CityDraft(cap.getKey(), cap.getValue());
        d.capital = true;
        d.enNames.add(cap.getValue());
        drafts.put(cityKey(cap.getKey(), cap.getValue()), d);
      }
    }
    // Names a country or a bigger place already has: a small town's translation is sometimes one (dr5hn gives an
    // Iraqi district the Persian name of America, آمریکا), and a small town never takes a name from them.
    Set<String> taken = new HashSet<>();
    Set<String> curatedIds = new HashSet<>();
    readCurated(curatedIds, taken);
    countries().forEach(c -> c.aliases().forEach(a -> taken.add(MatchingForm.key(a.text()))));
    for (CityDraft d : drafts.values()) {
      if (!d.small) {
        d.ar.forEach(n -> taken.add(MatchingForm.key(n)));
        d.fa.forEach(n -> taken.add(MatchingForm.key(n)));
      }
    }
    List<KbEntity> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CityDraft d : drafts.values()) {
      List<KbAlias> aliases = new ArrayList<>();
      if (d.small) {
        d.ar.removeIf(n -> taken.contains(MatchingForm.key(n)));
        d.fa.removeIf(n -> taken.contains(MatchingForm.key(n)) || SMALL_TOWN_WORDS.contains(MatchingForm.key(n)));
      }
      // A CLDR-only town far from our news (Azores is 'أزور', "I visit") keeps short Arabic-script
      // names only if it is a capital; a one-word name of up to four letters is too often a word.
      boolean minor = !d.capital && d.population == 0 && !middleEast.contains(d.iso);
      addAliases(aliases, d.ar, "ar", minor);
      addAliases(aliases, d.fa, "fa", minor);
      if (!d.small) {
        addAliases(aliases, d.enNames, "en", false); // a small town's English name would be news to English copy only
      }
      if (aliases.isEmpty()) {
        continue;
      }
      String id = d.wikidata != null ? "wikidata:" + d.wikidata : "place:" + d.iso.toLowerCase(Locale.ROOT) + ":" + slug(d.en);
      if ((d.small && curatedIds.contains(id)) || !ids.add(id)) {
        continue; // a small town the curated files hold (Khorramshahr) is theirs, with their rank
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("iso2", d.iso);
      String within = countryIdByIso.get(d.iso);
      if (within != null) {
        attrs.put("within", within);
      }
      // a small town loses a shared name to any other place (rank 0)
      attrs.put("rank", d.capital ? "2" : d.population >= 1_000_000 ? "2" : d.small ? "0" : "1");
      if (d.small) {
        attrs.put(KbEntity.SMALL, "true");
      }
      if (d.capital) {
        attrs.put("capital", "true");
      }
      out.add(new KbEntity(id, EntityType.PLACE, ROMANISED.contains(d.iso) ? plainRomanisation(d.en) : d.en, aliases, attrs));
    }
    out.sort(Comparator.comparing(KbEntity::id));
    return out;
  }

  /**
   * Ids and name keys of the curated KB files ({@code kb/index.txt}, read from the class path as the KB loads them):
   * a small town keeps no name the KB already gives to something else.
   */
  private static void readCurated(Set<String> ids, Set<String> keys) throws IOException {
    ClassLoader cl = KbBuilder.class.getClassLoader();
    try (InputStream index = cl.getResourceAsStream("kb/index.txt")) {
      if (index == null) {
        return;
      }
      for (String file : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        file = file.strip();
        if (!file.startsWith("curated/") || file.endsWith("titles.tsv")) { // titles are no entities
          continue;
        }
        try (InputStream in = cl.getResourceAsStream("kb/" + file)) {
          if (in == null) {
            continue;
          }
          for (KbEntity e : KbTsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), file)) {
            ids.add(e.id());
            e.aliases().forEach(a -> keys.add(MatchingForm.key(a.text())));
          }
        }
      }
    }
  }

  private static void addAliases(List<KbAlias> aliases, Set<String> names, String lang, boolean minor) {
    Set<String> keys = new HashSet<>();
    for (String raw : names) {
      // "هيبرون (مدينة الخليل)": both the name and the parenthesised one, without 'city'.
      List<String> variants = new ArrayList<>();
      int open = raw.indexOf('(');
      if (open >= 0) {
        variants.add(raw.substring(0, open));
        int close = raw.indexOf(')', open);
        variants.add(raw.substring(open + 1, close > open ? close : raw.length()).replaceFirst("^(مدينة|شهر|city of)\\s+", ""));
      } else {
        variants.add(raw);
      }
      for (String n : variants) {
        String key = MatchingForm.key(n);
        if (key.length() < 3 || COMMON_WORD_NAMES.contains(key) || (minor && key.indexOf(' ') < 0 && key.length() <= 4)
            || !keys.add(key)) {
          continue;
        }
        aliases.add(new KbAlias(n.strip(), lang, AliasStrength.STRONG));
      }
    }
  }

  private static void addIfPresent(Set<String> set, String s) {
    if (s != null && !s.isBlank()) {
      set.add(s.strip());
    }
  }

  private static String cityKey(String iso, String en) {
    return iso + "|" + withoutMarks(en).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  /**
   * Countries whose towns dr5hn names in a scholarly romanisation of Arabic, Persian or Hebrew script (BGN/PCGN:
   * Al Qaţīf, Ta‘izz, Mazār-e Sharīf): the canonical name drops its marks, as the English press and a
   * dashboard write the town (Al Qatif, Taizz). Towns of Latin-script countries keep their own accents
   * (Şanlıurfa, Bogotá); the English aliases keep the marked form.
   */
  static final Set<String> ROMANISED = Set.of("AE", "BH", "DZ", "DJ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA",
      "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE", "AF", "IR", "PK", "IL");

  /** A romanised name without its diacritics and the ain and hamza marks (‘ ’ ʻ ʼ). */
  public static String plainRomanisation(String s) {
    String ascii = withoutMarks(s);
    StringBuilder b = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c != '\u2018' && c != '\u2019' && c != '\u02BB' && c != '\u02BC') {
        b.append(c);
      }
    }
    String out = b.toString().strip();
    return out.isEmpty() ? s : Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }

  /** The letters without their combining marks (Qaţīf → Qatif, Bogotá → Bogota). */
  private static String withoutMarks(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  static String slug(String s) {
    return withoutMarks(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  static List<String> splitCsv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (ch == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static void write(Path file, List<KbEntity> rows, String what) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# GENERATED by io.newswire.enrich.entities.kb.KbBuilder; do not edit, re-run it.\n");
      w.write("# " + what + ".\n");
      w.write("# Derived from dr5hn/countries-states-cities-database (ODbL 1.0) and Unicode CLDR via ICU4J;\n");
      w.write("# see ../ATTRIBUTION-ODbL.md.\n");
      for (KbEntity e : rows) {
        w.write(KbTsv.line(e));
        w.write('\n');
      }
    }
  }
}
