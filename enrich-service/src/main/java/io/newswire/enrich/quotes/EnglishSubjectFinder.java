package io.newswire.enrich.quotes;

import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * The English speaker of a cue: the noun phrase just before the verb ("…," Smith said; Smith, the party
 * chairman, said; Gov. Bryant (R) said), or after it when inverted ("…," said Smith; according to the
 * source), else the subject opening the sentence (Trump went after Bush, calling him…). With no entity
 * mention there, a capitalised name or a determiner phrase ('a ministry spokesman') is kept as text.
 */
final class EnglishSubjectFinder {
  /** Adverbs that may open a role appositive before its role word ('X, now president of Y'). */
  private static final Set<String> ROLE_TIME_ADVERBS = StringSet.of("now", "formerly", "currently", "also");

  private static final Set<String> EN_DETERMINERS = StringSet.of("the", "a", "an", "his", "her", "its", "their",
      "another", "one", "two", "some", "several", "many", "other", "our", "this", "that", "both");
  private static final Set<String> EN_NAME_JOINERS = StringSet.of("de", "van", "von", "bin", "al", "la", "del", "da", "of", "le", "el", "ibn");
  private static final Set<String> EN_NOT_NAMES = StringSet.of("the", "a", "an", "but", "and", "in", "on", "at", "it",
      "this", "that", "there", "then", "when", "while", "as", "if", "so", "yet", "after", "before", "still",
      "meanwhile", "however", "speaking", "asked", "later", "earlier", "now", "today", "instead");

  /** Words that cannot sit inside a subject noun phrase. */
  private static final Set<String> EN_NOT_IN_NP = StringSet.of("and", "or", "but", "to", "that", "which", "who", "was",
      "is", "were", "are", "has", "have", "had", "be", "been", "not", "also", "then", "as", "when", "while", "if");

  /** Conjunctions that may open the clause of a bare plural subject ('But analysts said', round 32). */
  private static final Set<String> CLAUSE_CONJUNCTIONS = StringSet.of("but", "and", "while", "as", "when", "although",
      "though", "yet");

  /** Prepositions among the time words after a cue: a determiner after one opens its object. */
  private static final Set<String> EN_PREPOSITIONS = StringSet.of("on", "in", "at", "during", "after", "before", "to");

  private EnglishSubjectFinder() {}

  static SpeakerRef resolve(FieldView f, Attribution a, SpeakerTracker tracker) {
    CueLexicon.Hit cue = a.cue();
    List<Token> toks = f.tokens;
    if (cue.kind() == CueKind.SOURCE) {
      SpeakerRef issuer = citedIssuer(f, cue.last() + 1);
      return issuer != null ? issuer : englishAfter(f, cue.last() + 1, tracker);
    }
    SpeakerRef agent = passiveAgent(f, a);
    if (agent != null) {
      return agent; // 'X was described as a "consummate professional" by his friend Y': Y's words
    }
    SpeakerRef quoted = quotedAsSaying(f, cue, tracker);
    if (quoted != null) {
      return quoted; // 'The paper quoted X as saying …': X's words, relayed by the paper (round 44)
    }
    int cueStart = toks.get(cue.first()).start();
    int regionStart = f.sentenceStart(cueStart);
    if (a.cueAfter()) {
      regionStart = Math.max(regionStart, a.quoteEnd());
    } else {
      QuoteSpan before = f.lastSpanEndingBy(cueStart);
      boolean saying = toks.get(cue.first()).form().equals("saying");
      if (before != null && !(saying && before.outerStart() > regionStart && f.blankOrOneComma(before.outerEnd(), cueStart))) {
        // 'X dubbed herself a "hope-monger", saying …': words in marks inside the sentence hide no subject
        regionStart = Math.max(regionStart, before.outerEnd());
      }
    }
    int pronoun = pronounBeforeAdverbs(f, cue.first());
    if (pronoun >= 0 && toks.get(pronoun).start() >= regionStart && IMPERSONAL.contains(toks.get(pronoun).form())) {
      // '…," they said': a group named before, else the sentence's own subject ('Proponents …, although
      // they say'), else no one – never simply the last speaker. 'It also said' is the same 'it' (round 48)
      SpeakerRef group = SubjectFinder.named(tracker, toks.get(pronoun).raw());
      return group != null ? group : subjectOrDefiniteBody(f, regionStart, pronoun, tracker);
    }
    boolean participle = toks.get(cue.first()).form().endsWith("ing");
    int ownSubject = participle ? WithParticipleSubjects.subjectStart(f, cue) : -1;
    if (ownSubject >= 0 && toks.get(ownSubject).start() >= regionStart) {
      // 'with Rovers boss X claiming …', 'with some saying …': the participle's own subject, not the sentence's
      SpeakerRef own = englishBefore(f, toks.get(ownSubject).start(), cue.first(), tracker);
      // a bare quantifier ('with some saying', 'with many saying') is no noun phrase there: its words, no one named
      return own != null ? own
          : new SpeakerRef(null, null, f.text.substring(toks.get(ownSubject).start(), toks.get(cue.first() - 1).end()));
    }
    SpeakerRef s = participle ? null : infinitiveSubject(f, a, regionStart, tracker);
    if (s == null && !participle) {
      s = englishBefore(f, regionStart, cue.first(), tracker);
    }
    boolean saying = toks.get(cue.first()).form().equals("saying"); // a participle takes no inverted subject
    boolean telling = IndirectSpeechFinder.EN_TELLING.contains(toks.get(cue.last()).form());
    if (s == null && !saying && (a.cueAfter() || f.tokenAtOrAfter(regionStart) == cue.first()) && !telling) {
      // a verb of telling is never inverted: '…, told Reuters' names the one told (round 32)
      s = englishAfter(f, cue.last() + 1, tracker); // inverted: '…," said Smith'
    }
    if (s == null && !a.cueAfter()) {
      s = invertedBeforeQuote(f, cue, a.quoteStart(), tracker); // 'But, said Smith, "…"'
    }
    boolean toldAfter = a.cueAfter() && telling && f.tokenAtOrAfter(regionStart) >= cue.first();
    if (s == null && !toldAfter) {
      // not '…, told Reuters' with no word between the words told and the verb: the sentence's subject
      // opens the words told, so it is not who told them (round 32)
      s = subjectOrDefiniteBody(f, regionStart, cue.first(), tracker); // 'Smith … and said', ', saying'
    }
    if (s != null && a.cueAfter() && HE_SHE.contains(s.text().toLowerCase(java.util.Locale.ROOT))
        && !CONTINUING.contains(toks.get(cue.last()).form())) {
      SpeakerRef introduced = narrativeSubject(f, a.quoteStart(), tracker);
      if (introduced != null && !java.util.Objects.equals(introduced.entityId(), s.entityId())) {
        return introduced.pronoun(s.text());
      }
    }
    if (s == null && cue.first() > 0 && glued(f, cue.first() - 1, cue.first())
        && HE_SHE.contains(toks.get(cue.first() - 1).form())) {
      // 'he said' with no person among the speakers so far (none yet, or only 'A survey', 'the firm'):
      // the person named last before it, never the body that spoke before
      SpeakerRef person = personBefore(f, Math.min(cueStart, a.cueAfter() ? a.quoteStart() : cueStart), tracker);
      return person == null ? null : person.pronoun(toks.get(cue.first() - 1).raw());
    }
    if (s == null && !a.cueAfter()) {
      SpeakerRef share = shareSubject(f, regionStart, cue.first());
      if (share != null) {
        return share; // '69% of those asked say they …': respondents of a poll, no one named
      }
    }
    return s != null ? s : tracker.current();
  }

  /**
   * A subject that opens with a share ('62% of over-60s say …', '14 per cent of voters said …'): the
   * respondents of a survey, whom the conventions leave unnamed – its words, never the person named last.
   */
  private static SpeakerRef shareSubject(FieldView f, int regionStart, int cueToken) {
    int first = f.tokenAtOrAfter(regionStart);
    for (int k = cueToken - 1; k > first; k--) {
      if (f.hasCharBetween(f.tokens.get(k - 1).end(), f.tokens.get(k).start(), ",")) {
        first = k; // 'In the survey by X, 14% of people … said': the subject after the leading phrase
        break;
      }
    }
    if (first + 1 < cueToken && SHARE_LEADS.contains(f.tokens.get(first).form())) {
      first++; // 'Some 62% of …', 'Only 9 per cent of …'
    }
    if (first >= cueToken || cueToken - first > MAX_SHARE_SUBJECT) {
      return null;
    }
    String raw = f.tokens.get(first).raw();
    if (raw.isEmpty() || !Character.isDigit(raw.charAt(0))) {
      return null;
    }
    int start = f.tokens.get(first).start();
    int end = f.tokens.get(cueToken - 1).end();
    String words = f.text.substring(start, end);
    int of = words.indexOf(" of ");
    String share = of < 0 ? words : words.substring(0, of);
    boolean percent = share.endsWith("%") || share.endsWith(" per cent") || share.endsWith(" percent")
        || share.endsWith(" pct");
    return percent && of > 0 ? new SpeakerRef(null, null, words) : null;
  }

  private static final int MAX_SHARE_SUBJECT = 8;
  private static final Set<String> SHARE_LEADS = StringSet.of("some", "only", "about", "nearly", "almost", "just",
      "over", "around", "roughly", "and", "but", "while");

  /**
   * The body or person named as the issuer of the figures an 'according to' cites ('according to figures
   * from the Ministry of X'): only a person or organisation the entity step found there, else null.
   */
  private static SpeakerRef citedIssuer(FieldView f, int i) {
    int at = EnglishFindings.issuerAfterCited(f, i);
    MentionRef m = at < 0 ? null : f.mentionAt(f.tokens.get(at));
    if (m == null || !m.personOrOrg() || m.start() != f.tokens.get(at).start()) {
      return null;
    }
    int next = f.tokenAtOrAfter(m.end());
    boolean coordinated = next < f.tokens.size() && (f.tokens.get(next).form().equals("and")
        || f.hasCharBetween(m.end(), f.tokens.get(next).start(), ",") && f.tokens.get(next).capitalized());
    return coordinated ? null : SpeakerRef.of(m, m.text()); // 'a survey by X, Y and Z': several bodies, none alone

  }

  /** Objects before an infinitive cue: 'asked him to say' is his saying, not the sentence subject's. */
  private static final Set<String> OBJECT_PRONOUNS = StringSet.of("him", "her", "them", "me", "us", "you", "it");
  /** Verbs whose object, not their subject, does what the infinitive after it says ('leading X to warn'). */
  private static final Set<String> OBJECT_CONTROL = StringSet.of("leading", "led", "lead", "leads", "told", "tell",
      "telling", "asked", "asking", "urged", "urging", "forced", "forcing", "prompted", "prompting", "allowed",
      "encouraged", "encouraging", "persuaded", "invited", "inviting", "called", "calling", "wants", "wanted",
      "expected", "expect", "expects", "left", "caused", "causing", "got", "getting");
  /** Words closing the stretch read for such a verb before 'to'. */
  private static final int MAX_CONTROL_OBJECT = 5;

  /**
   * 'He declined to comment on the talks except to say, "…"', 'Smith went on to say …': the infinitive's
   * subject is the sentence's, not the words before 'to' (which englishBefore would read as a noun phrase,
   * 'the committee except'); not after an object pronoun ('urged them to say'). Null when the sentence's
   * subject is not found (round 33).
   */
  private static SpeakerRef infinitiveSubject(FieldView f, Attribution a, int regionStart, SpeakerTracker tracker) {
    List<Token> toks = f.tokens;
    int to = a.cue().first() - 1;
    if (a.cueAfter() || to < 1 || !toks.get(to).form().equals("to") || !glued(f, to, to + 1)
        || toks.get(to - 1).start() < regionStart || OBJECT_PRONOUNS.contains(toks.get(to - 1).form())
        || a.cue().first() != a.cue().last() || toks.get(to + 1).form().endsWith("s")
        || toks.get(to + 1).form().endsWith("ed")) {
      return null; // 'in response to claims that': a noun, not an infinitive
    }
    for (int k = to - 1; k >= 0 && to - k <= MAX_CONTROL_OBJECT && toks.get(k).start() >= regionStart; k--) {
      if (OBJECT_CONTROL.contains(toks.get(k).form())) {
        return null;
      }
    }
    return subjectOrDefiniteBody(f, regionStart, to, tracker);
  }

  /**
   * A cue inside its sentence whose subject follows it right before the opening mark ('But, said Smith,
   * "…"', '…, explained Mark Rosen: "…"'): that subject, when only a comma or colon separates it from the
   * quotation; null otherwise.
   */
  /** Cues whose next words are the one addressed, not the speaker. */
  private static final Set<String> ADDRESSING = StringSet.of("told", "tells", "tell", "telling", "asked", "asks", "asking",
      "reminded", "reminding", "warned", "warning", "urged", "urging", "assured", "assuring", "informed", "informing");

  private static SpeakerRef invertedBeforeQuote(FieldView f, CueLexicon.Hit cue, int quoteStart, SpeakerTracker tracker) {
    if (ADDRESSING.contains(f.tokens.get(cue.last()).form()) || cue.last() + 1 >= f.tokens.size()
        || !f.tokens.get(cue.last() + 1).capitalized() || timeWord(f.tokens.get(cue.last() + 1))) {
      return null; // 'telling his colleagues, "…"', 'told Reuters, "…"': the addressee; 'said Wednesday, "…"'
    }
    int from = f.tokens.get(cue.last()).end();
    SpeakerRef s = englishAfter(f, cue.last() + 1, tracker);
    if (s == null || s.text() == null) {
      return null;
    }
    int at = f.text.indexOf(s.text(), from);
    if (at < 0 || at >= quoteStart) {
      return null;
    }
    boolean mark = false;
    for (int k = at + s.text().length(); k < quoteStart; k++) {
      char c = f.text.charAt(k);
      if (c == ',' || c == ':') {
        mark = true;
      } else if (c != ' ' && c != '\u00a0') {
        return null;
      }
    }
    return mark ? s : null;
  }

  /**
   * Documents that speak for the body or person named inside their noun phrase; published figures too ('Bank of
   * Korea figures show …', round 38b: the body that published them, as round 38's annotation has it).
   */
  private static final Set<String> DOCUMENTS = StringSet.of("ruling", "report", "statement", "study", "survey", "letter",
      "decision", "filing", "release", "announcement", "memo", "analysis", "judgment", "judgement", "verdict", "poll",
      "figures", "statistics", "data");

  /** Participles of describing whose passive names the describer after 'by'. */
  private static final Set<String> DESCRIBED = StringSet.of("described", "called", "branded", "dubbed", "labelled",
      "labeled", "termed", "hailed", "denounced", "praised", "criticised", "criticized", "condemned");
  /** The forms of 'be' (passives, 'is said to', 'was given'), for the quotes package's English readers. */
  static final Set<String> BE = StringSet.of("was", "were", "is", "are", "been", "being", "be");
  /** Most words between 'by' and the describer's name ('by his friend and fellow broadcaster X'). */
  private static final int MAX_AGENT_WORDS = 6;

  /** Verbs of relaying whose object is the one quoted: 'X quoted Y as saying'. */
  private static final Set<String> QUOTING = StringSet.of("quoted", "quotes", "quoting", "quote");
  /** Words after 'quoted' that show it passive or adjunct-led ('quoted in a paper as', 'quoted by X as'), no object. */
  private static final Set<String> NOT_QUOTED_OBJECT = StringSet.of("in", "by", "as", "on", "at", "today", "yesterday",
      "earlier", "last", "this", "from");

  /**
   * The one quoted in 'X quoted Y as saying …' (also 'telling'): the object of the active verb, not its subject,
   * whose words these are not (r8's convention); an object no entity names ('one trader', 'unnamed economists')
   * gives its words, no one named. Null when the cue is not 'as saying' after an active 'quoted' in its sentence.
   */
  private static SpeakerRef quotedAsSaying(FieldView f, CueLexicon.Hit cue, SpeakerTracker tracker) {
    int k = quotingVerb(f, cue);
    if (k < 0) {
      return null;
    }
    List<Token> toks = f.tokens;
    int as = cue.first() - 1;
    SpeakerRef object = englishAfter(f, k + 1, tracker);
    if (object != null && (object.entityId() != null || object.name() != null)) {
      return object;
    }
    int end = as - 1; // the object's words, up to an apposition's comma: 'one trader, who …, as saying'
    for (int j = k + 1; j < as - 1; j++) {
      if (f.hasCharBetween(toks.get(j).end(), toks.get(j + 1).start(), ",")) {
        end = j;
        break;
      }
    }
    return new SpeakerRef(null, null, f.text.substring(toks.get(k + 1).start(), toks.get(end).end()));
  }

  /**
   * The token of an active 'quoted' (quotes, quoting) before 'as saying' (or 'as telling') in the cue's
   * sentence, with an object between them; -1 for none, and for the passive 'was quoted as saying' and
   * 'quoted in a paper as saying', whose subject is the one quoted.
   */
  static int quotingVerb(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int c = cue.first();
    String verb = toks.get(c).form();
    if (c < 3 || !(verb.equals("saying") || verb.equals("telling")) || !toks.get(c - 1).form().equals("as")) {
      return -1;
    }
    int first = f.tokenAtOrAfter(f.sentenceStart(toks.get(c).start()));
    for (int k = c - 3; k >= first; k--) {
      if (!QUOTING.contains(toks.get(k).form())) {
        continue;
      }
      boolean passive = k > 0 && BE.contains(toks.get(k - 1).form()) || NOT_QUOTED_OBJECT.contains(toks.get(k + 1).form());
      return passive || f.hasCharBetween(toks.get(k).start(), toks.get(c - 1).start(), "\"“”") ? -1 : k;
    }
    return -1;
  }

  /**
   * The agent of a passive verb of describing: after 'by', later in the sentence, a person or body mention
   * within a few lower-case words ('was described as "…" by his friend X'). Null otherwise.
   */
  private static SpeakerRef passiveAgent(FieldView f, Attribution a) {
    List<Token> toks = f.tokens;
    CueLexicon.Hit cue = a.cue();
    int v = cue.last();
    if (!DESCRIBED.contains(toks.get(v).form()) || v == 0 || !BE.contains(toks.get(v - 1).form())) {
      return null;
    }
    int end = f.sentenceEnd(toks.get(v).start());
    for (int j = v + 1; j < toks.size() && toks.get(j).start() < end; j++) {
      if (f.insideQuote(toks.get(j)) || !toks.get(j).form().equals("by")) {
        continue;
      }
      for (int k = j + 1; k < toks.size() && k - j <= MAX_AGENT_WORDS && toks.get(k).start() < end; k++) {
        MentionRef m = f.mentionAt(toks.get(k));
        if (m != null && m.personOrOrg()) {
          return SpeakerRef.of(m, m.text());
        }
        if (!glued(f, k - 1, k) || toks.get(k).capitalized()) {
          return null;
        }
      }
      return null;
    }
    return null;
  }

  /**
   * The last person mention before {@code before} outside quotations, else the one person earlier fields name
   * outside quotations ('Prop X is expecting …' ¶ 'The Leicester tight-head is in form. "…," he told'): with
   * two or more named there, 'he' could be either (round 60).
   */
  private static SpeakerRef personBefore(FieldView f, int before, SpeakerTracker tracker) {
    MentionRef found = null;
    for (MentionRef m : f.mentions) {
      if (m.end() > before) {
        break;
      }
      if (m.person() && f.spanAt(m.start()) == null) {
        found = m;
      }
    }
    return found != null ? SpeakerRef.of(found, found.text()) : tracker.onlyPersonNamed();
  }

  private static final Set<String> KIN = StringSet.of("daughter", "son", "wife", "husband", "mother", "father", "sister",
      "brother", "widow", "widower", "niece", "nephew", "granddaughter", "grandson", "partner", "friend", "fiancee",
      "fiancé", "fiance", "spokesman", "spokeswoman", "spokesperson", "aide", "lawyer", "attorney", "agent", "publicist");

  /**
   * "Verhoeven's niece Marta said", "Acme's chief economist Joan Petit said": the subject is the person
   * after the possessive and its lower-case relation or role words (at most four), not the owner.
   */
  private static MentionRef relatedAfterPossessive(FieldView f, MentionRef owner, int limitToken) {
    String text = f.text;
    int at = owner.end();
    if (at + 2 > text.length() || !(text.startsWith("'s ", at) || text.startsWith("\u2019s ", at))) {
      return null;
    }
    int limit = limitToken < f.tokens.size() ? f.tokens.get(limitToken).start() : text.length();
    List<MentionRef> after = f.mentionsIn(at, limit);
    MentionRef m = after.isEmpty() ? null : after.get(0);
    if (m == null || !m.person()) {
      return null;
    }
    int first = f.tokenAtOrAfter(at + 3);
    int last = f.tokenAtOrAfter(m.start()) - 1;
    if (last < first || last - first > 3) {
      return null;
    }
    for (int k = first; k <= last; k++) {
      Token w = f.tokens.get(k);
      if (w.capitalized() || f.lexicon.matchAny(f.tokens, k, CueKind.STOP, CueKind.VERB, CueKind.CONT, CueKind.COMP) != null) {
        return null; // "Okonjo's campaign thanked Stavros": a clause, not a role
      }
    }
    // the words right before the name are a relation or a role ('daughter', 'chief economist')
    boolean role = KIN.contains(f.tokens.get(last).form());
    for (int k = first; k <= last && !role; k++) {
      CueLexicon.Hit h = f.lexicon.match(f.tokens, k, CueKind.ROLE);
      role = h != null && h.last() == last;
    }
    return role ? m : null;
  }

  private static final Set<String> HE_SHE = StringSet.of("he", "she");
  private static final Set<String> CONTINUING = StringSet.of("added", "adds", "continued", "continues");

  /**
   * 'Spain's sports minister Jaime Lissavetzky backed the decision. "…," he said.': the person a narrative
   * sentence just before the quotation opens with (no quotation in it), whom 'he said' after it means
   * rather than the speaker of earlier quotes. Null unless that subject is a person mention.
   */
  private static SpeakerRef narrativeSubject(FieldView f, int quoteStart, SpeakerTracker tracker) {
    int k = quoteStart - 1;
    while (k >= 0 && Character.isWhitespace(f.text.charAt(k))) {
      k--;
    }
    if (k <= 0 || f.text.charAt(k) != '.' || f.spanAt(k) != null) {
      return null;
    }
    int start = f.sentenceStart(k);
    for (QuoteSpan span : f.spans) {
      if (span.outerEnd() > start && span.outerStart() < k) {
        return null;
      }
    }
    SpeakerRef subject = sentenceSubject(f, start, f.tokenAtOrAfter(k), tracker);
    if (subject == null) {
      return null;
    }
    if (subject.entityId() == null) {
      // a name the entity step missed counts when a role introduces it ('sports minister Jaime Lissavetzky')
      List<Token> words = Tokenizer.tokenize(subject.text(), "en");
      int n = words.size();
      boolean role = false;
      for (int j = 0; j < n - 2 && !role; j++) {
        role = f.lexicon.match(words, j, CueKind.ROLE) != null;
      }
      return role && words.get(n - 1).capitalized() && words.get(n - 2).capitalized() ? subject : null;
    }
    for (MentionRef m : f.mentionsIn(start, k)) {
      if (m.person() && m.entity().getId().equals(subject.entityId())) {
        return subject;
      }
    }
    return null;
  }

  /**
   * {@link #narrativeSubject} for a quotation with no cue of its own, unless that sentence ends on its
   * speech verb: 'X, consultant Y says. "…"' goes on with the one that verb gave, not with X.
   */
  static SpeakerRef introducedBefore(FieldView f, int quoteStart, SpeakerTracker tracker) {
    int k = quoteStart - 1;
    while (k >= 0 && Character.isWhitespace(f.text.charAt(k))) {
      k--;
    }
    int last = f.tokenAtOrAfter(k) - 1;
    if (last < 0 || f.lexicon.matchAny(f.tokens, last, CueKind.VERB, CueKind.CONT) != null) {
      return null;
    }
    return narrativeSubject(f, quoteStart, tracker);
  }

  /** Subjects that never stand for the last speaker. */
  private static final Set<String> IMPERSONAL = StringSet.of("it", "they");
  /** Adverbs between a subject pronoun and its verb that leave the pronoun the subject: 'It also said', 'they later said'. */
  private static final Set<String> PRONOUN_ADVERBS = StringSet.of("also", "later", "then", "again", "further");

  /** The token right before the verb at cueToken, stepping over {@link #PRONOUN_ADVERBS}, all glued; -1 if none. */
  private static int pronounBeforeAdverbs(FieldView f, int cueToken) {
    int p = cueToken - 1;
    while (p > 0 && PRONOUN_ADVERBS.contains(f.tokens.get(p).form()) && glued(f, p, p + 1)) {
      p--;
    }
    return p >= 0 && glued(f, p, p + 1) ? p : -1;
  }

  private static final Set<String> EN_LEADING_ADJUNCTS = StringSet.of("in", "on", "at", "when", "after", "as", "while",
      "during", "asked", "speaking", "before", "since", "with", "for", "from", "according", "following", "despite",
      "although", "though", "because", "if", "by", "earlier", "later", "last", "this", "yesterday", "today",
      "amid", "like", "unlike", "alongside", "among", "against", "besides");
  private static final Set<String> EN_LEADING_SKIP = StringSet.of("but", "and", "so", "yet", "still", "also", "then", "now",
      "meanwhile", "however", "instead", "indeed", "likewise");

  /**
   * Words of a time adverbial, never a speaker: days, months and their abbreviations, parts of the day,
   * units of time and the words closing a span ('two weeks ago', 'Hours later', 'That same month').
   */
  private static final Set<String> TIME_WORDS = StringSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "morning", "afternoon", "evening", "night", "tonight", "today", "yesterday", "tomorrow", "weekend",
      "hour", "hours", "minutes", "moments", "day", "days", "week", "weeks", "month", "months", "year", "years",
      "later", "earlier", "ago");
  /** Words that may open a time adverbial before its time word ('a few days later', 'less than two weeks ago'). */
  private static final Set<String> TIME_OPENERS = StringSet.of("a", "an", "the", "that", "this", "last", "next", "same",
      "few", "several", "many", "some", "one", "two", "three", "four", "five", "less", "more", "than", "about",
      "nearly", "just", "only", "early", "late", "at", "in", "on", "by", "of");

  static boolean timeWord(Token t) {
    String w = t.form();
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2); // 'Saturday's debate'
    }
    return TIME_WORDS.contains(w);
  }

  /** A time adverbial opens at token i: a time word, or up to two opening words and then one. */
  private static boolean timePhraseAt(FieldView f, int i, int limit) {
    for (int k = i; k < limit && k - i <= 2 && (k == i || glued(f, k - 1, k)); k++) {
      Token t = f.tokens.get(k);
      if (timeWord(t)) {
        return true;
      }
      if (!TIME_OPENERS.contains(t.form()) && !Character.isDigit(t.raw().charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Before a cue, the first token of a time adverbial ending at token j ('The State Department less than two
   * weeks ago said', 'Trump at the time said', 'who has in the past described'), or j itself when none ends there.
   */
  private static int beforeTimeAdverbial(FieldView f, int j, int regionStart) {
    List<Token> toks = f.tokens;
    if (j < 0 || toks.get(j).start() < regionStart) {
      return j;
    }
    String w = toks.get(j).form();
    boolean closes = timeWord(toks.get(j)) && !toks.get(j).capitalized()
        || (w.equals("time") || w.equals("past")) && j > 0 && toks.get(j - 1).form().equals("the")
            && j > 1 && (toks.get(j - 2).form().equals("at") || toks.get(j - 2).form().equals("in"));
    if (!closes) {
      return j;
    }
    int k = j;
    while (k - 1 >= 0 && toks.get(k - 1).start() >= regionStart && glued(f, k - 1, k)
        && (TIME_OPENERS.contains(toks.get(k - 1).form()) || timeWord(toks.get(k - 1))
            || Character.isDigit(toks.get(k - 1).raw().charAt(0)))) {
      k--;
    }
    return k - 1;
  }

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
    // 'To date, Tate has …' opens with an adjunct; 'To Sharp, Tate is …' names a person and is left alone
    boolean toAdjunct = i + 1 < limitToken && toks.get(i).form().equals("to") && !toks.get(i + 1).capitalized();
    if (i < limitToken && (leadingAdjunct(toks.get(i)) || toAdjunct || timePhraseAt(f, i, limitToken))) {
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
      } while (i < limitToken && (followedByComma(f, i) || timePhraseAt(f, i, limitToken)));
    }
    if (i >= limitToken || f.spanAt(toks.get(i).start()) != null) {
      return null;
    }
    Token t = toks.get(i);
    MentionRef m = f.mentionAt(t);
    if (m != null && m.personOrOrg()) {
      MentionRef owned = relatedAfterPossessive(f, m, limitToken);
      if (owned != null) {
        return SpeakerRef.of(owned, owned.text());
      }
      // 'Transport Department minister Ruth Okafor defended …, saying': a body naming the office of the
      // person after it is a modifier; the subject's head is the titled person
      SpeakerRef titledPerson = m.person() ? null : titledName(f, i);
      return titledPerson != null && titledPerson.entityId() != null && !titledPerson.entityId().equals(m.entity().getId())
          ? titledPerson : SpeakerRef.of(m, m.text());
    }
    if (f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
      return pronounSubject(f, i, tracker);
    }
    SpeakerRef titled = titledName(f, i);
    if (titled != null) {
      return titled; // 'Tory leader Michael Howard reiterated …, warning:'
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
          && !n.form().equals("who") && !n.form().equals("was") && !n.form().equals("is") && !n.form().equals("has")
          && !MODAL.contains(n.form()); // 'The party leader will also call for …, arguing': 'will' opens the verb
      if (!(nameish || nounish)) {
        break;
      }
      k++;
    }
    if (det && k == i) {
      return null;
    }
    String words = f.text.substring(t.start(), toks.get(k).end());
    if (det && DOCUMENTS.contains(toks.get(k).form())) {
      MentionRef author = authorAfter(f, k + 1, limitToken);
      if (author != null) {
        return SpeakerRef.of(author, words); // 'A survey conducted by X has revealed': X's findings
      }
    }
    return new SpeakerRef(null, null, words);
  }

  /**
   * {@link #sentenceSubject}, and when that is only words opened by 'the', the organisation named right
   * after 'the' when its name ends the noun phrase: 'The Harbour Board has released an audit, which it
   * describes as …', 'the EU pledged … but said'. Not 'the Interfax news agency' (the name modifies a
   * noun), nor the addressee of a passive ('the X website was told').
   */
  private static SpeakerRef subjectOrDefiniteBody(FieldView f, int regionStart, int limitToken, SpeakerTracker tracker) {
    SpeakerRef s = sentenceSubject(f, regionStart, limitToken, tracker);
    if (s == null || s.entityId() != null || !s.text().regionMatches(true, 0, "the ", 0, 4)) {
      return s;
    }
    List<Token> toks = f.tokens;
    int i = f.tokenAtOrAfter(f.text.indexOf(s.text(), regionStart));
    MentionRef body = i + 1 < limitToken && toks.get(i).form().equals("the") ? f.mentionAt(toks.get(i + 1)) : null;
    if (body != null && body.personOrOrg() && !body.person() && body.start() == toks.get(i + 1).start()
        && endsNounPhrase(f, f.tokenAtOrAfter(body.end()), limitToken) && !BE.contains(toks.get(limitToken - 1).form())) {
      return SpeakerRef.of(body, f.text.substring(toks.get(i).start(), body.end()));
    }
    return s;
  }

  /**
   * Token j, right after a name, ends the noun phrase the name heads: it is the cue itself, an auxiliary
   * or connective that cannot sit inside the phrase, another speech verb, or a past-tense verb ('the EU
   * pledged'); not a noun the name modifies ('the Interfax news agency') nor a possessive.
   */
  private static boolean endsNounPhrase(FieldView f, int j, int limitToken) {
    if (j >= limitToken) {
      return j == limitToken;
    }
    Token n = f.tokens.get(j);
    if (n.capitalized() || !f.blankBetween(f.tokens.get(j - 1).end(), n.start())) {
      return false;
    }
    return EN_NOT_IN_NP.contains(n.form()) || n.form().endsWith("ed")
        || f.lexicon.matchAny(f.tokens, j, CueKind.VERB, CueKind.CONT) != null;
  }

  /** Most words between 'by' and the author's name ('by the X Institute'). */
  private static final int MAX_AUTHOR_GAP = 2;

  /**
   * The author of a document named right after it: 'by X', or a participle and 'by X' ('conducted by X',
   * 'carried out by X', 'commissioned by X'), X a person or body within a few lower-case words. Null otherwise.
   */
  private static MentionRef authorAfter(FieldView f, int j, int limitToken) {
    List<Token> toks = f.tokens;
    if (j < limitToken && toks.get(j).form().endsWith("ed") && glued(f, j - 1, j)) {
      j++;
      if (j < limitToken && toks.get(j).form().equals("out") && glued(f, j - 1, j)) {
        j++;
      }
    }
    if (j >= limitToken || !toks.get(j).form().equals("by") || !glued(f, j - 1, j)) {
      return null;
    }
    for (int m = j + 1; m < limitToken && m - j <= MAX_AUTHOR_GAP + 1 && glued(f, m - 1, m); m++) {
      MentionRef ref = f.mentionAt(toks.get(m));
      if (ref != null && ref.personOrOrg()) {
        return ref;
      }
      if (toks.get(m).capitalized()) {
        return null;
      }
    }
    return null;
  }

  /**
   * The subject of a sentence ending in a colon with no speech verb ('Clinton released the following
   * statement:'). A capitalised word followed by a bare noun ('Partial transcript as follows:') is an
   * adjective opening a label, not a name: such a line names no speaker.
   */
  static SpeakerRef colonSubject(FieldView f, int sentence, SpeakerTracker tracker) {
    SpeakerRef s = sentenceSubject(f, sentence, f.tokens.size(), tracker);
    if (s == null || s.entityId() != null || s.name() != null) {
      return s;
    }
    int at = f.text.indexOf(s.text(), sentence);
    int next = at < 0 ? f.tokens.size() : f.tokenAtOrAfter(at + s.text().length());
    if (next < f.tokens.size()) {
      String w = f.tokens.get(next).form();
      boolean verbLike = w.endsWith("ed") || w.endsWith("s") || f.lexicon.match(f.tokens, next, CueKind.STOP) != null;
      if (!f.tokens.get(next).capitalized() && !verbLike) {
        return null;
      }
    }
    return s;
  }

  /** A perfect's auxiliary and 'already' between a subject and its cue ('Okafor has already revealed'). */
  private static final Set<String> PERFECT = StringSet.of("has", "have", "had", "already");

  /**
   * The future's auxiliary between a subject and its cue, speech announced ahead ('the party leader will argue',
   * '"…," he will say'): the cue's subject stands before it, as before a perfect's. Not 'would', mostly
   * hypothetical or refused speech ('Neither X nor Y would say').
   */
  private static final Set<String> MODAL = StringSet.of("will");

  /**
   * Token j follows a person's name (a person mention, or a capitalised word no mention claims) or another
   * of {@link #PERFECT} ('has already'): only then is a perfect's auxiliary stepped over; 'A survey by the Shoppers' Forum has revealed' keeps its
   * document as the subject, so a later 'she' is not read as the panel.
   */
  private static boolean afterName(FieldView f, int j) {
    if (j == 0) {
      return false;
    }
    Token before = f.tokens.get(j - 1);
    MentionRef m = f.mentionAt(before);
    return m != null ? m.person() || SubordinateSubjects.opensSubject(f, m) : before.capitalized() || PERFECT.contains(before.form());
  }

  /**
   * Adverbs of hearsay between a subject and its verb of saying ('Jerry Kilgore reportedly said', 'Mr X
   * allegedly told'): they qualify the verb, so the subject is the phrase before them. Manner adverbs are
   * left out: read on the pool they moved more speakers wrong than right ('X once notoriously declared').
   */
  private static final Set<String> HEARSAY_ADVERBS = StringSet.of("reportedly", "allegedly", "apparently",
      "reputedly", "supposedly", "purportedly");

  private static boolean hearsayAdverb(Token t) {
    return HEARSAY_ADVERBS.contains(t.raw());
  }

  /**
   * 'Technorati now estimates that …', 'many observers now say': the adverb between the subject and its verb
   * (round 42); 'economists here said', 'dealers here said': the wire's 'here', the dateline's city (round 54).
   */
  private static boolean nowBeforeVerb(Token t) {
    return t.raw().equals("now") || t.raw().equals("here");
  }

  /** The noun phrase ending just before token cueToken (adverbs such as 'also' or 'on Monday' skipped). */
  private static SpeakerRef englishBefore(FieldView f, int regionStart, int cueToken, SpeakerTracker tracker) {
    List<Token> toks = f.tokens;
    int j = cueToken - 1;
    while (j >= 0 && toks.get(j).start() >= regionStart
        && (f.lexicon.match(toks, j, CueKind.STOP) != null || PERFECT.contains(toks.get(j).form()) && afterName(f, j)
            || MODAL.contains(toks.get(j).form()) && !toks.get(j).capitalized() // 'Will claims': a name
            || j > 0 && (hearsayAdverb(toks.get(j)) || nowBeforeVerb(toks.get(j))))
        && glued(f, j, j + 1)) {
      j--;
    }
    int beforeTime = beforeTimeAdverbial(f, j, regionStart);
    if (beforeTime != j && glued(f, beforeTime, beforeTime + 1)) {
      j = beforeTime;
      while (j >= 0 && toks.get(j).start() >= regionStart && f.lexicon.match(toks, j, CueKind.STOP) != null
          && glued(f, j, j + 1)) {
        j--;
      }
    }
    if (j >= 0 && toks.get(j).start() >= regionStart && !glued(f, j, j + 1)) {
      String gap = f.text.substring(toks.get(j).end(), toks.get(j + 1).start()).trim();
      int bracket = gap.equals(">") ? f.text.lastIndexOf('<', toks.get(j).start()) : -1;
      if (bracket >= 0 && f.sentenceStart(toks.get(j).start()) <= bracket) {
        // Reuters marks names and tickers in angle brackets: '… maker <Skis Rossignol> said' is the name
        // inside, 'Harwood Corp <HWD.N> said' the name before the ticker
        String inside = f.text.substring(bracket + 1, toks.get(j).end());
        if (inside.matches("[A-Z0-9.&-]+")) {
          int k = f.tokenAtOrAfter(bracket) - 1;
          if (k < 0 || toks.get(k).start() < regionStart || !f.text.substring(toks.get(k).end(), bracket).isBlank()) {
            return null;
          }
          j = k;
        }
      } else if (gap.endsWith(")")) {
        // 'Gov. Phil Bryant (R) said': step over the parenthesis
        int open = f.text.lastIndexOf('(', toks.get(j).start());
        int k = open < 0 ? -1 : f.tokenAtOrAfter(open) - 1;
        if (k >= 0 && toks.get(k).start() >= regionStart && f.text.substring(toks.get(k).end(), open).isBlank()) {
          j = k;
        } else {
          return null;
        }
      } else if (gap.equals(",")) {
        // an appositive closing on a common noun ('…, oil company, said') may hold a place and its region
        return beforeAppositive(f, regionStart, j, tracker, !toks.get(j).capitalized());
      } else {
        return null;
      }
    }
    if (j < 0 || toks.get(j).start() < regionStart) {
      return null;
    }
    Token last = toks.get(j);
    if ((last.form().equals("who") || last.form().equals("which")) && j > 0) {
      if (glued(f, j - 1, j) && toks.get(j - 1).start() >= regionStart) {
        return englishBefore(f, regionStart, j, tracker); // 'a Commission ruling which said': the phrase it follows
      }
      return beforeAppositive(f, regionStart, j, tracker); // 'said Capt. Pardo, who said', 'Beijing, which described'
    }
    MentionRef m = f.mentionAt(last);
    if (m != null && m.entity().getType() == EntityType.PLACE) {
      int first = f.tokenAtOrAfter(m.start());
      int in = first >= 1 && toks.get(first - 1).form().equals("the") && glued(f, first - 1, first) ? first - 2 : first - 1;
      if (in >= 1 && toks.get(in).form().equals("in") && toks.get(in - 1).start() >= regionStart
          && glued(f, in, in + 1)) {
        // 'the embassy in Paris said', 'officials in Washington said', 'a legal expert in the US speculated'
        // (round 48): the place only says where the subject before it stands
        return englishBefore(f, regionStart, in, tracker);
      }
    }
    int document = m == null || !m.personOrOrg() ? documentBeforeTopic(f, regionStart, j) : -1;
    if (document >= 0) {
      // 'A National Audit Office report on the 20 biggest projects says': the document, whose author is
      // its speaker, not the topic that closes the phrase (round 58)
      return englishBefore(f, regionStart, document + 1, tracker);
    }
    if (m != null && m.personOrOrg()) {
      int other = CoordinatedSubjects.otherConjunct(f, f.tokenAtOrAfter(m.start()), regionStart);
      if (other >= 0) {
        // 'Bob Hawke and Paul Keating said', 'He and Keating warned': two speakers, none alone (the files'
        // convention since round 7)
        return new SpeakerRef(null, null, f.text.substring(toks.get(other).start(), last.end()));
      }
      SpeakerRef near = sourceCloseTo(f, m, regionStart, last);
      if (near == null) {
        // a body too: 'a spokesman for the Taiwan Textile Federation said' is the unnamed spokesman (round 43,
        // the convention of the English files: five such clauses since r32, all null)
        near = relationOf(f, m.start(), regionStart, last);
      }
      if (near != null) {
        return near;
      }
      SpeakerRef member = memberOf(f, m, regionStart);
      if (member == null && !m.person()) {
        // 'X, a strategist at Y told': an appositive whose closing comma the copy left out; the body only
        // says where the person before it works
        MentionRef holder = personBeforeRole(f, regionStart, m);
        member = holder == null ? null : SpeakerRef.of(holder, holder.text());
      }
      return member != null ? member : SpeakerRef.of(m, m.text());
    }
    if (f.lexicon.match(toks, j, CueKind.PRONOUN) != null) {
      return pronounSubject(f, j, tracker);
    }
    if (last.capitalized() && !EN_NOT_NAMES.contains(last.form())) {
      if (j > 0 && toks.get(j - 1).form().equals("the") && toks.get(j - 1).start() >= regionStart && glued(f, j - 1, j)
          && f.lexicon.match(toks, j, CueKind.EPITHET) != null) {
        // 'The Brazilian confirmed': an epithet with its article (a name never takes one), for Epithets to resolve
        return new SpeakerRef(null, null, f.text.substring(toks.get(j - 1).start(), last.end()));
      }
      int k = j;
      while (k - 1 >= 0 && toks.get(k - 1).start() >= regionStart && glued(f, k - 1, k)
          && (toks.get(k - 1).capitalized() && !EN_NOT_NAMES.contains(toks.get(k - 1).form())
              || EN_NAME_JOINERS.contains(toks.get(k - 1).form()) && k - 2 >= 0 && toks.get(k - 2).capitalized())) {
        k--;
      }
      int other = CoordinatedSubjects.otherConjunct(f, k, regionStart);
      SpeakerRef related = other < 0 ? relationOf(f, toks.get(k).start(), regionStart, last) : null;
      if (related != null) {
        return related; // 'Agricultural aides to English said' with the surname no mention: the aides speak
      }
      return new SpeakerRef(null, null, f.text.substring(toks.get(other >= 0 ? other : k).start(), last.end()));
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
    if (k == j && last.form().length() > 3 && last.form().endsWith("s") && !last.form().endsWith("ss")
        && (k == 0 || toks.get(k - 1).start() < regionStart || !glued(f, k - 1, k)
            || CLAUSE_CONJUNCTIONS.contains(toks.get(k - 1).form()))
        && f.lexicon.matchAny(toks, k, CueKind.STOP, CueKind.VERB, CueKind.PRONOUN) == null) {
      return new SpeakerRef(null, null, last.raw()); // ', officials insist': a bare plural, people left unnamed
    }
    if (unnamedPluralPhrase(f, k, j, regionStart)) {
      // ', industry sources said', ', money market dealers said' (round 37): left unread, the clause fell to
      // the last speaker named
      return new SpeakerRef(null, null, f.text.substring(toks.get(k).start(), last.end()));
    }
    if (EN_DETERMINERS.contains(toks.get(k).form()) || toks.get(k).capitalized() || toks.get(k).raw().endsWith("’s")
        || toks.get(k).raw().endsWith("'s")) {
      if (f.lexicon.match(toks, k, CueKind.PRONOUN) != null || k == j && EN_DETERMINERS.contains(last.form())) {
        return null;
      }
      String text = f.text.substring(toks.get(k).start(), last.end());
      if (DOCUMENTS.contains(last.form())) {
        for (MentionRef author : f.mentionsIn(toks.get(k).start(), last.start())) {
          if (author.personOrOrg()) {
            return SpeakerRef.of(author, text); // 'a European Commission ruling', 'the firm's statement': its author
          }
        }
      }
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

  /** Prepositions that give a document its topic ('a report on X', 'an inquiry into Y'), never its author. */
  private static final Set<String> TOPIC_PREPOSITIONS = StringSet.of("on", "into", "about");
  /** Most words of a document's topic before the cue ('on the 20 biggest projects' is five). */
  private static final int MAX_TOPIC_WORDS = 6;

  /**
   * The token of a document noun whose topic phrase ends at token {@code j} ('report on the 20 biggest
   * projects'), or -1: the phrase holds no cue, clause word or other document, and starts after regionStart.
   */
  private static int documentBeforeTopic(FieldView f, int regionStart, int j) {
    List<Token> toks = f.tokens;
    for (int k = j - 1; k >= 1 && j - k <= MAX_TOPIC_WORDS && toks.get(k - 1).start() >= regionStart
        && glued(f, k, k + 1); k--) {
      Token t = toks.get(k + 1);
      if (EN_NOT_IN_NP.contains(t.form()) || f.lexicon.matchAny(toks, k + 1, CueKind.VERB, CueKind.COMP) != null) {
        return -1;
      }
      if (TOPIC_PREPOSITIONS.contains(toks.get(k).form())) {
        return DOCUMENTS.contains(toks.get(k - 1).form()) && glued(f, k - 1, k) ? k - 1 : -1;
      }
    }
    return -1;
  }

  /** Most words of a lower-case plural source phrase: 'farm credit sources', 'money market dealers'. */
  private static final int MAX_PLURAL_PHRASE = 3;

  /**
   * Tokens [k, j] are a short lower-case noun phrase closing on a plural ('industry sources', 'grain trade
   * analysts') that opens its clause: people the story leaves unnamed. Words after a cue, a stop word or
   * a pronoun are no such phrase.
   */
  private static boolean unnamedPluralPhrase(FieldView f, int k, int j, int regionStart) {
    List<Token> toks = f.tokens;
    Token last = toks.get(j);
    if (k >= j || j - k + 1 > MAX_PLURAL_PHRASE || last.form().length() <= 3 || !last.form().endsWith("s")
        || last.form().endsWith("ss") || last.raw().endsWith("'s") || last.raw().endsWith("’s")) {
      return false;
    }
    if (k > 0 && toks.get(k - 1).start() >= regionStart && glued(f, k - 1, k)
        && !CLAUSE_CONJUNCTIONS.contains(toks.get(k - 1).form())) {
      return false;
    }
    for (int i = k; i <= j; i++) {
      Token t = toks.get(i);
      if (t.capitalized() || !t.form().chars().allMatch(Character::isLetter)
          || f.lexicon.matchAny(toks, i, CueKind.STOP, CueKind.VERB, CueKind.PRONOUN) != null) {
        return false;
      }
    }
    return true;
  }

  /** Token i is 'which' or 'who': a relative clause opens there. */
  private static boolean relativeAt(FieldView f, int i) {
    if (i >= f.tokens.size()) {
      return false;
    }
    String w = f.tokens.get(i).form(); // forms are lower-cased already (MatchForm)
    return w.equals("which") || w.equals("who");
  }

  /**
   * A person named before a comma that opens an appositive with a role word, body m inside that appositive
   * ('Anna Cole, spokeswoman for the council X'): that person, else null.
   */
  private static MentionRef personBeforeRole(FieldView f, int regionStart, MentionRef body) {
    for (int k = body.start() - 1; k >= regionStart; k--) {
      if (f.spanAt(k) != null) {
        return null;
      }
      if (f.text.charAt(k) != ',') {
        continue;
      }
      int after = f.tokenAtOrAfter(k + 1);
      if (after < f.tokens.size() && ROLE_TIME_ADVERBS.contains(f.tokens.get(after).form())) {
        after++; // 'Isaac, now president of the Secura Group'
      }
      if (after < f.tokens.size() && EN_DETERMINERS.contains(f.tokens.get(after).form())) {
        after++;
      }
      int before = f.tokenAtOrAfter(k) - 1;
      if (before < 0 || after >= f.tokens.size() || f.lexicon.match(f.tokens, after, CueKind.ROLE) == null) {
        return null;
      }
      MentionRef p = f.mentionAt(f.tokens.get(before));
      return p != null && p.person() ? p : null;
    }
    return null;
  }

  /**
   * 'Nefzi, a chemistry professor and a member of the board, said': the cue follows a comma that closes an
   * appositive; the speaker is the name before the comma that opened it.
   */
  private static SpeakerRef beforeAppositive(FieldView f, int regionStart, int lastToken, SpeakerTracker tracker) {
    return beforeAppositive(f, regionStart, lastToken, tracker, false);
  }

  /**
   * @param skipPlaces the cue follows the appositive's closing comma: a place (or 'a Belfast') before an
   *     inner comma is part of the appositive ('X, a Belfast, Northern Ireland, oil company, said'); not so
   *     before a relative ('Beijing, which described')
   */
  private static SpeakerRef beforeAppositive(FieldView f, int regionStart, int lastToken, SpeakerTracker tracker,
      boolean skipPlaces) {
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
        MentionRef whole = f.mentionAt(toks.get(lastToken));
        if (whole != null && whole.person() && opensAfterTitle(f, whole, f.tokenAtOrAfter(k))
            && (m == null || !m.person())) {
          // 'the governor of the Bank of X, Ann Lee, said': the person the appositive names, not the body
          // that closes the description before it
          return SpeakerRef.of(whole, whole.text());
        }
        if (m != null && m.personOrOrg()) {
          MentionRef holder = m.person() ? null : personBeforeRole(f, regionStart, m);
          // 'X, spokesman for the body Y, which handed out the bans, said', 'X, executive director of Y, the
          // janitors union, said': the relative or appositive is Y's, the speaker the person the role describes
          if (holder != null) {
            return SpeakerRef.of(holder, holder.text());
          }
          SpeakerRef related = relationOf(f, m.start(), regionStart, toks.get(j));
          if (related != null && !afterComma(f, toks.get(j).end() - related.text().length(), regionStart)) {
            // 'A spokesman for X, parent company of Y, said', 'a spokesman for X, which represents Y, said': the
            // unnamed relation speaks, as without the appositive (round 60); not 'Z, a spokesman for X, …', Z's role
            return related;
          }
          return SpeakerRef.of(m, m.text());
        }
        if (skipPlaces && (m != null && m.entity().getType() == io.newswire.schema.EntityType.PLACE
            || toks.get(j).form().chars().allMatch(Character::isDigit) // an age: 'Harry Bond, 30, of Raleigh, N.C., who'
            || j > 0 && toks.get(j).capitalized() && (toks.get(j - 1).form().equals("a") || toks.get(j - 1).form().equals("an")))) {
          // 'Bryson Oil and Gas Plc, a Belfast, Northern Ireland, oil company, said', 'X, who lives in London,
          // said': a place before a comma is inside the appositive; its name stands before an earlier comma
          continue;
        }
        if (!toks.get(j).capitalized() || EN_NOT_NAMES.contains(toks.get(j).form())) {
          return nameInAppositive(f, f.tokenAtOrAfter(k), lastToken); // 'the official, Deputy Secretary Ann Ridley, told'
        }
        MentionRef apposed = f.mentionAt(toks.get(lastToken));
        if (apposed != null && apposed.person() && apposed.start() == toks.get(f.tokenAtOrAfter(k)).start()) {
          return SpeakerRef.of(apposed, apposed.text()); // 'the head of the school St Anne's, John Doe, said': the person apposed
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

  /** Whether a comma stands before offset {@code at}, after regionStart, with only spaces between. */
  private static boolean afterComma(FieldView f, int at, int regionStart) {
    int k = at - 1;
    while (k >= regionStart && Character.isWhitespace(f.text.charAt(k))) {
      k--;
    }
    return k >= regionStart && f.text.charAt(k) == ',';
  }

  /** Most title words between an appositive's comma and the person it names ('Sir', 'Professor', 'Dr'). */
  private static final int MAX_APPOSED_TITLE = 2;

  /**
   * Whether person mention m opens the appositive whose first token is {@code first}, or follows only a title
   * there: 'the chairman of X, Sir Andrew Green, said', 'the institute, Professor Ann Lee, said' (round 34);
   * the entity step leaves such a title out of the name, so the mention starts one or two words later.
   */
  private static boolean opensAfterTitle(FieldView f, MentionRef m, int first) {
    List<Token> toks = f.tokens;
    int start = f.tokenAtOrAfter(m.start());
    if (start < first || start - first > MAX_APPOSED_TITLE) {
      return false;
    }
    for (int k = first; k < start; k++) {
      if (!toks.get(k).capitalized() || !glued(f, k, k + 1) || f.mentionAt(toks.get(k)) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name an appositive gives to a description before it ('the official, Assistant Defense Secretary
   * Ann Ridley, told'): a person mention ending it, else a capitalised name of two words or more after
   * a role word in it. Null otherwise.
   */
  private static SpeakerRef nameInAppositive(FieldView f, int first, int last) {
    List<Token> toks = f.tokens;
    if (first > last || last - first > 8) {
      return null;
    }
    MentionRef m = f.mentionAt(toks.get(last));
    if (m != null && m.person()) {
      return SpeakerRef.of(m, m.text());
    }
    int k = last;
    while (k - 1 >= first && glued(f, k - 1, k) && toks.get(k - 1).capitalized()
        && f.lexicon.match(toks, k - 1, CueKind.ROLE) == null) {
      k--;
    }
    boolean role = false;
    for (int j = first; j < k; j++) {
      role |= f.lexicon.matchAny(toks, j, CueKind.ROLE, CueKind.HONORIFIC) != null;
    }
    return role && last - k >= 1 && toks.get(last).capitalized()
        ? new SpeakerRef(null, null, f.text.substring(toks.get(k).start(), toks.get(last).end())) : null;
  }

  /** Nouns of a source left unnamed that 'close to X' or 'familiar with X' qualifies. */
  private static final Set<String> UNNAMED_SOURCE_NOUNS = StringSet.of("source", "sources", "people", "person", "official",
      "officials", "aide", "aides", "associate", "associates", "insider", "insiders", "someone");
  /** Most words (titles, articles) between 'close to' and the mention: 'close to Finance Minister X'. */
  private static final int MAX_TITLE_WORDS = 4;

  /**
   * 'Sources close to Mr X said', 'people familiar with the Y deal said': the speaker is the unnamed
   * source, kept as its words, never X or Y, whom the phrase only places it near. Null when the mention
   * ending at token {@code last} is not so introduced.
   */
  private static SpeakerRef sourceCloseTo(FieldView f, MentionRef m, int regionStart, Token last) {
    List<Token> toks = f.tokens;
    int k = f.tokenAtOrAfter(m.start());
    for (int hops = 0; hops <= MAX_TITLE_WORDS && k >= 3 && toks.get(k - 1).start() >= regionStart
        && glued(f, k - 1, k); hops++, k--) {
      String w = toks.get(k - 1).form();
      String v = toks.get(k - 2).form();
      if (w.equals("to") && v.equals("close") || w.equals("with") && v.equals("familiar")) {
        int noun = k - 3;
        if (toks.get(noun).start() < regionStart || !glued(f, noun, noun + 1) || !glued(f, noun + 1, noun + 2)
            || !UNNAMED_SOURCE_NOUNS.contains(toks.get(noun).form())) {
          return null;
        }
        int first = noun > 0 && toks.get(noun - 1).start() >= regionStart && glued(f, noun - 1, noun)
            && EN_DETERMINERS.contains(toks.get(noun - 1).form()) ? noun - 1 : noun;
        return new SpeakerRef(null, null, f.text.substring(toks.get(first).start(), last.end()));
      }
    }
    return null;
  }

  /** Nouns of one who speaks for, works for or stands near a person: 'a spokesman for X', 'an aide to X'. */
  private static final Set<String> RELATION_NOUNS = StringSet.of("spokesman", "spokeswoman", "spokesperson",
      "spokesmen", "aide", "aides", "associate", "associates", "ally", "allies", "friend", "friends", "lawyer",
      "lawyers", "attorney", "attorneys", "adviser", "advisers", "advisor", "advisors", "colleague", "colleagues",
      "relative", "relatives", "neighbour", "neighbours", "neighbor", "neighbors", "assistant", "agent", "daughter",
      "son", "wife", "husband", "mother", "father", "sister", "brother", "widow", "niece", "nephew");
  /** Words that join the relation noun to the person it relates to. */
  private static final Set<String> RELATION_PREPS = StringSet.of("of", "for", "to");
  /** Most modifiers and the article before the relation noun: 'a close long-time associate'. */
  private static final int MAX_RELATION_MODIFIERS = 3;

  /**
   * 'A spokesman for Mr X said', 'an aide to Agriculture Secretary X said', 'a close associate of former
   * Acme boss X has told', 'a spokeswoman for the Acme Corp said': the one who speaks is the unnamed relation, kept as its words; X only says whose
   * relation it is. Null unless a relation noun and its preposition stand right before the mention (titles
   * between them allowed), opened by an article or determiner, or opening the subject with at most its
   * modifiers ('Aides to X said', 'Agricultural aides to X said', round 60).
   */
  private static SpeakerRef relationOf(FieldView f, int nameStart, int regionStart, Token last) {
    List<Token> toks = f.tokens;
    int k = f.tokenAtOrAfter(nameStart);
    for (int hops = 0; hops <= MAX_TITLE_WORDS && k >= 2 && toks.get(k - 1).start() >= regionStart
        && glued(f, k - 1, k); hops++, k--) {
      if (!RELATION_PREPS.contains(toks.get(k - 1).form())) {
        continue;
      }
      int noun = k - 2;
      if (toks.get(noun).start() < regionStart || !glued(f, noun, noun + 1)
          || !RELATION_NOUNS.contains(toks.get(noun).form().toLowerCase(java.util.Locale.ROOT))) {
        return null;
      }
      int open = hops == 0 ? f.tokenAtOrAfter(regionStart) : -1; // no title between: 'Shadow spokesman for sport X'
      if (noun == open) {
        return new SpeakerRef(null, null, f.text.substring(toks.get(noun).start(), last.end())); // 'Aides to X said'
      }
      for (int first = noun - 1; first >= 0 && noun - first <= MAX_RELATION_MODIFIERS
          && toks.get(first).start() >= regionStart && glued(f, first, first + 1); first--) {
        String w = toks.get(first).form().toLowerCase(java.util.Locale.ROOT);
        boolean opening = first == open && f.mentionAt(toks.get(first)) == null; // 'Agricultural aides to X said'
        if (EN_DETERMINERS.contains(w) || opening) {
          return new SpeakerRef(null, null, f.text.substring(toks.get(first).start(), last.end()));
        }
        if (toks.get(first).capitalized() || f.mentionAt(toks.get(first)) != null) {
          return null; // 'Acme spokesman Jo Doe of X': a name or body, not a modifier
        }
      }
      return null;
    }
    return null;
  }

  private static final Set<String> MEMBER_OF = StringSet.of("at", "of", "from", "with");

  /**
   * 'James Arenson at DLJ Securities agreed': an organisation right before the cue that only says where the
   * person named just before it works; the person speaks. Null when no person mention stands there.
   */
  private static SpeakerRef memberOf(FieldView f, MentionRef org, int regionStart) {
    List<Token> toks = f.tokens;
    int first = f.tokenAtOrAfter(org.start());
    if (first >= 1 && toks.get(first - 1).form().equals("the") && glued(f, first - 1, first)) {
      first--; // 'Eric Hale of the transport office told': the article before the body's name
    }
    int prep = first - 1;
    if (prep < 1 || toks.get(prep - 1).start() < regionStart || !MEMBER_OF.contains(toks.get(prep).form())
        || !glued(f, prep - 1, prep) || !glued(f, prep, first)) {
      return null;
    }
    MentionRef person = f.mentionAt(toks.get(prep - 1));
    // a body the entity step took for a person ('Mr Hurst from Acme Research') still only says where the one
    // named before it works
    if (person != null) {
      return person.person() ? SpeakerRef.of(person, person.text()) : null;
    }
    return rankedName(f, prep - 1, regionStart);
  }

  /** Ranks and titles that open a person's name ('Lt Col', 'Det Insp', 'Sgt', 'Prof'), lower-cased, no stop. */
  private static final Set<String> RANKS = StringSet.of("lt", "lieut", "lieutenant", "col", "colonel", "gen", "general",
      "maj", "major", "capt", "captain", "sgt", "sergeant", "cpl", "corporal", "pte", "private", "adm", "admiral",
      "cmdr", "cdr", "commander", "brig", "brigadier", "insp", "inspector", "supt", "superintendent", "det",
      "detective", "cst", "constable", "dr", "prof", "professor", "mr", "mrs", "ms");
  /** Most capitalised words of the name after its rank ('Eric Schnaible', 'John Paul Jones'). */
  private static final int MAX_RANKED_NAME_WORDS = 3;

  /**
   * 'Lt Col Eric Hale of the transport office told': a name the entity step did not know, opened by a rank
   * or title, ending at token {@code last}: the rank and name as text (the person, not the office).
   * Null unless a rank opens capitalised words there.
   */
  private static SpeakerRef rankedName(FieldView f, int last, int regionStart) {
    List<Token> toks = f.tokens;
    int k = last;
    while (k >= 0 && last - k < MAX_RANKED_NAME_WORDS && toks.get(k).start() >= regionStart && toks.get(k).capitalized()
        && !RANKS.contains(toks.get(k).form().toLowerCase(java.util.Locale.ROOT)) && f.mentionAt(toks.get(k)) == null
        && !EN_NOT_NAMES.contains(toks.get(k).form()) && (k == last || glued(f, k, k + 1))) {
      k--;
    }
    int name = k + 1;
    if (name > last) {
      return null;
    }
    if (k < 0 || toks.get(k).start() < regionStart || !glued(f, k, name)
        || !RANKS.contains(toks.get(k).form().toLowerCase(java.util.Locale.ROOT)) || !toks.get(k).capitalized()) {
      // no rank: a given name and a surname opening the noun phrase ('Jo Doe of Acme said'), no role word
      boolean opens = k < 0 || toks.get(k).start() < regionStart || !glued(f, k, name) || !toks.get(k).capitalized();
      for (int w = name; opens && w <= last; w++) {
        opens = f.lexicon.matchAny(toks, w, CueKind.ROLE, CueKind.HONORIFIC) == null
            && Character.isLowerCase(toks.get(w).raw().charAt(toks.get(w).raw().length() - 1));
      }
      return opens && last > name ? new SpeakerRef(null, null, f.text.substring(toks.get(name).start(), toks.get(last).end()))
          : null;
    }
    while (k - 1 >= 0 && toks.get(k - 1).start() >= regionStart && glued(f, k - 1, k) && toks.get(k - 1).capitalized()
        && RANKS.contains(toks.get(k - 1).form().toLowerCase(java.util.Locale.ROOT))) {
      k--; // 'Lt Col': a rank of two words
    }
    return new SpeakerRef(null, null, f.text.substring(toks.get(k).start(), toks.get(last).end()));
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
    if (!toks.get(j).capitalized() || EN_NOT_NAMES.contains(toks.get(j).form()) || timeWord(toks.get(j))
        || m != null && m.entity().getType() == io.newswire.schema.EntityType.PLACE) {
      return null; // 'On Friday, the government said', 'In Jakarta, the minister said': an adjunct, no apposition
    }
    int k = j;
    while (k - 1 >= 0 && toks.get(k - 1).start() >= regionStart && glued(f, k - 1, k) && toks.get(k - 1).capitalized()
        && !EN_NOT_NAMES.contains(toks.get(k - 1).form())) {
      k--;
    }
    if (adjunctBefore(f, k, regionStart)) {
      return null;
    }
    return new SpeakerRef(null, null, f.text.substring(toks.get(k).start(), toks.get(j).end()));
  }

  /**
   * A preposition or opening adjunct word right before token k ('In Gaza, the minister said', 'After
   * Smith, the chairman said'): the name at k closes an adjunct, not a subject apposed to a description.
   */
  private static boolean adjunctBefore(FieldView f, int k, int regionStart) {
    if (k <= 0 || f.tokens.get(k - 1).start() < regionStart || !glued(f, k - 1, k)) {
      return false;
    }
    Token before = f.tokens.get(k - 1);
    return EN_LEADING_ADJUNCTS.contains(before.form()) || f.lexicon.match(f.tokens, k - 1, CueKind.STOP) != null
        && !before.capitalized();
  }

  /**
   * 'he' / 'she' at token j as a cue's subject: the person whose name opens the same sentence, when no other
   * person is named between ('Gregory Smith has filed papers which he says prove …'); otherwise the speaker
   * or person the tracker holds.
   */
  private static SpeakerRef pronounSubject(FieldView f, int j, SpeakerTracker tracker) {
    Token p = f.tokens.get(j);
    if (HE_SHE.contains(p.form())) {
      int from = f.sentenceStart(p.start());
      int opening = f.tokens.get(f.tokenAtOrAfter(from)).start(); // the sentence's first word (at most p)
      MentionRef subject = null;
      List<MentionRef> named = new java.util.ArrayList<>();
      for (MentionRef m : f.mentionsIn(from, p.start())) {
        if (f.spanAt(m.start()) == null) {
          named.add(m); // a person named only inside quotation marks is talked about, never whom 'he' means
        }
      }
      for (MentionRef m : named) {
        if (!m.person()) {
          continue;
        }
        if (subject != null || m.start() != opening) {
          subject = null;
          break; // another person, or a name that does not open the sentence: leave it to the tracker
        }
        subject = m;
      }
      if (subject != null && f.tokenAtOrAfter(subject.end()) < j) {
        return SpeakerRef.of(subject, subject.text()).pronoun(p.raw());
      }
      MentionRef before = named.isEmpty() ? previousSubject(f, from) : null;
      if (before != null) {
        return SpeakerRef.of(before, before.text()).pronoun(p.raw());
      }
    }
    return SubjectFinder.named(tracker, p.raw());
  }

  /**
   * The person whose name opens the sentence before the one starting at {@code from}, in the same field,
   * when that sentence quotes no one ('Mr Blair held talks with … Mahmoud Abbas. He confirmed that …'): a
   * 'he' or 'she' opening the next sentence with no name before it goes on with that sentence's subject,
   * not with the person named last. Null otherwise (the tracker decides).
   */
  private static MentionRef previousSubject(FieldView f, int from) {
    int back = from - 1;
    while (back > 0 && Character.isWhitespace(f.text.charAt(back))) {
      back--;
    }
    if (back <= 0) {
      return null;
    }
    int start = f.sentenceStart(back);
    for (QuoteSpan q : f.spans) {
      if (q.outerEnd() > start && q.outerStart() < from) {
        return null; // someone is quoted there: the tracker holds the speaker
      }
    }
    MentionRef m = null;
    // the subject's name, after capitalised titles only ('Prime Minister Tony Blair', 'Mr Blair')
    for (int k = f.tokenAtOrAfter(start); m == null && k < f.tokens.size() && f.tokens.get(k).start() < from; k++) {
      MentionRef at = f.mentionAt(f.tokens.get(k));
      if (at != null && at.person() && at.start() == f.tokens.get(k).start()) {
        m = at;
      } else if (at != null || !f.tokens.get(k).capitalized() && f.lexicon.match(f.tokens, k, CueKind.HONORIFIC) == null) {
        return null;
      }
    }
    if (m == null) {
      return null;
    }
    for (int t = f.tokenAtOrAfter(m.end()); t < f.tokens.size() && f.tokens.get(t).start() < from; t++) {
      if (f.lexicon.matchAny(f.tokens, t, CueKind.VERB, CueKind.CONT) != null) {
        return null; // the sentence reports speech: its cue's speaker is the tracker's business
      }
    }
    return m;
  }

  /** The noun phrase starting at token i: '…," said Nick Merrill, a spokesman' or 'according to the source'. */
  private static SpeakerRef englishAfter(FieldView f, int i, SpeakerTracker tracker) {
    List<Token> toks = f.tokens;
    if (i >= toks.size() || !glued(f, i - 1, i)) {
      return null;
    }
    while (i + 1 < toks.size() && f.lexicon.match(toks, i, CueKind.STOP) != null && glued(f, i, i + 1)) {
      if (EN_PREPOSITIONS.contains(toks.get(i).form()) && EN_DETERMINERS.contains(toks.get(i + 1).form())) {
        return null; // '…, delegates said after a meeting': the preposition's object, not an inverted subject
      }
      i++; // '…," said Tuesday Sen. Chuck Schumer'
    }
    Token first = toks.get(i);
    MentionRef m = f.mentionAt(first);
    if (m != null && m.personOrOrg()) {
      SpeakerRef staff = m.person() ? null : roleNameAfter(f, f.tokenAtOrAfter(m.end()), i);
      MentionRef related = staff == null ? relatedAfterPossessive(f, m, toks.size()) : null;
      if (related != null) {
        staff = SpeakerRef.of(related, related.text()); // round 41: 'said Kidman's publicist Wendy Day': hers, not Kidman's
      }
      if (staff == null) {
        // a possessive's head is what follows it: 'said Acme's Joan Petit', and 'said Blue Lanterns's Jo
        // Doe' when the entity step took the band for a person
        staff = possessedPerson(f, m);
      }
      return staff != null ? staff : SpeakerRef.of(m, m.text());
    }
    if (f.lexicon.match(toks, i, CueKind.PRONOUN) != null) {
      return SubjectFinder.named(tracker, first.raw());
    }
    SpeakerRef titled = titledName(f, i);
    if (titled != null) {
      return titled;
    }
    SpeakerRef described = describedName(f, i);
    if (described != null) {
      return described;
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
        String text = f.text.substring(first.start(), toks.get(k).end());
        // '…," said the Spurs sporting director': the person the story apposed to that role
        // ('Tottenham sporting director Frank Arnesen'), however the description qualifies it
        RolePhrase role = first.form().equals("the") ? RolePhrase.at(f, k) : null;
        SpeakerRef bound = role != null ? tracker.role(role.key()) : null;
        return bound != null ? bound.namedAs(text) : new SpeakerRef(null, null, text);
      }
    }
    return null;
  }

  /**
   * A title phrase and the name it introduces, from token i: 'Arts minister Estelle Morris', 'Shadow
   * Foreign Secretary Michael Ancram'. The title words are capitalised or a role head; the speaker is the
   * person mention at its end (the whole phrase as text), or, with no mention, the capitalised name after
   * a lower-case role head. Null when no role head precedes a name.
   */
  static SpeakerRef titledName(FieldView f, int i) {
    List<Token> toks = f.tokens;
    boolean role = false;
    for (int k = i; k < toks.size() && k - i < 8 && (k == i || glued(f, k - 1, k)); k++) {
      Token t = toks.get(k);
      MentionRef m = f.mentionAt(t);
      if (m != null && m.personOrOrg() && k > i && m.start() == t.start()) {
        return m.person() || role ? SpeakerRef.of(m, f.text.substring(toks.get(i).start(), Math.max(m.end(), t.end()))) : null;
      }
      if (k > i && !t.capitalized() && f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT, CueKind.STOP, CueKind.COMP) != null) {
        return null;
      }
      boolean roleWord = f.lexicon.matchAny(toks, k, CueKind.ROLE, CueKind.HONORIFIC) != null;
      if (role && (t.form().equals("and") || t.form().equals("of"))) {
        continue; // 'chairman and chief executive officer Bill Ford'
      }
      if (role && !t.capitalized() && toks.get(k - 1).form().equals("of") && k + 1 < toks.size()
          && glued(f, k, k + 1) && toks.get(k + 1).capitalized()
          && f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT, CueKind.STOP, CueKind.COMP) == null) {
        continue; // 'minister of sport Jaime Lissavetzky': the role's complement before the name
      }
      if (!roleWord && !t.capitalized() && k > i && !EN_NOT_NAMES.contains(t.form()) && !EN_NOT_IN_NP.contains(t.form())
          && personMentionWithin(f, k + 1, i + 6)) {
        continue; // 'Wheelchair user Kevin Donnellon': a descriptive noun before a named person
      }
      if (role && !roleWord && t.capitalized() && !EN_NOT_NAMES.contains(t.form()) && m == null) {
        int e = k;
        while (e + 1 < toks.size() && e - k < 3 && glued(f, e, e + 1) && toks.get(e + 1).capitalized()) {
          e++;
        }
        return new SpeakerRef(null, null, f.text.substring(toks.get(i).start(), toks.get(e).end()));
      }
      if (!(roleWord || t.capitalized()) || EN_NOT_NAMES.contains(t.form())) {
        return null;
      }
      role |= roleWord && !t.capitalized();
    }
    return null;
  }

  /** Most words between a body and the name its roles introduce ('president and chief executive' is four). */
  private static final int MAX_STAFF_ROLE_WORDS = 6;

  /**
   * '…," said ISM survey chairman Norbert Ore', 'wrote S&P credit analyst Helena Hessel': after an
   * organisation, a role head and the name it introduces: the speaker is that person, not the body.
   * {@code from} is the token after the organisation, {@code npFirst} the noun phrase's first token.
   */
  private static SpeakerRef roleNameAfter(FieldView f, int from, int npFirst) {
    List<Token> toks = f.tokens;
    boolean role = false;
    for (int k = from; k < toks.size() && k - from < MAX_STAFF_ROLE_WORDS && glued(f, k - 1, k); k++) {
      Token t = toks.get(k);
      MentionRef m = f.mentionAt(t);
      if (role && m != null && m.person() && m.start() == t.start()) {
        return SpeakerRef.of(m, m.text());
      }
      if (role && t.form().equals("and")) {
        continue; // 'said Acme president and chief executive Jo Doe': two roles of one person (titledName's too)
      }
      if (role && t.capitalized() && !EN_NOT_NAMES.contains(t.form())) {
        int e = k;
        while (e + 1 < toks.size() && e - k < 3 && glued(f, e, e + 1) && toks.get(e + 1).capitalized()) {
          e++;
        }
        return e > k ? new SpeakerRef(null, null, f.text.substring(t.start(), toks.get(e).end())) : null;
      }
      if (t.capitalized() || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT, CueKind.STOP, CueKind.COMP) != null
          || EN_NOT_IN_NP.contains(t.form())) {
        return null;
      }
      role |= f.lexicon.match(toks, k, CueKind.ROLE) != null || JOURNALIST_HEADS.contains(t.form());
    }
    return null;
  }

  /**
   * Heads of a newsroom role, which the lexicon holds as no ROLE (a reporter is a source only here): '…, said BBC
   * labour affairs correspondent Jo Doe' is the correspondent's, not the broadcaster's (round 43b).
   */
  private static final Set<String> JOURNALIST_HEADS = StringSet.of("correspondent", "editor", "reporter",
      "journalist", "columnist", "presenter");

  /**
   * '…," said Acme's Joan Petit': a possessive right before a person's name makes the person, not the
   * owner, the speaker (the owner being a body, or a band the entity step read as a person). Null unless a
   * person mention follows the possessive.
   */
  private static SpeakerRef possessedPerson(FieldView f, MentionRef org) {
    int k = f.tokenAtOrAfter(org.end());
    if (k == 0 || k >= f.tokens.size() || !glued(f, k - 1, k)) {
      return null;
    }
    String possessive = f.tokens.get(k - 1).raw();
    if (!possessive.endsWith("'s") && !possessive.endsWith("’s")) {
      return null;
    }
    MentionRef m = f.mentionAt(f.tokens.get(k));
    return m != null && m.person() && m.start() == f.tokens.get(k).start() ? SpeakerRef.of(m, m.text()) : null;
  }

  /**
   * '…," said founder Mikhail Khodorkovsky', 'said club secretary Tom Reed': up to three lower-case nouns
   * right after an inverted cue, then the person they describe (a person mention, or a run of at least two
   * capitalised words). Null when anything else follows the nouns.
   */
  private static SpeakerRef describedName(FieldView f, int i) {
    List<Token> toks = f.tokens;
    int k = i;
    while (k < toks.size() && k - i < 3 && (k == i || glued(f, k - 1, k)) && !toks.get(k).capitalized()) {
      Token t = toks.get(k);
      if (EN_NOT_IN_NP.contains(t.form()) || EN_NOT_NAMES.contains(t.form()) || EN_DETERMINERS.contains(t.form())
          || t.form().endsWith("ly") || !Character.isLetter(t.raw().charAt(0))
          || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT, CueKind.STOP, CueKind.COMP, CueKind.PRONOUN) != null) {
        return null;
      }
      k++;
    }
    if (k == i || k >= toks.size() || !glued(f, k - 1, k) || !toks.get(k).capitalized()) {
      return null;
    }
    MentionRef m = f.mentionAt(toks.get(k));
    if (m != null) {
      return m.person() && m.start() == toks.get(k).start() ? SpeakerRef.of(m, m.text()) : null;
    }
    int e = k;
    while (e + 1 < toks.size() && e - k < 3 && glued(f, e, e + 1) && toks.get(e + 1).capitalized()
        && !EN_NOT_NAMES.contains(toks.get(e + 1).form())) {
      e++;
    }
    return e > k && !EN_NOT_NAMES.contains(toks.get(k).form())
        ? new SpeakerRef(null, null, f.text.substring(toks.get(k).start(), toks.get(e).end())) : null;
  }

  /** A person mention starting at a token in [from, to), glued to the words before it. */
  private static boolean personMentionWithin(FieldView f, int from, int to) {
    for (int k = from; k < Math.min(to, f.tokens.size()) && glued(f, k - 1, k); k++) {
      MentionRef m = f.mentionAt(f.tokens.get(k));
      if (m != null && m.person() && m.start() == f.tokens.get(k).start()) {
        return true;
      }
    }
    return false;
  }

  /** True when tokens a and b (a < b) are separated by spaces only (an abbreviation's dot allowed). */
  private static boolean glued(FieldView f, int a, int b) {
    if (a < 0 || b >= f.tokens.size()) {
      return false;
    }
    String gap = f.text.substring(f.tokens.get(a).end(), f.tokens.get(b).start());
    return gap.isBlank() || gap.equals(". ") && f.tokens.get(a).raw().length() <= 4 && f.tokens.get(a).capitalized()
        || gap.equals(".") && f.tokens.get(a).raw().length() == 1 && f.tokens.get(a).capitalized()
            && f.tokens.get(b).capitalized(); // the initials of 'the U.S. Embassy', 'N.H.': one name, not 'S. Embassy'
  }
}
