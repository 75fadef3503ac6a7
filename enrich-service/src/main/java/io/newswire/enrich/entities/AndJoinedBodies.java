package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * English (round 38): official bodies whose name joins two or more fields after "of" or "for" (the Department for Education
 * and Skills, the Office of Management and Budget, the Organisation for Economic Cooperation and Development, the Department
 * for Culture, Media and Sport) come out of the recognizer cut before "and", so the article names a "Department for
 * Education" that does not exist. After an organisation the knowledge base did not link whose head word stands before its
 * "of"/"for" (a department, an office, a school …), ", Word" items and a closing "and Word" — each one to three capitalised
 * words — complete the name. Words another mention already holds after "and" (the Foreign Office, Labour, a person, a place)
 * are a second name, not the body's last field, so the name stays as it was.
 */
final class AndJoinedBodies {
  private AndJoinedBodies() {}

  /** Head words of bodies named after their fields ("Department for X and Y"); not banks or universities (of a place). */
  private static final Set<String> HEADS = StringSet.of("department", "ministry", "office", "institute", "organisation",
      "organization", "corporation", "academy", "federation", "school", "college", "centre", "center", "commission", "council",
      "society", "board", "association", "bureau", "agency", "authority", "committee", "foundation");

  /** Capitalised words that open a clause or a title, never a body's field. */
  private static final Set<String> NOT_FIELDS = StringSet.of("The", "A", "An", "In", "On", "At", "For", "Of", "To", "But", "He",
      "She", "It", "They", "We", "I", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Prof", "Professor");

  /** Most capitalised words in one field of the name. */
  private static final int FIELD_WORDS = 3;

  static List<Mention> extend(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.ORGANIZATION || m.end() - m.start() < 8 || !unlinked(m.entityId())) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (!d.startsWith(" and ", m.end()) && !d.startsWith(", ", m.end())) {
        continue; // cheap first: only a name followed by "and" or a comma can be cut
      }
      String name = d.substring(m.start(), m.end());
      if (!Character.isUpperCase(name.charAt(0)) || !Character.isLowerCase(name.charAt(1))
          || !HEADS.contains(DottedCountryBodies.headBeforeOf(name))) {
        continue;
      }
      int end = joinedEnd(d, m.end());
      if (end < 0 || Mention.overlapping(mentions, m.field(), m.end(), end) != null) {
        continue;
      }
      String text = d.substring(m.start(), end).replace('\n', ' ');
      edits.set(i, new Mention(m.field(), m.start(), end, CrossScriptId.orSlug(EntityType.ORGANIZATION, text, "en",
          MatchingForm.key(text)), EntityType.ORGANIZATION, text, false));
    }
    return edits.result();
  }

  /** Ids the rules give names the knowledge base lacks: only such a name can have been cut short. */
  private static boolean unlinked(String id) {
    return id != null && (id.startsWith("org:name:") || id.startsWith("org:en:"));
  }

  /** The end of ", Field" items closed by " and Field" from {@code at}, or -1 when no such closing field follows. */
  static int joinedEnd(String d, int at) {
    int p = at;
    while (d.startsWith(", ", p)) {
      p = fieldEnd(d, p + 2);
      if (p < 0) {
        return -1;
      }
    }
    return d.startsWith(" and ", p) ? fieldEnd(d, p + 5) : -1;
  }

  /** The end of one to three capitalised words from {@code p}, followed by no further capitalised word, or -1. */
  private static int fieldEnd(String d, int p) {
    int words = 0;
    int end = -1;
    int s = p;
    while (s < d.length() && Character.isUpperCase(d.charAt(s))) {
      int e = s + 1;
      while (e < d.length() && (Character.isLetter(d.charAt(e)) || d.charAt(e) == '-')) {
        e++;
      }
      if (words == 0 && NOT_FIELDS.contains(d.substring(s, e))) {
        return -1;
      }
      if (++words > FIELD_WORDS || (e < d.length() && Character.isDigit(d.charAt(e)))) {
        return -1;
      }
      end = e;
      s = e < d.length() && d.charAt(e) == ' ' ? e + 1 : d.length();
    }
    return end;
  }
}
