package io.newswire.enrich.entities.ner;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.names.Constituencies;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English (round 42b): the rules read a capitalised run across a lower-case "and" as one body (Corvane and Halden Motors
 * cut jobs; Pelham Air and Kestrel Airways tested it), while the statistical model, which has seen many more names, reads
 * the same words as two names, one on each side of "and". When the model's names are exactly the run's two sides, the
 * run is cut there and both halves keep the run's type. Newswire names two firms side by side once, so the article
 * seldom writes each one alone to tell them apart. The model also splits one firm or body named after two partners or
 * fields, so {@link #oneName} keeps those whole whatever it reads: a legal form or a body's head word closing the run
 * (Marlow and Pike Inc, Kestrel Power and Light Co, Harwick Travel and Leisure Council), a partners' word after "and"
 * (Tessel and Co, Marlow and Sons), a field after "of"/"for" (Office for Roads and Bridges), one family name twice.
 */
public final class ModelSplitConjunctions {
  private ModelSplitConjunctions() {}

  /** A name the model found: field, start and end of the text. */
  record Span(int field, int start, int end) {}

  /** Collects the model's names beside "and", typed or dropped, as spans of text with the model's type. */
  static final class Spans {
    private final Map<Span, EntityType> spans = new HashMap<>();

    /** Keeps the name only next to " and " in {@code d}, its field's text: no other name can be a run's side. */
    void add(String d, int field, int start, int end, EntityType type) {
      if (d.startsWith(" and ", end) || start >= 5 && d.startsWith(" and ", start - 5)) {
        spans.put(new Span(field, start, end), type);
      }
    }

    /** The model's type of exactly this span, or null when the model read no name there. */
    EntityType type(int field, int start, int end) {
      return spans.get(new Span(field, start, end));
    }

    boolean isEmpty() {
      return spans.isEmpty();
    }
  }

  /** Cuts organisation and place candidates whose two sides of one "and" the model found as two names, in place. */
  static void cut(List<FieldText> fields, List<Candidate> candidates, Spans model) {
    if (model.isEmpty()) {
      return;
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.type() != EntityType.ORGANIZATION && c.type() != EntityType.PLACE) {
        continue;
      }
      String d = fields.get(c.field()).display();
      int at = soleAnd(d, c.start(), c.end());
      if (at < 0) {
        continue;
      }
      int right = at + " and ".length();
      EntityType first = model.type(c.field(), c.start(), at);
      EntityType second = model.type(c.field(), right, c.end());
      if (first != null && second != null && !oneName(d, c.start(), at, right, c.end())
          && !Constituencies.seatAt(d, c.start())) {
        candidates.set(i, new Candidate(c.field(), c.start(), at, half(d, c.start(), at, first, c), c.confidence(), c.cued()));
        candidates.add(++i, new Candidate(c.field(), right, c.end(), half(d, right, c.end(), second, c), c.confidence(),
            c.cued()));
      }
    }
  }

  /**
   * A half's type: the person the model reads in a name of two words or more that opens on a listed given name (a
   * festival's organiser Ann Pell and Radio Kestrel: the run was typed by Radio's org word), else the run's.
   */
  private static EntityType half(String d, int start, int end, EntityType model, Candidate c) {
    int sp = d.indexOf(' ', start);
    return model == EntityType.PERSON && sp > start && sp < end
        && GivenNames.english().contains(d.substring(start, sp).toLowerCase(Locale.ROOT)) ? EntityType.PERSON : c.type();
  }

  /** Words that close a body named after its fields: "X and Y Council" is one body, not X and a "Y Council". */
  private static final Set<String> BODY_HEADS = StringSet.of("Council", "Association", "Centre", "Center", "Institute",
      "Committee", "Service", "Services", "Commission", "Authority", "Board", "Department", "Ministry", "Office", "Agency",
      "Foundation", "Federation", "Society", "Bureau", "Union", "League", "Administration", "Trust", "Fund", "School",
      "College", "Academy", "Organisation", "Organization", "Bank", "Group", "Party", "Club", "Museum", "Hospital");

  /** Words after "and" that only complete a partners' firm (Marlow Pike and Co, Tessel and Sons). */
  private static final Set<String> PARTNER_WORDS = StringSet.of("Sons", "Son", "Associates", "Partners", "Brothers",
      "Bros", "Company", "Co");

  /**
   * Whether the run {@code [start, end)} with "and" between {@code at} and {@code right} reads as one name whatever the
   * model says: a legal form or a body's head word at its end, a partners' word or a legal form right after "and", a
   * left side holding "of"/"for" (a body's fields) unless the right side holds one too (Bank of X and Bank of Y), or a
   * one-word family name repeated after "and" (Pell and Pell Co).
   */
  public static boolean oneName(String d, int start, int at, int right, int end) {
    int lastSpace = d.lastIndexOf(' ', end - 1);
    String last = d.substring(Math.max(lastSpace + 1, right), end);
    int sp = d.indexOf(' ', right);
    String afterAnd = d.substring(right, sp < 0 || sp > end ? end : sp);
    String left = d.substring(start, at);
    String second = d.substring(right, end);
    return EnglishNameRecognizer.isFirmSuffix(last) || BODY_HEADS.contains(last)
        || EnglishNameRecognizer.isFirmSuffix(afterAnd) || PARTNER_WORDS.contains(afterAnd)
        || (left.contains(" of ") || left.contains(" for ")) && !second.contains(" of ") && !second.contains(" for ")
        || left.equals(afterAnd);
  }

  /**
   * Where the one " and " inside {@code [start, end)} of {@code d} begins, with a capital right after it; -1 when there
   * is none, nothing capitalised after it, or a second one (a list, or a body of fields: not two names). Shared with
   * {@code ConjoinedBodies}, which cuts such runs by their head words.
   */
  public static int soleAnd(String d, int start, int end) {
    int at = d.indexOf(" and ", start);
    int right = at + " and ".length();
    if (at <= start || right >= end || !Character.isUpperCase(d.charAt(right))) {
      return -1;
    }
    int next = d.indexOf(" and ", right);
    return next >= 0 && next < end ? -1 : at;
  }
}
