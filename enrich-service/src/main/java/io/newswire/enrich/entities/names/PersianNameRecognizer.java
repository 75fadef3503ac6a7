package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.enrich.entities.ner.NameRecognizer;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.enrich.entities.ner.Tokenizer.Token;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.analysis.Digits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Persian names the knowledge base lacks. Persian script has no capitals, so a name needs a word that
 * announces it: a given name from the shipped list followed by a surname (نصرالله کوهستانی), an office
 * before a given name or a surname-shaped word (وزیر ... زاده), a role right after one or two words
 * that open a clause (X سرمربی تیم ...), or an organisation head word and the genitive words after it
 * (بنیاد سینمایی فارابی). A surname named in full once is found again alone, as an untyped run that
 * PartialNameMerger joins to the person. Words are compared in their matching form, so Persian typed
 * with Arabic ي/ك matches.
 */
public final class PersianNameRecognizer implements NameRecognizer {
  private static final double STRUCTURAL = EnglishNameRecognizer.STRUCTURAL;
  private static final double TYPED = 0.6;
  private static final double REPEATED_PLACE = 0.5;
  private static final Set<String> MONTH_NAMES = MatchingForm.keys("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر",
      "آبان", "آذر", "دی", "بهمن", "اسفند");
  /** Persian clitics that may hang on the last word of a name after a ZWNJ (کوهستانی‌ها، فارابی‌را). */
  private static final String IBN = MatchingForm.key("بن");
  /** ابن written with its alef, as Persian copy often spells the patronymic inside a name (جابر ابن حیان). */
  private static final String IBN_ALEF = MatchingForm.key("ابن");
  private static final String ALLAH = MatchingForm.key("الله");
  private static final String VALI = MatchingForm.key("ولی");
  private static final Set<String> LIGHT_VERBS = MatchingForm.keys("است", "بود", "شد", "شده", "نیست", "باشد", "هست", "کرد", "کرده",
      "کردند", "داد", "دارد", "گردید");
  private static final String PROVINCE = MatchingForm.key("استان");
  private static final String SEYYED = MatchingForm.key("سید");
  private static final String ANNOUNCED = MatchingForm.key("اعلام");
  private static final String CENTRE = MatchingForm.key("مرکز");
  private static final String CITY = MatchingForm.key("شهر");
  private static final String COUNTY = MatchingForm.key("شهرستان");
  private static final String BRANCH = MatchingForm.key("واحد");
  /** Light verbs of compound verbs (انتقال یافت، اعلام کرد) that end a clause after a head and one noun. */
  private static final Set<String> COMPOUND_VERBS = MatchingForm.keys("یافت", "یافته", "یافتند", "کرد", "کرده", "کردند", "داد",
      "داده", "دادند", "شد", "شده", "شدند", "گردید", "نمود", "گرفت");
  private static final String ADJECTIVE_EI = MatchingForm.key("ای");
  private static final String REPORTER = MatchingForm.key("خبرنگار");
  private static final String AGENCY = MatchingForm.key("خبرگزاری");
  private static final Set<String> AFTER_PLACE = MatchingForm.keys("اظهار", "گفت", "افزود", "با", "بیان", "تصریح", "خاطرنشان",
      "ضمن", "طی", "اعلام", "امروز", "در", "و", "شد", "است", "بود", "را", "به", "از", "که", "نیز", "هم", "وارد");
  /** Place words that are also common nouns (شهر مقدس، منطقه آزاد): the name after them must close its phrase. */
  private static final Set<String> WEAK_PLACE_CUES = MatchingForm.keys("استان", "شهر", "منطقه", "محله", "شهرک");
  /** Offices named after the place they run (شهردار گلستان، فرماندار ماکو): the word after is the place. */
  private static final Set<String> PLACE_OFFICES = MatchingForm.keys("شهردار", "فرماندار", "بخشدار", "دهیار", "استاندار");
  /**
   * Clerical titles (unlike وزیر or رئیس, never before a genitive noun): the word after them is a name. والمسلمین
   * is also typed with a non-joiner after its و (حجت‌الاسلام و‌المسلمین), one token that is no name either.
   */
  private static final Set<String> PERSONAL_TITLES = MatchingForm.keys("آیت‌الله", "حجت‌الاسلام", "والمسلمین",
      "و\u200cالمسلمین");
  private static final Set<String> DEMONSTRATIVES = MatchingForm.keys("این", "همین", "همان"); // not آن: Anne (آن ماری)
  private static final String ONE = MatchingForm.key("یک");
  private static final String ARABIC_ON = "\u0639\u0644\u0649"; // على, written with alef maqsura
  private static final Set<String> SMALL_NUMBERS = MatchingForm.keys("دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده");
  private static final Set<String> DIRECTIONS = MatchingForm.keys("غربی", "شرقی", "شمالی", "جنوبی", "مرکزی");
  private static final Set<String> SUFFIXES = MatchingForm.keys("ها", "های", "ی", "را", "ای");
  /** A demonstrative or quantifier before a head makes it a common noun (این شرکت، چند مرکز، هر باشگاه). */
  private static final Set<String> DETERMINERS = MatchingForm.keys("این", "آن", "همین", "همان", "چند", "چندین", "هر", "یک", "برخی",
      "بعضی", "همه", "کدام", "هیچ", "آن‌ها", "سایر", "دیگر");

  private final Set<String> givenNames = GivenNames.persian();
  private final Set<String> orgHeads;
  private final Set<String> boardSports;
  /** First words of the two-word heads (اداره of اداره کل), so most tokens need no second lookup. */
  private final Set<String> twoWordHeadStarts = new HashSet<>();
  private final Set<String> offices;
  private final Set<String> rolesAfter;
  private final Set<String> surnameSuffixes;
  private final Set<String> surnameTails;
  private final Set<String> placeBefore;
  private final Set<String> stop;
  /** Words that open a predicate after a name (واقع، متشکل، هرگز): they end it, and close a place as a verb would. */
  private final Set<String> predicate;
  /** Verbal and event nouns that open a predicate after a body's name of two words or more (… اسلامی مراسم معارفه). */
  private final Set<String> predicateNouns;
  private final Set<String> notName;
  private final Set<String> conjuncts;
  /** Fields a provincial department is named by after مدیرکل, with no head word (هواشناسی، فرهنگ و ارشاد). */
  private final Set<String> fields;
  /** Head words of facilities (a hospital): their name is found to skip it, and published as no organisation. */
  private final Set<String> facilities;
  private static final String DIRECTOR_GENERAL = MatchingForm.key("مدیرکل");
  private static final String DIRECTOR = MatchingForm.key("مدیر");
  private static final String MUNICIPALITY = MatchingForm.key("شهرداری");
  private static final String ALL_OF = MatchingForm.key("کل");
  private static final String HEAD_OF = MatchingForm.key("رئیس");
  private static final String PUBLIC = MatchingForm.key("عمومی");
  private static final String RELATIONS = MatchingForm.key("روابط");
  /** شهید, a martyr: a title before a name (also a given name, Shahid, never read as one here). */
  private static final String MARTYR = MatchingForm.key("شهید");
  /** طرح (a plan) and its plurals: a given name right after it is the plan's adjective. */
  private static final String PLAN = MatchingForm.key("طرح");
  private static final String QURAN = MatchingForm.key("قرآن");
  private static final String HASAN = MatchingForm.key("حسن");
  /** Nouns that حسن ("goodness of") qualifies in set phrases (حسن اجرا، حسن نیت، حسن همجواری); never a surname. */
  private static final Set<String> GOOD_WHAT = MatchingForm.keys("اجرا", "اجرای", "اجراء", "اجرائی", "انجام", "نیت", "ظن",
      "همجواری", "هم‌جواری", "جریان", "حفظ", "خلق", "سلوک", "رابطه", "روابط", "استفاده", "تدبیر", "سابقه", "شهرت",
      "تعامل", "ختام", "اخلاق", "برخورد", "رفتار", "انتخاب", "اداره", "همکاری", "عاقبت", "قبول");

  public PersianNameRecognizer() {
    CueLists cues = CueLists.persian();
    orgHeads = cues.get("org");
    for (String h : orgHeads) {
      if (h.indexOf(' ') > 0) {
        twoWordHeadStarts.add(h.substring(0, h.indexOf(' ')));
      }
    }
    offices = cues.get("office");
    rolesAfter = cues.get("role-after");
    surnameSuffixes = cues.get("surname-suffix");
    surnameTails = cues.get("surname-tail");
    placeBefore = cues.get("place-before");
    predicate = cues.get("predicate");
    Set<String> ends = new HashSet<>(cues.get("stop"));
    ends.addAll(predicate);
    stop = StringSet.copyOf(ends);
    predicateNouns = cues.get("predicate-noun");
    notName = cues.get("not-name");
    conjuncts = cues.get("org-conjunct");
    fields = cues.get("field");
    facilities = cues.get("facility");
    boardSports = cues.get("board-sport");
  }

  @Override
  public List<Candidate> recognize(List<FieldText> fields, String language) {
    List<Candidate> out = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    Set<String> places = new HashSet<>();
    List<List<Token>> sentences = new ArrayList<>();
    List<FieldText> sentenceField = new ArrayList<>();
    for (FieldText f : fields) {
      for (List<Token> s : f.sentences()) {
        sentences.add(s);
        sentenceField.add(f);
      }
    }
    List<String[]> keysBySentence = new ArrayList<>(sentences.size());
    for (FieldText f : fields) {
      keysBySentence.addAll(f.sentenceKeys());
    }
    Set<String> twoWordPlaces = twoWordPlaces(keysBySentence);
    Set<String> martyrNames = repeatedAfterMartyr(keysBySentence);
    Set<String> plainFirst = usedPlainFirst(keysBySentence);
    for (int si = 0; si < sentences.size(); si++) {
      scan(sentenceField.get(si), sentences.get(si), keysBySentence.get(si), out, surnames, places, twoWordPlaces,
          martyrNames, plainFirst);
    }
    // A place named once after its cue (محله سبزدشت، شهردار گلستان) is the same place elsewhere in the article.
    for (int si = 0; si < sentences.size() && !places.isEmpty(); si++) {
      String[] keys = keysBySentence.get(si);
      List<Token> s = sentences.get(si);
      for (int i = 0; i < keys.length; i++) {
        if (places.contains(keys[i]) && (i == 0 || !placeCue(keys[i - 1]))) {
          add(sentenceField.get(si), s, i, i + 1, EntityType.PLACE, REPEATED_PLACE, out);
        }
      }
    }
    for (int si = 0; si < sentences.size(); si++) {
      listedPersons(sentenceField.get(si), sentences.get(si), keysBySentence.get(si), out, surnames);
    }
    // A surname alone, once the article has named the person in full (untyped: merged or dropped); not a word the
    // article uses as a common noun (مسلم ملت … این ملت، ملت‌ها).
    surnames.removeAll(PersianNounUse.nouns(keysBySentence, surnames, k -> k.endsWith(YEH) || surnameShaped(k)));
    Set<String> twoWordStarts = wordStarts(surnames);
    for (int si = 0; si < sentences.size() && !surnames.isEmpty(); si++) {
      String[] keys = keysBySentence.get(si);
      List<Token> s = sentences.get(si);
      for (int i = 0; i < keys.length; i++) {
        if (i + 1 < keys.length && twoWordStarts.contains(keys[i]) && isWord(keys[i + 1])
            && surnames.contains(keys[i] + " " + keys[i + 1])) {
          // کرم پور، اکبری مطلق: a two-word surname is found again whole
          out.add(new Candidate(sentenceField.get(si).index(), s.get(i).start(), s.get(i + 1).end(), EntityType.OTHER, 0.3, false));
          i++;
        } else if (surnames.contains(keys[i])) {
          out.add(new Candidate(sentenceField.get(si).index(), s.get(i).start(), s.get(i).end(), EntityType.OTHER, 0.3, false));
        }
      }
    }
    return out;
  }

  /**
   * Every part of a spaced name before one of its spaces (اکبری مطلق: اکبری), so that the per-word scan joins a
   * word to the next one only where the pair may be such a name.
   */
  private static Set<String> wordStarts(Set<String> names) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      for (int sp = n.indexOf(' '); sp >= 0; sp = n.indexOf(' ', sp + 1)) {
        out.add(n.substring(0, sp));
      }
    }
    return out;
  }

  /**
   * Two-word place names the article itself shows as one name (روستای ذاکر کندی، شهرستان بویین زهرا): a name
   * word after a place word with the same next word in two places of the article, or written once joined by
   * a ZWNJ (بویین‌زهرا). A word that merely follows a name varies from one mention to the next.
   */
  private Set<String> twoWordPlaces(List<String[]> keysBySentence) {
    Set<String> found = null;
    for (String[] keys : keysBySentence) {
      for (int i = 1; i + 1 < keys.length; i++) {
        if (!strongPlaceCue(keys, i) || !placeWord(keys[i]) || !secondPlaceWord(keys[i + 1])) {
          continue;
        }
        String x = keys[i];
        String y = keys[i + 1];
        String joined = x + " " + y;
        if (found != null && found.contains(joined)) {
          continue;
        }
        int seen = 0;
        for (String[] other : keysBySentence) {
          for (int k = 0; k < other.length && seen < 2; k++) {
            if (other[k].equals(joined) || (k + 1 < other.length && other[k].equals(x) && other[k + 1].equals(y)
                && strongPlaceCue(other, k))) {
              seen++;
            }
          }
        }
        if (seen >= 2) {
          if (found == null) {
            found = new HashSet<>();
          }
          found.add(joined);
        }
      }
    }
    return found == null ? Set.of() : found;
  }

  /** Place words that are seldom common nouns (no استان, شهر, منطقه), offices of a place, or a dateline's از/در. */
  private static final Set<String> STRONG_PLACE_CUES = MatchingForm.keys("شهرستان", "روستای", "روستا", "جزیره", "بندر",
      "دهستان", "بخش", "شهردار", "فرماندار", "بخشدار", "دهیار");

  /** Whether the word at {@code i} follows a strong place word or a reporter's از/در (خبرگزاری فارس از X). */
  private static boolean strongPlaceCue(String[] keys, int i) {
    if (i == 0) {
      return false;
    }
    if (STRONG_PLACE_CUES.contains(keys[i - 1])) {
      return true;
    }
    if (!keys[i - 1].equals("از") && !keys[i - 1].equals("در")) {
      return false;
    }
    for (int k = i - 2; k >= Math.max(0, i - 4) && isWord(keys[k]); k--) {
      if (keys[k].equals(REPORTER) || keys[k].equals(AGENCY)) {
        return true;
      }
    }
    return false;
  }

  /** A word that may be a place name's second word: a name word that neither follows places nor heads a name. */
  private boolean secondPlaceWord(String key) {
    return isNameWord(key) && !AFTER_PLACE.contains(key) && !orgHeads.contains(key) && !twoWordHeadStarts.contains(key)
        && !placeCue(key) && !DIRECTIONS.contains(key) && !surnameTails.contains(key) && !TIME_WORDS.contains(key);
  }

  /**
   * Two words after شهید or a clerical title that the article writes together at least twice (شهید رئیسعلی دلواری …
   * قیام رئیسعلی دلواری، آیت‌الله مصباح یزدی twice): a name even when neither word is a known given name. Once (یاد
   * شهید چمران گرامی) it may be a name and an adjective.
   */
  private static Set<String> repeatedAfterMartyr(List<String[]> keysBySentence) {
    Set<String> after = null;
    for (String[] keys : keysBySentence) {
      for (int i = 0; i + 2 < keys.length; i++) {
        if (keys[i].equals(MARTYR) || PERSONAL_TITLES.contains(keys[i])) {
          if (after == null) {
            after = new HashSet<>();
          }
          after.add(keys[i + 1] + " " + keys[i + 2]);
        }
      }
    }
    if (after == null) {
      return Set.of();
    }
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    Set<String> pointed = new HashSet<>();
    for (String[] keys : keysBySentence) {
      for (int i = 0; i + 1 < keys.length; i++) {
        String pair = keys[i] + " " + keys[i + 1];
        if (after.contains(pair) && i > 0 && DETERMINERS.contains(keys[i - 1])) {
          pointed.add(pair); // این حمله هوایی: a noun phrase pointed at (شهید حمله هوایی, a martyr of the raid), no name
        } else if (after.contains(pair) && !seen.add(pair)) {
          repeated.add(pair);
        }
      }
    }
    repeated.removeAll(pointed);
    return repeated;
  }

  /**
   * Words that follow a given name somewhere in the article but stand alone before that, with no given name or
   * title before them, at least twice (حج … شیرین حج، خواب … ابوالفضل خواب، سرمایه … بهمن سرمایه‌گذاری): common nouns
   * after a given name that is a word too (شیرین "sweet", بهمن the month) or ends the clause before them. A surname stands alone only after
   * the full name or after a title (آقای رئیسی، شهید صدرزاده). Only the plain list of given names is asked (no
   * allocation per word). Round 39 pool: 7 dispatches right (9 false persons, 129 mentions gone), 1 wrong (a foreign
   * author named alone twice before his full name).
   */
  private Set<String> usedPlainFirst(List<String[]> keysBySentence) {
    Set<String> afterGiven = null;
    for (String[] keys : keysBySentence) {
      for (int i = 1; i < keys.length; i++) {
        // a word in -ی or of a surname's shape is left out: most surnames are such (موسوی، نمکی، جهانی as "global")
        if (givenNames.contains(keys[i - 1]) && isNameWord(keys[i]) && !givenNames.contains(keys[i])
            && !keys[i].endsWith(YEH) && !surnameShaped(keys[i]) && !keys[i].equals(ALLAH)) {
          if (afterGiven == null) {
            afterGiven = new HashSet<>();
          }
          afterGiven.add(keys[i]);
        }
      }
    }
    if (afterGiven == null) {
      return Set.of();
    }
    Set<String> named = new HashSet<>();
    Set<String> once = new HashSet<>();
    Set<String> plain = new HashSet<>();
    for (String[] keys : keysBySentence) {
      for (int i = 0; i < keys.length; i++) {
        String w = keys[i];
        if (!afterGiven.contains(w) || named.contains(w)) {
          continue;
        }
        String before = i > 0 ? keys[i - 1] : "";
        if (givenNames.contains(before)) {
          named.add(w);
        } else if (!offices.contains(before) && !PERSONAL_TITLES.contains(before) && !once.add(w)) {
          plain.add(w);
        }
      }
    }
    return plain;
  }

  private void scan(FieldText f, List<Token> s, String[] keys, List<Candidate> out, Set<String> surnames,
      Set<String> places, Set<String> twoWordPlaces, Set<String> martyrNames, Set<String> plainFirst) {
    int i = 0;
    while (i < keys.length) {
      if (PersianNewspaperLists.isHead(keys[i])) {
        List<int[]> titles = PersianNewspaperLists.items(keys, i, this::titleWord, k -> isWord(k) && !isVerb(k),
            k -> !isWord(k) || stop.contains(k) || isVerb(k));
        for (int[] t : titles) {
          add(f, s, t[0], t[1], EntityType.ORGANIZATION, STRUCTURAL, out);
        }
        if (!titles.isEmpty()) {
          i = titles.get(titles.size() - 1)[1];
          continue;
        }
      }
      int medium = mediumQuoted(keys, i);
      if (medium > 0) {
        add(f, s, i, medium, EntityType.ORGANIZATION, STRUCTURAL, out);
        i = medium;
        continue;
      }
      int person = quotedPerson(s, keys, i);
      if (person > 0) {
        addPerson(f, s, keys, i + 1, person, out, surnames);
        if (person == i + 3) {
          surnames.add(keys[i + 1] + " " + keys[i + 2]); // a foreign name of two words is found again whole
        }
        i = person + 1;
        continue;
      }
      int quoted = quotedAfterHead(s, keys, i);
      if (quoted > 0) {
        // شرکت خودروسازی «دایملر-کرایسلر»: the quoted words are the name, the head and its genitive describe it
        int open = quoted >> 8;
        add(f, s, open + 1, quoted & 0xFF, EntityType.ORGANIZATION, STRUCTURAL, out);
        i = (quoted & 0xFF) + 1;
        continue;
      }
      int latin = latinNameAfterHead(s, keys, i);
      if (latin > i + 1) {
        // شرکت Iomega: a name in Latin letters after a head word is the organisation, without the head
        add(f, s, i + 1, latin, EntityType.ORGANIZATION, STRUCTURAL, out);
        i = latin;
        continue;
      }
      int channel = arabicChannel(keys, i);
      if (channel > 0) {
        add(f, s, channel, channel + 1, EntityType.ORGANIZATION, STRUCTURAL, out);
        i = channel + 1;
        continue;
      }
      int board = sportsBoard(keys, i, twoWordPlaces);
      if (board > 0) {
        add(f, s, i, board, EntityType.ORGANIZATION, STRUCTURAL, out);
        i = board;
        continue;
      }
      int league = league(keys, i);
      if (league > 0) {
        add(f, s, i, league, EntityType.ORGANIZATION, STRUCTURAL, out);
        i = league;
        continue;
      }
      int end = i > 0 && (DETERMINERS.contains(keys[i - 1]) || counted(keys, i)) ? -1 : orgEnd(keys, i);
      if (end > i + 1 && keys[end - 1].equals(SHOOTING)) {
        end = sportEnd(keys, end - 1); // فدراسیون تیراندازی با کمان: archery's name is three words, "with" inside it
      }
      // جهادکشاورزی، آموزش‌وپرورش: a field of two words written as one token counts its two words
      int glued = end < 0 && !fields.contains(keys[i]) && PersianFields.isGluedField(keys[i]) ? 1 : 0;
      boolean field = glued == 1 || end < 0 && fields.contains(keys[i]);
      if (end < 0 && i > 0 && field && (keys[i - 1].equals(DIRECTOR_GENERAL)
          || (i > 1 && keys[i - 1].equals(ALL_OF) && keys[i - 2].equals(DIRECTOR)))) {
        // مدیرکل هواشناسی آذربایجان غربی، مدیرکل فرهنگ و ارشاد اسلامی استان بوشهر: the office names its department
        end = orgTail(keys, i, i);
      }
      if (end < 0 && i > 0 && field && (keys[i - 1].equals(HEAD_OF) || keys[i - 1].equals(PUBLIC)
          && i > 1 && keys[i - 2].equals(RELATIONS))) {
        // رئیس آموزش و پرورش خراسان شمالی، روابط عمومی آموزش و پرورش X: a department named by its field and
        // its province or town; without the place (رئیس آموزش و پرورش گفت) it is no name
        int e = orgTail(keys, i, i);
        int last = e - 1;
        if (last > i && DIRECTIONS.contains(keys[last])) {
          last--;
        }
        if (e + glued > i + 2 && last + glued > i + 1 && placeWord(keys[last]) && !conjuncts.contains(keys[last]) && !fields.contains(keys[last])) {
          end = e;
        }
      }
      if (end < 0 && field && (i == 0 || !DETERMINERS.contains(keys[i - 1]))) {
        // به آموزش و پرورش شهرستان بم رفت: a field of two words or more closed by its county or province is the
        // department whatever comes before it (a one-word field, کار استان تهران, may be a common noun)
        int e = orgTail(keys, i, i);
        if (e + glued >= i + 4 && (keys[e - 2].equals(COUNTY) || keys[e - 2].equals(PROVINCE)) && placeWord(keys[e - 1])) {
          end = e;
        }
      }
      if (end > i + 1 && (facilities.contains(keys[i]) || namesAFestival(keys, i, end))) {
        i = end; // بیمارستان امام حسین، بیمارستان توحید جم: a facility, no organisation (a known place inside stays)
        continue;
      }
      if (end > i + 1) {
        add(f, s, newspaperNameStart(keys, i, end), end, EntityType.ORGANIZATION, STRUCTURAL, out);
        i = end;
        continue;
      }
      end = constituency(f, s, keys, i, out, places);
      if (end > i) {
        i = end;
        continue;
      }
      end = roadTowns(f, s, keys, i, out, places);
      if (end > i) {
        i = end;
        continue;
      }
      end = quotedPlace(keys, i);
      if (end > i) {
        add(f, s, i + 1, end - 1, EntityType.PLACE, TYPED, out);
        i = end;
        continue;
      }
      end = placeList(f, s, keys, i, out, places);
      if (end > i) {
        i = end;
        continue;
      }
      end = placeAfterCue(keys, i, twoWordPlaces);
      if (end > i) {
        add(f, s, i, end, EntityType.PLACE, TYPED, out);
        boolean afterCue = placeCue(keys[i - 1]); // not after در/از
        if (end == i + 1 && afterCue && (end >= keys.length || !isWord(keys[end])
            || (AFTER_PLACE.contains(keys[end]) && !LIGHT_VERBS.contains(keys[end])))) {
          places.add(keys[i]); // only a name that plainly ends there (not بویین of بویین زهرا)
        }
        // دو شهر ماکو و پیرانشهر: a second name joined by و to a place after its cue
        if (afterCue && end + 1 < keys.length && keys[end].equals("و") && placeWord(keys[end + 1])
            && closesPlace(keys, end + 2)) {
          add(f, s, end + 1, end + 2, EntityType.PLACE, TYPED, out);
          places.add(keys[end + 1]);
          end += 2;
        }
        i = end;
        continue;
      }
      if (keys[i].equals(MARTYR)) {
        // دو شهید گلگون کفن، این شهید: counted or pointed at, a common noun before an adjective
        boolean counted = i > 0 && (SMALL_NUMBERS.contains(keys[i - 1]) || DETERMINERS.contains(keys[i - 1])
            || !keys[i - 1].isEmpty() && Character.isDigit(keys[i - 1].charAt(0)));
        end = counted ? -1 : afterMartyr(keys, i + 1, martyrNames);
        if (end > i + 1) {
          addPerson(f, s, keys, i + 1, end, out, surnames);
          if (end == i + 3 && !isGivenName(keys[i + 1])) {
            surnames.add(keys[i + 1] + " " + keys[i + 2]); // رئیسعلی دلواری again without شهید: both words
          }
        }
        i = Math.max(end, i + 1); // سردار شهید در ...: no name after it, and شهید itself is none
        continue;
      }
      // على with alef maqsura is the Arabic preposition of Arabic passages quoted in the copy (على اعتبار، على
      // التصرف): the matching form folds it onto علی, but Persian copy writes the name Ali with ی or ي
      boolean arabicOn = ARABIC_ON.equals(s.get(i).text());
      if (!arabicOn && isGivenName(keys[i]) && NamedAfterPersons.follows(keys, i)) {
        // مسجد علی ابن ابیطالب، قرارگاه حمزه سیدالشهدا، دره سلیمان: the name is the place's (the conventions annotate
        // no person inside a mosque's, street's or base's name); the whole name is passed, its surname too
        end = personFromGivenName(keys, i);
        i = Math.max(end, i + 1);
        continue;
      }
      end = arabicOn ? -1 : personFromGivenName(keys, i);
      if (end > i + 1 && end <= i + 3 && plainFirst.contains(keys[i + 1])) {
        end = -1; // خاطرات شیرین حج: a common noun the article used alone first, after a given name that is a word too
      }
      if (end < 0 && !arabicOn && isGivenName(keys[i]) && honorificAfter(keys, i + 1)) {
        end = i + 1; // امام حسین (ع)، حضرت علی (ع): a given name with the honorific of the Imams
      }
      if (end < 0 && i > 0 && offices.contains(keys[i - 1]) && surnameShaped(keys[i])) {
        end = i + 1;
      }
      if (end < 0 && i > 0 && PERSONAL_TITLES.contains(keys[i - 1]) && isNameWord(keys[i])
          && !orgHeads.contains(keys[i]) && !twoWordHeadStarts.contains(keys[i]) && !PERSONAL_TITLES.contains(keys[i])) {
        end = i + 1; // آیت‌الله مومن، حجت‌الاسلام اکبری: a personal title is followed by a name, whatever its shape
        // (آیت‌الله ملک‌حسینی گفت، … از written twice is the name and a verb or a preposition, no two-word surname)
        if (end < keys.length && (secondSurnameWord(keys, end) || surnameTails.contains(keys[end])
            || isNameWord(keys[end]) && martyrNames.contains(keys[i] + " " + keys[end]) || surnameBeforeRole(keys, end))) {
          // آیت‌الله مکارم شیرازی در ...، or the same two words after a title twice: a two-word surname, found
          // again whole (not its last word alone)
          add(f, s, i, end + 1, EntityType.PERSON, STRUCTURAL, out);
          // خیرالله ابراهیمی امام جمعه: a first word of no surname's shape (a given name the list lacks) before a
          // surname and a role leaves the surname alone to be found again; ملکی تبریزی is a two-word surname
          boolean givenFirst = !secondSurnameWord(keys, end) && !surnameTails.contains(keys[end])
              && !keys[i].endsWith(YEH) && !surnameShaped(keys[i]) && surnameBeforeRole(keys, end);
          surnames.add(givenFirst ? keys[end] : keys[i] + " " + keys[end]);
          i = end + 1;
          continue;
        }
      }
      if (end < 0 && WORD_GIVEN_NAMES.contains(keys[i]) && i + 2 < keys.length && surnameThenRole(keys, i + 1)) {
        end = i + 2; // لاله افتخاری رئیس فراکسیون: a given name that is a word too, sure only before a surname and a role
      }
      if (end < 0 && opensClause(keys, i)) {
        end = beforeRole(keys, i);
      }
      if (end < 0 && (i == 0 || !isWord(keys[i - 1]))) {
        end = beforeSpeechCue(keys, i);
      }
      if (end > i && VowelledArabic.around(s, i, end)) {
        end = -1; // a vowelled verse's words (عَلَى لِسَانِ، مَالَ الْیَتِیمِ) are no Persian name
      }
      if (end > i) {
        addPerson(f, s, keys, i, end, out, surnames);
        i = end;
        continue;
      }
      i++;
    }
  }

  /** Plural place nouns that open a list of the places they count (روستاهای X، Y و Z). */
  private static final Set<String> PLURAL_PLACE_CUES = MatchingForm.keys("روستاهای", "روستاهاي", "شهرهای", "شهرستان‌های",
      "شهرستانهای", "مناطق", "شهرک‌های", "شهرکهای", "دهستان‌های", "دهستانهای", "استان‌های", "استانهای", "جزایر",
      "بنادر");
  /** Relational adjectives that may stand between such a noun and its list (مناطق ییلاقی X، Y و Z). */
  private static final Set<String> PLACE_LIST_ADJECTIVES = MatchingForm.keys("ییلاقی", "قشلاقی", "جنگلی", "کوهستانی", "مرزی",
      "صنعتی", "ساحلی", "شمالی", "جنوبی", "غربی", "شرقی", "مرکزی", "همجوار", "هم‌جوار");

  /**
   * A plural place noun followed by a list (روستاهای استاد کلایه، گوشکور و حسین‌آباد، شهرهای فلوجه و الرمادی):
   * each item of one or two words is a place. Three items at least, joined by commas and و; an item between
   * commas may have two words, the last (after و) one, or two when a word that follows places closes it.
   * Returns the end of the list, or -1.
   */
  private int placeList(FieldText f, List<Token> s, String[] keys, int i, List<Candidate> out, Set<String> places) {
    if (i == 0 || !PLURAL_PLACE_CUES.contains(keys[i - 1])) {
      return -1;
    }
    int k = i < keys.length && PLACE_LIST_ADJECTIVES.contains(keys[i]) ? i + 1 : i;
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    boolean last = false;
    boolean comma = false;
    while (k < keys.length && n < starts.length && listWord(keys[k])) {
      int e = k + 1;
      if (e < keys.length && listWord(keys[e]) && !keys[e].equals("و")
          && (last ? closesPlace(keys, e + 1) && !closesPlace(keys, e) : e + 1 >= keys.length || isListSeparator(keys[e + 1]))) {
        e++; // a two-word name: closed by the next separator (or, last, by a word that follows places)
      }
      starts[n] = k;
      ends[n] = e;
      n++;
      if (!last && elidedDirection(keys, e)) {
        e += 2; // آذربایجان شرقی و غربی، …: the pair's second half has no name of its own; the list goes on
      }
      if (last || e >= keys.length || !isListSeparator(keys[e])) {
        break;
      }
      last = keys[e].equals("و");
      comma |= !last;
      k = e + 1;
    }
    if (n < 3 || !comma || !last && !(ends[n - 1] >= keys.length || !isWord(keys[ends[n - 1]]))) {
      // two items (مناطق محروم و روستاها: an adjective and a noun as often as two names), no comma, or a list
      // that never closes with و or punctuation: not surely an enumeration of names
      return -1;
    }
    for (int j = 0; j < n; j++) {
      add(f, s, starts[j], ends[j], EntityType.PLACE, TYPED, out);
      if (ends[j] == starts[j] + 1) {
        places.add(keys[starts[j]]);
      }
    }
    return ends[n - 1];
  }

  /**
   * و and a compass word after a listed name that ends in one (آذربایجان شرقی و غربی، آذربایجان‌های غربی و شرقی),
   * then a comma: the other half of a pair written once, no place by itself.
   */
  private static boolean elidedDirection(String[] keys, int e) {
    return e + 2 < keys.length && keys[e].equals("و") && DIRECTIONS.contains(keys[e + 1]) && DIRECTIONS.contains(keys[e - 1])
        && !keys[e + 1].equals(keys[e - 1]) && (keys[e + 2].equals("،") || keys[e + 2].equals(","));
  }

  /**
   * A list that opens with a person and a comma names persons (الهه قاسمی، حورا باقری و فریماه محبوبی): two name
   * words between its separators are a person too, though neither is in the lists. The comma after the first name
   * makes the list (علی کریمی و همسرش is none); an item before a comma must end at it, the last after و before a
   * word that cannot continue a name, so that no longer name is cut.
   */
  private void listedPersons(FieldText f, List<Token> s, String[] keys, List<Candidate> out, Set<String> surnames) {
    int n = keys.length;
    int[] personEnd = null;
    int sentenceStart = s.get(0).start();
    int sentenceEnd = s.get(n - 1).end();
    for (int c = 0, size = out.size(); c < size; c++) {
      Candidate p = out.get(c);
      if (p.type() != EntityType.PERSON || p.field() != f.index() || p.start() < sentenceStart || p.end() > sentenceEnd) {
        continue;
      }
      if (personEnd == null) {
        personEnd = new int[n];
      }
      int i = 0;
      while (i < n && s.get(i).start() < p.start()) {
        i++;
      }
      int e = i;
      while (e < n && s.get(e).start() < p.end()) {
        e++;
      }
      if (i < n && s.get(i).start() == p.start() && e > i) {
        personEnd[i] = Math.max(personEnd[i], e);
      }
    }
    if (personEnd == null) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (personEnd[i] == 0 || personEnd[i] >= n || !keys[personEnd[i]].equals("،")) {
        continue;
      }
      int j = personEnd[i];
      while (j < n && isListSeparator(keys[j])) {
        boolean last = keys[j].equals("و");
        int k = j + 1;
        if (k < n && personEnd[k] > 0) {
          j = personEnd[k];
        } else if (k + 1 < n && listedNameWord(keys[k]) && listedNameWord(keys[k + 1]) && nameShaped(keys[k], keys[k + 1])
            && (last ? k + 2 >= n || !isNameWord(keys[k + 2]) : k + 2 < n && isListSeparator(keys[k + 2]))) {
          addPerson(f, s, keys, k, k + 2, out, surnames);
          personEnd[k] = k + 2;
          j = k + 2;
        } else {
          break;
        }
        if (last) {
          break;
        }
      }
      i = Math.max(i, j - 1);
    }
  }

  /** Ranks before a name that stay outside it (سید by convention; علامه، مجتهد a cleric's rank). */
  private static final Set<String> LIST_TITLES = MatchingForm.keys("سید", "شیخ", "حاج", "حاجی", "علامه", "مجتهد", "ملا", "میرزا");

  /**
   * Two words shaped as a name: a given name first, or a surname's ending last (-ی, -پور, -زاده…), which common
   * pairs in a list (مجموعه آثار، مدرسه دارالفنون) lack.
   */
  private boolean nameShaped(String first, String second) {
    return !LIST_TITLES.contains(first)
        && (isGivenName(first) || surnameShaped(second) || (second.length() > 3 && second.endsWith(YEH)));
  }

  /** A word of a listed name: no function word, verb, office, head of a body or place cue. */
  private boolean listedNameWord(String key) {
    return isNameWord(key) && !orgHeads.contains(key) && !twoWordHeadStarts.contains(key) && !placeCue(key)
        && !fields.contains(key) && !TIME_WORDS.contains(key) && !DETERMINERS.contains(key);
  }

  private static boolean isListSeparator(String key) {
    return key.equals("،") || key.equals(",") || key.equals("و");
  }

  /** A word that may be a listed place's: no function word, verb, head or place noun. */
  private boolean listWord(String key) {
    return titleWord(key) && !orgHeads.contains(key) && !twoWordHeadStarts.contains(key) && !placeCue(key)
        && !PLURAL_PLACE_CUES.contains(key) && !LIGHT_VERBS.contains(key) && !TIME_WORDS.contains(key);
  }

  /** Words before a number that make it a date, an hour or a serial, not a count (سال 1390، ساعت 10، شماره 5). */
  private static final Set<String> NUMBER_NOUNS = MatchingForm.keys("سال", "ساعت", "شماره", "ماه", "روز", "دقیقه", "ردیف",
      "بند", "ماده", "تبصره", "اصل", "منطقه", "فاز", "شعبه", "هفته", "دوره", "مرحله", "کد", "پلاک", "سالهای", "سال‌های");

  /**
   * Whether the head at {@code i} is counted (7 مرکز روستایی، دو بانک، 13 پلیس عراق): a number before a head
   * makes it a common noun, as a quantifier does; not a year or a date, an hour or a serial number
   * (سال 1390 بانک مرکزی، 17 مرداد، بند 3).
   */
  private boolean counted(String[] keys, int i) {
    if (i == 0) {
      return false;
    }
    String n = keys[i - 1];
    boolean digits = !n.isEmpty() && Character.isDigit(n.charAt(0)) && n.length() <= 3;
    if (!digits && !SMALL_NUMBERS.contains(n)) {
      return false;
    }
    if (i < 2) {
      return true;
    }
    String w = keys[i - 2];
    // after a non-word (1387/2/17), a list of figures (مناطق 4، 5 و 9) or a noun of dates and serials: no count
    return (isWord(w) || !digits) && !(digits && w.equals("و")) && !NUMBER_NOUNS.contains(w) && !MONTH_NAMES.contains(w);
  }

  /** Adds the person [i, end) and remembers its surname, to find it again alone. */
  private void addPerson(FieldText f, List<Token> s, String[] keys, int i, int end, List<Candidate> out,
      Set<String> surnames) {
    add(f, s, i, end, EntityType.PERSON, end - i >= 2 ? STRUCTURAL : TYPED, out);
    if (end - i >= 3 && keys[end - 2].equals(ALLAH)) {
      surnames.add(keys[end - 1]); // فرج الله صیادی: الله closes the given name, the surname is one word
    } else if (end - i >= 3 && surnameTails.contains(keys[end - 1])) {
      surnames.add(keys[end - 2] + " " + keys[end - 1]); // فاطمه کرم پور: the surname is both words
    } else if (end - i >= 3 && !isGivenName(keys[end - 2])) {
      surnames.add(keys[end - 2] + " " + keys[end - 1]); // غلامعلی حداد عادل: the surname is both words
    } else if (end - i == 2 && isGivenName(keys[end - 1]) && !isGivenName(keys[end - 2])) {
      // ماهاتیر محمد: a father's name closes it, so the short form is the person's own name (ماهاتیر), never محمد
      surnames.add(keys[end - 2] + " " + keys[end - 1]);
      surnames.add(keys[end - 2]);
    } else if (end - i >= 2) {
      surnames.add(keys[end - 1]);
    }
  }

  /**
   * End of the name after شهید (a martyr, a title like آیت‌الله: شهید رئیسعلی دلواری، شهید چمران), or -1: a name from
   * its given name, else two name words the second of which is surname-shaped or that the article repeats
   * together, else one surname-shaped word.
   */
  private int afterMartyr(String[] keys, int k, Set<String> martyrNames) {
    if (k >= keys.length || !isNameWord(keys[k]) || orgHeads.contains(keys[k]) || twoWordHeadStarts.contains(keys[k])
        || placeCue(keys[k])) {
      return -1;
    }
    int end = personFromGivenName(keys, k);
    if (end > k) {
      return end;
    }
    String second = k + 1 < keys.length ? keys[k + 1] : null;
    if (second != null && isNameWord(second) && !isGivenName(second)
        && (surnameShaped(second) || martyrNames.contains(keys[k] + " " + second))) {
      return k + 2;
    }
    return surnameShaped(keys[k]) ? k + 1 : -1;
  }

  /**
   * End of a place name at {@code i}, or -1: after a place word (شهرستان جاسک) or where a reporter
   * files from (خبرنگار فارس در سلماس، خبرگزاری فارس از کنارک).
   */
  /**
   * The two towns a road joins (محور خوی - چایپاره، جاده ساحلی بردخون به دیر، مسیر دیر به بوشهر): after a road word,
   * perhaps an adjective (-ی) or «, a name word, به/تا/- and a name word that closes the phrase are places, known to
   * the knowledge base or not, and are found again elsewhere in the article. Returns the end, or -1.
   */
  private int roadTowns(FieldText f, List<Token> s, String[] keys, int i, List<Candidate> out, Set<String> places) {
    if (i == 0 || !ROADS.contains(keys[i - 1])) {
      return -1;
    }
    int x = i < keys.length && keys[i].equals("«") ? i + 1 : i;
    if (x + 1 < keys.length && keys[x].endsWith(YEH) && !ROAD_LINKS.contains(keys[x + 1])) {
      x++; // جاده ساحلی: the road's adjective
    }
    int y = x + 2;
    if (y >= keys.length || !ROAD_LINKS.contains(keys[x + 1]) || !placeWord(keys[x]) || !placeWord(keys[y])
        || COMPASS.contains(keys[x]) || COMPASS.contains(keys[y]) // مسیر ورودی شمال به مشهد: a direction
        || !(strictlyCloses(keys, y + 1) || keys[y + 1].equals("»"))) {
      return -1;
    }
    add(f, s, x, x + 1, EntityType.PLACE, TYPED, out);
    add(f, s, y, y + 1, EntityType.PLACE, TYPED, out);
    places.add(keys[x]);
    places.add(keys[y]);
    return y + 1;
  }

  private static final Set<String> ROADS = MatchingForm.keys("محور", "جاده", "مسیر", "آزادراه", "بزرگراه");
  private static final Set<String> COMPASS = MatchingForm.keys("شمال", "جنوب", "شرق", "غرب");
  private static final Set<String> ROAD_LINKS = MatchingForm.keys("به", "تا", "-", "–");

  private int placeAfterCue(String[] keys, int i, Set<String> twoWordPlaces) {
    if (i == 0) {
      return -1;
    }
    boolean cue = placeCue(keys[i - 1]);
    boolean preposition = keys[i - 1].equals("در") || keys[i - 1].equals("از");
    if ((!cue && !preposition) || !placeWord(keys[i])) {
      return -1;
    }
    if (PLACE_OFFICES.contains(keys[i - 1]) && surnameShaped(keys[i])) {
      return -1; // استاندار حسینی: the office holder, not the province
    }
    if (cue && i > 1 && DEMONSTRATIVES.contains(keys[i - 2])) {
      return -1; // شهردار این شهر ارتباطات نزدیکی دارد: "this town" is named before, what follows is no name
    }
    if (!cue) {
      for (int k = i - 2; k >= Math.max(0, i - 4) && !cue && isWord(keys[k]); k--) {
        cue = keys[k].equals(REPORTER) || keys[k].equals(AGENCY);
      }
    }
    if (!cue) {
      return -1;
    }
    int end = i + 1 < keys.length && DIRECTIONS.contains(keys[i + 1]) ? i + 2 : i + 1;
    if (end == i + 1 && cue && end + 1 < keys.length && isNameWord(keys[end]) && !AFTER_PLACE.contains(keys[end])
        && !orgHeads.contains(keys[end]) && !placeCue(keys[end]) && (strictlyCloses(keys, end + 1)
        || (!twoWordPlaces.isEmpty() && twoWordPlaces.contains(keys[i] + " " + keys[end])))) {
      end++; // روستای ذاکر کندی از ...، شهرستان بویین زهرا گفت: a two-word name closed by a following word
    }
    // After در/از a place must close the phrase (در سلماس، / از کنارک گفت), not start a noun phrase (در خصوص).
    // استان is also "the province's" (استان اختصاص داده): held to the same test.
    boolean closes = !placeBefore.contains(keys[i - 1]) || WEAK_PLACE_CUES.contains(keys[i - 1])
        || PLACE_OFFICES.contains(keys[i - 1]);
    if (closes && !closesPlace(keys, end)) {
      return -1;
    }
    if (WEAK_PLACE_CUES.contains(keys[i - 1]) && !keys[i - 1].equals(PROVINCE)
        && (end == keys.length || LIGHT_VERBS.contains(keys[end]) || keys[end].equals(ANNOUNCED))) {
      // ادارات شهر و حومه تعطیل اعلام می‌شود: a predicate, not a name; "شهر X" alone is a title's fragment
      return -1;
    }
    return end;
  }

  /** Two-word offices held for a town: نماینده مردم X (its member of parliament), امام جمعه X (its Friday prayer leader). */
  private static final String[][] TOWN_OFFICES = {{MatchingForm.key("نماینده"), MatchingForm.key("مردم")},
      {MatchingForm.key("امام"), MatchingForm.key("جمعه")}};
  /** Adjectives of the office before its town (امام جمعه موقت تهران، نماینده فقید X). */
  private static final Set<String> OFFICE_ADJECTIVES = MatchingForm.keys("موقت", "فقید", "سابق", "اسبق", "محترم", "شریف");

  /**
   * نماینده مردم نائین، خور و بیابانک در مجلس، امام جمعه میانه گفت: the towns after an office held for a
   * town are places, one or two words each, listed with "،" and "و"; the list ends at a word that is no name
   * (در، گفت). Returns the end of the list, or -1 (a name of three words or more: not read as places).
   */
  /** The two words are one of {@link #TOWN_OFFICES} (compared word by word: asked at many words, so no joined key). */
  private static boolean townOffice(String first, String second) {
    for (String[] office : TOWN_OFFICES) {
      if (office[1].equals(second) && office[0].equals(first)) {
        return true;
      }
    }
    return false;
  }

  private int constituency(FieldText f, List<Token> s, String[] keys, int i, List<Candidate> out, Set<String> places) {
    if (OFFICE_ADJECTIVES.contains(keys[i])) {
      return -1;
    }
    int at = i;
    if (at >= 1 && OFFICE_ADJECTIVES.contains(keys[at - 1])) {
      at--; // امام جمعه موقت تهران
    }
    if (at < 2 || !townOffice(keys[at - 2], keys[at - 1])) {
      return -1;
    }
    List<int[]> towns = new ArrayList<>(4);
    int lastJoinedByAnd = 0; // a list is X، Y و Z: what follows a comma without a closing و is the sentence
    int k = i;
    while (towns.size() < 5) {
      int e = k;
      // the second word may be a given name (بویین زهرا، رباط کریم)
      while (e < keys.length && e - k < 3 && (e == k ? placeWord(keys[e]) : placeWord(keys[e]) || isGivenName(keys[e]))
          && !ENDS_TOWN_LIST.contains(keys[e])) {
        e++;
      }
      if (e == k || e - k > 2) {
        break;
      }
      boolean closed = e >= keys.length || !isWord(keys[e]) || AFTER_PLACE.contains(keys[e]);
      if (!closed && (e - k > 1 || !stop.contains(keys[e]))) {
        return -1; // not closed by a list mark or a word that follows places (a stop word only after one word)
      }
      if (e < keys.length && (LIGHT_VERBS.contains(keys[e]) || SPEECH_CUES.contains(keys[e - 1]))) {
        break; // ... و نتوانسته است، قم اظهارداشت: a predicate, not a town
      }
      if (k > i && keys[k - 1].equals("و")) {
        lastJoinedByAnd = towns.size();
      }
      towns.add(new int[] {k, e});
      if (e + 1 < keys.length && (keys[e].equals("،") || keys[e].equals(",") || keys[e].equals("و")) && placeWord(keys[e + 1])) {
        k = e + 1;
      } else {
        break;
      }
    }
    if (towns.isEmpty()) {
      return -1;
    }
    towns = towns.subList(0, lastJoinedByAnd + 1);
    for (int[] t : towns) {
      add(f, s, t[0], t[1], EntityType.PLACE, TYPED, out);
      if (t[1] == t[0] + 1) {
        places.add(keys[t[0]]);
      }
    }
    return towns.get(towns.size() - 1)[1];
  }

  /**
   * روستای "X"، منطقه «X»، شهر "X Y": one or two name words in marks right after a place word are a place (copy marks
   * a small or foreign place it names once). Returns the index after the closing mark, or -1.
   */
  private int quotedPlace(String[] keys, int i) {
    if (i == 0 || !isQuote(keys[i]) || !placeCue(keys[i - 1]) || PLACE_OFFICES.contains(keys[i - 1])) {
      return -1;
    }
    for (int k = i + 1; k < keys.length && k <= i + 3; k++) {
      if (isQuote(keys[k])) {
        return k > i + 1 ? k + 1 : -1;
      }
      if (!placeWord(keys[k])) {
        return -1;
      }
    }
    return -1;
  }

  /** Words {@link #placeWord} lets through that end a constituency's town list (در مجلس، گفت، افزود), not a town. */
  private static final Set<String> ENDS_TOWN_LIST = MatchingForm.keys("در", "گفت", "افزود");

  private boolean placeCue(String key) {
    return placeBefore.contains(key) || PLACE_OFFICES.contains(key);
  }

  private boolean placeWord(String key) {
    return isNameWord(key) && !isGivenName(key) && !orgHeads.contains(key) && !twoWordHeadStarts.contains(key)
        && !placeCue(key);
  }

  /** A place name surely ends before {@code end}: the sentence ends, punctuation or a word that follows places. */
  private static boolean strictlyCloses(String[] keys, int end) {
    return end >= keys.length || !isWord(keys[end]) || (AFTER_PLACE.contains(keys[end]) && !keys[end].equals("و")
        && !keys[end].equals("به") && !keys[end].equals("را")); // (با) توجه به: a phrase, not a name's end
  }

  /** Whether a place name may end before {@code end}: the sentence ends or a word that follows places comes. */
  private boolean closesPlace(String[] keys, int end) {
    return end >= keys.length || !isWord(keys[end]) || AFTER_PLACE.contains(keys[end]) || isGivenName(keys[end])
        || predicate.contains(keys[end]);
  }

  /** "(ع)", "(س)", "(ص)" at {@code k}: the honorific written after the Prophet's family and the Imams. */
  private static boolean honorificAfter(String[] keys, int k) {
    return k + 2 < keys.length && keys[k].equals("(") && keys[k + 2].equals(")")
        && (keys[k + 1].equals("ع") || keys[k + 1].equals("س") || keys[k + 1].equals("ص"));
  }

  /** End of a name that opens with one or two given names and has a surname after them, or -1. */
  private int personFromGivenName(String[] keys, int i) {
    boolean allahApart = allahApart(keys, i);
    if (!allahApart && !isGivenName(keys[i]) || (MONTH_NAMES.contains(keys[i]) && i > 0 && !keys[i - 1].isEmpty() && Character.isDigit(keys[i - 1].charAt(0)))) {
      return -1;
    }
    if (i > 0 && (DEMONSTRATIVES.contains(keys[i - 1]) || SMALL_NUMBERS.contains(keys[i - 1]))) {
      return -1; // این پل فرهنگی، دو پل: a given name that is a common noun too, pointed at or counted
    }
    if (i > 0 && keys[i - 1].equals(QURAN)) {
      return -1; // قرآن کریم: the Quran's epithet (noble), not Karim
    }
    if (i > 0 && keys[i - 1].startsWith(PLAN)) {
      return -1; // طرح هادی روستایی، طرح‌های هادی: هادی is "guiding" (a village master plan), not Hadi
    }
    if (keys[i].equals(HASAN) && i + 1 < keys.length && GOOD_WHAT.contains(keys[i + 1])) {
      return -1; // حسن اجرای قانون، حسن ظن، حسن همجواری: حسن is "good" (the noun's quality), not Hasan
    }
    int first = allahApart ? i + 2 : i + 1; // فرج الله صیادی: the compound's two words are one given name
    if (allahApart && (first >= keys.length || !isNameWord(keys[first]) || isGivenName(keys[first]))) {
      return -1; // بسم الله، فضل الله alone: no surname after it, so no name is shown to start here
    }
    int j = first;
    while (j < keys.length && j - first < 1 && isGivenName(keys[j]) && j + 1 < keys.length && isNameWord(keys[j + 1])) {
      j++; // محمد علی توحیدی: a second given name only when a surname follows it
    }
    if (j < keys.length && (keys[j].equals(IBN) || keys[j].equals(IBN_ALEF))) {
      // محمد بن سلمان، جابر ابن حیان: بن or ابن links the father's name (again after it: علی بن محمد بن حسن), and a
      // name never ends on it (no name word after it: the given names alone, as with no surname)
      int e = j;
      while (e + 1 < keys.length && (keys[e].equals(IBN) || keys[e].equals(IBN_ALEF)) && isNameWord(keys[e + 1])) {
        e += 2;
      }
      return e > j ? e : (j - i >= 2 && !allahApart ? j : -1);
    }
    if (j < keys.length && isNameWord(keys[j]) && !endsWithClitic(keys[j - 1])) {
      boolean tail = j + 1 < keys.length && surnameTails.contains(keys[j + 1]);
      if (!tail && secondSurnameWord(keys, j + 1)) {
        return j + 2; // محمد حسن اکبری مطلق امروز، علیرضا رضا داد، : a two-word surname the next word closes
      }
      return tail ? j + 2 : j + 1; // احمدی نژاد written with a space
    }
    return j - i >= 2 && !allahApart ? j : -1;
  }

  /**
   * A compound given name of -الله written apart at {@code i} (فرج الله، فضل الله): the word and الله make a listed
   * given name (the list holds them glued, a ZWNJ matching as a space). Papers write the compound apart as often as
   * glued; the check allocates only when الله follows.
   */
  private boolean allahApart(String[] keys, int i) {
    // ولی الله: ولی is also "but", and apart the pair is as often a title (the Imam's) as a name
    return i + 1 < keys.length && keys[i + 1].equals(ALLAH) && !keys[i].equals(VALI)
        && givenNames.contains(keys[i] + " " + ALLAH);
  }

  /**
   * Whether the word at {@code k}, after a given name and a surname, is the surname's second word: a name word
   * (no given name, head, place word or role) after which the name plainly ends (punctuation, a speech cue,
   * امروز, در, و and another given name).
   */
  private boolean secondSurnameWord(String[] keys, int k) {
    if (k + 1 >= keys.length || !isNameWord(keys[k]) || isGivenName(keys[k]) || AFTER_PLACE.contains(keys[k])
        || orgHeads.contains(keys[k]) || twoWordHeadStarts.contains(keys[k]) || placeCue(keys[k])
        || PERSONAL_TITLES.contains(keys[k]) || TIME_WORDS.contains(keys[k]) || keys[k].length() < 3) {
      return false;
    }
    String next = keys[k + 1];
    if (next.equals("و")) {
      return k + 2 < keys.length && isGivenName(keys[k + 2]);
    }
    if (!isWord(next)) {
      return next.equals("،") || next.equals(",");
    }
    // شریعت اصفهانی از جمله، نوری همدانی که: a second word in -ی (a town's or a family's adjective) ends the name
    // before a preposition or a relative as well
    return SPEECH_CUES.contains(next) || next.equals("در") || TIME_WORDS.contains(next)
        || keys[k].length() > 4 && keys[k].endsWith(YEH) && AFTER_NISBA.contains(next) && !WHEN.contains(keys[k]);
  }

  /**
   * Whether the word at {@code k}, after a clerical title and one word, is a surname the name plainly ends on: a word
   * in -ی or of a surname's shape (no given name, head or place word) before a role or office (حجت‌الاسلام خیرالله
   * ابراهیمی امام جمعه، آیت‌الله X Y رئیس), before نیز or هم, or before و and another title (آیت‌الله ملکی تبریزی و
   * آیت‌الله …). The title's first word may be a given name the list leaves out, as a word too (احد، ملک).
   */
  private boolean surnameBeforeRole(String[] keys, int k) {
    if (k + 1 >= keys.length || !isNameWord(keys[k]) || isGivenName(keys[k]) || orgHeads.contains(keys[k])
        || twoWordHeadStarts.contains(keys[k]) || placeCue(keys[k]) || PERSONAL_TITLES.contains(keys[k])
        || TIME_WORDS.contains(keys[k]) || AFTER_PLACE.contains(keys[k]) || keys[k].length() < 4
        || !(keys[k].endsWith(YEH) || surnameShaped(keys[k]) || keys[k].endsWith(SEEKER))) {
      return false;
    }
    String next = keys[k + 1];
    if (next.equals("و")) {
      return k + 2 < keys.length && PERSONAL_TITLES.contains(keys[k + 2]);
    }
    return rolesAfter.contains(next) || offices.contains(next) || SAYS_ALSO.contains(next);
  }

  /**
   * Given names that are common words too (لاله tulip, طوفان storm, سحر dawn, احد one), which the shipped list leaves
   * out: such a word opens a name only before a surname-shaped word and a role or office (لاله افتخاری رئیس …).
   */
  private static final Set<String> WORD_GIVEN_NAMES = MatchingForm.keys("لاله", "طوفان", "احد", "ملک", "سحر", "الهام", "ایمان",
      "سیما", "پویا", "امید", "ستاره", "بهار", "آرزو", "فرشته", "مهتاب", "باران", "شقایق", "پرستو");

  /** A surname in -ی or of a surname's shape at {@code k}, then a role or office, maybe after a comma. */
  private boolean surnameThenRole(String[] keys, int k) {
    if (!isNameWord(keys[k]) || isGivenName(keys[k]) || keys[k].length() < 4 || orgHeads.contains(keys[k])
        || twoWordHeadStarts.contains(keys[k]) || placeCue(keys[k]) || AFTER_PLACE.contains(keys[k])
        || !(keys[k].endsWith(YEH) || surnameShaped(keys[k]))) {
      return false;
    }
    int r = k + 1;
    if (r < keys.length && (keys[r].equals("،") || keys[r].equals(","))) {
      r++;
    }
    return r < keys.length && (rolesAfter.contains(keys[r]) || offices.contains(keys[r]));
  }

  /** -خواه (آزادیخواه، نیکخواه): a surname's ending as -ی is. */
  private static final String SEEKER = MatchingForm.key("خواه");
  /** نیز، هم: "also", after the subject a name ends. */
  private static final Set<String> SAYS_ALSO = MatchingForm.keys("نیز", "هم");

  /**
   * Words after a name that end a two-word surname whose second word is in -ی (… اصفهانی از، … همدانی که). Not را،
   * با، به: an abstract noun in -ی is their object far more often (X Y کارآفرینی را، همکاری با).
   */
  private static final Set<String> AFTER_NISBA = MatchingForm.keys("از", "که", "نیز", "هم");
  /** زمانی که، وقتی که، هنگامی که: "when", a clause after the name, no part of it. */
  private static final Set<String> WHEN = MatchingForm.keys("زمانی", "وقتی", "هنگامی");

  /** Times of day and adverbs of time that follow a name (حسن ترابی امشب، فلوجه هم‌اکنون): never its second word. */
  private static final Set<String> TIME_WORDS = MatchingForm.keys("امروز", "امشب", "دیشب", "دیروز", "فردا", "پریروز", "صبح",
      "ظهر", "عصر", "شب", "شامگاه", "بامداد", "امسال", "پارسال", "اکنون", "هم‌اکنون", "هم اکنون", "تاکنون", "سپس", "اینک",
      "پیش‌ازظهر", "پیش از ظهر", "بعدازظهر", "بعد از ظهر", "نوروز", "شنبه", "یکشنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه",
      "چهارشنبه", "چهار‌شنبه", "پنجشنبه", "پنج‌شنبه", "جمعه");

  /**
   * Before a role word (سرمربی، رئیس), one or two name words that open a clause are the role holder's
   * name: "X Y، مربی ...". The role may follow after a comma.
   */
  private int beforeRole(String[] keys, int i) {
    for (int n = 2; n >= 1; n--) {
      int e = i + n;
      if (e >= keys.length) {
        continue;
      }
      boolean words = true;
      for (int k = i; k < e && words; k++) {
        // a number word counts the role's holders (جذب چهار بازیکن، خروج دو مربی): no name holds one
        words = (isNameWord(keys[k]) || n == 2 && k == i && keys[k].equals(JOHN)) && !orgHeads.contains(keys[k])
            && !SMALL_NUMBERS.contains(keys[k]) && !keys[k].equals(ONE) && !(k == i && keys[k].equals(TEAM));
      }
      if (!words) {
        continue;
      }
      int r = e;
      while (r < keys.length && r < e + 2 && (keys[r].equals("،") || keys[r].equals(",") || isQuote(keys[r]))) {
        r++;
      }
      // One word alone needs a surname shape: "نایب رئیس" is a title, not a name.
      if (r < keys.length && rolesAfter.contains(keys[r]) && (n == 2 || surnameShaped(keys[i]))) {
        return e;
      }
      // «X Y» رهبر حزب …: a leader named in marks, or with a listed given name (first, or second as a father's
      // name: ماهاتیر محمد) or a surname's shape (the Leader's epithet after a headline's nouns, سخنان رهبر معظم
      // انقلاب, has none)
      if (r < keys.length && n == 2 && LEADER_ROLES.contains(keys[r])
          && (i > 0 && isQuote(keys[i - 1]) && isQuote(keys[e]) || isGivenName(firstPart(keys[i])) || surnameShaped(keys[e - 1])
              || isGivenName(keys[e - 1]))) {
        return e;
      }
    }
    return -1;
  }

  /**
   * جان: 'life' (جان باختن، جان خود را) and a stop word, but John before a surname and a role (جان اسمیت کارشناس ارشد):
   * there, and only as the first of two words before the role, it opens the name.
   */
  private static final String JOHN = MatchingForm.key("جان");
  /**
   * تیم: Tim, but far more often "team", and a team before a role word (تیم X قهرمان چهار دوره، تیم X مربی) is
   * the team's sport or town, not a role holder's name: it never opens the name before a role.
   */
  private static final String TEAM = MatchingForm.key("تیم");

  /** A party's or movement's leader, a head of state or government, after the name (foreign leaders have no listed given name). */
  private static final Set<String> LEADER_ROLES = MatchingForm.keys("رهبر", "رئیس‌جمهور", "نخست‌وزیر");

  /** Speech cues that open the clause after a speaker and a comma (X Y، گفت / افزود / تصریح کرد). */
  private static final Set<String> SPEECH_CUES = MatchingForm.keys("گفت", "افزود", "اظهار", "اظهارداشت", "خاطرنشان", "تصریح",
      "ضمن", "عنوان");
  /** Second words of the speech cues that open with با or در (با بیان اینکه، با اشاره به، در گفت‌وگو با). */
  private static final Set<String> SPEECH_AFTER_BA = MatchingForm.keys("بیان", "اشاره", "تاکید", "تأکید", "اعلام");
  private static final Set<String> SPEECH_AFTER_DAR = MatchingForm.keys("گفت‌وگو", "گفتگو", "گفت وگو", "گفت‌و‌گو", "جمع", "نشست",
      "حاشیه");

  /**
   * Two or three words opening a sentence, a comma and a speech cue (حمیدرضا نوروزی‌فر، با بیان اینکه …):
   * a speaker the knowledge base lacks, when the words are name words (no verb, stop word, office, role,
   * head or place word) and they look like a name (a given name of the list first, or a surname shape last).
   */
  private int beforeSpeechCue(String[] keys, int i) {
    for (int n = 2; n <= 3; n++) {
      int e = i + n;
      // بختیار رحمانی در گفت‌وگو با خبرنگار …: an interview cue names who spoke without the comma too; the name shape
      // below keeps out the offices and bodies that open such a sentence (استاندار مازندران در گفت‌وگو با …)
      boolean interview = interviewAt(keys, e);
      if (!interview && (e + 1 >= keys.length || !(keys[e].equals("،") || keys[e].equals(",")))) {
        continue;
      }
      boolean words = true;
      for (int k = i; k < e && words; k++) {
        words = isNameWord(keys[k]) && !orgHeads.contains(keys[k]) && !twoWordHeadStarts.contains(keys[k])
            && !placeCue(keys[k]) && !DETERMINERS.contains(keys[k]) && !DIRECTIONS.contains(keys[k]);
      }
      // a given name first (علی‌اوسط: its first part) or a surname shape last; before an interview a surname in -ی
      // too (بختیار رحمانی), the offices that open such sentences being no name words
      if (!words || !isGivenName(firstPart(keys[i])) && !surnameShaped(keys[e - 1])
          && !(interview && keys[e - 1].endsWith(YEH) && keys[e - 1].length() >= 4)) {
        continue;
      }
      if (interview || speechCueAt(keys, e + 1)) {
        return e;
      }
    }
    return leadBeforeTime(keys, i);
  }

  /** Interviews after در: گفت‌وگو (and its spellings, گفت و گو written as three words) and مصاحبه. */
  private static final Set<String> INTERVIEWS = MatchingForm.keys("گفت‌وگو", "گفتگو", "گفت وگو", "گفت‌و‌گو", "مصاحبه");
  private static final String SAID = MatchingForm.key("گفت");
  private static final String GU = MatchingForm.key("گو");

  /** در گفت‌وگو با، در مصاحبه با at {@code c}: an interview the subject before it gave. */
  private static boolean interviewAt(String[] keys, int c) {
    if (c + 2 >= keys.length || !keys[c].equals("در")) {
      return false;
    }
    if (INTERVIEWS.contains(keys[c + 1])) {
      return keys[c + 2].equals(WITH);
    }
    return c + 4 < keys.length && keys[c + 1].equals(SAID) && keys[c + 2].equals("و") && keys[c + 3].equals(GU)
        && keys[c + 4].equals(WITH);
  }

  /** Whether a speech cue opens at {@code c}: گفت، افزود …, با بیان/اشاره …, در گفت‌وگو/نشست/حاشیه …. */
  private static boolean speechCueAt(String[] keys, int c) {
    if (c >= keys.length) {
      return false;
    }
    String w = keys[c];
    return SPEECH_CUES.contains(w)
        || (c + 1 < keys.length && w.equals("با") && SPEECH_AFTER_BA.contains(keys[c + 1]))
        || (c + 1 < keys.length && w.equals("در") && SPEECH_AFTER_DAR.contains(keys[c + 1]));
  }

  /**
   * The agency's lead: two or three words opening a sentence, then a time adverb (امروز، صبح امروز) and a
   * speech cue (X Y امروز در گفت‌وگو با خبرنگار …، X Y، امروز در نشست خبری …). The time adverb between a
   * subject and its speech cue leaves no reading but a speaker named there, so no name shape is asked.
   */
  private int leadBeforeTime(String[] keys, int i) {
    for (int n = 2; n <= 3; n++) {
      int e = i + n;
      int t = e < keys.length && (keys[e].equals("،") || keys[e].equals(",")) ? e + 1 : e;
      int c = t;
      while (c < keys.length && c < t + 2 && TIME_WORDS.contains(keys[c])) {
        c++;
      }
      if (c == t || !speechCueAt(keys, c)) {
        continue;
      }
      boolean words = true;
      for (int k = i; k < e && words; k++) {
        words = isNameWord(keys[k]) && !orgHeads.contains(keys[k]) && !twoWordHeadStarts.contains(keys[k])
            && !placeCue(keys[k]) && !DETERMINERS.contains(keys[k]) && !DIRECTIONS.contains(keys[k])
            && !TIME_WORDS.contains(keys[k]);
      }
      if (words) {
        return e;
      }
    }
    return -1;
  }

  private static final Set<String> NEWSPAPERS = MatchingForm.keys("روزنامه", "هفته‌نامه");
  private static final String YEH = MatchingForm.key("ی");

  /**
   * A newspaper is named without its head word (روزنامه اطلاعات: اطلاعات), and without a nationality
   * adjective between them (روزنامه آمریکایی واشنگتن پست); a lone word in -ی after the head may be the
   * adjective or the name (روزنامه رسمی، روزنامه همشهری): the head is kept then.
   */
  private static int newspaperNameStart(String[] keys, int i, int end) {
    if (keys[i].equals(AGENCY) && end == i + 2) {
      // خبرگزاری رویتر، خبرگزاری ایتارتاس: an agency the knowledge base does not know whole (its own agencies and
      // those named by their country are matched before) is a foreign one, named without its head
      return i + 1;
    }
    if (!NEWSPAPERS.contains(keys[i])) {
      return i;
    }
    String next = keys[i + 1];
    if (NOT_NEWSPAPER_NAMES.contains(next) || next.startsWith(JOURNALIST)) {
      return i; // روزنامه رسمی، روزنامه جمهوری اسلامی، روزنامه نگاران (journalists written apart): as found
    }
    if (!next.endsWith(YEH)) {
      return i + 1;
    }
    if (end - i >= 4 && keys[i + 2].equals(LANGUAGE)) {
      return i + 3; // روزنامه اسپانیایی زبان X: a Spanish-language newspaper
    }
    return end - i >= 3 ? i + 2 : i;
  }

  private static final Set<String> NOT_NEWSPAPER_NAMES = MatchingForm.keys("رسمی", "جمهوری");
  private static final String JOURNALIST = MatchingForm.key("نگار");
  private static final String LANGUAGE = MatchingForm.key("زبان");

  private static final String FESTIVAL = MatchingForm.key("جشنواره");

  /**
   * شورای سیاست‌گذاری جشنواره فیلم فجر، ستاد خبری هشتمین جشنواره: a council or office of a festival belongs to
   * the event, which is no entity (nor are names inside an event's name).
   */
  private static boolean namesAFestival(String[] keys, int i, int end) {
    for (int k = i + 1; k < end; k++) {
      if (keys[k].equals(FESTIVAL)) {
        return true;
      }
    }
    // شورای داوران بیستمین جشنواره: the festival right after the name, only its edition's ordinal between
    for (int k = end; k < keys.length && k <= end + 4; k++) {
      if (keys[k].equals(FESTIVAL)) {
        return true;
      }
      if (!(keys[k].equals("و") || keys[k].endsWith(ORDINAL) || SMALL_NUMBERS.contains(keys[k]) || TENS.contains(keys[k]))) {
        return false;
      }
    }
    return false;
  }

  private static final String ORDINAL = MatchingForm.key("مین");
  private static final Set<String> TENS = MatchingForm.keys("بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد");

  private static String firstPart(String key) {
    int sp = key.indexOf(' ');
    return sp > 0 ? key.substring(0, sp) : key;
  }

  private static boolean opensClause(String[] keys, int i) {
    if (i == 0) {
      return true;
    }
    String p = keys[i - 1];
    return p.isEmpty() || !Character.isLetterOrDigit(p.charAt(0)) || p.equals("و");
  }

  /** The end of a parliament's name whose term ends at {@code j}: شورای اسلامی after it belongs to the name. */
  private static int majlisNamed(String[] keys, int j) {
    return j + 1 < keys.length && keys[j].equals("شوراي") && keys[j + 1].equals("اسلامي") ? j + 2 : j;
  }

  /** Words that name an assembly after مجلس (matching form). */
  private static final Set<String> PARLIAMENT_NAMES = StringSet.of("شوراي", "شورا", "خبرگان", "ملي", "سنا", "نمايندگان",
      "اعلاي", "عالي");

  /** End of an organisation opened by a head word at {@code i}: the head and up to three genitive words. */
  private int orgEnd(String[] keys, int i) {
    int j;
    if (i + 1 < keys.length && twoWordHeadStarts.contains(keys[i]) && orgHeads.contains(keys[i] + " " + keys[i + 1])) {
      j = i + 2; // اداره کل
    } else if (orgHeads.contains(keys[i])) {
      j = i + 1;
      if (keys[i].equals(CENTRE) && j < keys.length && (keys[j].equals(PROVINCE) || keys[j].equals(CITY) || keys[j].equals(COUNTY))) {
        return -1; // مرکز استان، مرکز شهرستان: the provincial or county seat
      }
      if (keys[i].equals("مجلس") && j < keys.length && MajlisTerms.isTerm(keys[j])) {
        return majlisNamed(keys, j + 1); // مجلس هفتم (شورای اسلامی): the parliament by its term
      }
      if (keys[i].equals("مجلس") && (j >= keys.length || !PARLIAMENT_NAMES.contains(keys[j]))) {
        return -1; // مجلس alone is "the parliament", and what follows it is the sentence (مجلس تغییر بکند)
      }
    } else {
      return -1;
    }
    int end = orgTail(keys, i, j);
    if (keys[i].equals(COUNCIL) && keys[end - 1].equals(CITY) && end - i <= 3) {
      return -1; // شورای شهر، شورای اسلامی شهر و شهرداری X: a town's council is a name only with its town
    }
    if (keys[i].equals(COUNCIL) && end == i + 2 && end < keys.length && COUNCIL_RANKS.contains(keys[i + 1])) {
      // شورای مرکزی کمیته امداد، شورای مرکزی حزب X: a body's council is named with the body (its head would stop the tail)
      int body = orgEnd(keys, end);
      if (body > end + 1) {
        return body;
      }
    }
    return end;
  }

  private static final String COUNCIL = MatchingForm.key("شورای");
  private static final String CUSTOMS = MatchingForm.key("گمرک");
  /** The rank of a council that belongs to a body named right after it (شورای مرکزی، شورای عالی). */
  private static final Set<String> COUNCIL_RANKS = MatchingForm.keys("مرکزی", "عالی");

  /**
   * A body named by a list of fields, "A، B و C" (وزارت علوم، تحقیقات و فناوری، سازمان میراث فرهنگی، صنایع دستی و گردشگری،
   * کمیسیون برنامه، بودجه و محاسبات): a comma at {@code j} goes on when a field of one word, or of two whose first is a
   * field noun (صنایع دستی), follows it and the list closes at once with "و" and a name word.
   * Returns the index of that "و", or -1.
   */
  private int fieldList(String[] keys, int j) {
    if (j + 3 >= keys.length || !COMMAS.contains(keys[j]) || !fieldNoun(keys[j + 1])) {
      return -1; // سازمان دانش‌آموزی، بسیج و آموزش و پرورش: a list of bodies, not of one body's fields
    }
    int and = j + 2;
    if (!keys[and].equals("و") && isOrgWord(keys[and]) && !endsWithClitic(keys[and])) {
      and++;
    }
    return and + 1 < keys.length && keys[and].equals("و") && (fieldNoun(keys[and + 1]) || isOrgWord(keys[and + 1]))
        && !keys[and + 1].equals(ET_CETERA) && !endsWithClitic(keys[and - 1]) ? and : -1;
  }

  /** Past light verbs that want a noun before them (اضافه کرد، ادامه داد); not the copulas (… استان ایلام است). */
  private static final Set<String> PAST_LIGHT_VERBS = MatchingForm.keys("کرد", "کردند", "داد", "دادند", "نمود");

  /** غیره ("and so on") closes a list of things, never a body's name (شرکت گاز، نوسازی و غیره). */
  private static final String ET_CETERA = MatchingForm.key("غیره");

  /** A field noun of a body's name, also glued to the next word by a ZWNJ (صنایع‌دستی). */
  private boolean fieldNoun(String key) {
    int space = key.indexOf(' ');
    return conjuncts.contains(space > 0 ? key.substring(0, space) : key);
  }

  /** End of an organisation's genitive words from {@code j}, its head ending there (opened at {@code i}). */
  private int orgTail(String[] keys, int i, int j) {
    int head = j;
    int apart = 0;
    if (j > i && j + 1 < keys.length && NAMED_AFTER.contains(keys[j]) && isNameWord(keys[j + 1]) && !endsWithClitic(keys[j + 1])) {
      j += 2; // دانشگاه شهید بهشتی، دانشگاه امام صادق: a body named after a person, the title part of its name
    }
    // at most three words after the head, whether it is one word (سازمان) or two (اداره کل حفاظت محیط زیست)
    while (j < keys.length && j - Math.max(i + 1, head) - apart <= 2 && isOrgWord(keys[j]) && !(j > head && provinceNamed(keys, j))
        && !(j > head && predicateNouns.contains(keys[j]))) {
      j++;
      if (endsWithClitic(keys[j - 1]) && !(keys[j - 1].endsWith(PLURAL_EZAFE_APART) && j < keys.length && isOrgWord(keys[j]))) {
        break; // سفالگران کوهسار‌را: the clitic closes the name, but not a plural's ezafe (مؤسسه‌های قرآنی), a genitive after it
      }
      if (j + 1 < keys.length && PLURAL_APART.contains(keys[j]) && isOrgWord(keys[j + 1])) {
        j++; // صندوق تأمین خسارت های بدنی: a plural ending typed with a space is still the word's
        apart++;
      }
    }
    j = pluralEzafeOn(keys, head, j);
    if (countryClosing(keys, head, j)) {
      j++; // شورای راهبردی نظام مالیاتی کشور
    }
    j = namedAfterWithin(keys, head, j);
    if (j < keys.length && j - head >= 2 && (LIGHT_VERBS.contains(keys[j]) || presentLightVerb(keys, j)
        || SUBJUNCTIVE_LIGHT_VERBS.contains(keys[j])
        || (lightVerbPhrase(keys, j) || otherLightVerb(keys, j)) && !keys[j - 1].endsWith(RELATIONAL))) {
      // بنیاد فرهنگی کوهسار آماده است، دانشگاه X نشان می‌دهد: the word before a (light) verb is its noun; of the rarer
      // forms not an adjective in ی, which ends such names (سازمان امور مالیاتی ندارد، شورای امنیت ملی داشت)
      j--;
    } else if (j < keys.length && j - head == 1 && (COMPOUND_VERBS.contains(keys[j]) || lightVerbPhrase(keys, j))) {
      j--; // به بیمارستان انتقال یافت، شهرداری کمک می‌کند: the noun of a compound verb, not a name
    }
    j = againstWhat(keys, head, j);
    j = supportOf(keys, head, j);
    if (j > head && j + 1 < keys.length && keys[j].equals(BRANCH) && isNameWord(keys[j + 1])
        && !endsWithClitic(keys[j - 1])) {
      j += 2; // دانشگاه آزاد اسلامی واحد بروجرد: a branch is named with its town
    }
    // سازمان اوقاف و امور خیریه، سازمان راهداری و حمل و نقل جاده‌ای: "و" and a noun of such names go on
    // a two-word head names the field itself (شبکه بهداشت و درمان), so "و" may follow it directly
    while ((j > head || head - i == 2) && j + 1 < keys.length && !endsWithClitic(keys[j - 1])) {
      if (keys[j].equals("و") && conjuncts.contains(keys[j + 1])) {
        j += 2;
      } else {
        int and = fieldList(keys, j);
        if (and < 0) {
          break;
        }
        j = and + 2;
      }
      int more = 0;
      // not شهرستان X either: the county clause below names the office with its county (… ارشاد اسلامی شهرستان فهرج)
      while (more < 2 && j < keys.length && !keys[j].equals(PROVINCE) && !provinceNamed(keys, j) && isOrgWord(keys[j])
          && !LIGHT_VERBS.contains(keys[j]) && !predicateNouns.contains(keys[j]) && !endsWithClitic(keys[j - 1])) {
        j++;
        more++;
      }
      j = pluralEzafeOn(keys, head, j);
      if (more > 0 && j < keys.length && (isVerb(keys[j]) || LIGHT_VERBS.contains(keys[j]))) {
        j--; // ... ارشاد اسلامی همکاری می‌کنند: the noun of a compound verb
      }
    }
    j = enjoiningGood(keys, head, j);
    if (countryClosing(keys, head, j)) {
      j++; // شورای راهبردی نظام مالیاتی کشور
    }
    // اداره کل اوقاف ... استان ایلام: a provincial office is named with its province
    // but not the noun of a compound verb after استان (سازمان جهاد کشاورزی استان محقق خواهد شد، ... استان اضافه کرد)
    if (j > head && j + 1 < keys.length && keys[j].equals(PROVINCE) && isNameWord(keys[j + 1])
        && !closedByClitic(keys[j - 1], true) && !(j + 2 < keys.length && (presentLightVerb(keys, j + 2) || PAST_LIGHT_VERBS.contains(keys[j + 2])))) {
      j += j + 2 < keys.length && DIRECTIONS.contains(keys[j + 2]) ? 3 : 2; // استان آذربایجان شرقی
    }
    // شبکه بهداشت و درمان شهرستان دیر: a county office is named with its county, as a provincial one
    if ((j > head || head - i == 2) && j + 1 < keys.length && keys[j].equals(COUNTY) && isNameWord(keys[j + 1]) && !closedByClitic(keys[j - 1], true)) {
      j += 2;
    }
    if (keys[i].equals(NETWORK) && !(j >= 2 && keys[j - 2].equals(COUNTY))) {
      return -1; // شبکه بهداشت این شهرستان: a county network is a name only with its county
    }
    if (j > head && j + 1 < keys.length && keys[j].equals(MUNICIPALITY) && placeWord(keys[j + 1])
        && !endsWithClitic(keys[j - 1])) {
      j += 2; // سازمان حمل و نقل ترافیک شهرداری تهران: a body of the municipality is named with it
    }
    if (j > head && j < keys.length && DIRECTIONS.contains(keys[j]) && placeWord(keys[j - 1]) && !endsWithClitic(keys[j - 1])) {
      j++; // ... استثنایی خراسان شمالی: a place of two words closes the name whole
    }
    if (j > head && j < keys.length && NUMBERED.contains(keys[j - 1]) && serial(keys[j])) {
      j++; // شهرداری منطقه 9، کمیسیون ماده 100: a district or an article is named by its number
    }
    if (j > head && j < keys.length && keys[j].equals("مجلس")) {
      // کمیسیون اقتصادی مجلس (شورای اسلامی)، مرکز پژوهش‌های مجلس: a body of parliament is named with it, and
      // with the parliament's term (کمیسیون امنیت ملی مجلس نهم)
      j++;
      if (j < keys.length && MajlisTerms.isTerm(keys[j])) {
        j++;
      }
      j = majlisNamed(keys, j);
    }
    return j;
  }

  /** The duty of enjoining good and forbidding wrong, one term of seven words (امر به معروف و نهی از منکر). */
  private static final String[] ENJOINING_GOOD = {MatchingForm.key("امر"), MatchingForm.key("به"), MatchingForm.key("معروف"),
      MatchingForm.key("و"), MatchingForm.key("نهی"), MatchingForm.key("از"), MatchingForm.key("منکر")};

  /**
   * Round 60: a body named after that duty (ستاد احیای امر به معروف و نهی از منکر) goes on over its به and از, which
   * end other names; the name that stopped after امر ends after منکر, else {@code j}.
   */
  private static int enjoiningGood(String[] keys, int head, int j) {
    int n = ENJOINING_GOOD.length;
    boolean term = j > head && j - 1 + n <= keys.length && Arrays.equals(keys, j - 1, j - 1 + n, ENJOINING_GOOD, 0, n);
    return term ? j + n - 1 : j;
  }

  /**
   * A plural with its ezafe (فرآورده‌های، فعالیت‌های) wants the word it governs: a name whose genitive words ran out
   * there goes on by that word (شرکت ملی پخش فرآورده‌های نفتی، مرکز توسعه و ترویج فعالیت‌های قرآنی), where it
   * was cut at the ZWNJ (the plural's clitic stripped from the last word); else {@code j}. Not a place noun's plural
   * (استان‌های X و Y, a list of places).
   */
  private int pluralEzafeOn(String[] keys, int head, int j) {
    if (j <= head || j >= keys.length || !keys[j - 1].endsWith(PLURAL_EZAFE_APART)) {
      return j;
    }
    // a place noun's plural lists places (استان‌های تهران و البرز), which stay places
    String noun = keys[j - 1].substring(0, keys[j - 1].length() - PLURAL_EZAFE_APART.length());
    return !PLACE_NOUNS.contains(noun) && !noun.equals(COUNTRY) && isOrgWord(keys[j]) && !provinceNamed(keys, j)
        && !predicateNouns.contains(keys[j]) ? j + 1 : j;
  }

  private static final String COUNTRY = MatchingForm.key("کشور");

  /**
   * کشور right after a body's name cut at {@code j} (at the genitive limit, or after an adjective in -ای) is the
   * last word of a national body's name (شورای راهبردی نظام مالیاتی کشور، سازمان راهداری و حمل و نقل جاده‌ای کشور),
   * not when a place names the country (کشور عراق) or a light verb makes it a predicate (… کشور است).
   */
  private boolean countryClosing(String[] keys, int head, int j) {
    return j > head && j < keys.length && keys[j].equals(COUNTRY)
        && (!endsWithClitic(keys[j - 1]) || keys[j - 1].endsWith(ADJECTIVE_EI_APART))
        && !(j + 1 < keys.length && (placeWord(keys[j + 1]) || verbAt(keys, j + 1) || PAST_LIGHT_VERBS.contains(keys[j + 1])));
  }

  /** Nouns a body's name numbers (منطقه 9، ناحیه 2، ماده 100). */
  private static final Set<String> NUMBERED = MatchingForm.keys("منطقه", "ناحیه", "ماده");

  /** A serial number of one to four digits. */
  private static boolean serial(String key) {
    return key.length() <= 4 && Digits.only(key);
  }

  /** جمعه، جماعت after امام: the office of a prayer leader, not a body's namesake. */
  private static final Set<String> PRAYERS = MatchingForm.keys("جمعه", "جماعت");
  private static final String RAHMAT = MatchingForm.key("ره");

  /**
   * A body named after a person further into its name (کمیته امداد امام خمینی، دانشگاه علوم پزشکی شهید بهشتی): the title
   * at {@code j} and the name after it belong to the body, where the tail stopped at the title; a provincial body keeps
   * the title's honorific before its province (کمیته امداد امام (ره) استان مازندران), the province taken after.
   */
  private int namedAfterWithin(String[] keys, int head, int j) {
    if (j <= head || j >= keys.length || !NAMED_AFTER.contains(keys[j]) || endsWithClitic(keys[j - 1])) {
      return j;
    }
    int k = j + 1;
    if (k < keys.length && isNameWord(keys[k]) && !endsWithClitic(keys[k]) && !PRAYERS.contains(keys[k])) {
      k++; // امام خمینی
    } else if (!(k + 2 < keys.length && keys[k].equals("(") && keys[k + 1].equals(RAHMAT))) {
      return j; // امام alone, no name and no honorific: not the body's
    }
    if (k + 4 < keys.length && keys[k].equals("(") && keys[k + 1].equals(RAHMAT) && keys[k + 2].equals(")")
        && (keys[k + 3].equals(PROVINCE) || keys[k + 3].equals(COUNTY)) && isNameWord(keys[k + 4])) {
      k += 3; // (ره) استان مازندران
    }
    return k;
  }

  /** Verbal nouns of a body's mission that take their object after با (ستاد مبارزه با مواد مخدر). */
  private static final Set<String> AGAINST = MatchingForm.keys("مبارزه", "مقابله");
  /** Objects of {@link #AGAINST} that are the first word of a two-word compound (مواد مخدر، قاچاق کالا). */
  private static final Set<String> COMPOUND_OBJECTS = MatchingForm.keys("مواد", "قاچاق");

  /**
   * A body named for what it fights (ستاد مبارزه با مواد مخدر، پلیس مبارزه با قاچاق کالا، ستاد مقابله با کرونا): its
   * name goes on past با through the object, where با would otherwise close it; else {@code j}. The object is one noun,
   * or two when the first opens a compound (مواد مخدر، قاچاق کالا): what follows is the sentence's (… موادمخدر موظف
   * بوده، … کرونا مشگین‌شهر).
   */
  private int againstWhat(String[] keys, int head, int j) {
    if (j <= head || j + 1 >= keys.length || !AGAINST.contains(keys[j - 1]) || !keys[j].equals(WITH)
        || endsWithClitic(keys[j - 1]) || !isOrgWord(keys[j + 1])) {
      return j;
    }
    int k = j + 2;
    if (COMPOUND_OBJECTS.contains(keys[j + 1]) && k < keys.length && isOrgWord(keys[k]) && !endsWithClitic(keys[j + 1])) {
      k++;
    }
    return k;
  }

  /** Verbal nouns of a body's mission that take their object after از (انجمن حمایت از زندانیان، انجمن دفاع از حقوق …). */
  private static final Set<String> SUPPORT = MatchingForm.keys("حمایت", "دفاع");
  /** Objects of {@link #SUPPORT} that open a two-word genitive (ملت فلسطین، بخش کشاورزی، حقوق بشر). */
  private static final Set<String> GENITIVE_OBJECTS = MatchingForm.keys("ملت", "مردم", "بخش", "حقوق", "خانواده", "صنعت",
      "تولید");

  /**
   * A body named for whom or what it supports or defends (انجمن حمایت از زندانیان، کمیته حمایت از ملت فلسطین، صندوق
   * حمایت از بخش کشاورزی): its name goes on past از through the object, where از would otherwise close it at the
   * verbal noun; else {@code j}. As {@link #againstWhat}, the object is one noun, or two when the first opens a genitive:
   * what follows is the sentence's (… زندانیان از زندان زاهدان بازدید کرد، … محرومان شده است).
   */
  private int supportOf(String[] keys, int head, int j) {
    if (j <= head || j + 1 >= keys.length || !SUPPORT.contains(keys[j - 1]) || !keys[j].equals(FROM)
        || endsWithClitic(keys[j - 1]) || !isOrgWord(keys[j + 1])) {
      return j;
    }
    int k = j + 2;
    if (GENITIVE_OBJECTS.contains(keys[j + 1]) && k < keys.length && isOrgWord(keys[k]) && !endsWithClitic(keys[j + 1])) {
      k++;
    }
    return k;
  }

  /** Present and future forms of the light verbs of compound verbs (نشان می‌دهد، همکاری می‌کنند، محقق خواهد شد). */
  private static final Set<String> PRESENT_LIGHT_VERBS = MatchingForm.keys("دهد", "دهند", "کند", "کنند", "نماید", "نمایند",
      "گیرد", "گیرند", "یابد", "یابند");
  private static final String PRESENT = MatchingForm.key("می");
  private static final Set<String> FUTURE = MatchingForm.keys("خواهد", "خواهند");

  /** A present light verb at {@code j}, its می joined by a ZWNJ (one key) or typed apart (two), or the future auxiliary. */
  private static boolean presentLightVerb(String[] keys, int j) {
    String k = keys[j];
    if (FUTURE.contains(k)) {
      return true;
    }
    if (k.startsWith(PRESENT + " ")) {
      return PRESENT_LIGHT_VERBS.contains(k.substring(PRESENT.length() + 1));
    }
    return k.equals(PRESENT) && j + 1 < keys.length && PRESENT_LIGHT_VERBS.contains(keys[j + 1]);
  }

  /** Subjunctive light verbs (… درخواست کند تا): the word before them is the compound verb's noun. */
  private static final Set<String> SUBJUNCTIVE_LIGHT_VERBS = MatchingForm.keys("کند", "کنند", "نماید", "نمایند");
  /** Light verbs' past stems after the future's خواهد (کمک خواهد کرد). */
  private static final Set<String> FUTURE_LIGHT_STEMS = MatchingForm.keys("کرد", "داد", "نمود", "گرفت", "یافت");
  private static final String NEGATED_PRESENT = MatchingForm.key("نمی");
  /** Present light verbs after نمی (خرج نمی‌کنیم، کمک نمی‌کند). */
  private static final Set<String> NEGATED_LIGHT_VERBS = MatchingForm.keys("کند", "کنند", "کنیم", "دهد", "دهند", "دهیم",
      "نماید", "نمایند");

  /**
   * Whether a compound verb's light verb opens at {@code j} with a present, future or negated form (کمک می‌کند، کمک خواهد
   * کرد، خرج نمی‌کنیم، درخواست کند): after a head and one word, that word is the verb's noun (شهرداری کمک می‌کند), which
   * the past forms of {@link #COMPOUND_VERBS} already close. The future needs its light verb after it: a body's name and
   * خواهد with a main verb (وزارت نفت خواهد پرداخت) is the body's.
   */
  private static boolean lightVerbPhrase(String[] keys, int j) {
    String k = keys[j];
    if (FUTURE.contains(k)) {
      return j + 1 < keys.length && FUTURE_LIGHT_STEMS.contains(keys[j + 1]);
    }
    if (k.startsWith(NEGATED_PRESENT + " ")) {
      return NEGATED_LIGHT_VERBS.contains(k.substring(NEGATED_PRESENT.length() + 1));
    }
    if (k.equals(NEGATED_PRESENT)) {
      return j + 1 < keys.length && NEGATED_LIGHT_VERBS.contains(keys[j + 1]);
    }
    return SUBJUNCTIVE_LIGHT_VERBS.contains(k) || presentLightVerb(keys, j);
  }

  /**
   * The light verbs' other forms (تامین می‌شود، اذعان داشت، بنا ندارد، دستگیر شدند، تشکیل شود): after a head and two
   * words or more the last word is the compound verb's noun, not the body's (وزارت نفت | تامین می‌شود).
   */
  private static final Set<String> OTHER_LIGHT_VERBS = MatchingForm.keys("شدند", "شود", "شوند", "نشد", "نشده", "نشود",
      "داشت", "داشتند", "دارند", "ندارد", "ندارند", "نداشت", "نکرد", "نکردند", "نکرده", "نکردیم", "نمود", "نمودند",
      "گرفت", "گرفتند", "دادند", "گردد", "گردند");
  /** Present passives after می or نمی (تامین می‌شود، بررسی نمی‌شود). */
  private static final Set<String> PRESENT_PASSIVES = MatchingForm.keys("شود", "شوند", "گردد", "گردند");
  private static final String[] PRESENT_AUXILIARIES = {PRESENT, NEGATED_PRESENT};
  /** The ending of relational adjectives (ملی، مالیاتی). */
  private static final String RELATIONAL = MatchingForm.key("ی");

  private static boolean otherLightVerb(String[] keys, int j) {
    String k = keys[j];
    if (OTHER_LIGHT_VERBS.contains(k)) {
      return true;
    }
    for (String aux : PRESENT_AUXILIARIES) {
      if (k.startsWith(aux + " ") && PRESENT_PASSIVES.contains(k.substring(aux.length() + 1))
          || k.equals(aux) && j + 1 < keys.length && PRESENT_PASSIVES.contains(keys[j + 1])) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BOARDS = MatchingForm.keys("هیئت", "هیات", "هیأت");
  private static final String SHOOTING = MatchingForm.key("تیراندازی");
  private static final String WITH = MatchingForm.key("با");
  private static final String BOW = MatchingForm.key("کمان");

  /**
   * End of a provincial or county sports board (هیئت اسکی استان اصفهان، هیات کاراته و تکواندو فارس)
   * opened at {@code i}, or -1: هیئت followed by its sports, joined by و or a comma, then its place. هیئت alone
   * is a delegation, a cabinet or a board of directors (هیئت مدیره، هیئت دولت), so a sport must follow it; a
   * board with no place (هیئت فوتبال) is left, as the department fields are.
   */
  private int sportsBoard(String[] keys, int i, Set<String> twoWordPlaces) {
    if (!BOARDS.contains(keys[i]) || i + 2 >= keys.length) {
      return -1;
    }
    int j = sportEnd(keys, i + 1);
    if (j < 0) {
      return -1;
    }
    while (j < keys.length) {
      boolean joined = keys[j].equals("و") || keys[j].equals("،") || keys[j].equals(",");
      int e = sportEnd(keys, joined ? j + 1 : j);
      if (e < 0) {
        break;
      }
      j = e;
    }
    boolean cue = j < keys.length && (keys[j].equals(PROVINCE) || keys[j].equals(COUNTY));
    if (cue) {
      j++;
    }
    if (j >= keys.length || !placeWord(keys[j]) || boardSports.contains(keys[j])) {
      return -1;
    }
    j++;
    if (j < keys.length && (DIRECTIONS.contains(keys[j]) || twoWordPlaces.contains(keys[j - 1] + " " + keys[j])
        || !closesPlace(keys, j) && placeWord(keys[j]) && closesPlace(keys, j + 1))) {
      j++; // خراسان شمالی، خراسان رضوی
    }
    if (verbAt(keys, j) || j + 2 < keys.length && keys[j].equals("و") && verbAt(keys, j + 2)) {
      return -1; // رئیس هیات کشتی استان انتخاب شد، تجلیل و قدردانی شد: the word is a verb's noun, the board unnamed
    }
    // without استان or شهرستان the place must end the phrase (not هیئت فوتبال مسابقات …)
    return cue || closesPlace(keys, j) ? j : -1;
  }

  private static final String LEAGUE = MatchingForm.key("لیگ");
  private static final String PREMIER = MatchingForm.key("برتر");
  private static final String DIVISION = MatchingForm.key("دسته");
  private static final Set<String> DIVISION_RANKS = MatchingForm.keys("یک", "اول", "دو", "دوم", "سه", "سوم");

  /**
   * End of a national league named by its rank and sport (لیگ برتر هندبال، لیگ دسته یک والیبال، لیگ دسته اول
   * بدمینتون) opened at {@code i}, or -1. The conventions take the league and its sport as one organisation
   * (کشور after it is not in the name); لیگ and a rank alone (لیگ برتر) is left, as it mostly means "the top
   * flight" of a sport named earlier, and its sport must follow at once.
   */
  private int league(String[] keys, int i) {
    if (!keys[i].equals(LEAGUE) || i + 2 >= keys.length) {
      return -1;
    }
    int j = i + 1;
    if (keys[j].equals(PREMIER)) {
      j++;
    } else if (keys[j].equals(DIVISION) && j + 1 < keys.length && DIVISION_RANKS.contains(keys[j + 1])) {
      j += 2;
    } else {
      return -1;
    }
    return sportEnd(keys, j);
  }

  /** A light verb at {@code j} (شد، کرد، می‌کند، خواهد): the word before it is no name. */
  private static boolean verbAt(String[] keys, int j) {
    return j < keys.length && (LIGHT_VERBS.contains(keys[j]) || COMPOUND_VERBS.contains(keys[j]) || presentLightVerb(keys, j));
  }

  /** End of a sport's name at {@code j} (اسکی، تیراندازی با کمان), or -1. */
  private int sportEnd(String[] keys, int j) {
    if (j >= keys.length || !boardSports.contains(keys[j])) {
      return -1;
    }
    if (keys[j].equals(SHOOTING) && j + 2 < keys.length && keys[j + 1].equals(WITH) && keys[j + 2].equals(BOW)) {
      return j + 3;
    }
    return j + 1;
  }

  /** Titles that open the name of a body named after a person (دانشگاه شهید X), right after its head. */
  private static final Set<String> NAMED_AFTER = MatchingForm.keys("شهید", "امام", "علامه");

  /** شبکه (a network): a county's health or veterinary network, named with the county. */
  private static final String NETWORK = MatchingForm.key("شبکه");

  /** Plural endings a typist may set apart with a space (خسارت های), where ZWNJ belongs. */
  private static final Set<String> PLURAL_APART = MatchingForm.keys("ها", "های");
  /** A plural's ezafe written after a ZWNJ (مؤسسه‌های): the matching form's last word of such a key. */
  private static final String PLURAL_EZAFE_APART = " " + MatchingForm.key("های");

  /**
   * A clitic that closes a name (کوهسار‌را); not a plural's ezafe, which joins the word to what follows (اداره کل
   * زندان‌های استان البرز، آموزش و پرورش شهرستان‌های استان تهران).
   */
  private static boolean closedByClitic(String key) {
    return endsWithClitic(key) && !key.endsWith(PLURAL_EZAFE_APART);
  }

  /**
   * As {@link #closedByClitic(String)}; with {@code adjectiveOpen} an adjective in -ای does not close the name either
   * (اداره کل راهداری و حمل و نقل جاده‌ای استان همدان، آموزش فنی و حرفه‌ای شهرستان X): the place after it is the body's.
   */
  private static boolean closedByClitic(String key, boolean adjectiveOpen) {
    return closedByClitic(key) && !(adjectiveOpen && key.endsWith(ADJECTIVE_EI_APART));
  }

  private static final String ADJECTIVE_EI_APART = " " + MatchingForm.key("ای");

  /** استان سمنان at {@code j}: the province closes the name whole (below), not as a fourth genitive word. */
  private boolean provinceNamed(String[] keys, int j) {
    // شهرستان X too: the county clause after the loop takes it with its name (انجمن کتابخانه‌های عمومی شهرستان X)
    return (keys[j].equals(PROVINCE) || keys[j].equals(COUNTY)) && j + 1 < keys.length && isNameWord(keys[j + 1]);
  }

  /** پل: the list's Paul, but first of all "bridge", and a bridge is named by what follows it (پل طبیعت، پل روگذر). */
  private static final String BRIDGE = MatchingForm.key("پل");

  private boolean isGivenName(String key) {
    if (key.equals(BRIDGE)) {
      return false; // a foreign Paul the knowledge base lacks is given up for the many bridges
    }
    if (givenNames.contains(key)) {
      return true;
    }
    if (GivenNames.persianAfterMohammad(key)) {
      return true; // محمدهمایون، محمدحسن: two given names written as one
    }
    if (GivenNames.persianBeforeAli(key)) {
      return true; // قاسمعلی، رضاعلی: a given name and علی written as one
    }
    if (key.length() > 5 && key.startsWith(SEYYED) && key.indexOf(' ') < 0 && givenNames.contains(key.substring(SEYYED.length()))) {
      return true; // سیدجواد: the honorific glued to a given name (add() leaves it outside the name)
    }
    if (key.length() > 4 && key.endsWith("اله") && !key.endsWith("الله")
        && givenNames.contains(key.substring(0, key.length() - 3) + "الله")) {
      return true; // حمداله، نصراله: -الله written without its second lam
    }
    if (key.length() > 5 && key.indexOf(' ') < 0 && key.endsWith("الله")
        && givenNames.contains(key.substring(0, key.length() - 4) + " الله")) {
      return true; // لطفالله: -الله glued without its ZWNJ (or with a direction mark the matching form drops)
    }
    if (key.indexOf(' ') < 0) {
      return false;
    }
    return everyPartGiven(key, givenNames); // محمد‌علی: given names joined by a ZWNJ
  }

  /**
   * Whether every part of {@code key} split at its spaces is in {@code givenNames}, the parts read as {@code key.split(" ")}
   * gives them (trailing empty parts dropped, other empty parts kept) but cut only to be looked up.
   */
  static boolean everyPartGiven(String key, Set<String> givenNames) {
    int end = key.length();
    while (end > 0 && key.charAt(end - 1) == ' ') {
      end--; // split drops trailing empty parts
    }
    for (int from = 0; from < end; ) {
      int to = key.indexOf(' ', from);
      if (to < 0 || to > end) {
        to = end;
      }
      if (!givenNames.contains(key.substring(from, to))) {
        return false;
      }
      from = to + 1;
    }
    return true;
  }

  private boolean isNameWord(String key) {
    return isWord(key) && !stop.contains(key) && !notName.contains(key) && !offices.contains(key)
        && !rolesAfter.contains(key) && !isVerb(key);
  }

  /** A word that may stand in a newspaper's title (اطلاعات، جمهوری اسلامی): no function word or verb. */
  private boolean titleWord(String key) {
    return isWord(key) && !stop.contains(key) && !isVerb(key);
  }

  /** Present-tense verbs carry می/نمی (می‌کنند), written apart with a ZWNJ. */
  private static boolean isVerb(String key) {
    // and third-person plurals of the past (گذاشتند، کردند، رفتند), and finite forms typed as one word (ندارد، برشمرد)
    return key.startsWith("مي ") || key.startsWith("نمي ") || (key.length() > 4 && (key.endsWith("دند") || key.endsWith("تند")))
        || perfect(key) || PersianVerbForms.contains(key);
  }

  /** Person endings of the perfect, typed after a ZWNJ (matching form: after a space). */
  private static final Set<String> PERFECT_ENDINGS = MatchingForm.keys("اند", "ایم", "اید"); // not ای: جاده‌ای is an adjective

  /** کرده‌اند، رسیده‌ایم: a past participle in ه and a person ending, a verb (not a name word). */
  private static boolean perfect(String key) {
    int sp = key.indexOf(' ');
    return sp > 1 && key.charAt(sp - 1) == 'ه' && key.indexOf(' ', sp + 1) < 0 && PERFECT_ENDINGS.contains(key.substring(sp + 1));
  }

  /**
   * «ماریا بوتینا»، شهروند روسیه / «X Y» وزیر دفاع موریتانی: two to four words in marks (how Persian copy writes a
   * foreign name), then perhaps a comma and a role or office word, are a person; so are they after a work's maker
   * word (ساخته «X Y»), and one word in marks right before a role. Returns the index of the closing
   * mark, or -1. A title in marks is followed by its verb or genitive, not by a role.
   */
  private int quotedPerson(List<Token> s, String[] keys, int i) {
    String open = s.get(i).text();
    String close = open.equals("«") ? "»" : open.equals("\"") ? "\"" : null;
    if (close == null || i + 1 >= keys.length || orgHeads.contains(keys[i + 1]) || twoWordHeadStarts.contains(keys[i + 1])) {
      return -1;
    }
    boolean byMaker = i > 0 && MAKERS.contains(keys[i - 1]);
    for (int c = i + 2; c < s.size() && c <= i + 5; c++) {
      if (s.get(c).text().equals(close)) {
        int k = c + 1 < keys.length && COMMAS.contains(keys[c + 1]) ? c + 2 : c + 1;
        boolean role = k < keys.length && (rolesAfter.contains(keys[k]) || offices.contains(keys[k]));
        if (c == i + 2 ? !role || k != c + 1 : !(role || byMaker || k < keys.length && keys[k].equals(CITIZEN))) {
          return -1; // one word in marks only right before its role («X» عکاس …): a one-word title is common
        }
        for (int w = i + 1; w < c; w++) {
          if (!isWord(keys[w]) || stop.contains(keys[w]) || isVerb(keys[w])) {
            return -1;
          }
        }
        return c;
      }
      if (!isWord(keys[c - 1])) {
        return -1; // another mark or a comma inside: no name
      }
    }
    return -1;
  }

  private static final String CHANNEL = MatchingForm.key("شبکه");
  /** Words that describe a channel between شبکه and its name (شبکه خبری، شبکه ماهواره‌ای عربی‌زبان). */
  private static final Set<String> CHANNEL_WORDS = MatchingForm.keys("خبری", "تلویزیونی", "ماهواره‌ای", "ماهواره ای", "عربی",
      "عربی‌زبان", "عرب‌زبان", "جهانی", "تلویزیون");

  /**
   * شبکه خبری العالم، شبکه المنار: a channel named by one Arabic word with its article, a foreign name (the head
   * is left out, as before other foreign names). Returns the name's index, or -1.
   */
  private int arabicChannel(String[] keys, int i) {
    if (!keys[i].equals(CHANNEL)) {
      return -1;
    }
    int j = i + 1;
    while (j < keys.length && j <= i + 2 && CHANNEL_WORDS.contains(keys[j])) {
      j++;
    }
    if (j >= keys.length || !keys[j].startsWith("ال") || keys[j].length() < 4 || keys[j].indexOf(' ') >= 0 || !isNameWord(keys[j])) {
      return -1;
    }
    return j;
  }

  private static final String CITIZEN = MatchingForm.key("شهروند");
  /** A work's maker before the name in marks (فیلم X ساخته «…», به کارگردانی «…»): a person, no role needed. */
  private static final Set<String> MAKERS = MatchingForm.keys("ساخته", "نوشته", "کارگردانی", "سروده");
  private static final Set<String> COMMAS = StringSet.of("،", ",");

  /**
   * Round 29: periodicals and sites, whose name in «…» is the medium (نشریه «X»، فصلنامه «X»، پایگاه خبری-تحلیلی
   * «X»، وبگاه «X»); without the marks what follows them is as often a description (مجله علمی، نشریه هفتگی), so
   * they are no head words of their own. Their description may take up to three tokens before the name.
   */
  private static final Set<String> MEDIA = MatchingForm.keys("فصلنامه", "ماهنامه", "مجله", "نشریه", "سایت", "وبگاه",
      "وب‌سایت", "پایگاه");

  /**
   * A head word, at most one more word (a medium of {@link #MEDIA}: three tokens), then a name in «…» of one to
   * four words: (index of « << 8) | index of », or 0.
   */
  private int quotedAfterHead(List<Token> s, String[] keys, int i) {
    boolean medium = MEDIA.contains(keys[i]);
    if (!(orgHeads.contains(keys[i]) || medium) || s.size() > 255) {
      return 0;
    }
    for (int q = i + 1; q <= i + (medium ? 4 : 2) && q < s.size(); q++) {
      if (medium && q > i + 1 && !describesMedium(keys[q - 1])) {
        return 0; // پایگاه تروریست‌ها در منطقه «X»: a preposition or a noun of its own ends the description (a base, a region)
      }
      if (s.get(q).text().equals("«")) {
        for (int c = q + 2; c < s.size() && c <= q + 5; c++) {
          if (s.get(c).text().equals("»")) {
            return (q << 8) | c;
          }
        }
        return 0;
      }
    }
    return 0;
  }

  /** A word of a medium's description before its name (خبری-تحلیلی): not a preposition (در، از …), a head or a place noun. */
  private boolean describesMedium(String key) {
    return !stop.contains(key) && !orgHeads.contains(key) && !PLACE_NOUNS.contains(key);
  }

  /** Nouns of a place (منطقه، شهر، روستا) that name what follows them in «»: a place, not the medium's description. */
  private static final Set<String> PLACE_NOUNS = MatchingForm.keys("منطقه", "شهر", "روستا", "استان", "شهرستان", "محله", "بخش");

  private boolean isOrgWord(String key) {
    // another head opens a name of its own (کمیته انتقال | باشگاه نفت), but customs is also the field of a directorate
    // (اداره کل گمرک ایلام)
    return isWord(key) && !stop.contains(key) && (!orgHeads.contains(key) || key.equals(CUSTOMS)) && !twoWordHeadStarts.contains(key) && !rolesAfter.contains(key) && !offices.contains(key) && !isGivenName(key)
        && !isVerb(key) && !COMPOUND_VERBS.contains(key) && !key.equals(BRANCH);
  }

  private static boolean isWord(String key) {
    if (key.length() < 2) {
      return false;
    }
    for (int k = 0; k < key.length(); k++) {
      char c = key.charAt(k);
      if (c != ' ' && (c < '\u0600' || c > '\u06FF' || !Character.isLetter(c))) {
        return false;
      }
    }
    return true;
  }

  private boolean surnameShaped(String key) {
    if (!isNameWord(key)) {
      return false;
    }
    String w = key.replace(" ", "");
    for (String suffix : surnameSuffixes) {
      if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * End of one to four capitalised Latin words right after a head word (شرکت Iomega، باشگاه Bayern Munich),
   * or -1.
   */
  private int latinNameAfterHead(List<Token> s, String[] keys, int i) {
    if (i + 1 >= keys.length || !orgHeads.contains(keys[i])) {
      return -1;
    }
    int j = i + 1;
    while (j < s.size() && j - i <= 4 && isCapitalisedLatin(s.get(j).text())) {
      j++;
    }
    return j > i + 1 ? j : -1;
  }

  private static boolean isCapitalisedLatin(String t) {
    if (t.isEmpty() || t.charAt(0) >= 0x250 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    for (int k = 1; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c >= 0x250 || !(Character.isLetterOrDigit(c) || c == '-' || c == '&' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuote(String k) {
    return k.equals("\"") || k.equals("«") || k.equals("»");
  }

  private static final String PLURAL = MatchingForm.key("ها");
  private static final String TO = MatchingForm.key("به");
  private static final String QUOTING = MatchingForm.key("نقل");
  private static final String FROM = MatchingForm.key("از");

  /**
   * End of a medium a report is relayed from, "به نقل از X،" (به نقل از دیلی‌میل، به نقل از اسپورت کاتالونیا،): one or
   * two name words closed by a comma at once, with no head word and no given name, are the paper or site; else -1.
   * A person relayed so has a given name or a role, or runs into his verb (به نقل از سمیر غضبان افزود).
   */
  private int mediumQuoted(String[] keys, int i) {
    if (i < 3 || !keys[i - 1].equals(FROM) || !keys[i - 2].equals(QUOTING) || !keys[i - 3].equals(TO)
        || keys[i].equals(RELATIONS)) {
      return -1; // به نقل از روابط عمومی، سازمان X: the body's press office, named after the comma
    }
    int j = i;
    while (j < keys.length && j - i < 2 && isNameWord(keys[j]) && !orgHeads.contains(keys[j])
        && !twoWordHeadStarts.contains(keys[j]) && !isGivenName(keys[j]) && !endsWithClitic(keys[j])) {
      j++;
    }
    return j > i && j < keys.length && COMMAS.contains(keys[j]) ? j : -1;
  }

  /** A word written with a clitic after a ZWNJ (کوهسار‌را، کاویانی‌ها). */
  private static boolean endsWithClitic(String key) {
    int space = key.lastIndexOf(' ');
    return space > 0 && SUFFIXES.contains(key.substring(space + 1));
  }

  /** Adds [i, end) without a ZWNJ-attached clitic on the last word. */
  private static void add(FieldText f, List<Token> s, int i, int end, EntityType type, double confidence,
      List<Candidate> out) {
    Token last = s.get(end - 1);
    int stop = last.end();
    String text = last.text();
    int zwnj = text.lastIndexOf('\u200C');
    String suffix = zwnj > 0 ? MatchingForm.key(text.substring(zwnj + 1)) : "";
    // ... حمل و نقل جاده‌ای: at the end of an organisation's name -ای makes an adjective, it is no clitic
    boolean adjective = type == EntityType.ORGANIZATION && suffix.equals(ADJECTIVE_EI);
    // سازمان زندان‌ها، مرکز مدیریت راه‌ها: after a head the plural is the name's own noun, no clitic
    boolean plural = type == EntityType.ORGANIZATION && end > i + 1 && suffix.equals(PLURAL);
    if (zwnj > 0 && !adjective && !plural && SUFFIXES.contains(suffix)) {
      stop = last.start() + zwnj;
    }
    int start = s.get(i).start();
    String first = s.get(i).text();
    if (type == EntityType.PERSON && end > i + 1 && first.length() > 5 && (first.startsWith("سید") || first.startsWith("سيد"))) {
      start += 3; // سیدمحمد حسینی: the honorific glued to the given name stays outside the name, as written apart
    }
    out.add(new Candidate(f.index(), start, stop, type, confidence, false));
  }
}
