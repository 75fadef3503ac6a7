package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * English words whose shape alone says they name no person, place or body, whatever rule or model took them
 * (round 19): a Reuters ticker ({@link #ticker}); a code of two or more capitals then two or more digits (a flight, a model or a tagged event: MH17,
 * SQ351, WWDC14) and a plural acronym (TVs, LCDs, MPs), a common noun's plural. In the English NER corpora
 * (wikigold, Broad Twitter Corpus, train and dev parts) 189 of 195 code tokens and 34 of 40 plural acronyms are
 * outside any name. Round 20: a mention opened by a lower-case function word ({@link #opensWithFunctionWord}).
 */
final class ShapeNotNames {
  private ShapeNotNames() {}

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String d = fields.get(m.field()).display();
      String text = d.substring(m.start(), m.end());
      boolean drop = !m.role() && (notName(text) || MEASURES.contains(text) || ticker(d, m.start(), m.end()) || opensWithFunctionWord(text) || commonWordsJoined(text)
          || m.type() == EntityType.PLACE && beforeNoEntityTail(d, m.end()));
      if (drop) {
        edits.drop(i);
      }
    }
    return edits.result();
  }

  /**
   * Round 19: a Reuters ticker, capitals in angle brackets right after a name ("Imperial Chemical Industries PLC &lt;ICI&gt;",
   * "ICI &lt;ICI&gt; SEES ..."): a stock symbol, not annotated (the 48 in the annotated Reuters copy are none of them a mention).
   * A firm's whole name in brackets (&lt;Enfield Corp Ltd&gt;, &lt;MAGELLAN CORP&gt;) has a space or lower case and stays.
   * Round 48: the mention may stop before the ticker's exchange suffix (&lt;KLM.A&gt;, &lt;BCOM.L&gt;), where a knowledge-base
   * name ends at the stop.
   */
  static boolean ticker(String d, int start, int end) {
    if (start < 3 || d.charAt(start - 1) != '<' || d.charAt(start - 2) != ' '
        || !(Character.isLetterOrDigit(d.charAt(start - 3)) || d.charAt(start - 3) == '.')) {
      return false;
    }
    int close = start;
    while (close < d.length() && close - start <= 7 && (d.charAt(close) >= 'A' && d.charAt(close) <= 'Z'
        || d.charAt(close) == '.' || d.charAt(close) == '&')) {
      close++;
    }
    return end > start && end <= close && close < d.length() && d.charAt(close) == '>' && close - start <= 7;
  }

  /**
   * Round 22: a place right before a currency or an event's last word ("the US dollar", "U.S. dlrs", "the US Open"): the place
   * only qualifies a thing the conventions leave out, as a country's adjective does in "Swiss francs"
   * ({@link EnglishNameRecognizer#currencyOrEventWord}); no English dev file annotates one (10 currencies there). Venues are
   * left out: the district inside a venue's name is the place.
   */
  static boolean beforeNoEntityTail(String d, int end) {
    if (end + 2 >= d.length() || d.charAt(end) != ' ' && d.charAt(end) != '\n') {
      return false;
    }
    int k = end + 1;
    while (k < d.length() && Character.isLetter(d.charAt(k))) {
      k++;
    }
    return k > end + 1 && (k == d.length() || !Character.isLetterOrDigit(d.charAt(k)))
        && EnglishNameRecognizer.currencyOrEventWord(d.substring(end + 1, k));
  }

  /**
   * Round 22: the initials of an economic measure (GDP, CPI, PSBR), which the model and the acronym rules take for a body
   * (the two English pools: 18 bodies in 8 business dispatches, every one wrong); CoNLL tags them O too.
   */
  private static final Set<String> MEASURES = StringSet.of("GDP", "GNP", "GDI", "CPI", "PPI", "RPI", "PMI", "PSBR");

  /** Lower-case words that open no name ("for Economics" after an office, "and Nationals" after a title). */
  private static final Set<String> FUNCTION_WORDS =
      StringSet.of("for", "of", "and", "or", "the", "in", "on", "at", "to", "by", "with", "from", "as");

  /**
   * A mention whose first word is a lower-case function word: a run that began inside a phrase ("Assistant Secretary for
   * Economics" cut after the office), no name. Names with a lower-case particle (de Villepin, al-Maliki) open with none of them.
   */
  static boolean opensWithFunctionWord(String text) {
    int sp = text.indexOf(' ');
    return sp > 0 && FUNCTION_WORDS.contains(text.substring(0, sp));
  }

  /**
   * Round 21: one word of days, months or nationalities joined by hyphens or slashes (a quarter "July-September", "March/April",
   * "October-to-December"): a span of time or an adjective, no name, though "in" before it reads like a place's cue.
   */
  static boolean commonWordsJoined(String text) {
    if (text.indexOf(' ') >= 0 || text.indexOf('-') < 0 && text.indexOf('/') < 0) {
      return false;
    }
    int parts = 0;
    for (String p : text.split("[-/]")) {
      if (p.equals("to")) {
        continue;
      }
      if (!io.newswire.enrich.entities.names.EnglishNameRecognizer.notAName(p)) {
        return false;
      }
      parts++;
    }
    return parts >= 2;
  }

  /** One word: capitals then digits (two or more of each), or capitals then a plural s. */
  static boolean notName(String w) {
    int caps = 0;
    while (caps < w.length() && w.charAt(caps) >= 'A' && w.charAt(caps) <= 'Z') {
      caps++;
    }
    if (caps < 2 || caps == w.length()) {
      return false;
    }
    String rest = w.substring(caps);
    if (rest.equals("s")) {
      return true;
    }
    if (rest.length() < 2) {
      return false;
    }
    for (int k = 0; k < rest.length(); k++) {
      if (!Character.isDigit(rest.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
