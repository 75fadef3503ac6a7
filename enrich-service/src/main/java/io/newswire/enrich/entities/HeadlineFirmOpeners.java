package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.analysis.LetterCase;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English (round 50): a Reuters headline in capitals opens with the first words of the firm the story names whole
 * ("HARBROOK STEEL MAKES …" over "Harbrook Steel Group Plc said", "CORVANE INT'L SIGNS …" over "Corvane International
 * Inc"), its tail and legal form left out to keep the line short, so neither the KB nor the recognizer finds it there
 * (or only a place inside it). Two or more opening words that are the first words of one body organisation's mention
 * (INT and INT'L standing for International) are that organisation. Not when the next headline word names another body
 * (UNIT, BOARD: the headline's body is the parent or one of its own), when the line opens with a nationality or a
 * country's initials (AUSTRALIAN WHEAT, U.S. SENATE: a sector, the country), when a found name already covers the run
 * (HONG KONG), or when another body's name stands in it (CARTEL PRESIDENT SAYS over "Cartel President X": the cartel and
 * a role).
 */
final class HeadlineFirmOpeners {
  private HeadlineFirmOpeners() {}

  /** Words after the run that name a body of their own in the headline. */
  private static final Set<String> OTHER_BODY = StringSet.of("unit", "unit's", "units", "subsidiary", "affiliate",
      "parent");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** A ticker's brackets, quotes and trailing punctuation around a word. */
  private static final Pattern AROUND = Pattern.compile("^[<(\"]+|[>),:;\"]+$");
  private static final Pattern COUNTRY_INITIALS = Pattern.compile("([A-Z]\\.){2,3}");

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    FieldText head = null;
    for (FieldText f : fields) {
      if (f.isHeadline()) {
        head = f;
      }
    }
    if (head == null || !inCapitals(head.display())) {
      return mentions;
    }
    String d = head.display();
    int from = d.startsWith("<") ? 1 : 0;
    String[] words = words(d.substring(from));
    if (words.length < 3 || EnglishNameRecognizer.notAName(words[0]) || countryInitials(words[0], mentions, head.index(), from)) {
      return mentions;
    }
    Mention firm = null;
    int best = 1;
    boolean tied = false;
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORGANIZATION || m.role() || m.field() == head.index()) {
        continue;
      }
      int n = sharedOpening(words, words(FieldText.text(fields, m)));
      if (n > best) {
        best = n;
        firm = m;
        tied = false;
      } else if (n == best && firm != null && !firm.entityId().equals(m.entityId())) {
        tied = true;
      }
    }
    if (firm == null || tied || best >= words.length || OTHER_BODY.contains(lower(words[best]))
        || EnglishNameRecognizer.organisationWord(words[best]) || EnglishNameRecognizer.isFirmSuffix(words[best])) {
      return mentions;
    }
    int end = from;
    for (int i = 0; i < best; i++) {
      end = d.indexOf(words[i], end) + words[i].length();
    }
    final int s = from;
    final int e = end;
    final int field = head.index();
    for (Mention m : mentions) {
      if (m.field() == field && m.start() < e && s < m.end() && (m.start() <= s && m.end() >= e || m.end() > e
          || m.type() == EntityType.ORGANIZATION && !m.entityId().equals(firm.entityId()))) {
        return mentions; // a found name covers the run (HONG KONG) or runs past it; another body opens it
      }
    }
    return Mention.replacing(mentions, firm.nameAt(field, s, e));
  }

  /** How many of the headline's first words are the organisation's first words, written in capitals. */
  static int sharedOpening(String[] headline, String[] name) {
    int n = 0;
    while (n < headline.length && n < name.length && same(headline[n], name[n])) {
      n++;
    }
    return n;
  }

  private static boolean same(String headlineWord, String nameWord) {
    String h = headlineWord.toUpperCase(Locale.ROOT);
    String w = nameWord.toUpperCase(Locale.ROOT);
    return h.equals(w) || w.equals("INTERNATIONAL") && (h.equals("INT") || h.equals("INT'L"));
  }

  /** Whitespace-separated words, each without the punctuation around it (a ticker's brackets, a comma). */
  private static String[] words(String text) {
    String[] w = SPACES.split(text.trim());
    for (int i = 0; i < w.length; i++) {
      w[i] = AROUND.matcher(w[i]).replaceAll("");
    }
    return w;
  }

  /** U.S., U.K. found as a place opening the line: the country, whatever follows. */
  private static boolean countryInitials(String word, List<Mention> mentions, int field, int from) {
    if (!COUNTRY_INITIALS.matcher(word).matches()) {
      return false;
    }
    for (Mention m : mentions) {
      if (m.field() == field && m.start() == from && m.type() == EntityType.PLACE) {
        return true;
      }
    }
    return false;
  }

  private static boolean inCapitals(String d) {
    return !LetterCase.hasLowerCase(d) && d.chars().anyMatch(Character::isLetter);
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
