package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English speakers named only by a description of a person the story named before: 'said the national team
 * coach', 'The TV host said', 'the ex-home secretary said', 'The South African archbishop added'. The head
 * is an office or trade that one person of the story holds; the description is that person when the text
 * makes it clear: the head was said of one named person before ('Archbishop Desmond Tutu', 'Wales coach
 * Mike Ruddock', 'Mr Blunkett quit as home secretary', 'Jerry Springer, the TV host'), else the story has
 * named one person only so far. Otherwise the words stay, naming no one.
 */
final class EnglishDescribedPersons {
  /**
   * Heads of a description of someone the story names: offices held by one person, and trades. Spokesmen,
   * officials, sources, aides, analysts and executives are left out (copy brings them in unnamed), and so
   * are the other side of a case (judge, lawyer, prosecutor), who are rarely the person named before.
   */
  private static final Set<String> HEADS = StringSet.of("boss", "coach", "manager", "chairman", "chairwoman",
      "chief", "captain", "skipper", "president", "premier", "minister", "secretary", "governor", "senator", "leader",
      "mayor", "chancellor", "archbishop", "cardinal", "bishop", "host", "presenter", "founder", "owner", "editor",
      "director", "commissioner", "star", "player", "singer", "actor", "actress", "striker", "midfielder",
      "defender", "winger", "goalkeeper", "keeper", "veteran", "champion", "athlete", "sprinter", "runner", "boxer",
      "golfer", "rapper", "comedian", "writer", "author", "novelist", "designer", "entrepreneur", "tycoon",
      "billionaire");

  /** Longest description read: 'the', four qualifiers and the head ('the former Downing Street press secretary'). */
  private static final int MAX_WORDS = 6;
  /** How many words may stand between 'as' and the head it is said with ('quit as shadow home secretary'). */
  private static final int MAX_WORDS_AFTER_AS = 3;
  /** How many words after a name its appositive's head may come ('X, the TV host', 'X, a former Arsenal striker'). */
  private static final int MAX_APPOSITIVE_WORDS = 5;

  private EnglishDescribedPersons() {}

  /**
   * The person the description {@code text}, speaking at {@code position} of field {@code fieldIndex}, stands
   * for, or null. Persons inside quotation marks or inside a quote found before are not candidates.
   */
  static SpeakerRef resolve(String text, List<FieldView> views, List<List<Candidate>> quotesByField, int fieldIndex,
      int position) {
    List<Token> words = text == null ? List.of() : Tokenizer.tokenize(text, "en");
    String head = head(words);
    if (head == null) {
      return null;
    }
    String qualifier = qualifier(words);
    MentionRef titled = null;
    MentionRef only = null;
    boolean several = false;
    boolean titledTwice = false;
    for (int v = 0; v <= fieldIndex && v < views.size(); v++) {
      FieldView f = views.get(v);
      int limit = v == fieldIndex ? position : Integer.MAX_VALUE;
      for (MentionRef m : f.mentions) {
        if (m.end() > limit) {
          break;
        }
        if (!m.person() || f.spanAt(m.start()) != null || Candidate.anyHolds(quotesByField.get(v), m)) {
          continue; // a person a quote talks about is not the one saying it
        }
        if (only == null) {
          only = m;
        } else if (!sameEntity(only, m)) {
          several = true;
        }
        if (saidOf(f, m, head, qualifier, limit)) {
          if (titled != null && !sameEntity(titled, m)) {
            titledTwice = true;
          }
          titled = titled == null ? m : titled;
        }
      }
    }
    MentionRef found = titled != null ? (titledTwice ? null : titled) : several ? null : only;
    return found == null ? null : SpeakerRef.of(found, found.text()).namedAs(text);
  }

  /** The head of 'the … HEAD' of two to six words, lower-cased, or null when it is not such a description. */
  static String head(String text) {
    return text == null ? null : head(Tokenizer.tokenize(text, "en"));
  }

  private static String head(List<Token> words) {
    int n = words.size();
    if (n < 2 || n > MAX_WORDS || !words.get(0).form().equalsIgnoreCase("the")) {
      return null;
    }
    for (int k = 1; k < n - 1; k++) {
      if (NOT_QUALIFIERS.contains(words.get(k).form().toLowerCase(Locale.ROOT))) {
        return null; // 'the chairman of the Commons …', 'the coach and captain': not one head last
      }
    }
    String last = words.get(n - 1).form().toLowerCase(Locale.ROOT);
    return HEADS.contains(last) ? last : null;
  }

  /** Words that do not qualify a head: the description holds more than one head or a clause. */
  private static final Set<String> NOT_QUALIFIERS = StringSet.of("of", "and", "or", "for", "who", "that", "which");

  /**
   * The head is said of this person before {@code limit}: as a title right before the name ('Archbishop
   * Desmond Tutu', 'Wales coach Mike Ruddock'), in an appositive right after it ('Jerry Springer, the TV
   * host'), or after 'as' later in the name's sentence ('Mr Blunkett quit as home secretary').
   */
  private static boolean saidOf(FieldView f, MentionRef m, String head, String qualifier, int limit) {
    List<Token> toks = f.tokens;
    int first = f.tokenAtOrAfter(m.start());
    if (first > 0 && toks.get(first - 1).form().toLowerCase(Locale.ROOT).equals(head)
        && f.text.substring(toks.get(first - 1).end(), m.start()).isBlank()) {
      return agrees(toks, first - 1, qualifier);
    }
    int after = f.tokenAtOrAfter(m.end());
    if (after < toks.size() && f.text.substring(m.end(), toks.get(after).start()).strip().equals(",")) {
      for (int k = after; k < toks.size() && k < after + MAX_APPOSITIVE_WORDS && toks.get(k).end() <= limit; k++) {
        if (k > after && !f.text.substring(toks.get(k - 1).end(), toks.get(k).start()).isBlank()) {
          break; // the appositive ends at its first comma or stop
        }
        if (toks.get(k).form().toLowerCase(Locale.ROOT).equals(head)) {
          return agrees(toks, k, qualifier);
        }
      }
    }
    int sentenceEnd = Math.min(f.sentenceEnd(m.end()), limit);
    for (int k = after; k < toks.size() && toks.get(k).end() <= sentenceEnd; k++) {
      if (!toks.get(k).form().equals("as")) {
        continue;
      }
      for (int j = k + 1; j < toks.size() && j <= k + 1 + MAX_WORDS_AFTER_AS && toks.get(j).end() <= sentenceEnd; j++) {
        if (toks.get(j).form().toLowerCase(Locale.ROOT).equals(head)) {
          return !hasPersonBetween(f, m.end(), toks.get(k).start());
        }
      }
    }
    return false;
  }

  /**
   * The last capitalised word before the head of the description ('Arsenal' in 'the Arsenal boss'), or null:
   * it tells one club's or country's boss from another's.
   */
  private static String qualifier(List<Token> words) {
    for (int k = words.size() - 2; k > 0; k--) {
      if (words.get(k).capitalized()) {
        return words.get(k).form().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /**
   * The head said at token {@code h} does not name another club or country than the description's: 'United
   * boss Alex Ferguson' is not 'the Arsenal boss'; an uncapitalised word or none before it agrees.
   */
  private static boolean agrees(List<Token> toks, int h, String qualifier) {
    if (qualifier == null || h == 0 || !toks.get(h - 1).capitalized()) {
      return true;
    }
    return toks.get(h - 1).form().toLowerCase(Locale.ROOT).equals(qualifier);
  }

  /** Another person named between the name and its 'as': the role is that person's. */
  private static boolean hasPersonBetween(FieldView f, int from, int to) {
    for (MentionRef m : f.mentionsIn(from, to)) {
      if (m.person()) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameEntity(MentionRef a, MentionRef b) {
    return a.entity().getId().equals(b.entity().getId());
  }

  /** Capitalised words that may stand before the name opening a sentence: 'Matchwinner Keane', 'But Mr X'. */
  private static final int MAX_WORDS_BEFORE_SUBJECT = 2;

  /**
   * The person named as the subject of the sentence just before the one holding {@code position} ('Matchwinner
   * Keane was full of praise …. "…," said the Tottenham striker'): the name within the sentence's first
   * words, after at most two capitalised words and any title ('Former Olympic champion X'), outside
   * quotations. A sentence opening with he or she sends the search one sentence further back. Null when that
   * sentence names no person so.
   */
  static SpeakerRef subjectJustBefore(List<FieldView> views, int v, int position) {
    FieldView f = views.get(v);
    int start = f.sentenceStart(Math.max(0, position));
    for (int back = 0; back < 2; back++) {
      if (start <= 0) {
        if (v == 0 || !views.get(v - 1).name().startsWith("paragraphs") || !f.name().startsWith("paragraphs")) {
          return null;
        }
        f = views.get(--v);
        start = f.text.length();
      }
      int prev = f.sentenceStart(start - 1);
      int first = f.tokenAtOrAfter(prev);
      if (first >= f.tokens.size() || f.tokens.get(first).start() >= start) {
        return null;
      }
      if (f.hasCharBetween(prev, start, "\"“”")) {
        return null; // a sentence holding a quotation: who it quotes or names is the tracker's business
      }
      String opener = f.tokens.get(first).form().toLowerCase(Locale.ROOT);
      if (opener.equals("he") || opener.equals("she")) {
        start = prev;
        continue;
      }
      int allowed = MAX_WORDS_BEFORE_SUBJECT;
      for (int k = first; k < f.tokens.size() && k <= first + allowed && f.tokens.get(k).start() < start; k++) {
        Token t = f.tokens.get(k);
        MentionRef m = f.mentionAt(t);
        if (m != null) {
          return m.person() && f.spanAt(m.start()) == null ? SpeakerRef.of(m, m.text()) : null;
        }
        if (!t.capitalized()) {
          if (!HEADS.contains(t.form().toLowerCase(Locale.ROOT))) {
            return null;
          }
          allowed++; // a title before the name: 'Former Olympic champion Michael Johnson has accused …'
        }
      }
      return null;
    }
    return null;
  }
}
