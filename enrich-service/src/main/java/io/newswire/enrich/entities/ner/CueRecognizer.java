package io.newswire.enrich.entities.ner;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.Titles;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.names.PersianStopWords;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringMap;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People named right after a title (الشيخ، آقای، رئیس‌جمهور، President, Sheikh), for text without a
 * statistical model (Persian) or names it missed. Arabic script has no capitals, so the name is the
 * word after the title plus what patronymic links (بن، آل، أبو، عبد) and one more word carry; Latin
 * names are the capitalised words after the title.
 */
public final class CueRecognizer implements NameRecognizer {
  private static final Set<String> LINKS = StringSet.of("بن", "ابن", "ال", "ابو", "عبد", "bin", "ibn", "al", "abu", "de", "von", "van", "der");
  /** Words for places and prizes named after a titled person (matching form). */
  private static final Set<String> NAMED_AFTER = MatchingForm.keys("ملعب", "استاد", "جامعة", "مستشفى", "قاعة", "شارع", "جائزة",
      "كأس", "مسجد", "مدرسة", "مطار", "ميناء", "ميدان", "برج", "جسر", "مدينة", "كلية", "معهد");

  /**
   * Titles that are also common nouns in Arabic copy: الفريق is a lieutenant general and "the team", الفنان
   * and الفنانة "the artist" before a verb or a phrase (الفريق لم يخسر، الفنان بإعداد العمل). After them the
   * title alone does not make the next words a name: the name must open with a known given name
   * ({@link GivenNames#arabic}); a bare surname or a foreign name there is left to the model and the KB.
   */
  private static final Set<String> COMMON_NOUN_TITLES = MatchingForm.keys("الفريق", "الفنان", "الفنانة");

  /**
   * Round 25b: military and police ranks. Arabic copy writes a rank's grade and corps between it and the name
   * (العميد طيار ركن X، الملازم أول X، العقيد متقاعد X: «first», «pilot», «staff», «naval», «retired»): they belong to
   * the rank, and the name starts after them.
   */
  private static final Set<String> RANKS = MatchingForm.keys("اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب",
      "الملازم", "الفريق", "المشير", "العريف", "الرقيب", "رقيب", "الجندي");

  /**
   * Round 26: enlisted ranks (العريف، الرقيب، رقيب أول، الجندي أول), cues of this recognizer only: they are no
   * titles of the KB's (a partial alias after them, الجندي مشعل, is a soldier, not the emir). Soldiers are named in
   * full, three or four parts (العريف أول X Y Z الشهراني), so the name after them runs over up to four name words
   * and ends with its first ال-word, the family name, or at punctuation or a function word; that whole name is
   * surer than the model's pieces of it. Officers keep the short name: a role noun follows them (الفريق X Y القائد
   * العام). الجندي is also "the soldier" before a verb (الجندي يقاتل): there the name must open with a known given
   * name, as after {@link #COMMON_NOUN_TITLES}.
   */
  private static final Set<String> ENLISTED = MatchingForm.keys("العريف", "الرقيب", "رقيب", "الجندي");
  private static final Set<String> SOLDIER = MatchingForm.keys("الجندي");
  /** Above the model's scores (0.5 to 0.99), so the soldier's whole name wins over its pieces. */
  private static final double FULL_NAME = 0.995;
  private static final Set<String> RANK_GRADES = MatchingForm.keys("أول", "ثاني", "ركن", "طيار", "بحري", "مهندس", "شرطة",
      "متقاعد");

  /**
   * Round 25b: البابا is "the Pope" alone as often as before a name (لكن البابا يستطيع): only a regnal name of the
   * Roman or Coptic popes after it opens a name.
   */
  private static final Set<String> PAPAL_NAMES = MatchingForm.keys("فرنسيس", "بنديكت", "بنديكتوس", "يوحنا", "بولس", "بيوس",
      "ليو", "لاون", "غريغوريوس", "إينوسنت", "كليمنت", "تواضروس", "شنودة", "كيرلس", "أثناسيوس", "ديمتريوس");
  private static final String POPE = MatchingForm.key("البابا");
  /** Ordinals after a regnal name (يوحنا بولس الثاني، بنديكت السادس عشر). */
  private static final Set<String> ORDINALS = MatchingForm.keys("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
      "السابع", "الثامن", "التاسع", "العاشر", "الحادي");
  private static final String TEEN = MatchingForm.key("عشر");

  /** End of a pope's name from {@code from}: regnal names, then an ordinal (with عشر); {@code from} if none. */
  private static int popeNameEnd(String[] keys, int from) {
    int end = from;
    while (end < keys.length && PAPAL_NAMES.contains(keys[end])) {
      end++;
    }
    if (end > from && end < keys.length && ORDINALS.contains(keys[end])) {
      end++;
      if (end < keys.length && keys[end].equals(TEEN)) {
        end++;
      }
    }
    return end;
  }

  /**
   * Round 27: an Arabic name after a personal title or rank runs over two name words (links apart); a third word
   * that carries the article is the family name (الدكتور X Y الغامدي, the usual given name, father's name, family
   * order) unless it is a nationality (المدرب X Y الإسباني), a title or role word (X Y المدير العام), a word of
   * time or order (السابق، الجديد), or opens a noun phrase with a second ال-word after it (X Y الأمين العام). Such a
   * name of three or more words ending in its family name outranks the model's pieces of it ({@link #FULL_NAME}).
   */
  private static final Set<String> NOT_FAMILY = MatchingForm.keys("السابق", "الأسبق", "الحالي", "الجديد", "الراحل",
      "المساعد", "الأول", "الثاني", "الثالث", "الأكبر", "الأصغر", "الماضي", "المقبل", "القادم", "الأحد", "الاثنين",
      "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "المدير", "المدرب", "اللاعب", "المتحدث", "الناطق", "المشرف",
      "المسؤول", "المستشار", "الأمين", "النائب", "العضو", "الباحث", "الخبير", "الأستاذ", "الطبيب", "المحامي", "القاضي",
      "السفير", "القائد", "الممثل", "المبعوث", "الوكيل", "المحافظ", "الرئيس", "الوزير", "الأمير", "الملك", "الشيخ",
      "الدكتور", "المهندس", "المقدم", "العقيد", "اللواء", "العميد", "الرائد", "النقيب", "الملازم", "الفريق");
  /** Kinship nouns: X نجل القذافي is "X, son of Gaddafi", the father's family name is not X's. */
  private static final Set<String> KIN = MatchingForm.keys("نجل", "نجلة", "شقيق", "شقيقة", "زوج", "زوجة", "أخ", "أخت",
      "والد", "والدة", "ابنة", "حفيد", "حفيدة", "عم", "خال", "صهر", "أرملة");
  /** The title and role words of the KB (one word with the article), which end a name as {@link #NOT_FAMILY} does. */
  private final Set<String> roleWords;

  /**
   * Titles by their first word, longest first (a lookup per token instead of a scan), and under each first word
   * with one of {@link #CLITICS} glued before it (وقال، ولآقای) the same titles, unless that glued form is a first
   * word itself, whose own titles come first. One table: asked of every token, two (the glued forms only when the
   * first had no entry) cost most tokens two probes, each a likely cache miss.
   */
  private final StringMap<List<String[]>> cuesByFirst;

  public CueRecognizer(Titles titles) {
    // Arabic and Persian office titles (رئيس، وزير، أمير) are mostly followed by a genitive noun (رئيس
    // قسم الأطعمة), not a name: only personal titles (الشيخ، السيد، آقای) count there. Latin names are
    // guarded by capitals, so every English title counts.
    Set<String> keys = new LinkedHashSet<>();
    List<String> words = new ArrayList<>(titles.words("cue", "ar"));
    words.addAll(titles.words("cue", "fa"));
    titles.roles().forEach((role, byLang) -> words.addAll(byLang.getOrDefault("en", List.of())));
    words.addAll(titles.words("cue", "en"));
    for (String w : words) {
      String k = MatchingForm.key(w);
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    keys.addAll(ENLISTED);
    List<String[]> l = new ArrayList<>();
    for (String k : keys) {
      l.add(k.split(" "));
    }
    l.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
    java.util.Map<String, List<String[]>> byFirst = new java.util.HashMap<>();
    for (String[] cue : l) {
      byFirst.computeIfAbsent(cue[0], k -> new ArrayList<>()).add(cue);
    }
    // every clitic form of a first word, so cueEndingAt looks a glued word up as it is (no substring per word)
    java.util.Map<String, List<String[]>> byCliticFirst = new java.util.HashMap<>();
    byFirst.forEach((first, cues) -> {
      for (int c = 0; c < CLITICS.length() && !first.isEmpty(); c++) {
        byCliticFirst.put(CLITICS.charAt(c) + first, cues);
      }
    });
    java.util.Map<String, List<String[]>> both = new java.util.HashMap<>(byCliticFirst);
    both.putAll(byFirst); // a first word's own titles over those of the word it would be without its clitic
    cuesByFirst = StringMap.copyOf(both);
    Set<String> roles = new java.util.HashSet<>(NOT_FAMILY);
    for (String w : titles.allCueWords()) {
      String k = MatchingForm.key(w);
      if (k.startsWith("ال") && k.indexOf(' ') < 0) {
        roles.add(k);
      }
    }
    titles.roles().forEach((role, byLang) -> {
      for (String w : byLang.getOrDefault("ar", List.of())) {
        String k = MatchingForm.key(w);
        if (k.startsWith("ال") && k.indexOf(' ') < 0) {
          roles.add(k);
        }
      }
    });
    roleWords = StringSet.copyOf(roles);
  }

  /** The cue and the words after it name a competition the English rules leave out (the Premier League). */
  private static boolean englishCompetition(List<Tokenizer.Token> s, int cue, int end) {
    return EnglishNameRecognizer.competition(EnglishNameRecognizer.lower(s.get(cue).text()),
        EnglishNameRecognizer.lower(s.get(end - 2).text()), EnglishNameRecognizer.lower(s.get(end - 1).text()), end - cue);
  }

  @Override
  public List<Candidate> recognize(List<FieldText> fields, String language) {
    List<Candidate> out = new ArrayList<>();
    for (FieldText f : fields) {
      List<List<Tokenizer.Token>> sentences = f.sentences();
      List<String[]> keysBySentence = f.sentenceKeys();
      for (int si = 0; si < sentences.size(); si++) {
        List<Tokenizer.Token> s = sentences.get(si);
        String[] keys = keysBySentence.get(si);
        for (int i = 0; i < keys.length; i++) {
          if ("ar".equals(language) && ReligiousTitles.title(keys[i])) {
            // الملا، المولوي، الحاج، المفتي: only words people are named by (round 40b, ReligiousTitles)
            int end = ReligiousTitles.nameEnd(keys, i + 1, k -> isNameToken(s.get(k).text(), keys[k]), roleWords::contains);
            if (end > i + 1 && !(i > 0 && NAMED_AFTER.contains(keys[i - 1]))) {
              out.add(new Candidate(f.index(), s.get(i + 1).start(), s.get(end - 1).end(), EntityType.PERSON, 0.5, true));
              i = end - 1;
            }
            continue;
          }
          int after = cueEndingAt(keys, i);
          if (after < 0 || after >= keys.length) {
            continue;
          }
          if (after == i + 1 && (keys[i].equals(POPE) || cliticFirst(keys[i]) && keys[i].substring(1).equals(POPE))) {
            int end = popeNameEnd(keys, after);
            if (end > after) {
              out.add(new Candidate(f.index(), s.get(after).start(), s.get(end - 1).end(), EntityType.PERSON, 0.5, true));
              i = end - 1;
            }
            continue;
          }
          boolean ranked = rank(keys[after - 1]);
          boolean enlisted = ranked && after == i + 1 && oneOf(ENLISTED, keys[i]);
          if (enlisted && !"ar".equals(language)) {
            continue; // Persian رقیب is "rival", no rank
          }
          if (enlisted && oneOf(SOLDIER, keys[i])) {
            int g = after + 1 < keys.length && RANK_GRADES.contains(keys[after]) ? after + 1 : after;
            if (!GivenNames.arabic().contains(keys[g])) {
              continue;
            }
          }
          if (ranked || after > i + 1 && rank(keys[i])) { // الفريق أول ركن X: the grades after a two-word rank too
            while (after < keys.length - 1 && RANK_GRADES.contains(keys[after])) {
              after++;
            }
          }
          if (i > 0 && NAMED_AFTER.contains(keys[i - 1])) {
            continue; // ملعب الأمير عبد الله، مستشفى الملك فهد: a place named after the person, not a mention of them
          }
          if (after == i + 1 && commonNounTitle(keys[i]) && !GivenNames.arabic().contains(keys[after])) {
            continue;
          }
          int end = nameEnd(s, keys, after, "fa".equals(language), enlisted);
          if ("en".equals(language) && end > after && englishCompetition(s, i, end)) {
            continue; // the Premier League: a competition's name (round 38b), no premier and no person "League"
          }
          boolean family = false;
          if (!enlisted && "ar".equals(language) && end > after && end - after >= 2) {
            int e = familyEnd(s, keys, after, end);
            family = e > end || end - after >= 3 && familyName(keys, end - 1);
            end = e;
          }
          if (end > after) {
            out.add(new Candidate(f.index(), s.get(after).start(), s.get(end - 1).end(), EntityType.PERSON,
                (enlisted || family) && end - after > 2 ? FULL_NAME : 0.5, true));
            i = end - 1;
          }
        }
      }
    }
    return out;
  }

  /** One-letter conjunctions and prepositions a title's first word may carry (وقال الرئيس، ولآقای). */
  static final String CLITICS = "وفبل";

  /** Whether {@code key} opens with one of {@link #CLITICS} and has more after it. */
  private static boolean cliticFirst(String key) {
    return key.length() > 1 && CLITICS.indexOf(key.charAt(0)) >= 0;
  }

  /** Whether a one-word title (with a clitic conjunction or preposition allowed) is in {@link #COMMON_NOUN_TITLES}. */
  private static boolean commonNounTitle(String key) {
    return COMMON_NOUN_TITLES.contains(key) || cliticFirst(key) && COMMON_NOUN_TITLES.contains(key.substring(1));
  }

  /** Whether the last word of a title is a rank (a clitic conjunction allowed: والعريف). */
  private static boolean rank(String key) {
    return RANKS.contains(key) || cliticFirst(key) && RANKS.contains(key.substring(1));
  }

  /** Whether a one-word title is in {@code set}, a clitic conjunction or preposition allowed (والعريف). */
  private static boolean oneOf(Set<String> set, String key) {
    return set.contains(key) || cliticFirst(key) && set.contains(key.substring(1));
  }

  /** Index of the token after a title that starts at token {@code i}, or -1. */
  private int cueEndingAt(String[] keys, int i) {
    String first = keys[i];
    List<String[]> candidates = cuesByFirst.get(first); // a clitic and a first word: the cues of that word
    if (candidates == null) {
      return -1;
    }
    for (String[] cue : candidates) {
      if (i + cue.length > keys.length) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < cue.length && ok; k++) {
        String t = keys[i + k];
        // The first word may carry a conjunction or preposition: وقال الرئيس, ولآقای.
        ok = t.equals(cue[k]) || (k == 0 && t.length() == cue[k].length() + 1 && t.endsWith(cue[k]) && cliticFirst(t));
      }
      if (ok) {
        return i + cue.length;
      }
    }
    return -1;
  }

  /**
   * {@code end} + 1 when the word at {@code end} is an Arabic family name closing a name of two words or more
   * that has none yet (its last word carries no article), else {@code end}.
   */
  private int familyEnd(List<Tokenizer.Token> s, String[] keys, int from, int end) {
    // two plain name words (a compound عبد الله / أبو بكر counting as one), one of them a known given name (the
    // person's or the father's):
    // after links (X بن Y Z) the name already took its one more word
    boolean compound = keys[from].equals("عبد") || keys[from].equals("ابو");
    Set<String> given = GivenNames.arabic();
    if (end >= keys.length || end - from != (compound ? 3 : 2)) {
      return end;
    }
    // Round 52b: a mark right after the next word ends a list item or a clause there, so that word closes a titled
    // two-word name as its family name (الدكتورة نيفين محمد محمود، والدكتور عبدالحق حمادي الهولس،): no listed given name
    // is needed
    boolean marked = !compound && markFollows(keys, end);
    if (!marked && !(compound ? given.contains(keys[from] + keys[from + 1]) || given.contains(keys[from] + " " + keys[from + 1])
        : given.contains(keys[from]) || given.contains(keys[from + 1]))) {
      return end;
    }
    for (int k = from + 1; k < end; k++) {
      String t = s.get(k).text();
      if (t.length() == 3 && t.charAt(1) == 'أ' && t.charAt(2) == 'ن') {
        return end; // بأن، لأن: a conjunction after the name (the matching form makes بأن the given name بان)
      }
      if (KIN.contains(keys[k]) || LINKS.contains(keys[k]) && !(compound && k == from + 1)) {
        return end;
      }
    }
    // عمر الغامدي has its family name already; عبد الله, أبو الحسن do not
    boolean closed = keys[end - 1].startsWith("ال") && !(compound && end - 1 == from + 1);
    if (!isNameToken(s.get(end).text(), keys[end]) || s.get(end).text().charAt(0) < 0x600) {
      return end;
    }
    if (marked) {
      // before a mark: an ال nisba after an ال-word (ساعد العرابي الحارثي،) or, after two plain words, a family name
      // with or without the article (محمد خضر عريف،)
      return (closed ? familyName(keys, end) && keys[end].endsWith("ي") : familyName(keys, end) || plainFamily(keys[end]))
          ? end + 1 : end;
    }
    if (closed || !familyName(keys, end)) {
      return end;
    }
    return end + 1;
  }

  /** Whether a list or clause mark (، , ؛ : .) or the end of the sentence follows the word at {@code k}. */
  private static boolean markFollows(String[] keys, int k) {
    return k + 1 >= keys.length || keys[k + 1].length() == 1 && "،,؛:.".indexOf(keys[k + 1].charAt(0)) >= 0;
  }

  /**
   * A family name without the article (محمود، عريف، بامطرف): three letters or more, opening with no clitic و/ب/ل/ف (the
   * با of Hadrami names aside) and no imperfect's ي/ت, ending in no feminine past ت (وفدا، بالحضور، يتحدث، أثارت).
   */
  private static boolean plainFamily(String key) {
    return key.length() >= 3 && !key.startsWith("ال") && !key.endsWith("ت") && !KIN.contains(key)
        && ("وبلفيت".indexOf(key.charAt(0)) < 0 || key.startsWith("با") && !key.startsWith("بال"));
  }

  /** Whether the word at {@code k} can be a family name: ال + at least three letters, none of the guards above. */
  private boolean familyName(String[] keys, int k) {
    String w = keys[k];
    if (!w.startsWith("ال") || w.length() < 5 || roleWords.contains(w) || ArabicOrganisationRecognizer.nationality(w)
        || w.endsWith("يه") || LINKS.contains(keys[k - 1])) {
      // الرياضية، المعرفية: a feminine adjective; عبد الكريم: the ال-word of a compound, not a family name
      return false;
    }
    // X Y الأمين العام، X Y المدير التنفيذي: a role's noun and its adjective, not a family name
    return k + 1 >= keys.length || !keys[k + 1].startsWith("ال") || StopWords.contains(keys[k + 1]);
  }

  private static int nameEnd(List<Tokenizer.Token> s, String[] keys, int from, boolean persian, boolean enlisted) {
    String first = s.get(from).text();
    if (!isNameToken(first, keys[from]) || keys[from].startsWith("ال")) {
      return from;
    }
    boolean latin = Character.isLetter(first.charAt(0)) && first.charAt(0) < 0x250;
    if (latin && (!Character.isUpperCase(first.charAt(0)) || abstractNoun(first))) {
      return from;
    }
    int end = from + 1;
    boolean fullName = enlisted && !latin;
    int extra = latin || fullName ? 3 : 1;
    while (end < keys.length) {
      String k = keys[end];
      if (fullName && keys[end - 1].startsWith("ال") && !LINKS.contains(keys[end - 2])) {
        break; // a soldier's family name (ال-) closes the name; عبد الله, أبو الحسن do not
      }
      if (LINKS.contains(k) && end + 1 < keys.length && isNameToken(s.get(end + 1).text(), keys[end + 1])) {
        end += 2;
        continue;
      }
      // آقای X توسط ...: a Persian function word or verb after the name ends it (StopWords is Arabic's list)
      if (extra > 0 && isNameToken(s.get(end).text(), k) && !(persian && PersianStopWords.contains(k))
          && (!latin || Character.isUpperCase(s.get(end).text().charAt(0)))) {
        end++;
        extra--;
        continue;
      }
      break;
    }
    return end;
  }

  /**
   * Round 21: an English abstract noun (General Election, General Agreement on Tariffs and Trade): a title word that is
   * also an adjective opens a body's or an event's name there, and no surname ends in -tion, -sion, -ment or -ship (-ness is left: Souness, McGuinness)
   * (the pools had 13 such "persons" in 13 dispatches). -ment needs eight letters (Clement is a name).
   */
  public static boolean abstractNoun(String w) {
    int n = w.length();
    if (n < 6) {
      return false;
    }
    String l = w.toLowerCase(Locale.ROOT);
    return l.endsWith("tion") || l.endsWith("sion") || l.endsWith("ship") || n >= 8 && l.endsWith("ment");
  }

  private static boolean isNameToken(String text, String key) {
    // علي the given name folds to the preposition على in the matching form: the written yeh tells them apart;
    // the indefinite accusative (ً) marks an adverb or a state, never a name (نهض السيد هاشم مدهوشًا)
    return key.length() >= 2 && Character.isLetter(text.charAt(0)) && (text.equals("علي") || !StopWords.contains(text))
        && text.indexOf('\u064B') < 0;
  }
}
