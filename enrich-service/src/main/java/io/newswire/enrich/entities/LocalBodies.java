package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Saudi copy names a local body by its unit and the region or town it serves: the region joined by ب,
 * often after منطقة or محافظة (a committee, centre or office "in the Medina region", "in Qatif
 * governorate"), and an education directorate by تعليم and the region alone (as a headline writes it). The
 * head-word recognizer ends the name before the ب, or finds nothing after تعليم, so the region was read as
 * a place of its own; the annotation conventions take the body named with its town as one organisation.
 * A shaped organisation that opens with a unit's head is extended over ب, an optional منطقة/محافظة and
 * a knowledge-base place that starts right there; تعليم right before such a place (no article, no
 * clitic) opens a body of its own, and so do صحة (health), بلدية and أمانة (municipality). Only places the knowledge base knows: بالتعاون, بالوزارة are no region.
 * Societies, clubs and water directorates named with their town keep it apart (the files annotate them so).
 * A shaped organisation whose last word has no article (a noun in the construct state: مؤسسة تاكسي، محكمة
 * استئناف) takes a knowledge-base place right after it as its genitive (مؤسسة تاكسي دبي، محكمة استئناف عدن).
 */
final class LocalBodies {
  private static final Set<String> UNIT_HEADS = MatchingForm.keys("لجنة", "اللجنة", "مركز", "المركز", "مكتب", "المكتب",
      "إدارة", "الإدارة", "الشؤون");
  private static final Set<String> REGION_WORDS = MatchingForm.keys("منطقة", "محافظة");

  private LocalBodies() {}

  /** Extends the candidates in place and adds the تعليم bodies. */
  static void join(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() != EntityType.ORGANIZATION || c.confidence() < ArabicOrganisationRecognizer.CONFIDENCE) {
        continue;
      }
      String d = fields.get(c.field()).display();
      int p = c.end();
      while (p < d.length() && d.charAt(p) == ' ') {
        p++;
      }
      int end;
      if (p + 1 < d.length() && d.charAt(p) == 'ب' && d.charAt(p + 1) != ' ') {
        if (!UNIT_HEADS.contains(wordKey(d, c.start()))) {
          continue;
        }
        end = regionEnd(d, matches.get(c.field()), p + 1, candidates, c.field());
      } else {
        end = p == c.end() + 1 && endsInConstruct(d, c.start(), c.end()) ? placeAt(d, matches.get(c.field()), p) : -1;
      }
      if (end > 0) {
        candidates.set(i, new Candidate(c.field(), c.start(), end, c.type(), c.confidence(), c.cued()));
      }
    }
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (String field : FIELDS) {
        for (int at = d.indexOf(field); at >= 0; at = d.indexOf(field, at + 1)) {
          if (!wordStartsAt(d, at)) {
            continue; // التعليم, للتعليم: the word with the article is the field, not the body's name
          }
          int p = at + field.length();
          if (p >= d.length() || d.charAt(p) != ' ') {
            continue;
          }
          int end = regionEnd(d, matches.get(f), p + 1, candidates, f);
          if (end > 0 && MatchingForm.key(field).equals(wordKey(d, at))) {
            candidates.add(new Candidate(f, at, end, EntityType.ORGANIZATION, ArabicOrganisationRecognizer.CONFIDENCE, false));
          }
        }
      }
      servedUnits(d, matches.get(f), candidates, f); // مكتب إرشاد الحافلات بالمدينة المنورة
      for (int at = d.indexOf(CHAMBER); at >= 0; at = d.indexOf(CHAMBER, at + 1)) {
        if (at > 0 && Character.isLetter(d.charAt(at - 1))) {
          continue;
        }
        int p = at + CHAMBER.length();
        if (d.startsWith(INDUSTRIAL, p)) {
          p += INDUSTRIAL.length();
        }
        if (p + 2 >= d.length() || d.charAt(p) != ' ' || d.charAt(p + 1) != 'ب') {
          continue;
        }
        int end = regionEnd(d, matches.get(f), p + 2, candidates, f);
        if (end > 0) {
          candidates.add(new Candidate(f, at, end, EntityType.ORGANIZATION, ArabicOrganisationRecognizer.CONFIDENCE, false));
        }
      }
      // الشؤون الصحية بمنطقة X: the region's health directorate in full, which no head-word shape finds
      for (int at = d.indexOf(HEALTH_AFFAIRS); at >= 0; at = d.indexOf(HEALTH_AFFAIRS, at + 1)) {
        int p = at + HEALTH_AFFAIRS.length() + 1;
        if (at > 0 && Character.isLetter(d.charAt(at - 1)) || p + 1 >= d.length() || d.charAt(p - 1) != ' ' || d.charAt(p) != 'ب') {
          continue;
        }
        int end = regionEnd(d, matches.get(f), p + 1, candidates, f);
        if (end > 0) {
          candidates.add(new Candidate(f, at, end, EntityType.ORGANIZATION, ArabicOrganisationRecognizer.CONFIDENCE, false));
        }
      }
    }
  }

  /**
   * Whether the name [start, end) has two words or more and ends in a word without the article (مؤسسة
   * تاكسي، إدارة مستشفيات): a noun in the construct state, whose genitive is still to come, so a town right
   * after it closes the name (مؤسسة تاكسي دبي) rather than standing apart, as it would after a definite word.
   */
  private static boolean endsInConstruct(String d, int start, int end) {
    int w = d.lastIndexOf(' ', end - 1);
    if (w <= start) {
      return false;
    }
    for (int i = w + 1; i < end; i++) {
      if (!Character.isLetter(d.charAt(i))) {
        return false;
      }
    }
    return !d.startsWith("ال", w + 1) && !d.startsWith("لل", w + 1);
  }

  /** Longest chain between a unit's head and the ب of the town it serves (اللجنة المحلية للانتخابات البلدية). */
  private static final int MAX_SERVED_CHAIN = 3;
  /**
   * The heads of {@link #servedUnits}: offices and committees. إدارة + a field + a region names managing
   * something there as often as a department (إدارة الطوارئ بمنطقة X), and مركز + a plain genitive + a town
   * is as often a facility (a dental centre, which the conventions annotate as the town's facility).
   */
  private static final Set<String> SERVED_HEADS = MatchingForm.keys("لجنة", "اللجنة", "مكتب", "المكتب");

  /**
   * A unit whose name the recognizer leaves (a weak head such as مكتب with a plain definite genitive, مكتب
   * إرشاد الحافلات; an article head before a descriptive adjective, اللجنة المحلية للانتخابات البلدية), named
   * with the town it serves (ب, an optional منطقة/محافظة, a knowledge-base place): the town closing the
   * name is the evidence the head alone lacked. One to three chain words with a definite one among them,
   * none a chain-ending particle or a person; the head an office or a committee ({@link #SERVED_HEADS}), with
   * one clitic letter or none; an organisation candidate inside the span gives way to it.
   */
  private static void servedUnits(String d, List<NameMatch> field, List<Candidate> candidates, int f) {
    for (NameMatch m : field) {
      if (m.start() < 2) {
        continue;
      }
      int b = -1;
      if (d.charAt(m.start() - 1) == '\u0628' && Character.isWhitespace(d.charAt(m.start() - 2))) {
        b = m.start() - 1; // بالمدينة المنورة
      } else if (d.charAt(m.start() - 1) == ' ') {
        int w = wordStartBefore(d, m.start() - 1);
        int len = m.start() - 1 - w; // بمنطقة، بمحافظة: 6 or 7 letters (no key built for other ب-words)
        if (w >= 1 && len >= 6 && len <= 8 && d.charAt(w) == '\u0628' && Character.isWhitespace(d.charAt(w - 1))
            && REGION_WORDS.contains(MatchingForm.key(d.substring(w + 1, m.start() - 1)))) {
          b = w; // بمنطقة تبوك
        }
      }
      // the cheap checks of the ب first: most matches stop there, before the targets are read
      if (b < 0 || !m.namesOnlyPlaces() || UNIT_HEADS.contains(wordKey(d, m.start()))) {
        continue;
      }
      int end = m.end();
      int chainEnd = b - 1; // the space before the ب
      int at = chainEnd;
      boolean definite = false;
      for (int words = 0; words <= MAX_SERVED_CHAIN; words++) {
        int w = wordStartBefore(d, at);
        if (w < 0) {
          break;
        }
        String word = d.substring(w, at);
        String key = MatchingForm.key(word);
        // the head may carry one clitic letter (بمكتب، ولجنة), left outside the span as the recognizer does
        int clitic = !UNIT_HEADS.contains(key) && key.length() > 3 && "بلوف".indexOf(key.charAt(0)) >= 0
            && UNIT_HEADS.contains(key.substring(1)) && Character.isLetter(word.charAt(1)) ? 1 : 0;
        if (clitic > 0 || UNIT_HEADS.contains(key)) {
          if (words > 0 && definite && SERVED_HEADS.contains(key.substring(clitic)) && (w == 0 || !Character.isLetter(d.charAt(w - 1)))) {
            addServed(candidates, f, w + clitic, end, b);
          }
          break;
        }
        if (!word.chars().allMatch(Character::isLetter) || ArabicOrganisationRecognizer.endsChain(key)) {
          break;
        }
        definite |= key.startsWith("ال") || key.startsWith("لل");
        at = w - 1;
        if (at < 0 || d.charAt(at) != ' ') {
          break;
        }
      }
    }
  }

  /** Adds the unit [start, end) unless a person or another shaped body overlaps its chain before {@code b}; shorter organisations inside it give way. */
  private static void addServed(List<Candidate> candidates, int f, int start, int end, int b) {
    for (Candidate c : candidates) {
      if (c.field() != f || c.end() <= start || c.start() >= b) {
        continue;
      }
      boolean inside = c.start() >= start && c.end() <= end;
      if (c.type() == EntityType.PERSON || !inside && c.type() == EntityType.ORGANIZATION) {
        return;
      }
    }
    candidates.removeIf(c -> c.field() == f && c.type() == EntityType.ORGANIZATION && c.start() >= start && c.end() <= end);
    candidates.add(new Candidate(f, start, end, EntityType.ORGANIZATION, ArabicOrganisationRecognizer.CONFIDENCE, false));
  }

  /** Start of the word that ends right before {@code end} (exclusive), or -1 when none (a space or the start). */
  private static int wordStartBefore(String d, int end) {
    int w = end;
    while (w > 0 && !Character.isWhitespace(d.charAt(w - 1))) {
      w--;
    }
    return w < end ? w : -1;
  }

  /**
   * Words that name a region's or town's body with the place right after them, no article (headlines and
   * SPA copy: تعليم الباحة is the education directorate, صحة عسير the health directorate, بلدية محافظة X
   * and أمانة منطقة X the municipality). تعاوني and دعوي + a town are SPA's headline names of the town's
   * cooperative office for dawah and guidance (محاضرة بتعاوني صبيا، بدعوي المخواة; round 41).
   */
  private static final List<String> FIELDS = List.of("تعليم", "صحة", "بلدية", "أمانة", "غرفة", "تعاوني", "دعوي");
  /**
   * A town's chamber of commerce (and industry), named with the town after ب as SPA writes it (الغرفة
   * التجارية الصناعية بجدة): one per town, so the town belongs to the name; the head-word recognizer has no
   * chamber, a room being the word's common sense. The shorter headline form is غرفة + the town ({@link #FIELDS}).
   */
  private static final String CHAMBER = "الغرفة التجارية";
  private static final String INDUSTRIAL = " الصناعية";
  private static final String HEALTH_AFFAIRS = "الشؤون الصحية";

  /**
   * End of a knowledge-base place at {@code p}, after an optional منطقة/محافظة (there also a place the
   * recognizers found after that word); -1 when none starts there.
   */
  private static int regionEnd(String d, List<NameMatch> field, int p, List<Candidate> candidates, int fieldIndex) {
    int end = placeAt(d, field, p);
    if (end > 0) {
      return end;
    }
    int e = p;
    while (e < d.length() && !Character.isWhitespace(d.charAt(e))) {
      e++;
    }
    if (e >= d.length() || !REGION_WORDS.contains(MatchingForm.key(d.substring(p, e)))) {
      return -1;
    }
    int known = placeAt(d, field, e + 1);
    if (known > 0) {
      return known;
    }
    // محافظة أملج: a governorate the knowledge base lacks, found as a place by its own cue word
    for (Candidate c : candidates) {
      if (c.field() == fieldIndex && c.start() == e + 1 && c.type() == EntityType.PLACE) {
        return c.end();
      }
    }
    return -1;
  }

  private static int placeAt(String d, List<NameMatch> field, int p) {
    for (NameMatch m : field) {
      // a district the KB names by a unit's word (بمركز X) is no region the body serves
      if (m.start() == p && m.namesOnlyPlaces() && !UNIT_HEADS.contains(wordKey(d, p))) {
        return m.end();
      }
    }
    return -1;
  }

  /**
   * Whether a word starts at {@code at}, or only the clitic ب/و/ف/ل before it (بتعليم المدينة، التابعة لأمانة المنطقة
   * الشرقية). للتعليم keeps failing: the letter before ل is the article's.
   */
  private static boolean wordStartsAt(String d, int at) {
    int b = at;
    if (b > 0 && "بوفل".indexOf(d.charAt(b - 1)) >= 0) {
      b--;
    }
    return b == 0 || !Character.isLetter(d.charAt(b - 1));
  }

  private static String wordKey(String d, int start) {
    int e = start;
    while (e < d.length() && !Character.isWhitespace(d.charAt(e))) {
      e++;
    }
    return MatchingForm.key(d.substring(start, e));
  }
}
