package io.newswire.ingest.parsing.format;

import io.newswire.normalization.DisplayNormalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Editorial status words that wire services put before the headline (IPTC 7901 and ANPA-1312 copy):
 * "URGENT", "BULLETIN", "FLASH", "EXTRA", "REFILE", "CORRECTED", "1ST LEAD", "UPDATE 2", "(Achtung)",
 * "Eilmeldung", "Vorrang"… They are never the headline: a line of them alone is removed, a prefix
 * of them ("REFILE-UPDATE 1-Oil prices rise") is cut, and what they mean goes to the metadata:
 * FLASH/Blitz urgency 1, BULLETIN/Eilmeldung/Alerte urgency 2, URGENT/Eilt/Vorrang urgency 3 (each
 * only when the header gave none); "n-th LEAD" and "UPDATE n" make version n+1 (when not known).
 */
public final class StatusWords {
  private static final String WORD = "(?:REFILE|EXTRA|URGENTE?|BULLETIN|FLASH|ALERTE?|ADVISORY|EXCLUSIVE|CORRECTED|CORRECTION|CORRECTS?"
      + "|RPT|REPEAT|UPDATE(?:\\s+[0-9]{1,2})?|WRAPUP(?:\\s+[0-9]{1,2})?|[0-9]{1,2}(?:ST|ND|RD|TH)\\s+(?:LEAD|LD|ADD|WRITETHRU)"
      + "|(?:NEW\\s+)?LEAD|WRITETHRU|ACHTUNG|EILT|EILMELDUNG|VORRANG|BLITZ|ZUSAMMENFASSUNG|KORREKTUR|BERICHTIGUNG"
      + "|WIEDERHOLUNG|ERSETZT|PRIORIT[EÉ]|AVIS|TOISTO|KORJAUS|KIIRE|HASTER|HASTESAK|OPPDATERT|RETTET|RETTELSE"
      + "|ACTUALIZACI[OÓ]N|CORRECCI[OÓ]N|URGENTISSIMO|RETTIFICA|AGGIORNAMENTO)";
  /** A whole line of status words: "URGENT", "(Achtung)", "REFILE 1ST LEAD", "Achtung:". */
  private static final Pattern LINE = Pattern.compile(
      "(?iu)^[(\\[]?\\s*" + WORD + "(?:[\\s/,-]+" + WORD + ")*\\s*[)\\]]?\\s*[:.!=]*$");
  /** Status words before the headline text: "REFILE-UPDATE 1-Oil prices…", "EILMELDUNG: Regierung…". */
  private static final Pattern PREFIX = Pattern.compile(
      "(?u)^[(\\[]?\\s*(" + WORD + "(?:[\\s/,-]+" + WORD + ")*)\\s*[)\\]]?\\s*(?:-|:|\\s[-–—]\\s|=)\\s*(?=\\S)");
  /** AP's notes to editors before the headline: "Eds: APNewsNow. Will be updated." */
  private static final Pattern EDITORS_NOTE = Pattern.compile("(?i)^(?:eds|editors|editor's note|ed note|note to editors)\\s*:");
  private static final Pattern NUMBER = Pattern.compile("([0-9]{1,2})");

  private StatusWords() {}

  /** Removes leading status and editor's-note lines and a status prefix of the first text line; records their meaning. */
  static void take(List<String> lines, DispatchContent c) {
    while (true) {
      int first = Texts.firstNonBlank(lines);
      if (first < 0) {
        return;
      }
      String line = DisplayNormalizer.normalize(lines.get(first));
      if ((LINE.matcher(line).matches() || EDITORS_NOTE.matcher(line).lookingAt()) && Texts.hasTextAfter(lines, first)) {
        apply(line, c);
        lines.remove(first);
        continue;
      }
      Matcher m = PREFIX.matcher(line);
      if (m.lookingAt() && isUpperOrKnownCase(m.group(1))) {
        apply(m.group(1), c);
        lines.set(first, line.substring(m.end()));
      }
      return;
    }
  }

  /**
   * The headline of a structured format without status words before it ("REFILE-UPDATE 1-Oil…",
   * "EILMELDUNG: …"); their meaning goes to {@code c} as for wire copy. A headline that is nothing
   * but status words is kept: there is no other line to take.
   */
  public static String cutFromHeadline(String headline, DispatchContent c) {
    if (headline == null) {
      return null;
    }
    Matcher m = PREFIX.matcher(headline);
    if (m.lookingAt() && isUpperOrKnownCase(m.group(1)) && m.end() < headline.length()) {
      apply(m.group(1), c);
      return headline.substring(m.end());
    }
    return headline;
  }

  /** Prefixes are upper case on the wires ("REFILE-"): "Update-Politik: …" in mixed case is a headline. */
  private static boolean isUpperOrKnownCase(String words) {
    return words.equals(words.toUpperCase(Locale.ROOT)) || words.equalsIgnoreCase("achtung") || words.equalsIgnoreCase("eilmeldung");
  }

  private static void apply(String words, DispatchContent c) {
    String w = words.toUpperCase(Locale.ROOT);
    Integer urgency = null;
    if (w.contains("FLASH") || w.contains("BLITZ")) {
      urgency = 1;
    } else if (w.contains("BULLETIN") || w.contains("EILMELDUNG") || w.contains("ALERT") || w.contains("URGENTISSIMO")) {
      urgency = 2;
    } else if (w.contains("URGENT") || w.contains("EILT") || w.contains("VORRANG") || w.contains("KIIRE") || w.contains("HASTE")) {
      urgency = 3;
    }
    if (urgency != null && c.urgency == null) {
      c.urgency = urgency;
    }
    if (c.version == null && (w.contains("LEAD") || w.contains("LD") || w.contains("UPDATE") || w.contains("WRITETHRU"))) {
      Matcher n = NUMBER.matcher(w);
      c.version = n.find() ? Integer.parseInt(n.group(1)) + 1 : 2;
    }
  }
}
