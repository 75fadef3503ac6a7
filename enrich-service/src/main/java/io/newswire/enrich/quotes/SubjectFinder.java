package io.newswire.enrich.quotes;

import java.util.List;
import java.util.Set;

/**
 * Finds the speaker of a cue: the subject of the speech verb. Arabic names it after the verb (وقال الرئيس
 * بزشكيان), Persian at the start of the sentence (رئیس جمهور ... گفت), English just before the verb or,
 * inverted, just after it ("…," said Smith). An entity mention in that position wins; a role phrase
 * resolves through the roles bound earlier; a cue with no subject of its own (وتابع:, مضيفا, he added)
 * keeps the current speaker. Without entities a short subject phrase is kept as text (the capitalised
 * name fallback for English).
 */
final class SubjectFinder {
  private static final int MAX_SUBJECT_TOKENS = 12;
  private static final Set<String> EN_DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their",
      "another", "one", "two", "some", "several", "many", "other", "our", "this", "that", "both");
  private static final Set<String> EN_NAME_JOINERS = Set.of("de", "van", "von", "bin", "al", "la", "del", "da", "of", "le", "el", "ibn");
  private static final Set<String> EN_NOT_NAMES = Set.of("the", "a", "an", "but", "and", "in", "on", "at", "it",
      "this", "that", "there", "then", "when", "while", "as", "if", "so", "yet", "after", "before", "still",
      "meanwhile", "however", "speaking", "asked", "later", "earlier", "now", "today", "instead");

  /** Words that cannot sit inside a subject noun phrase. */
  private static final Set<String> EN_NOT_IN_NP = Set.of("and", "or", "but", "to", "that", "which", "who", "was",
      "is", "were", "are", "has", "have", "had", "be", "been", "not", "also", "then", "as", "when", "while", "if");

  private SubjectFinder() {}

  static SpeakerRef resolve(FieldView f, Attribution a, SpeakerTracker tracker) {
    CueLexicon.Hit cue = a == null ? null : a.cue();
    if (cue == null) {
      if (a != null && "en".equals(f.lang()) && ":—–-".indexOf(f.charBefore(a.quoteStart())) >= 0) {
        SpeakerRef s = sentenceSubject(f, f.sentenceStart(a.quoteStart()), f.tokenAtOrAfter(a.quoteStart()), tracker);
        if (s != null) {
          return s;
        }
      }
      return tracker.current();
    }
    if (cue.kind() == CueKind.CONT) {
      return tracker.current();
    }
    return switch (f.lang()) {
      case "ar" -> arabic(f, a, tracker);
      case "fa" -> persian(f, a, tracker);
      default -> english(f, a, tracker);
    };
  }

  // ---------------------------------------------------------------- Arabic: verb, then subject

  private static SpeakerRef arabic(FieldView f, Attribution a, SpeakerTracker tracker) {
    CueLexicon.Hit cue = a.cue();
    List<Token> toks = f.tokens;
    int i = cue.last() + 1;
    int limit = subjectLimit(f, a, i);
    // وأردف قائلا: a second cue right after the verb means the verb had no subject of its own
    if (i < limit && f.lexicon.matchAny(toks, i, CueKind.CONT, CueKind.VERB) != null) {
      return tracker.current();
    }
    SpeakerRef named = namedSubject(f, i, limit, tracker);
    if (named != null) {
      return named;
    }
    SpeakerRef before = mentionJustBefore(f, cue.first());
    if (before != null) {
      return before;
    }
    if (i < limit && f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
      return named(tracker.current(), toks.get(i).raw());
    }
    return implicit(f, cue, tracker);
  }

  /** Token index where the Arabic subject window ends: a colon, the quote, a complementizer, an adjunct. */
  static int subjectLimit(FieldView f, Attribution a, int i) {
    List<Token> toks = f.tokens;
    int limit = i;
    int quoteAt = a.cueAfter() ? Integer.MAX_VALUE : a.quoteStart();
    while (limit < toks.size() && limit - i < MAX_SUBJECT_TOKENS) {
      Token t = toks.get(limit);
      if (t.start() >= quoteAt || f.spanAt(t.start()) != null) {
        break;
      }
      int prevEnd = limit == 0 ? 0 : toks.get(limit - 1).end();
      if (f.hasCharBetween(prevEnd, t.start(), ":.!?؟;؛")) {
        break;
      }
      if (f.lexicon.matchAny(toks, limit, CueKind.COMP, CueKind.STOP) != null && limit > i) {
        break;
      }
      if (limit == i && f.lexicon.matchAny(toks, limit, CueKind.COMP, CueKind.STOP) != null) {
        break;
      }
      limit++;
    }
    return limit;
  }

  /**
   * The subject in tokens [i, limit): a person or organisation mention (with the role phrase before it,
   * binding that role), else a role phrase (resolved through bound roles when possible), else a short
   * phrase kept as text.
   */
  private static SpeakerRef namedSubject(FieldView f, int i, int limit, SpeakerTracker tracker) {
    if (i >= limit) {
      return null;
    }
    List<Token> toks = f.tokens;
    int from = toks.get(i).start();
    int to = toks.get(limit - 1).end();
    RolePhrase role = RolePhrase.at(f, i);
    for (MentionRef m : f.mentionsIn(from, to)) {
      if (m.personOrOrg()) {
        if (role != null && m.start() >= toks.get(role.end() - 1).end() && gapIsTitleOrComma(f, role.end(), m)) {
          SpeakerRef s = SpeakerRef.of(m, f.text.substring(toks.get(i).start(), m.end()));
          tracker.bindRole(role.key(), s);
          return s;
        }
        if (role != null && m.start() < toks.get(role.end() - 1).end()) {
          continue; // inside the role phrase: المتحدث باسم الخارجية is a role, not the ministry
        }
        if (role == null) {
          return SpeakerRef.of(m, m.text());
        }
        break; // a mention further on belongs to an adjunct (…مع أمير قطر)
      }
    }
    if (role != null) {
      SpeakerRef bound = tracker.role(role.key());
      String text = role.text(f);
      return bound != null ? bound.namedAs(text) : new SpeakerRef(null, null, text);
    }
    if (f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
      return null;
    }
    if (!f.articleHasEntities) {
      // no entities at all (the entity step has not run): keep the subject words as the speaker's name
      int end = i + 1;
      while (end < Math.min(limit, i + 4) && f.text.substring(toks.get(end - 1).end(), toks.get(end).start()).isBlank()) {
        end++;
      }
      return new SpeakerRef(null, null, f.text.substring(toks.get(i).start(), toks.get(end - 1).end()));
    }
    return null;
  }

  private static boolean gapIsTitleOrComma(FieldView f, int fromToken, MentionRef m) {
    List<Token> toks = f.tokens;
    for (int j = fromToken; j < toks.size() && toks.get(j).start() < m.start(); j++) {
      if (f.lexicon.match(toks, j, CueKind.HONORIFIC) == null) {
        return false;
      }
      j = f.lexicon.match(toks, j, CueKind.HONORIFIC).last();
    }
    return true;
  }

  /** A person mention ending right before the cue (الرئيس بزشكيان قال, Smith said). */
  private static SpeakerRef mentionJustBefore(FieldView f, int cueToken) {
    int cueStart = f.tokens.get(cueToken).start();
    for (MentionRef m : f.mentions) {
      if (m.personOrOrg() && m.end() <= cueStart && f.text.substring(m.end(), cueStart).isBlank()) {
        return SpeakerRef.of(m, m.text());
      }
    }
    return null;
  }

  /**
   * A cue with no subject (وقال:، وتابع:): the sentence's own subject if it names one before the cue
   * (وأعرب الرئيس بزشكيان عن شكره ... وقال:), else the current speaker. After a switch marker (من جانبه)
   * there is no falling back.
   */
  private static SpeakerRef implicit(FieldView f, CueLexicon.Hit cue, SpeakerTracker tracker) {
    int sentence = f.sentenceStart(f.tokens.get(cue.first()).start());
    int firstTok = f.tokenAtOrAfter(sentence);
    for (int j = firstTok; j < cue.first() && j < firstTok + 4; j++) {
      Token t = f.tokens.get(j);
      if (f.spanAt(t.start()) != null) {
        break;
      }
      MentionRef m = f.mentionAt(t);
      if (m != null && m.person()) {
        return SpeakerRef.of(m, m.text());
      }
    }
    if (switchBefore(f, cue.first(), firstTok)) {
      return null;
    }
    return tracker.current();
  }

  private static boolean switchBefore(FieldView f, int cueToken, int fromToken) {
    for (int j = fromToken; j < cueToken; j++) {
      if (f.lexicon.match(f.tokens, j, CueKind.SWITCH) != null) {
        return true;
      }
    }
    return false;
  }

  private static SpeakerRef named(SpeakerRef s, String text) {
    return s == null ? null : s.pronoun(text);
  }

  // ---------------------------------------------------------------- Persian: subject first, verb last

  private static SpeakerRef persian(FieldView f, Attribution a, SpeakerTracker tracker) {
    CueLexicon.Hit cue = a.cue();
    List<Token> toks = f.tokens;
    if (cue.kind() == CueKind.SOURCE) {
      int i = cue.last() + 1;
      return namedSubject(f, i, Math.min(toks.size(), i + 4), tracker);
    }
    int cueStart = toks.get(cue.first()).start();
    int regionStart = f.sentenceStart(cueStart);
    if (a.cueAfter()) {
      regionStart = Math.max(regionStart, a.quoteEnd());
    }
    for (int k = cueStart - 1; k >= regionStart; k--) {
      if (f.text.charAt(k) == ':' && f.spanAt(k) == null) {
        regionStart = k + 1; // 'خبرگزاری فارس: کارشناس داوری گفت': the subject follows the agency prefix
        break;
      }
    }
    int i = f.tokenAtOrAfter(regionStart);
    // skip a leading switch marker or a source clause (از سوی دیگر، / به گزارش خبرگزاری مهر،)
    while (i < cue.first()) {
      CueLexicon.Hit sw = f.lexicon.matchAny(toks, i, CueKind.SWITCH);
      if (sw != null) {
        i = sw.last() + 1;
        continue;
      }
      CueLexicon.Hit src = f.lexicon.matchAny(toks, i, CueKind.SOURCE);
      int comma = src == null ? -1 : indexOfAny(f.text, "،,", toks.get(i).end(), cueStart);
      if (comma < 0) {
        break;
      }
      i = f.tokenAtOrAfter(comma);
    }
    if (i >= cue.first()) {
      return implicit(f, cue, tracker);
    }
    if (f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
      return named(tracker.current(), toks.get(i).raw());
    }
    int limit = i;
    while (limit < cue.first() && limit - i < 6 && f.lexicon.match(toks, limit, CueKind.STOP) == null
        && !f.hasCharBetween(toks.get(Math.max(i, limit - 1)).end(), toks.get(limit).start(), ":،,")) {
      limit++;
    }
    SpeakerRef s = namedSubject(f, i, Math.max(limit, Math.min(i + 1, cue.first())), tracker);
    if (s != null) {
      return s;
    }
    for (MentionRef m : f.mentionsIn(toks.get(i).start(), cueStart)) {
      if (m.person() && f.spanAt(m.start()) == null) {
        return SpeakerRef.of(m, m.text());
      }
    }
    return tracker.current();
  }

  private static int indexOfAny(String text, String chars, int from, int to) {
    for (int k = from; k < to; k++) {
      if (chars.indexOf(text.charAt(k)) >= 0) {
        return k;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- English: subject before the verb, or inverted after

  private static SpeakerRef english(FieldView f, Attribution a, SpeakerTracker tracker) {
    CueLexicon.Hit cue = a.cue();
    List<Token> toks = f.tokens;
    if (cue.kind() == CueKind.SOURCE) {
      return englishAfter(f, cue.last() + 1, tracker);
    }
    int cueStart = toks.get(cue.first()).start();
    int regionStart = f.sentenceStart(cueStart);
    if (a.cueAfter()) {
      regionStart = Math.max(regionStart, a.quoteEnd());
    } else {
      QuoteSpan before = lastSpanBefore(f, cueStart);
      if (before != null) {
        regionStart = Math.max(regionStart, before.outerEnd());
      }
    }
    boolean participle = toks.get(cue.first()).form().endsWith("ing");
    SpeakerRef s = participle ? null : englishBefore(f, regionStart, cue.first(), tracker);
    if (s == null && (a.cueAfter() || f.tokenAtOrAfter(regionStart) == cue.first())) {
      s = englishAfter(f, cue.last() + 1, tracker); // inverted: '…," said Smith'
    }
    if (s == null) {
      s = sentenceSubject(f, regionStart, cue.first(), tracker); // 'Smith … and said', ', saying'
    }
    return s != null ? s : tracker.current();
  }

  private static final Set<String> EN_LEADING_ADJUNCTS = Set.of("in", "on", "at", "when", "after", "as", "while",
      "during", "asked", "speaking", "before", "since", "with", "for", "from", "according", "following", "despite",
      "although", "though", "because", "if", "by", "earlier", "later", "last", "this", "yesterday", "today");
  private static final Set<String> EN_LEADING_SKIP = Set.of("but", "and", "so", "yet", "still", "also", "then", "now",
      "meanwhile", "however", "instead", "indeed");

  private static boolean leadingAdjunct(Token t) {
    String w = t.form();
    return EN_LEADING_ADJUNCTS.contains(w) || w.endsWith("ly") && t.capitalized() || w.endsWith("ing") && t.capitalized()
        || t.raw().length() > 2 && t.raw().equals(t.raw().toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(t.raw().charAt(0));
  }

  /** A short capitalised run right before a comma: a place in the adjunct ('in Salem, New Hampshire,'). */
  private static boolean followedByComma(FieldView f, int i) {
    List<Token> toks = f.tokens;
    int k = i;
    while (k < toks.size() && k - i < 3 && toks.get(k).capitalized()) {
      k++;
    }
    return k > i && k < toks.size() && f.text.substring(toks.get(k - 1).end(), toks.get(k).start()).trim().equals(",")
        && !(k < toks.size() && toks.get(k).form().equals("who"));
  }

  /**
   * The subject opening a sentence ('Trump also embraced … -- "…"', 'Hoff … proposes: "…"'): after leading
   * conjunctions and an opening adjunct ending in a comma ('In July, Sammy Aaron, …').
   */
  static SpeakerRef sentenceSubject(FieldView f, int regionStart, int limitToken, SpeakerTracker tracker) {
    List<Token> toks = f.tokens;
    int i = f.tokenAtOrAfter(regionStart);
    while (i < limitToken && EN_LEADING_SKIP.contains(toks.get(i).form())) {
      i++;
    }
    if (i < limitToken && leadingAdjunct(toks.get(i))) {
      // 'Early in his campaign, Trump…', 'Speaking in Salem, New Hampshire, Trump…', 'WASHINGTON — Trump…'
      int from = toks.get(i).end();
      do {
        int comma = -1;
        for (int k = from; limitToken > 0 && k < toks.get(limitToken - 1).start(); k++) {
          char c = f.text.charAt(k);
          if ((c == ',' || c == '—' || c == '–') && f.spanAt(k) == null) {
            comma = k;
            break;
          }
        }
        if (comma < 0) {
          return null;
        }
        i = f.tokenAtOrAfter(comma);
        from = comma + 1;
      } while (i < limitToken && followedByComma(f, i));
    }
    if (i >= limitToken || f.spanAt(toks.get(i).start()) != null) {
      return null;
    }
    Token t = toks.get(i);
    MentionRef m = f.mentionAt(t);
    if (m != null && m.personOrOrg()) {
      return SpeakerRef.of(m, m.text());
    }
    if (f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
      return named(tracker.current(), t.raw());
    }
    boolean det = EN_DETERMINERS.contains(t.form());
    if (!det && !(t.capitalized() && !EN_NOT_NAMES.contains(t.form()))) {
      return null;
    }
    int k = i;
    while (k + 1 < limitToken && k - i < 6 && glued(f, k, k + 1)) {
      Token n = toks.get(k + 1);
      boolean nameish = n.capitalized() || EN_NAME_JOINERS.contains(n.form()) && k + 2 < toks.size() && toks.get(k + 2).capitalized();
      boolean nounish = det && !n.capitalized() && f.lexicon.matchAny(toks, k + 1, CueKind.STOP, CueKind.VERB,
          CueKind.CONT, CueKind.COMP) == null && !n.form().endsWith("ed") && !n.form().endsWith("ly")
          && !n.form().equals("who") && !n.form().equals("was") && !n.form().equals("is") && !n.form().equals("has");
      if (!(nameish || nounish)) {
        break;
      }
      k++;
    }
    if (det && k == i) {
      return null;
    }
    return new SpeakerRef(null, null, f.text.substring(t.start(), toks.get(k).end()));
  }

  private static QuoteSpan lastSpanBefore(FieldView f, int index) {
    QuoteSpan last = null;
    for (QuoteSpan s : f.spans) {
      if (s.outerEnd() <= index) {
        last = s;
      }
    }
    return last;
  }

  /** The noun phrase ending just before token cueToken (adverbs such as 'also' or 'on Monday' skipped). */
  private static SpeakerRef englishBefore(FieldView f, int regionStart, int cueToken, SpeakerTracker tracker) {
    List<Token> toks = f.tokens;
    int j = cueToken - 1;
    while (j >= 0 && toks.get(j).start() >= regionStart && f.lexicon.match(toks, j, CueKind.STOP) != null
        && glued(f, j, j + 1)) {
      j--;
    }
    if (j >= 0 && toks.get(j).start() >= regionStart && !glued(f, j, j + 1)) {
      String gap = f.text.substring(toks.get(j).end(), toks.get(j + 1).start()).trim();
      if (gap.equals(")")) {
        // 'Gov. Phil Bryant (R) said': step over the parenthesis
        int open = f.text.lastIndexOf('(', toks.get(j).start());
        int k = open < 0 ? -1 : f.tokenAtOrAfter(open) - 1;
        if (k >= 0 && toks.get(k).start() >= regionStart && f.text.substring(toks.get(k).end(), open).isBlank()) {
          j = k;
        } else {
          return null;
        }
      } else if (gap.equals(",")) {
        return beforeAppositive(f, regionStart, j, tracker);
      } else {
        return null;
      }
    }
    if (j < 0 || toks.get(j).start() < regionStart) {
      return null;
    }
    Token last = toks.get(j);
    if (last.form().equals("who") && j > 0) {
      return beforeAppositive(f, regionStart, j, tracker); // 'said Capt. Pardo, who said'
    }
    MentionRef m = f.mentionAt(last);
    if (m != null && m.personOrOrg()) {
      return SpeakerRef.of(m, m.text());
    }
    if (f.lexicon.match(toks, j, CueKind.PRONOUN) != null) {
      return named(tracker.current(), last.raw());
    }
    if (last.capitalized() && !EN_NOT_NAMES.contains(last.form())) {
      int k = j;
      while (k - 1 >= 0 && toks.get(k - 1).start() >= regionStart && glued(f, k - 1, k)
          && (toks.get(k - 1).capitalized() && !EN_NOT_NAMES.contains(toks.get(k - 1).form())
              || EN_NAME_JOINERS.contains(toks.get(k - 1).form()) && k - 2 >= 0 && toks.get(k - 2).capitalized())) {
        k--;
      }
      return new SpeakerRef(null, null, f.text.substring(toks.get(k).start(), last.end()));
    }
    // a lower-case noun phrase: 'the source', 'a campaign spokesman', 'Clinton's campaign manager'
    if (EN_NOT_IN_NP.contains(last.form()) || last.form().endsWith("ed")) {
      return null; // 'X seemed taken aback and mentioned': the subject is further back
    }
    int k = j;
    while (k - 1 >= 0 && j - k < 7 && toks.get(k - 1).start() >= regionStart && glued(f, k - 1, k)
        && !EN_DETERMINERS.contains(toks.get(k).form()) && !EN_NOT_IN_NP.contains(toks.get(k - 1).form())) {
      k--;
    }
    if (EN_DETERMINERS.contains(toks.get(k).form()) || toks.get(k).capitalized() || toks.get(k).raw().endsWith("’s")
        || toks.get(k).raw().endsWith("'s")) {
      if (f.lexicon.match(toks, k, CueKind.PRONOUN) != null || k == j && EN_DETERMINERS.contains(last.form())) {
        return null;
      }
      String text = f.text.substring(toks.get(k).start(), last.end());
      SpeakerRef apposed = apposedName(f, k, regionStart);
      if (apposed != null) {
        return apposed;
      }
      RolePhrase role = RolePhrase.at(f, j);
      SpeakerRef bound = role != null ? tracker.role(role.key()) : null;
      return bound != null ? bound.namedAs(text) : new SpeakerRef(null, null, text);
    }
    return null;
  }

  /**
   * 'Nefzi, a chemistry professor and a member of the board, said': the cue follows a comma that closes an
   * appositive; the speaker is the name before the comma that opened it.
   */
  private static SpeakerRef beforeAppositive(FieldView f, int regionStart, int lastToken, SpeakerTracker tracker) {
    List<Token> toks = f.tokens;
    int from = toks.get(lastToken).start();
    for (int k = from - 1; k >= regionStart; k--) {
      if (f.spanAt(k) != null) {
        return null;
      }
      if (f.text.charAt(k) == ',') {
        int j = f.tokenAtOrAfter(k) - 1;
        if (j < 0 || toks.get(j).start() < regionStart) {
          return null;
        }
        MentionRef m = f.mentionAt(toks.get(j));
        if (m != null && m.personOrOrg()) {
          return SpeakerRef.of(m, m.text());
        }
        if (!toks.get(j).capitalized() || EN_NOT_NAMES.contains(toks.get(j).form())) {
          return null;
        }
        int s = j;
        while (s - 1 >= 0 && toks.get(s - 1).start() >= regionStart && glued(f, s - 1, s)
            && (toks.get(s - 1).capitalized() && !EN_NOT_NAMES.contains(toks.get(s - 1).form())
                || EN_NAME_JOINERS.contains(toks.get(s - 1).form()))) {
          s--;
        }
        return new SpeakerRef(null, null, f.text.substring(toks.get(s).start(), toks.get(j).end()));
      }
    }
    return null;
  }

  /** 'Smith, the party chairman, said': the name before the appositive's comma. */
  private static SpeakerRef apposedName(FieldView f, int npFirst, int regionStart) {
    List<Token> toks = f.tokens;
    if (npFirst == 0 || toks.get(npFirst - 1).start() < regionStart) {
      return null;
    }
    String gap = f.text.substring(toks.get(npFirst - 1).end(), toks.get(npFirst).start()).trim();
    if (!gap.equals(",")) {
      return null;
    }
    int j = npFirst - 1;
    MentionRef m = f.mentionAt(toks.get(j));
    if (m != null && m.personOrOrg()) {
      return SpeakerRef.of(m, m.text());
    }
    if (!toks.get(j).capitalized() || EN_NOT_NAMES.contains(toks.get(j).form())) {
      return null;
    }
    int k = j;
    while (k - 1 >= 0 && toks.get(k - 1).start() >= regionStart && glued(f, k - 1, k) && toks.get(k - 1).capitalized()
        && !EN_NOT_NAMES.contains(toks.get(k - 1).form())) {
      k--;
    }
    return new SpeakerRef(null, null, f.text.substring(toks.get(k).start(), toks.get(j).end()));
  }

  /** The noun phrase starting at token i: '…," said Nick Merrill, a spokesman' or 'according to the source'. */
  private static SpeakerRef englishAfter(FieldView f, int i, SpeakerTracker tracker) {
    List<Token> toks = f.tokens;
    if (i >= toks.size() || !glued(f, i - 1, i)) {
      return null;
    }
    Token first = toks.get(i);
    MentionRef m = f.mentionAt(first);
    if (m != null && m.personOrOrg()) {
      return SpeakerRef.of(m, m.text());
    }
    if (f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
      return named(tracker.current(), first.raw());
    }
    if (first.capitalized() && !EN_NOT_NAMES.contains(first.form())) {
      int k = i;
      while (k + 1 < toks.size() && glued(f, k, k + 1)
          && (toks.get(k + 1).capitalized() || EN_NAME_JOINERS.contains(toks.get(k + 1).form())
              && k + 2 < toks.size() && toks.get(k + 2).capitalized())) {
        k++;
      }
      return new SpeakerRef(null, null, f.text.substring(first.start(), toks.get(k).end()));
    }
    if (EN_DETERMINERS.contains(first.form())) {
      int k = i;
      while (k + 1 < toks.size() && k - i < 4 && glued(f, k, k + 1) && !toks.get(k + 1).form().equals("who")
          && f.lexicon.matchAny(toks, k + 1, CueKind.STOP, CueKind.COMP) == null) {
        k++;
      }
      if (k > i) {
        return new SpeakerRef(null, null, f.text.substring(first.start(), toks.get(k).end()));
      }
    }
    return null;
  }

  /** True when tokens a and b (a < b) are separated by spaces only (an abbreviation's dot allowed). */
  private static boolean glued(FieldView f, int a, int b) {
    if (a < 0 || b >= f.tokens.size()) {
      return false;
    }
    String gap = f.text.substring(f.tokens.get(a).end(), f.tokens.get(b).start());
    return gap.isBlank() || gap.equals(". ") && f.tokens.get(a).raw().length() <= 4 && f.tokens.get(a).capitalized();
  }
}
