package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English (round 42): Reuters writes a listed firm's ticker in angle brackets right after its name ("HOUSTON OIL &lt;HO&gt;
 * RESERVES STUDY", "Panhandle Eastern &lt;PEL&gt;"), so what stands before a ticker is a firm. A place or a person found
 * right before one is the firm ("USAIR &lt;U&gt;", "MCGRATH RENTCORP &lt;MGRC&gt;"); a place that opens one to three
 * capitalised words ending in an organisation word or a legal form before the ticker ("CINCINNATI BELL INC &lt;CSN&gt;",
 * "HOUSTON OIL &lt;HO&gt;") opens the firm's name, unless "of" stands before it (FORD MOTOR CO OF CANADA LTD: the place is
 * inside a longer name). Only the mention itself changes: a dateline of the same town stays a place.
 */
final class TickerFirms {
  private TickerFirms() {}

  /** Most capitalised words between the place and the ticker. */
  private static final int WORDS = 3;

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.PLACE && m.type() != EntityType.PERSON || edits.current().get(i) == null) {
        continue; // (or already inside a firm made before)
      }
      String d = fields.get(m.field()).display();
      int end = tickerAt(d, m.end()) ? m.end() : m.type() == EntityType.PLACE && !ofBefore(d, m.start()) ? firmEnd(d, m.end()) : -1;
      if (end < 0) {
        continue;
      }
      int s = m.start();
      // every other mention the firm's span overlaps gives way to it
      for (int j = 0; j < mentions.size(); j++) {
        Mention o = edits.current().get(j);
        if (o != null && o != m && o.field() == m.field() && o.start() < end && s < o.end()) {
          edits.drop(j);
        }
      }
      String text = d.substring(s, end).replace('\n', ' ');
      edits.set(i, new Mention(m.field(), s, end, CrossScriptId.orSlug(EntityType.ORGANIZATION, text, "en",
          MatchingForm.key(text)), EntityType.ORGANIZATION, text, false));
    }
    return edits.result();
  }

  /** Whether " &lt;TICKER&gt;" (capitals, digits, dots) starts at {@code p}. */
  static boolean tickerAt(String d, int p) {
    if (!d.startsWith(" <", p)) {
      return false;
    }
    int k = p + 2;
    while (k < d.length() && (Character.isUpperCase(d.charAt(k)) || Character.isDigit(d.charAt(k)) || d.charAt(k) == '.')) {
      k++;
    }
    return k > p + 2 && k < d.length() && d.charAt(k) == '>';
  }

  /** The end of one to three capitalised words from {@code p} closed by an organisation word or legal form and a ticker, or -1. */
  static int firmEnd(String d, int p) {
    int at = p;
    for (int words = 0; words < WORDS && d.startsWith(" ", at) && at + 1 < d.length() && Character.isUpperCase(d.charAt(at + 1)); words++) {
      int e = at + 1;
      while (e < d.length() && d.charAt(e) != ' ' && d.charAt(e) != '\n') {
        e++;
      }
      String w = d.substring(at + 1, e);
      at = e;
      if (tickerAt(d, at) && (EnglishNameRecognizer.organisationWord(w) || EnglishNameRecognizer.isFirmSuffix(w))) {
        return at;
      }
    }
    return -1;
  }

  private static boolean ofBefore(String d, int start) {
    return start >= 3 && d.regionMatches(true, start - 3, "of ", 0, 3);
  }
}
