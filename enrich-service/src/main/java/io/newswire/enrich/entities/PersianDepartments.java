package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.names.PersianFields;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Persian names a provincial or county department by its field and the place it serves, with no head word
 * (آموزش و پرورش مشهد، اوقاف و امور خیریه یزد): the annotation conventions take it as one
 * organisation wherever it stands (r8, r19), but the head-word recognizer finds it only after مدیرکل, رئیس
 * or روابط عمومی. A field of two nouns joined by و (the shape of a department's name, unlike a field and
 * its complement, صنعت نفت ایران) right before a knowledge-base place, with استان or شهرستان between or
 * not, is the department (so is a field's compound written as one word, جهادکشاورزی، آموزش‌وپرورش). Only places the knowledge base knows: آموزش و پرورش توجه کنیم holds none.
 */
final class PersianDepartments {
  private static final Set<String> PLACE_UNITS = MatchingForm.keys("استان", "شهرستان");
  private static final Set<String> FUNCTION_WORDS = MatchingForm.keys("در", "از", "به", "با", "برای", "که", "را", "تا");
  private static final String PLURAL = MatchingForm.key("ها");
  private static final String PLURAL_EZAFE = MatchingForm.key("های");
  private static final Set<String> DETERMINERS = MatchingForm.keys("این", "آن", "همین", "همان", "هر");
  /** Words of a department's name after its field: آموزش و پرورش، اوقاف و امور خیریه، فرهنگ و ارشاد اسلامی. */
  private static final int MAX_WORDS = 5;

  private PersianDepartments() {}

  /** Adds the departments found in front of the fields' place matches, and the firms named with their place. */
  static void mark(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (NameMatch m : matches.get(f)) {
        if (!m.namesOnlyPlaces() || !m.allWithinACountry()) {
          continue; // فرهنگ و تمدن ایران: a department serves a province or a town, not a country
        }
        int[] w = WordSpans.before(d, m.start());
        if (w != null && PLACE_UNITS.contains(MatchingForm.key(d.substring(w[0], w[1])))) {
          w = WordSpans.before(d, w[0]);
        }
        int start = fieldStart(d, w);
        if (start < 0) {
          start = firmStart(d, w);
        }
        if (start >= 0 && !covered(candidates, f, start, m.end())) {
          candidates.add(new Candidate(f, start, m.end(), EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
        }
      }
    }
  }

  /**
   * Heads of a firm or works named with the town or province it stands in (کارخانه سیمان ایلام، شرکت گاز مازندران).
   * Not مجتمع: mostly a building or a campus (مجتمع فرهنگی هنری X، مجتمع آموزش عالی X), whose town stays apart.
   */
  private static final Set<String> FIRM_HEADS = MatchingForm.keys("شرکت", "کارخانه");
  /** Words between a firm's head and its place: its trade, at most so many (شرکت آب منطقه‌ای). */
  private static final int MAX_FIRM_WORDS = 4;
  /** و right before the place or inside the trade: شرکت و شهدای بسیاری is "took part, and martyrs". */
  private static final String AND = MatchingForm.key("و");

  /**
   * Start of a firm's head a few words before a place, {@code last} the word right before it (کارخانه سیمان |
   * ایلام, کارخانه شیر | صفاشهر): a firm or works named by its trade and its town or province is one organisation, the
   * place inside not apart (r57, round 58's ruling), as the province's directorates are; a firm the head-word
   * recognizer already found (شرکت آب منطقه‌ای) is {@link #joinPlaces}'s. -1 when none: a
   * function word, a plural or a number on the way (شرکت در استان فارس، کارخانه‌های یخ‌سازی این استان) is no
   * firm's name, nor taking part (با شرکت …, {@link PersianParticipation}'s words).
   */
  private static int firmStart(String d, int[] last) {
    int[] w = last;
    for (int n = 0; w != null && n <= MAX_FIRM_WORDS; n++) {
      String key = MatchingForm.key(d.substring(w[0], w[1]));
      if (n > 0 && FIRM_HEADS.contains(key)) {
        int[] before = WordSpans.before(d, w[0]);
        String b = before == null ? "" : MatchingForm.key(d.substring(before[0], before[1]));
        return DETERMINERS.contains(b) || PARTICIPATION.contains(b) ? -1 : w[0];
      }
      if (FUNCTION_WORDS.contains(key) || AND.equals(key) || DETERMINERS.contains(key) || key.endsWith(PLURAL)
          || key.endsWith(PLURAL_EZAFE) || FIRM_HEADS.contains(key) || PersianParticipation.participant(key)) {
        return -1;
      }
      w = WordSpans.before(d, w[0]);
    }
    return -1;
  }

  /** Words before شرکت that make it "taking part" (با شرکت، برای شرکت). */
  private static final Set<String> PARTICIPATION = MatchingForm.keys("با", "برای", "عدم");

  /** Heads of bodies that serve a province or a town and are named with it (اداره کل، سازمان، شرکت …). */
  private static final Set<String> LOCAL_HEADS = MatchingForm.keys("اداره", "سازمان", "شرکت", "دادسرای", "اتحادیه",
      "شورای", "کانون");

  /**
   * A provincial or town body found by its head word and field (اداره کل منابع طبیعی، شرکت آب منطقه‌ای) and
   * followed right away by a knowledge-base province or town is named with it (اداره کل منابع طبیعی
   * چهارمحال و بختیاری): the conventions take the body named with its place as one organisation (r8, r19),
   * as the head-word recognizer already does after استان. It ends before a bare place name when its genitive
   * words run out, so the name is extended over the place here. Societies, foundations, universities,
   * parties and clubs (جمعیت هلال احمر X، دانشگاه X، حزب X) keep their town apart, as the files have them.
   */
  static void joinPlaces(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() != EntityType.ORGANIZATION || c.confidence() < EnglishNameRecognizer.STRUCTURAL) {
        continue;
      }
      String d = fields.get(c.field()).display();
      if (c.end() >= d.length()) {
        continue;
      }
      // a department named by its field after مدیرکل (فرهنگ و ارشاد اسلامی خراسان | رضوی): the recognizer takes at
      // most two words after the field's و, so a province of two or three words is cut inside; only that crossing
      // place is taken over, a place after such a name is mark()'s
      boolean localHead = LOCAL_HEADS.contains(firstWordKey(d, c.start(), c.end()));
      boolean fieldFirst = !localHead && PersianFields.opens(d.substring(c.start(), c.end()));
      if (!fieldFirst && !localHead) {
        continue;
      }
      int p = c.end();
      while (p < d.length() && d.charAt(p) == ' ') {
        p++; // p stays at c.end() when a clitic or punctuation closes the name: nothing starts right after it
      }
      if (p == c.end()) {
        p = -1;
      }
      for (NameMatch m : matches.get(c.field())) {
        if (!m.namesOnlyPlaces() || !m.allWithinACountry()) {
          continue;
        }
        // right after the name, or begun inside it and running past its end (زندان‌های سیستان | و بلوچستان)
        boolean after = !fieldFirst && m.start() == p && !endsWithPlace(matches.get(c.field()), c);
        boolean across = m.start() > c.start() && m.start() < c.end() && m.end() > c.end() && d.indexOf(' ', c.start()) < m.start();
        if (after || across) {
          candidates.set(i, new Candidate(c.field(), c.start(), m.end(), c.type(), c.confidence(), c.cued()));
          break;
        }
      }
      if (localHead && p > 0 && candidates.get(i) == c) {
        int[] w = WordSpans.next(d, p, WordSpans.WORD);
        if (w[0] == p && w[1] > p && COMMON_WORD_PROVINCES.contains(MatchingForm.key(d, w[0], w[1]))) {
          candidates.set(i, new Candidate(c.field(), c.start(), w[1], c.type(), c.confidence(), c.cued()));
        }
      }
    }
  }

  /**
   * Provinces the knowledge base names only with استان, their bare name being a common word (گلستان, a rose garden):
   * no match stands after a body's name, so شرکت آب منطقه‌ای گلستان was cut before it. Taken only right after a local
   * body's name, as its last word: elsewhere the word keeps to the other rules.
   */
  private static final Set<String> COMMON_WORD_PROVINCES = MatchingForm.keys("گلستان");

  /** IRIB with its ezafe, before a provincial centre's name (صدا و سیمای | مرکز مازندران), written apart or glued. */
  private static final Set<String> IRIB_EZAFE = MatchingForm.keys("صدا و سیمای", "صداوسیمای");
  private static final String CENTRE = MatchingForm.key("مرکز");

  /**
   * Round 60: IRIB's provincial centre (صدا و سیمای مرکز مازندران) is one organisation, named whole (r25): the recognizers
   * found IRIB and a "Mazandaran Center" apart, or the province alone. A knowledge-base province or town right after
   * مرکز and IRIB's name with its ezafe closes the centre's name; what was found inside it gives way.
   */
  static void iribCentres(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    List<int[]> centres = new java.util.ArrayList<>(); // field, start, end
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (NameMatch m : matches.get(f)) {
        if (!m.namesOnlyPlaces() || !m.allWithinACountry()) {
          continue;
        }
        int[] centre = WordSpans.before(d, m.start());
        int[] sima = centre == null ? null : WordSpans.before(d, centre[0]);
        if (sima == null || !CENTRE.equals(MatchingForm.key(d, centre[0], centre[1]))) {
          continue;
        }
        int start = sima[0];
        if (!IRIB_EZAFE.contains(MatchingForm.key(d, sima[0], sima[1]))) {
          int[] and = WordSpans.before(d, sima[0]);
          int[] seda = and == null ? null : WordSpans.before(d, and[0]);
          if (seda == null || !IRIB_EZAFE.contains(MatchingForm.key(d, seda[0], sima[1]))) {
            continue;
          }
          start = seda[0];
        }
        centres.add(new int[] {f, start, m.end()});
      }
    }
    for (int[] c : centres) {
      // IRIB's and the place's own matches inside give way, or the linker keeps them over the whole name
      matches.set(c[0], NameMatch.without(matches.get(c[0]), m -> c[1] <= m.start() && m.end() <= c[2]));
      candidates.removeIf(o -> o.field() == c[0] && o.start() < c[2] && c[1] < o.end());
      candidates.add(new Candidate(c[0], c[1], c[2], EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
    }
  }

  /** Iran's free zones by their names (منطقه آزاد ارس، منطقه آزاد تجاری-صنعتی قشم). */
  private static final Set<String> FREE_ZONES = MatchingForm.keys("ارس", "قشم", "کیش", "چابهار", "اروند", "انزلی", "ماکو");
  private static final String ZONE = MatchingForm.key("منطقه");
  private static final String FREE = MatchingForm.key("آزاد");
  /** Words of a free zone's kind between آزاد and its name (تجاری صنعتی، تجاری و صنعتی). */
  private static final Set<String> ZONE_KINDS = MatchingForm.keys("تجاری", "صنعتی", "و");

  /**
   * A free zone named bare (منطقه آزاد ارس در نمایشگاه حضور دارد) is its organisation, as with سازمان before it (round
   * 58's ruling): the recognizer reads منطقه as a place word and keeps only آزاد ارس, a place, or the town (قشم) inside.
   * Only the closed list of zones: منطقه آزاد تجاری و گردشگری alone, or a zone planned for a province, names none (nor
   * a place after آزاد, "free"). A body that ends inside the zone's name (انجمن خبرنگاران منطقه آزاد | قشم) is extended
   * over it; one already holding it stands.
   */
  static void freeZones(List<FieldText> fields, List<Candidate> candidates) {
    for (int f = 0; f < fields.size(); f++) {
      // the field's matching form folds char by char, so a word keyed منطقه shows in it: most fields hold none, and
      // are not keyed word by word
      if (!fields.get(f).form().text().contains(ZONE)) {
        continue;
      }
      String d = fields.get(f).display();
      for (int[] w = WordSpans.next(d, 0, WordSpans.WORD); w[0] < w[1]; w = WordSpans.next(d, w[1], WordSpans.WORD)) {
        if (!ZONE.equals(MatchingForm.key(d, w[0], w[1]))) {
          continue;
        }
        int[] free = WordSpans.after(d, w[1]);
        if (free == null || !FREE.equals(MatchingForm.key(d, free[0], free[1]))) {
          continue;
        }
        int[] name = kindWord(d, free[1]);
        for (int n = 0; name != null && n < 3 && ZONE_KINDS.contains(MatchingForm.key(d, name[0], name[1])); n++) {
          name = kindWord(d, name[1]);
        }
        if (name != null && FREE_ZONES.contains(MatchingForm.key(d, name[0], name[1]))) {
          zone(candidates, f, w[0], name[1]);
        } else {
          int field = f;
          int at = free[0];
          candidates.removeIf(c -> c.field() == field && c.start() == at && c.type() == EntityType.PLACE); // آزاد تجاری: "free"
        }
      }
    }
  }

  /** The word after {@code at} across spaces or a hyphen (تجاری-صنعتی), or null. */
  private static int[] kindWord(String d, int at) {
    int[] w = WordSpans.runAfter(d, at, c -> c == ' ' || c == '-', WordSpans.WORD);
    return w[0] < w[1] && w[0] > at ? w : null;
  }

  private static void zone(List<Candidate> candidates, int field, int start, int end) {
    Candidate outer = null;
    for (Candidate c : candidates) {
      if (c.field() == field && c.type() == EntityType.ORGANIZATION && c.start() <= start && c.end() >= end) {
        return; // سازمان منطقه آزاد ارس: the head-word recognizer's name stands
      }
      if (c.field() == field && c.type() == EntityType.ORGANIZATION && c.start() < start && c.end() > start) {
        outer = c;
      }
    }
    candidates.removeIf(c -> c.field() == field && c.start() >= start && c.start() < end); // آزاد ارس، قشم: inside the name
    if (outer != null) {
      int at = candidates.indexOf(outer);
      candidates.set(at, new Candidate(field, outer.start(), end, outer.type(), outer.confidence(), outer.cued()));
    } else {
      candidates.add(new Candidate(field, start, end, EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
    }
  }

  /** Key of the first word of [start, end), a ZWNJ ending it too (اداره‌کل gives اداره). */
  private static String firstWordKey(String d, int start, int end) {
    int e = start;
    while (e < end && d.charAt(e) != ' ' && d.charAt(e) != '\u200c') {
      e++;
    }
    return MatchingForm.key(d.substring(start, e));
  }

  /** Whether the name already ends with a place (اداره کل اوقاف استان ایلام): a second place is no part of it. */
  private static boolean endsWithPlace(List<NameMatch> field, Candidate c) {
    for (NameMatch m : field) {
      if (m.end() == c.end() && m.start() > c.start() && m.namesOnlyPlaces()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Start of a field of two nouns joined by و whose name ends with the word {@code last}, walking back at
   * most {@link #MAX_WORDS} words; -1 when none (a determiner before the field: این آموزش و پرورش).
   */
  private static int fieldStart(String d, int[] last) {
    int[] w = last;
    String next = null;
    for (int n = 0; w != null && n < MAX_WORDS; n++) {
      String key = MatchingForm.key(d.substring(w[0], w[1]));
      if (FUNCTION_WORDS.contains(key) || key.endsWith(PLURAL) || key.endsWith(PLURAL_EZAFE)) {
        return -1; // فرهنگ و هنر در استان X, جام روابط عمومی‌های X: a phrase about the place, not a name
      }
      if (n >= 2 && "و".equals(next) && PersianFields.isField(key) || n >= 1 && PersianFields.isGluedField(key)) {
        int[] before = WordSpans.before(d, w[0]);
        return before != null && DETERMINERS.contains(MatchingForm.key(d.substring(before[0], before[1]))) ? -1 : w[0];
      }
      next = key;
      w = WordSpans.before(d, w[0]);
    }
    return -1;
  }


  private static boolean covered(List<Candidate> candidates, int field, int start, int end) {
    for (Candidate c : candidates) {
      if (c.field() == field && c.type() == EntityType.ORGANIZATION && c.start() < end && start < c.end()) {
        return true; // مدیرکل آموزش و پرورش X: the head-word recognizer's name stands
      }
    }
    return false;
  }
}
