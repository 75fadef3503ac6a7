package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * A deputyship named by its field before its body (معاونت فرهنگی دانشگاه آزاد، معاونت پژوهشی حوزه علمیه قم،
 * معاونت منابع انسانی شرکت ایران خودرو): the conventions take the unit whole, body included (r18, r30, r47, r53),
 * but the recognizers find only the body, since معاونت and its field words are no name alone ({@link NestedBodies}
 * joins two names, and there is one here). معاونت, one to {@link #MAX_WORDS} words with no function word among them
 * (پیشگیری از وقوع جرم keeps its از), then an organisation the recognizers or the knowledge base found: the unit
 * runs from معاونت to the body's end. معاونت right before the body (معاونت سازمان X: the post) is left alone, and so
 * are the recognizers' ministries: the linker cuts a ministry run on (وزارت کشور | تغییراتی) to its known name, and a
 * unit taken over it would keep the run-on.
 */
final class PersianDeputyships {
  private static final String DEPUTYSHIP = MatchingForm.key("معاونت");
  private static final String MINISTRY = MatchingForm.key("وزارت") + " ";
  /** Words that make the run a phrase, not a deputyship's field (معاونت را به وزارت کشور سپرد). */
  private static final Set<String> NOT_FIELD_WORDS = MatchingForm.keys("در", "به", "با", "برای", "که", "را", "تا", "این",
      "آن", "است", "بود", "هم", "نیز", "یا");
  /** A head word alone names no body (معاونت امور جوانان اداره کل: the directorate the dispatch named before). */
  private static final Set<String> GENERIC_BODIES = MatchingForm.keys("اداره کل", "اداره‌کل", "اداره", "سازمان", "شرکت",
      "وزارتخانه", "ستاد", "مرکز");
  /** Most words of a deputyship's field (فرهنگی پژوهشی تبلیغی; پیشگیری از وقوع جرم). */
  private static final int MAX_WORDS = 5;

  private PersianDeputyships() {}

  /** Adds each deputyship whole in front of the organisations found in the fields. */
  static void mark(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    int n = candidates.size();
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      // the recognizers' names only, not the model's guesses
      if (c.type() == EntityType.ORGANIZATION && c.confidence() >= EnglishNameRecognizer.STRUCTURAL) {
        String d = fields.get(c.field()).display();
        String body = MatchingForm.key(d.substring(c.start(), c.end()));
        // a ministry's name is cut to its known words only when linked (وزارت کشور | تغییراتی): the run-on is not taken up
        int start = GENERIC_BODIES.contains(body) || body.startsWith(MINISTRY) ? -1 : unitStart(d, c.start());
        if (start >= 0) {
          candidates.set(i, new Candidate(c.field(), start, knownEnd(matches.get(c.field()), c), c.type(), c.confidence(), c.cued()));
        }
      }
    }
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (NameMatch m : matches.get(f)) {
        if (!m.namesOnly(EntityType.ORGANIZATION)) {
          continue;
        }
        int start = unitStart(d, m.start());
        if (start >= 0 && !covered(candidates, f, start, m.end())) {
          candidates.add(new Candidate(f, start, m.end(), EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
        }
      }
    }
  }

  /** Start of معاونت when it stands one to {@link #MAX_WORDS} field words before {@code at}; -1 otherwise. */
  static int unitStart(String d, int at) {
    int[] w = WordSpans.before(d, at);
    for (int n = 0; w != null && n <= MAX_WORDS; n++) {
      String k = MatchingForm.key(d.substring(w[0], w[1]));
      if (DEPUTYSHIP.equals(k)) {
        return n == 0 ? -1 : w[0];
      }
      if (NOT_FIELD_WORDS.contains(k)) {
        return -1;
      }
      w = WordSpans.before(d, w[0]);
    }
    return -1;
  }

  /**
   * The end of the body's knowledge-base name when it opens the candidate and ends inside it (وزارت کشور | تغییراتی: a
   * run-on the knowledge base's name used to win over), else the candidate's end.
   */
  private static int knownEnd(List<NameMatch> field, Candidate c) {
    for (NameMatch m : field) {
      if (m.start() == c.start() && m.end() < c.end() && m.namesOnly(EntityType.ORGANIZATION)) {
        return m.end();
      }
    }
    return c.end();
  }

  private static boolean covered(List<Candidate> candidates, int field, int start, int end) {
    for (Candidate c : candidates) {
      if (c.field() == field && c.type() == EntityType.ORGANIZATION && c.start() <= start && end <= c.end()) {
        return true;
      }
    }
    return false;
  }
}
