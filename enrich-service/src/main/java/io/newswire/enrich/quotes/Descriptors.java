package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A speaker the article describes instead of naming ('خطيب الجامع الكبير', 'این کارشناس ارشد انرژی', 'كبير
 * المهندسين الذين صمموا الجسر', 'the head of research') is the person the article describes so beside their
 * name: the words a name is apposed with ('الشيخ يوسف العمري خطيب الجامع الكبير', 'Harriet Cole, head of
 * research at …', 'كبير المهندسين …، كريم الساعدي'). One mechanism for every role, title or description,
 * whatever the lexicon knows: the description's head word and most of its content words must stand in the
 * few words right after a person's name or right before it, in the same clause. The latest such person
 * before the quote wins; a lead (headline, first paragraph) may also be described first and named a
 * paragraph or two later ('رئیس اداره آب شهرستان گفت:' … 'مهندس رضا کاظمی رئیس اداره آب شهرستان').
 * Indefinite descriptions (an aide, یک مقام, مسؤول عسكري) introduce someone unnamed and are left alone.
 */
final class Descriptors {
  /** How many words after (or before) a name its apposed description may run. */
  private static final int WINDOW = 8;
  /** How many fields after a lead's own a lead's description may find its name. */
  private static final int LEAD_AHEAD = 2;
  /** A description longer than this is a clause, not a description. */
  private static final int MAX_WORDS = 7;

  private static final Set<String> SKIP_EN = StringSet.of("the", "a", "an", "this", "that", "of", "for", "and", "in",
      "at", "on", "its", "his", "her", "their", "who", "which", "by", "to", "from", "with");
  private static final Set<String> INDEFINITE_EN = StringSet.of("a", "an", "one", "another", "some");
  /** Heads that without an article introduce an unnamed source: مصدر أمني, مسؤول عسكري, یک مقام. */
  private static final Set<String> UNNAMED_AR = StringSet.of("مصدر", "مسوول", "مسؤول", "متحدث", "ناطق", "مصادر");
  private static final Set<String> UNNAMED_FA = StringSet.of("یک", "يک", "يك", "منبع", "منابع");
  private static final Set<String> DEMONSTRATIVES = StringSet.of("این", "اين", "آن", "هذا", "هذه", "ذلك", "تلك");

  private Descriptors() {}

  /**
   * The person the description {@code text} (a speaker's words at position {@code position} of field
   * {@code fieldIndex}) stands for, or null. Only people named before count, unless {@code ahead} and the
   * quote is in the lead (headline or first paragraph): then also the next fields.
   */
  static SpeakerRef resolve(String text, CueLexicon lexicon, List<FieldView> views, int fieldIndex, int position,
      boolean ahead) {
    String lang = lexicon.language();
    List<Token> words = Tokenizer.tokenize(text, lang);
    // a Persian lead may describe its speaker with یک and name them a paragraph later ('یک کارشناس ارشد
    // انرژی گفت:' … '«X» کارشناس ارشد انرژی در …'); elsewhere یک introduces someone unnamed
    boolean leadIntroduction = ahead && "fa".equals(lang);
    if (words.isEmpty() || words.size() > MAX_WORDS || !leadIntroduction && indefinite(words, lang)) {
      return null;
    }
    List<String> content = new ArrayList<>(words.size());
    for (Token w : words) {
      String c = content(w, lexicon, words);
      if (c != null) {
        content.add(c);
      }
    }
    if (content.isEmpty() || "en".equals(lang) && content.size() < 2) {
      return null; // 'the company' alone says too little: English descriptions must say more than their kind
    }
    String head = content.get(0);
    String nisba = "ar".equals(lang) ? lastNisba(words) : null;
    if ("ar".equals(lang) && nisba == null) {
      nisba = countryNisba(words, views);
      if (nisba != null) {
        content.set(content.size() - 1, nisba); // وزير خارجية مصر reads as وزير الخارجية المصري
      }
    }
    int need = content.size() == 1 ? 1 : 2;
    Best best = new Best(need);
    int lastField = Math.min(views.size() - 1, ahead ? fieldIndex + LEAD_AHEAD : fieldIndex);
    for (int v = 0; v <= lastField; v++) {
      FieldView f = views.get(v);
      for (MentionRef m : f.mentions) {
        if (v == fieldIndex && m.start() >= position && !ahead) {
          break;
        }
        if (!m.person() || f.spanAt(m.start()) != null && !quotedNameOnly(f, m) || text.contains(m.text())) {
          continue; // a name inside words said, or the description holds the name itself
        }
        int score = score(f, m.start(), m.end(), m, head, content, nisba, lexicon, text);
        if (best.beatenBy(score, v < fieldIndex || v == fieldIndex && m.start() < position)) {
          best.take(SpeakerRef.of(m, text), score);
        }
      }
      if ("en".equals(lang)) {
        continue;
      }
      // Arabic and Persian copy marks the names the entity step may not know («هانس مولر» کارشناس …)
      for (QuoteSpan q : f.spans) {
        if (v == fieldIndex && q.outerStart() >= position && !ahead) {
          break;
        }
        if (!q.closed() || !f.mentionsIn(q.contentStart(), q.contentEnd()).isEmpty()) {
          continue;
        }
        int n = f.tokenAtOrAfter(q.contentEnd()) - f.tokenAtOrAfter(q.contentStart());
        if (n < 2 || n > 3 || !QuotedName.is(f, q.contentStart(), q.contentEnd(), n, f.charBefore(q.outerStart()))) {
          continue;
        }
        int score = score(f, q.outerStart(), q.outerEnd(), null, head, content, nisba, lexicon, text);
        if (best.beatenBy(score, v < fieldIndex || v == fieldIndex && q.outerStart() < position)) {
          best.take(new SpeakerRef(null, f.text.substring(q.contentStart(), q.contentEnd()).strip(), text), score);
        }
      }
    }
    if (best.speaker == null && nisba != null) {
      return unknownCounterpart(views, fieldIndex, nisba, content, text, lang);
    }
    return best.speaker;
  }

  /** Most words of a counterpart's name the entity step did not know (مع نظيره التونسي، كمال الزيدي،). */
  private static final int MAX_COUNTERPART_NAME = 3;

  /**
   * 'مع نظيره المصري، X،' where X is no mention the entity step made: the two or three words set off by
   * commas after the counterpart and the description's nisba are the holder's name (published as a name,
   * as an unknown name after a role is), under the same conditions as {@link #counterpartBefore}.
   */
  private static SpeakerRef unknownCounterpart(List<FieldView> views, int fieldIndex, String nisba,
      List<String> content, String text, String lang) {
    for (int v = fieldIndex; v >= 0; v--) {
      FieldView f = views.get(v);
      List<Token> toks = f.tokens;
      for (int j = 1; j + 2 < toks.size(); j++) {
        if (!COUNTERPARTS.contains(toks.get(j - 1).form()) || !bareIs(toks.get(j), nisba, lang)
            || !f.hasCharBetween(toks.get(j).end(), toks.get(j + 1).start(), "،,")) {
          continue;
        }
        int end = j + 1;
        while (end < toks.size() && end - j <= MAX_COUNTERPART_NAME && f.mentionAt(toks.get(end)) == null
            && (end == j + 1 || f.blankBetween(toks.get(end - 1).end(), toks.get(end).start()))) {
          end++;
        }
        int n = end - j - 1;
        boolean closed = end < toks.size() && f.hasCharBetween(toks.get(end - 1).end(), toks.get(end).start(), "،,.");
        if (n < 2 || n > MAX_COUNTERPART_NAME || !closed || counterpartBefore(f, j + 1, nisba, content, lang) == 0) {
          continue;
        }
        String name = f.text.substring(toks.get(j + 1).start(), toks.get(end - 1).end());
        return new SpeakerRef(null, name, text);
      }
    }
    return null;
  }

  /**
   * The best-scoring candidate so far: a score of at least {@code need}; at equal scores a person named
   * before the quote wins over one named after, and among those before, the latest.
   */
  private static final class Best {
    final int need;
    SpeakerRef speaker;
    int score;

    Best(int need) {
      this.need = need;
    }

    boolean beatenBy(int candidate, boolean before) {
      return candidate >= need && (speaker == null || candidate > score || candidate == score && before);
    }

    void take(SpeakerRef candidate, int candidateScore) {
      speaker = candidate;
      score = candidateScore;
    }
  }

  /** A name in marks that is the whole of its marks («هانس مولر»). */
  private static boolean quotedNameOnly(FieldView f, MentionRef m) {
    QuoteSpan q = f.spanAt(m.start());
    return q != null && f.text.substring(q.contentStart(), q.contentEnd()).strip().equals(m.text());
  }

  /**
   * How many of the content words stand in the description apposed with the mention, right after it or
   * right before it (one comma between allowed, up to the next punctuation, cue or name); 0 unless the
   * head word is there.
   */
  private static int score(FieldView f, int start, int end, MentionRef m, String head, List<String> content,
      String nisba, CueLexicon lexicon, String description) {
    List<Token> toks = f.tokens;
    int after = f.tokenAtOrAfter(end);
    int first = f.tokenAtOrAfter(start);
    if (nisba != null) {
      int counterpart = counterpartBefore(f, first, nisba, content, lexicon.language());
      if (counterpart > 0) {
        return counterpart; // مع نظيره المصري، X: X holds the role the sentence gave the other, for his country
      }
    }
    if (!headNear(toks, after, first, head, lexicon.language())) {
      return 0; // the cheap test first: most names have no such word beside them
    }
    List<String> side = new ArrayList<>(WINDOW);
    int prevEnd = end;
    for (int j = after; j < toks.size() && j - after < WINDOW; j++) {
      Token t = toks.get(j);
      if (f.hasCharBetween(prevEnd, t.start(), j == after ? ".:!?؟;؛" : PUNCTUATION) || stops(f, t, j, m, description)) {
        break;
      }
      side.add(bare(t, lexicon.language()));
      prevEnd = t.end();
    }
    int best = otherNisba(side, nisba) ? 0 : count(side, head, content);
    side.clear();
    int nextStart = start;
    for (int j = first - 1; j >= 0 && first - j <= WINDOW; j--) {
      Token t = toks.get(j);
      if (f.hasCharBetween(t.end(), nextStart, j == first - 1 ? ".:!?؟;؛" : PUNCTUATION) || stops(f, t, j, m, description)) {
        break;
      }
      side.add(bare(t, lexicon.language()));
      nextStart = t.start();
    }
    return Math.max(best, otherNisba(side, nisba) ? 0 : count(side, head, content));
  }

  /** Words of a counterpart: the person after them holds the same office as the one they belong to. */
  private static final Set<String> COUNTERPARTS = StringSet.of("نظيره", "نظيرته", "ونظيره", "ونظيرته");

  /**
   * The last nisba adjective of an Arabic description (وزير الخارجية المصري: مصري), bare, or null: the
   * country or body the role is of.
   */
  private static String lastNisba(List<Token> words) {
    for (int k = words.size() - 1; k > 0; k--) {
      String s = words.get(k).form();
      int off = bareStart(s);
      if (off > 0 && s.startsWith("ال", off - 2 < 0 ? 0 : off - 2) && s.length() - off >= 3 && s.endsWith("ي")) {
        return s.substring(off);
      }
    }
    return null;
  }

  /**
   * The nisba of the country that closes an Arabic construct description (وزير خارجية مصر: مصري), so that it
   * is told from the same role of another country (وزير الخارجية السعودي) as a nisba description is; null
   * unless the last word is a place the entity step named in the article, after a word without the article.
   */
  private static String countryNisba(List<Token> words, List<FieldView> views) {
    if (words.size() < 3 || words.get(words.size() - 2).form().startsWith("ال")) {
      return null;
    }
    String country = words.get(words.size() - 1).form();
    if (!namedPlace(country, views)) {
      return null;
    }
    String stem = country.substring(bareStart(country));
    if (stem.endsWith("ة") || stem.endsWith("ا")) {
      stem = stem.substring(0, stem.length() - 1); // السعودية → سعودي, فرنسا → فرنسي, سوريا → سوري
    }
    return stem.length() < 2 ? null : stem.endsWith("ي") ? stem : stem + "ي";
  }

  /** Whether some field of the article has a place mention whose folded form is {@code word}. */
  private static boolean namedPlace(String word, List<FieldView> views) {
    for (FieldView f : views) {
      for (MentionRef m : f.mentions) {
        if (m.entity().getType() == io.newswire.schema.EntityType.PLACE && MatchForm.fold(m.text(), "ar").equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The side holds a nisba adjective of its own and not the description's: وزير الخارجية السعودي is not المصري. */
  private static boolean otherNisba(List<String> side, String nisba) {
    if (nisba == null || side.contains(nisba)) {
      return false;
    }
    for (String w : side) {
      if (w.length() >= 4 && w.endsWith("ي") && !w.equals(nisba)) {
        return true;
      }
    }
    return false;
  }

  /**
   * 'مع نظيره المصري، X' before the name: X is the counterpart, of the description's nisba, of someone the
   * field described before with the description's other words (وزير الخارجية السعودي … نظيره المصري، سامح
   * شكري for وزير الخارجية المصري). The description's word count, else 0.
   */
  private static int counterpartBefore(FieldView f, int first, String nisba, List<String> content, String lang) {
    List<Token> toks = f.tokens;
    int j = first - 1;
    if (j < 1 || !bareIs(toks.get(j), nisba, lang) || !COUNTERPARTS.contains(toks.get(j - 1).form())
        || f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), PUNCTUATION)) {
      return 0;
    }
    for (String c : content) {
      if (c.equals(nisba)) {
        continue;
      }
      boolean seen = false;
      for (int k = 0; k < j - 1 && !seen; k++) {
        seen = bareIs(toks.get(k), c, lang);
      }
      if (!seen) {
        return 0;
      }
    }
    return content.size();
  }

  private static final String PUNCTUATION = ".:!?؟;؛،,";

  /** Whether the head word stands among the few words after token {@code after} or before token {@code first}. */
  private static boolean headNear(List<Token> toks, int after, int first, String head, String lang) {
    for (int j = after; j < toks.size() && j - after < WINDOW; j++) {
      if (bareIs(toks.get(j), head, lang)) {
        return true;
      }
    }
    for (int j = first - 1; j >= 0 && first - j <= WINDOW; j--) {
      if (bareIs(toks.get(j), head, lang)) {
        return true;
      }
    }
    return false;
  }

  /** {@code bare(t).equals(target)} without building the bare form. */
  private static boolean bareIs(Token t, String target, String lang) {
    String s = t.form();
    if ("en".equals(lang)) {
      return s.equalsIgnoreCase(target);
    }
    int off = bareStart(s);
    return s.length() - off == target.length() && s.startsWith(target, off);
  }

  /** Words bringing in someone beside the described person: the name after them is not the description's. */
  private static final Set<String> COMPANIONS = StringSet.of("مع", "ومع", "نظيره", "نظيرته", "بحضور", "وبحضور", "برفقة",
      "همتای", "همتاي", "with", "counterpart");

  /**
   * A word that ends an apposed description: a quotation, a speech verb or complementizer, another name, a
   * companion (وزير الخارجية في مؤتمر مع نظيره X: X is not the minister).
   */
  private static boolean stops(FieldView f, Token t, int j, MentionRef m, String description) {
    if (f.insideQuote(t) || f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.COMP) != null
        || COMPANIONS.contains(t.form())) {
      return true;
    }
    MentionRef other = f.mentionAt(t);
    // a mention that is the description itself (a role the entity step linked to an office holder) is no other name
    return other != null && other.person() && (m == null || other.start() != m.start())
        && !description.contains(other.text());
  }

  private static int count(List<String> side, String head, List<String> content) {
    int at = side.indexOf(head);
    if (at < 0 || content.size() == 1 && at > 1) {
      return 0; // a one-word description ('الحارس') must stand right beside the name
    }
    int n = 0;
    for (String c : content) {
      n += side.contains(c) ? 1 : 0;
    }
    return n;
  }

  /** The word's comparable form when it carries meaning (no article, demonstrative, particle), else null. */
  private static String content(Token w, CueLexicon lexicon, List<Token> words) {
    String lang = lexicon.language();
    String b = bare(w, lang);
    if (DEMONSTRATIVES.contains(w.form()) || UNNAMED_FA.contains(w.form()) && "fa".equals(lang)
        || "en".equals(lang) && SKIP_EN.contains(b)) {
      return null;
    }
    if (!"en".equals(lang) && (b.length() < 2 || lexicon.matchAny(List.of(w), 0, CueKind.STOP, CueKind.COMP) != null)) {
      return null;
    }
    return b;
  }

  private static boolean indefinite(List<Token> words, String lang) {
    String first = words.get(0).form().toLowerCase(Locale.ROOT);
    return switch (lang) {
      case "en" -> INDEFINITE_EN.contains(first) || !first.equals("the") && !first.equals("this");
      case "fa" -> UNNAMED_FA.contains(first);
      default -> {
        String head = first.startsWith("و") && first.length() > 3 ? first.substring(1) : first;
        boolean idafa = words.size() > 1 && words.get(1).form().startsWith("ال");
        yield UNNAMED_AR.contains(head) && !idafa || words.size() == 1 && !head.startsWith("ال");
      }
    };
  }

  /** Lower case, without a leading و and the article ال, so الخطيب and خطيب compare equal. */
  private static String bare(Token t, String lang) {
    String s = t.form();
    return "en".equals(lang) ? s.toLowerCase(Locale.ROOT) : s.substring(bareStart(s));
  }

  /** Where an Arabic or Persian word's bare form starts: past a leading و, then past the article ال. */
  private static int bareStart(String s) {
    int off = s.startsWith("و") && s.length() > 4 ? 1 : 0;
    return s.startsWith("ال", off) && s.length() - off > 3 ? off + 2 : off;
  }
}
