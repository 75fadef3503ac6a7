package io.newswire.enrich.quotes;

import io.newswire.enrich.ArticleField;
import io.newswire.text.StepClock;
import io.newswire.enrich.ArticleFields;
import io.newswire.language.LanguageSupport;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds direct and indirect quotes and attributes them to speakers. Pure: the lexicons are loaded once
 * (shared, immutable); each call keeps its state (current speaker, bound roles) on its own stack, so one
 * instance is safe to share between threads.
 *
 * <p>Reading order matters: fields are read headline first, paragraphs last, and within a field the
 * quotes are resolved left to right so continuation cues and pronouns find the current speaker.
 */
public final class QuoteExtractor {
  /** A paragraph that ends with at most this many words after its last quotation hands its speaker on. */
  private static final int MAX_TAIL_TOKENS_FOR_CARRY = 8;

  public QuoteExtractor() {
    CueLexicon.forLanguage("ar");
    CueLexicon.forLanguage("fa");
    CueLexicon.forLanguage("en");
  }

  public List<Quote> extract(List<ArticleField> fields, String language, List<Entity> entities) {
    if (!LanguageSupport.hasRules(language)) {
      return new ArrayList<>(); // no cue lexicon for this language: no guesses with another's
    }
    long t = StepClock.start();
    CueLexicon lexicon = CueLexicon.forLanguage(language);
    Map<String, List<MentionRef>> mentions = MentionIndex.byField(fields, entities);
    List<FieldView> views = views(fields, lexicon, mentions);
    t = StepClock.lap("quotes.views", t);
    SpeakerTracker tracker = new SpeakerTracker();
    RoleBinder.bind(views, tracker);
    Set<String> terms = "ar".equals(language) ? repeatedMarkedTerms(views) : Set.of();
    t = StepClock.lap("quotes.roles-and-terms", t);

    List<Quote> quotes = new ArrayList<>();
    List<SpeakerRef> speakers = new ArrayList<>();
    List<Integer> fieldOfQuote = new ArrayList<>();
    List<int[]> whereRead = new ArrayList<>(); // view index and cue position of each quote
    boolean carried = false;
    SpeakerRef colonSpeaker = null;
    List<List<Candidate>> foundByField = new ArrayList<>(views.size());
    Set<String> bodies = new HashSet<>();
    for (Entity e : entities == null ? List.<Entity>of() : entities) {
      if (e.getType() == EntityType.ORGANIZATION) {
        bodies.add(e.getId());
      }
    }
    tracker.bodies(bodies);
    Set<String> toldOnly = "ar".equals(language) ? Recipients.arabic(views) : Set.of();
    boolean english = "en".equals(language);
    for (int v = 0; v < views.size(); v++) {
      FieldView f = views.get(v);
      boolean body = f.name().startsWith("paragraphs");
      t = StepClock.lap("quotes.speaker-passes", t);
      List<Candidate> chants = PersianChants.find(f);
      List<Candidate> found = candidates(f, tracker, body && carried, body ? colonSpeaker : null, terms, chants);
      t = StepClock.lap("quotes.candidates", t);
      foundByField.add(found);
      List<CueLexicon.Hit> silent = body ? SilentCues.find(f, found) : List.of();
      List<NarrativeSubjects.Topic> topics = !body ? List.<NarrativeSubjects.Topic>of()
          : "ar".equals(f.lang()) ? NarrativeSubjects.find(f)
          : "fa".equals(f.lang()) ? PersianOpeningSubjects.find(f) : List.<NarrativeSubjects.Topic>of();
      t = StepClock.lap("quotes.silent-cues-and-topics", t);
      int nextSilent = 0;
      int nextTopic = 0;
      Candidate last = null;
      int firstOfField = speakers.size(); // speakers.get(firstOfField + k) is found.get(k)'s
      for (Candidate c : found) {
        int at = cuePosition(f, c);
        nextTopic = topicsBefore(topics, nextTopic, Math.min(at, c.start()), tracker);
        for (; nextSilent < silent.size() && f.tokens.get(silent.get(nextSilent).first()).start() < c.start(); nextSilent++) {
          nextTopic = topicsBefore(topics, nextTopic, f.tokens.get(silent.get(nextSilent).first()).start(), tracker);
          SilentCues.introduce(f, silent.get(nextSilent), tracker);
        }
        t = StepClock.lap("quotes.speaker-passes", t);
        if (chants.contains(c)) {
          // a crowd's chant names no speaker, and the one the story follows goes on after it
          quotes.add(toQuote(f, c, null));
          speakers.add(null);
          fieldOfQuote.add(readingPosition(f));
          whereRead.add(new int[] {v, at});
          continue; // nor is it the last quote a following paragraph's unmarked words could carry on
        }
        SpeakerRef speaker = c.preset() != null ? c.preset() : SubjectFinder.resolve(f, c.attribution(), tracker);
        t = StepClock.lap("quotes.subject", t);
        if ("ar".equals(f.lang()) && c.preset() == null && c.attribution() != null && c.attribution().cue() != null) {
          speaker = agreeing(f, c.attribution().cue(), speaker, tracker);
        }
        speaker = Pronouns.publishable(speaker);
        if (english && body && c.preset() == null && c.attribution() != null && c.attribution().cue() != null) {
          SpeakerRef subject = EnglishPronounSubjects.previousSubject(views, v, c.attribution().cue().first());
          speaker = subject == null ? speaker : subject.namedAs(speaker == null ? subject.text() : speaker.text());
          SpeakerRef org = speaker == null
              ? EnglishPronounSubjects.previousBody(views, v, c.attribution().cue().first()) : null;
          speaker = org == null ? speaker : org.namedAs("It"); // no speaker before could take it: the body just named
        }
        if (english && body && c.preset() == null && c.kind() == QuoteKind.DIRECT && !c.embedded()
            && (c.attribution() == null || c.attribution().cue() == null)) {
          SpeakerRef subject = EnglishPronounSubjects.subjectBeforeQuotation(views, v, c.start());
          speaker = subject == null || speaker != null && subject.entityId().equals(speaker.entityId()) ? speaker : subject;
        }
        SpeakerRef bound = "en".equals(lexicon.language()) ? null : boundRole(speaker, lexicon, tracker);
        if (bound != null) {
          speaker = bound.namedAs(speaker.text()); // دبیر ستاد … گفت: the person the article named in that role
        }
        if (english && Epithets.unresolved(speaker)) {
          // 'X said in its annual report …', then 'the report said': the issuer that spoke, before the
          // last body merely named is tried ('In a statement X said …', then 'The statement said')
          SpeakerRef issuer = EnglishDocumentSpeakers.issuer(speaker, speakers, whereRead, views);
          if (issuer == null) {
            issuer = EnglishDocumentSpeakers.placedIssuer(speaker, views, v, at); // 'In its report, the OECD …'
          }
          speaker = issuer == null ? speaker : issuer;
        }
        if (english && Epithets.unresolved(speaker) && EnglishCorrespondents.ours(speaker.text())) {
          SpeakerRef reporter = EnglishCorrespondents.named(views, v, at);
          speaker = reporter == null ? speaker : reporter.namedAs(speaker.text()); // the correspondent named before
        }
        if ("ar".equals(language) && Epithets.unresolved(speaker) && SubjectFinder.definiteDocument(speaker.text())) {
          SpeakerRef issuer = SubjectFinder.latestDocumentIssuer(speaker.text(), views, v, at);
          speaker = issuer == null ? speaker : issuer.namedAs(speaker.text()); // لتقرير أعده «X» … وأكد التقرير: X
        }
        if (Epithets.unresolved(speaker)) {
          SpeakerRef named = Epithets.body(speaker.text(), lexicon, views, foundByField, v, at);
          speaker = named == null ? speaker : named.namedAs(speaker.text()); // وقالت الوزارة: the ministry named before
        }
        if (Epithets.unresolved(speaker)) {
          SpeakerRef before = Epithets.bodySpokenBefore(speaker.text(), lexicon, speakers, whereRead, v);
          speaker = before == null ? speaker : before; // وبحسب مركز الإمارات …، فإن …؛ قال المركز: the centre
        }
        // 'The Swedish firm said' reads as 'the firm said' (round 30): the adjective says where it is from;
        // 'the UK's biggest mortgage lender' as 'the lender' when that business spoke last (round 59)
        String kind = english && Epithets.unresolved(speaker) ? EnglishDefiniteSpeakers.withoutNationality(speaker.text()) : null;
        String business = kind == null ? null : EnglishDefiniteSpeakers.kindOnly(speaker.text());
        if (kind != null && EnglishDefiniteSpeakers.companyNoun(business) && tracker.lastBody() != null
            && (business.equals(kind) || lastSpeakerIsLastBody(tracker))) {
          speaker = tracker.lastBody().namedAs(speaker.text()); // 'Acme said …', then 'the company estimated'
        }
        if (english && Epithets.unresolved(speaker) && EnglishDefiniteSpeakers.mediumNoun(speaker.text())) {
          SpeakerRef named = EnglishDefiniteSpeakers.lastMediumNamed(views, v, at);
          speaker = named == null ? speaker : named.namedAs(speaker.text()); // a newspaper named, then 'the paper': the medium
        }
        if (kind != null && Epithets.unresolved(speaker) && EnglishDefiniteSpeakers.bodyNoun(kind)) {
          SpeakerRef named = EnglishDefiniteSpeakers.lastBodyNamed(views, v, at);
          speaker = named == null ? speaker : named.namedAs(speaker.text()); // 'X Radio …. The station confirmed'
        }
        if (english && Epithets.unresolved(speaker)) {
          SpeakerRef named = EnglishDefiniteSpeakers.kindNamed(speaker.text(), views, v, at);
          speaker = named == null ? speaker : named; // 'Newsweek magazine said …', then 'The magazine said'
        }
        if (english && Epithets.unresolved(speaker)) {
          SpeakerRef firm = EnglishDefiniteSpeakers.bracketedFirm(speaker.text(), views, v, at);
          speaker = firm == null ? speaker : firm; // '… of <AB Nordvik>, …, the company said'
        }
        if (english && Epithets.unresolved(speaker)) {
          SpeakerRef firm = EnglishDefiniteSpeakers.headlineFirm(speaker.text(), views);
          speaker = firm == null ? speaker : firm; // 'Acmex cuts jobs' …, 'the firm said'
        }
        if ("ar".equals(language) && Epithets.unresolved(speaker) && SubjectFinder.definiteDocument(speaker.text())
            && tracker.current() != null && tracker.isBody(tracker.current().entityId())) {
          // وأصدر الاتحاد بيانا قال فيه …، ثم وأكد البيان: the statement of the body speaking
          speaker = tracker.current().namedAs(speaker.text());
        }
        if (roleOfBody(speaker, bodies, lexicon)) {
          speaker = new SpeakerRef(null, null, speaker.text()); // رئيس بايرن ميونيخ: a person heading the club, not the club
        }
        if ("fa".equals(f.lang()) && Epithets.unresolved(speaker)) {
          SpeakerRef leader = PersianLeaderTitles.leader(speaker.text(), views);
          speaker = leader == null ? speaker : leader; // رهبر معظم انقلاب اظهار داشتند: Khamenei, whom the story names
        }
        if (Epithets.unresolved(speaker) && Epithets.is(speaker.text(), lexicon) && !switchedAt(f, c)) {
          // English: the player or artist the sentence before is about ('Matchwinner Keane was full of
          // praise …. "…," said the Tottenham striker'), before the one the story names most
          SpeakerRef person = english && body ? EnglishDescribedPersons.subjectJustBefore(views, v, Math.min(at, c.start()))
              : null;
          if (person == null && english && body) {
            person = EnglishEpithetPronouns.pronounSpeakerJustBefore(views, v, Math.min(at, c.start()), speakers,
                whereRead, bodies); // '… he said. "…," the Irishman said': the man the pronoun stood for
          }
          person = person != null ? person : Epithets.antecedent(views, foundByField, v, at);
          if (person == null && body) {
            person = recentNamedSpeaker(speakers, fieldOfQuote, readingPosition(f), lexicon);
          }
          speaker = person == null ? speaker : person.namedAs(speaker.text()); // 'said the East Kilbride athlete'
        }
        if (Epithets.unresolved(speaker) && !Pronouns.personalWords(speaker.text())) {
          SpeakerRef described = Descriptors.resolve(speaker.text(), lexicon, views, v, at, false);
          speaker = described == null ? speaker : described; // وتابع خطيب الجامع: the person apposed with that description
        }
        if (body && "en".equals(lexicon.language()) && Epithets.unresolved(speaker) && bareDefiniteRole(speaker.text(), lexicon)
            && !roleSpokeBefore(speakers, speaker.text()) && !indefiniteRoleBefore(views, v, at, speaker.text())) {
          // 'The lawyer added' right after a named person spoke: that person, described (an earlier speaker
          // described with the same role word, 'an aide to X said', is the one meant instead)
          SpeakerRef person = recentNamedSpeaker(speakers, fieldOfQuote, readingPosition(f), lexicon);
          speaker = person == null || person.entityId() == null || bodies.contains(person.entityId()) ? speaker
              : person.namedAs(speaker.text());
        }
        if (body && english && Epithets.unresolved(speaker)
            && EnglishDefiniteSpeakers.qualifiedOffice(speaker.text(), lexicon.language())) {
          SpeakerRef person = Epithets.antecedent(views, foundByField, v, at);
          speaker = person == null ? speaker : person.namedAs(speaker.text()); // 'the Tory leader argued'
        }
        if (body && english && Epithets.unresolved(speaker)) {
          SpeakerRef person = EnglishDescribedPersons.resolve(speaker.text(), views, foundByField, v, at);
          speaker = person == null ? speaker : person; // 'said the national team coach': the coach named before
        }
        if (english && Epithets.unresolved(speaker)) {
          SpeakerRef country = EnglishGovernments.country(speaker, speakers, views);
          speaker = country == null ? speaker : country; // 'The Indonesian government said': Indonesia
        }
        if (!"en".equals(lexicon.language()) && roleOnlyLink(speaker, views, lexicon)) {
          // the entity step linked a bare role (وزیر خارجه انگلستان، رئيس الوزراء) to whoever holds that office
          // in its knowledge base: the person the story names in that role, else nobody named
          SpeakerRef described = Descriptors.resolve(speaker.text(), lexicon, views, v, at, false);
          speaker = described != null && !speaker.entityId().equals(described.entityId()) ? described
              : new SpeakerRef(null, null, speaker.text());
        }
        if (body && "fa".equals(f.lang()) && Epithets.unresolved(speaker) && speaker.text() != null
            && !switchedAt(f, c) && roleWords(speaker.text(), lexicon)
            && !persianUnnamedSource(Tokenizer.tokenize(speaker.text(), lexicon.language()))) {
          // Persian copy names its speaker once and then goes on with a description of the same person
          // (بهمن سالاری … گفت، then جانشین ناحیه مقاومت … تصریح کرد): the person who spoke just before; 'یک
          // منبع …' is someone new and unnamed (round 43), not that person
          SpeakerRef person = recentNamedSpeaker(speakers, fieldOfQuote, readingPosition(f), lexicon);
          speaker = person == null || person.entityId() == null && person.name() == null ? speaker : person.namedAs(speaker.text());
        }
        if ("fa".equals(f.lang()) && speaker != null && reportDemonstrative(speaker.text())) {
          // 'این گزارش حاکی است': the report is the one the story cites (به گزارش X به نقل از Y،), never a
          // person who spoke before; with no such source the words stay, naming no one
          SpeakerRef source = reportedSource(views, v, at);
          speaker = source != null ? source.namedAs(speaker.text())
              : speaker.entityId() != null && !bodies.contains(speaker.entityId())
                  ? new SpeakerRef(null, null, speaker.text()) : speaker;
        }
        if (english && speaker != null && speaker.entityId() != null && UnnamedSources.pluralDescription(speaker.text())
            && (speaker.name() == null || !speaker.text().contains(speaker.name()))) {
          // 'the firms said', 'the West German banking sources said': a plural head is several sources (or a
          // document), never the one person or body a binding above reached for
          speaker = new SpeakerRef(null, null, speaker.text());
        }
        if (english && Epithets.unresolved(speaker)) {
          SpeakerRef named = EnglishUnlinkedNames.named(speaker.text(), views, v, at,
              c.attribution() != null && c.attribution().cue() != null, c.start(), c.end(), lexicon);
          speaker = named == null ? speaker : named; // 'coach Gareth Pennock said': a name the entity step missed
        }
        if (speaker != null && speaker.entityId() != null && toldOnly.contains(speaker.entityId())) {
          // مصادر تحدثت لـ«X», وأبلغ المصدر وكالة X: a medium the article only ever names as told is not who spoke
          speaker = new SpeakerRef(null, null, speaker.text());
        }
        boolean cited = "fa".equals(language) && c.attribution() != null && c.attribution().cue() != null
            && PersianNestedClauses.honorific(f, c.attribution().cue());
        if (body && !cited && !unnamedSource(f, c, speaker) && !publicRelationsReport(f, c) && !unnamedOwnSubject(f, c, speaker)
            && !(english && c.attribution() != null && EnglishFindings.cue(f, c.attribution().cue()))
            && !((english || "fa".equals(language)) && last != null && nestedClause(last, c))
            && !(english && c.kind() == QuoteKind.INDIRECT && c.attribution() != null && c.attribution().cue() != null
                && EnglishSubjectFinder.quotingVerb(f, c.attribution().cue()) >= 0)) {
          // a clause nested in another ('Baka said he stressed …') is relayed by the outer speaker, who
          // stays the one a later 'he said' means; so is 'X quoted Y as saying' a clause: a later 'it said' is X's (quoted words go on with Y)
          tracker.spoke(speaker);
        }
        if ("fa".equals(language)) {
          SpeakerRef outer = enclosingSpeaker(found, speakers, firstOfField, c);
          speaker = outer == null ? speaker : PersianNestedClauses.ownSpeaker(f, c, speaker, outer);
          if (cited) {
            // مقام معظم رهبری فرمودند: whom the speaker cites, who is not the one a later وی means either
            speaker = PersianNestedClauses.citedSpeaker(f, c.attribution().cue(), speaker);
          }
        }
        quotes.add(toQuote(f, c, speaker));
        speakers.add(speaker);
        fieldOfQuote.add(readingPosition(f));
        whereRead.add(new int[] {v, at});
        last = c;
      }
      for (; nextSilent < silent.size(); nextSilent++) {
        nextTopic = topicsBefore(topics, nextTopic, f.tokens.get(silent.get(nextSilent).first()).start(), tracker);
        SilentCues.introduce(f, silent.get(nextSilent), tracker);
      }
      topicsBefore(topics, nextTopic, Integer.MAX_VALUE, tracker);
      if (!"en".equals(f.lang())) {
        Honorifics.remember(f, tracker);
      } else {
        for (MentionRef m : f.mentions) {
          boolean possessor = f.text.startsWith("'s", m.end()) || f.text.startsWith("\u2019s", m.end());
          if (m.person() && f.spanAt(m.start()) == null && !possessor) { // 'Sir Alex Ferguson's side' names no subject
            tracker.namedOutsideQuotes(SpeakerRef.of(m, m.text()));
          }
        }
      }
      if (body) {
        carried = last != null && last.kind() == QuoteKind.DIRECT
            && f.tokens.size() - f.tokenAtOrAfter(last.end()) <= MAX_TAIL_TOKENS_FOR_CARRY;
        colonSpeaker = colonCue(f, tracker);
      }
    }
    t = StepClock.lap("quotes.speaker-passes", t);
    if (!"en".equals(lexicon.language())) {
      resolveRolesLater(quotes, speakers, fieldOfQuote, whereRead, views, bodies, lexicon, tracker);
    }
    describedLater(quotes, speakers, fieldOfQuote, whereRead, lexicon, views);
    if ("en".equals(lexicon.language())) {
      headlineSourceNamedLater(quotes, speakers, fieldOfQuote, lexicon, bodies);
      indefiniteSourceNamedNext(quotes, speakers, fieldOfQuote, whereRead, views, bodies, lexicon);
    }
    StepClock.lap("quotes.later-passes", t);
    return quotes;
  }

  /**
   * Hands the tracker the topics ({@link NarrativeSubjects}) of the sentences that start before
   * {@code position}, from topic {@code next} on; the index of the first topic not handed.
   */
  private static int topicsBefore(List<NarrativeSubjects.Topic> topics, int next, int position, SpeakerTracker tracker) {
    for (; next < topics.size() && topics.get(next).position() < position; next++) {
      tracker.topic(topics.get(next).subject());
    }
    return next;
  }

  /**
   * A speaker whose entity the article only ever names by a role: its mentions (the speaker's words among
   * them) all open with a role head, none is a name (وزیر خارجه انگلستان linked to an office holder).
   */
  private static boolean roleOnlyLink(SpeakerRef s, List<FieldView> views, CueLexicon lexicon) {
    if (s == null || s.entityId() == null || s.text() == null) {
      return false;
    }
    // string compares first; each distinct text is tokenized at most once, and only when the speaker's
    // words are among the entity's mentions
    boolean spokenAs = false;
    Set<String> otherTexts = new HashSet<>();
    for (FieldView f : views) {
      for (MentionRef m : f.mentions) {
        if (m.entity().getId().equals(s.entityId())) {
          if (m.text().equals(s.text())) {
            spokenAs = true;
          } else {
            otherTexts.add(m.text());
          }
        }
      }
    }
    if (!spokenAs || !roleWords(s.text(), lexicon)) {
      return false;
    }
    for (String text : otherTexts) {
      if (!roleWords(text, lexicon)) {
        return false; // named somewhere: the link stands
      }
    }
    return true;
  }

  /** The role word of a bare definite role ('the aide' → 'aide'), lower-cased: its last word. */
  private static String roleWord(String text) {
    return text.substring(text.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
  }

  /** An earlier speaker left unnamed holds the role word of {@code text} ('the aide' after 'an aide said'). */
  private static boolean roleSpokeBefore(List<SpeakerRef> speakers, String text) {
    String role = roleWord(text);
    for (SpeakerRef s : speakers) {
      if (s != null && s.entityId() == null && s.name() == null && s.text() != null
          && containsWords(s.text().toLowerCase(java.util.Locale.ROOT), role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The story brought someone in by that role word with an indefinite article before this point ('…, an aide
   * to X said', 'a spokesman said'): 'the aide' is that unnamed person, not the one who spoke last.
   */
  private static boolean indefiniteRoleBefore(List<FieldView> views, int v, int at, String text) {
    String role = roleWord(text);
    for (int k = 0; k <= v && k < views.size(); k++) {
      String t = views.get(k).text;
      String before = views.get(k).lowerText(); // lower-cased once per field, not per quote checked
      if (k == v) {
        int cut = Math.min(at, t.length());
        // a letter whose lower case is longer (İ) shifts the indices: lower-case the part before then
        before = before.length() == t.length() ? before.substring(0, cut)
            : t.substring(0, cut).toLowerCase(java.util.Locale.ROOT);
      }
      if (containsWords(before, "a " + role) || containsWords(before, "an " + role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code words} in {@code text} as whole words: no letter or digit just before or after ('official' is
   * not in 'officials', 'a lawyer' not in 'a lawyerly'; a quotation mark or a line break is a boundary).
   */
  static boolean containsWords(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** 'the lawyer', 'The spokeswoman': the definite article and one role word, nothing else. */
  private static boolean bareDefiniteRole(String text, CueLexicon lexicon) {
    if (text == null) {
      return false;
    }
    List<Token> words = Tokenizer.tokenize(text, lexicon.language());
    return words.size() == 2 && words.get(0).form().equalsIgnoreCase("the")
        && lexicon.match(words, 1, CueKind.ROLE) != null;
  }

  /** Words that open with a role head and go on to more words: a description, not a name. */
  private static boolean roleWords(String text, CueLexicon lexicon) {
    List<Token> words = roleOpening(text, lexicon);
    return words != null && words.size() > 1;
  }

  /**
   * Arabic verbs agree with their subject in gender: a person named after a verb is noted with the gender
   * the verb marks, and a feminine cue with no subject of its own (the tracker's speaker going on) does not
   * go on from a speaker a masculine verb named; its words are then left with no one named.
   */
  private static SpeakerRef agreeing(FieldView f, CueLexicon.Hit cue, SpeakerRef speaker, SpeakerTracker tracker) {
    if (speaker != null && (speaker == tracker.current() || speaker == tracker.implicitSpeaker())
        && ArabicVerbGender.dual(cue, f.tokens.get(cue.first()).form())) {
      return null; // وأكدتا with no subject of its own: two speak together, not the one who spoke last
    }
    if (speaker == null || tracker.isBody(speaker.entityId())) {
      return speaker; // a body's verb may agree with the head noun naming it (ويرى مقال «X», then وقالت), not with X
    }
    int g = ArabicVerbGender.of(f.lexicon, cue, f.tokens.get(cue.first()).form());
    boolean goingOn = speaker == tracker.current() || speaker == tracker.implicitSpeaker();
    if (!goingOn) {
      tracker.gender(speaker, g);
      return speaker;
    }
    return g == ArabicVerbGender.FEMININE && tracker.gender(speaker) == ArabicVerbGender.MASCULINE ? null : speaker;
  }

  /**
   * The last speaker is the last body that spoke: a business described with qualifiers ('the UK's biggest
   * mortgage lender') goes on from it only then, as a body named in between may be the one described (round 59).
   */
  private static boolean lastSpeakerIsLastBody(SpeakerTracker tracker) {
    SpeakerRef current = tracker.current();
    return current != null && current.entityId() != null && current.entityId().equals(tracker.lastBody().entityId());
  }

  /** An Arabic or Persian speaker resolved to an organisation whose words open with a role head: رئيس النادي X. */
  private static boolean roleOfBody(SpeakerRef s, Set<String> bodies, CueLexicon lexicon) {
    if (s == null || s.entityId() == null || !bodies.contains(s.entityId()) || "en".equals(lexicon.language())
        || s.text() == null) {
      return false;
    }
    return roleWords(s.text(), lexicon);
  }

  /**
   * With no person mentioned near an epithet, the speaker of the quote just before (in this field or the
   * one before) when that speaker has a name: 'کریمی … هشدار داد', then 'رئیس موقت فدراسیون … گفت'.
   */
  private static SpeakerRef recentNamedSpeaker(List<SpeakerRef> speakers, List<Integer> fieldOfQuote, int field,
      CueLexicon lexicon) {
    if (speakers.isEmpty() || fieldOfQuote.get(fieldOfQuote.size() - 1) < field - 1) {
      return null;
    }
    SpeakerRef last = speakers.get(speakers.size() - 1);
    if (last == null || Pronouns.impersonal(last)) {
      return null;
    }
    if (last.entityId() != null || last.name() != null) {
      return last;
    }
    return isName(last.text(), lexicon) ? new SpeakerRef(null, last.text(), last.text()) : null;
  }

  /**
   * An Arabic or Persian speaker given only as a role phrase (وصرح رئيس الجمهورية, دبیر ستاد … گفت) whose
   * role the article bound to a person, by apposition or in its lead ({@link RoleBinder}): that person,
   * before any guess from who was named just before. Null otherwise.
   */
  private static SpeakerRef boundRole(SpeakerRef speaker, CueLexicon lexicon, SpeakerTracker tracker) {
    if (!Epithets.unresolved(speaker)) {
      return null;
    }
    List<Token> words = roleOpening(speaker.text(), lexicon);
    return words == null ? null : boundTo(words, tracker);
  }

  /** The words of a speaker text that opens with a role word (دبیر ستاد …, رئيس الجمهورية), or null. */
  private static List<Token> roleOpening(String text, CueLexicon lexicon) {
    List<Token> words = Tokenizer.tokenize(text, lexicon.language());
    return words.isEmpty() || lexicon.match(words, 0, CueKind.ROLE) == null ? null : words;
  }

  /** The person the article bound ({@link RoleBinder}) to the role phrase made of all of {@code words}, or null. */
  private static SpeakerRef boundTo(List<Token> words, SpeakerTracker tracker) {
    return tracker.role(RolePhrase.key(words, 0, words.size()));
  }

  /** Quote i's speaker becomes {@code speaker}, in the list and in the quote. */
  private static void setSpeaker(List<Quote> quotes, List<SpeakerRef> speakers, int i, SpeakerRef speaker) {
    speakers.set(i, speaker);
    quotes.set(i, Quote.newBuilder(quotes.get(i)).setSpeaker(speaker.toAvro()).build());
  }

  /**
   * A switch marker (من جانبه، وفي المقابل) opens the cue's sentence: the role or epithet there is someone
   * new (من جانبه، قال رئيس البعثة), not the person named just before.
   */
  private static boolean switchedAt(FieldView f, Candidate c) {
    if (c.attribution() == null || c.attribution().cue() == null || "en".equals(f.lang())) {
      return false;
    }
    int cue = c.attribution().cue().first();
    // a switch marker anywhere before the cue in its sentence, also right before the verb (… نیز گفت)
    return SubjectFinder.switchBefore(f, cue, f.tokenAtOrAfter(f.sentenceStart(f.tokens.get(cue).start())));
  }

  /** Where a candidate's speaker is named: at its cue, else where its words start. */
  private static int cuePosition(FieldView f, Candidate c) {
    return c.attribution() != null && c.attribution().cue() != null
        ? f.tokens.get(c.attribution().cue().first()).start() : c.start();
  }

  /** 0 for the headline and summary lines, 1 + k for paragraphs[k]: how far into the story a field is. */
  private static int readingPosition(FieldView f) {
    String name = f.name();
    if (!name.startsWith("paragraphs[")) {
      return 0;
    }
    return 1 + Integer.parseInt(name.substring("paragraphs[".length(), name.length() - 1));
  }

  /**
   * A lead's speaker still described only ('رئیس اداره آب شهرستان گفت:', 'the trust's head of research
   * said'): the person the next paragraphs name with that description.
   */
  private static void describedLater(List<Quote> quotes, List<SpeakerRef> speakers, List<Integer> fieldOfQuote,
      List<int[]> whereRead, CueLexicon lexicon, List<FieldView> views) {
    for (int i = 0; i < quotes.size(); i++) {
      SpeakerRef s = speakers.get(i);
      int[] at = whereRead.get(i);
      if (fieldOfQuote.get(i) > 1 || !Epithets.unresolved(s)
          || Pronouns.personalWords(s.text())) {
        continue;
      }
      SpeakerRef person = Descriptors.resolve(s.text(), lexicon, views, at[0], at[1], true);
      if (person != null) {
        setSpeaker(quotes, speakers, i, person);
      }
    }
  }

  /**
   * 'A Harlow Industries official later said …' then '…," Harlow's Dana Whitlock told reporters': an
   * English source brought in unnamed is the person who speaks next, in the same or the next paragraph,
   * when that person's sentence repeats the description's organisation or role word, or introduces the person
   * with a description set off by commas ('Wang …, vice-chairman of …, told', round 37) ({@link IndefiniteSource}).
   * The unnamed source's other pieces before that quote go with it.
   */
  private static void indefiniteSourceNamedNext(List<Quote> quotes, List<SpeakerRef> speakers, List<Integer> fieldOfQuote,
      List<int[]> whereRead, List<FieldView> views, Set<String> bodies, CueLexicon lexicon) {
    for (int i = 0; i < quotes.size(); i++) {
      SpeakerRef s = speakers.get(i);
      if (!Epithets.unresolved(s)) {
        continue;
      }
      boolean indefinite = IndefiniteSource.is(s.text(), lexicon);
      if (!indefinite && (!IndefiniteSource.describesSomeone(s.text()) || Pronouns.impersonal(s))) {
        continue;
      }
      int j = i + 1;
      while (j < quotes.size() && speakers.get(j) != null && s.text().equals(speakers.get(j).text())) {
        j++; // the same unnamed source's other pieces
      }
      if (j >= quotes.size() || fieldOfQuote.get(j) - fieldOfQuote.get(i) > 1) {
        continue;
      }
      if (fieldOfQuote.get(j).equals(fieldOfQuote.get(i)) && quotes.get(j).getStart() < quotes.get(i).getEnd()) {
        continue; // '… X reported that …, an aide said.': the clause inside the source's words is X's, not the source's name
      }
      SpeakerRef next = speakers.get(j);
      if (next == null || next.entityId() == null || bodies.contains(next.entityId()) || next.text() == null
          || containsWords(s.text(), next.text())) {
        continue; // 'A Brandt spokeswoman' is not Brandt (however the entity step typed it)
      }
      int[] at = whereRead.get(j);
      if (indefinite && IndefiniteSource.namedIn(s.text(), views.get(at[0]), at[1])
          || IndefiniteSource.introducedApposed(next.text(), views.get(at[0]), at[1])) {
        for (int k = i; k < j; k++) {
          setSpeaker(quotes, speakers, k, next.namedAs(s.text()));
        }
        i = j - 1;
      }
    }
  }

  /** Nouns naming a publication or a document by its kind: 'NEWSPAPER SAYS', 'REPORT SAYS'. */
  private static final Set<String> EN_MEDIA_KINDS = StringSet.of("newspaper", "paper", "daily", "magazine", "agency",
      "report", "study", "survey", "television", "radio", "broadcaster");

  /**
   * Titles a headline gives its source by, besides the lexicon's roles, that are no role word in a body's subject
   * ('School sport "is back", says PM', 'WORLD BANK HEAD SAYS …', 'SOVIET NEGOTIATOR REPORTS …'; round 55).
   */
  private static final Set<String> EN_HEADLINE_TITLES = StringSet.of("pm", "premier", "head", "negotiator");

  /**
   * An English headline 'Y, OFFICIAL SAYS' / 'NEWSPAPER SAYS Y' describes the source the story names in its
   * first paragraphs: an unresolved headline speaker whose last word is a role ('OFFICIAL', 'COMMERCE
   * SECRETARY') takes the first person named as a speaker in the first two paragraphs, one whose last
   * word is a publication's kind ('NEWSPAPER') the first organisation. Otherwise it stays unnamed.
   */
  private static void headlineSourceNamedLater(List<Quote> quotes, List<SpeakerRef> speakers, List<Integer> fieldOfQuote,
      CueLexicon lexicon, Set<String> bodies) {
    for (int i = 0; i < quotes.size() && fieldOfQuote.get(i) == 0; i++) {
      SpeakerRef s = speakers.get(i);
      if (!Epithets.unresolved(s)) {
        continue;
      }
      List<Token> words = Tokenizer.tokenize(s.text(), "en");
      if (words.isEmpty() || words.size() > 4) {
        continue;
      }
      int last = words.size() - 1;
      boolean role = lexicon.match(words, last, CueKind.ROLE) != null
          || EN_HEADLINE_TITLES.contains(words.get(last).form().toLowerCase(java.util.Locale.ROOT));
      boolean media = EN_MEDIA_KINDS.contains(words.get(last).form().toLowerCase(java.util.Locale.ROOT));
      if (!role && !media) {
        continue;
      }
      SpeakerRef source = null;
      for (int j = i + 1; source == null && j < quotes.size() && fieldOfQuote.get(j) <= 2; j++) {
        SpeakerRef next = speakers.get(j);
        if (fieldOfQuote.get(j) == 0 || next == null || next.entityId() == null && next.name() == null) {
          continue;
        }
        boolean body = next.entityId() != null && bodies.contains(next.entityId());
        if (role ? !body : body) {
          source = next;
        }
      }
      if (source != null) {
        SpeakerRef resolved = source.namedAs(s.text());
        setSpeaker(quotes, speakers, i, resolved);
      }
    }
  }

  /** First words (folded, without و) of the verbs that go on with the speaker before: افزود, ادامه داد, وأضاف, وتابع. */
  private static final Set<String> CONTINUING_VERBS = StringSet.of("افزود", "ادامه", "اضافه", "اضاف", "تابع");

  /**
   * A role speaker ('مدیرکل … نیز گفت:', 'وقال مدير المركز') whose next quote, in the same or the next
   * paragraph, is a named person going on ('فریدون اللهیاری افزود:', 'وأضاف محمد …'): the verb of going on
   * says the named person is the one just described. Null otherwise.
   */
  private static SpeakerRef namedByContinuation(List<Quote> quotes, List<SpeakerRef> speakers, List<Integer> fieldOfQuote,
      List<int[]> whereRead, List<FieldView> views, Set<String> bodies, int i, CueLexicon lexicon) {
    int j = i + 1;
    while (j < quotes.size() && quotes.get(j).getStart() == quotes.get(i).getStart()
        && quotes.get(j).getField().equals(quotes.get(i).getField())) {
      j++; // a fragment of the same clause
    }
    if (j >= quotes.size() || fieldOfQuote.get(j) - fieldOfQuote.get(i) > 1 || quotes.get(j).getCue() == null) {
      return null;
    }
    SpeakerRef next = speakers.get(j);
    if (next == null || next.entityId() == null && next.name() == null || next.text() == null
        || Pronouns.personalWords(next.text())) {
      return null; // a pronoun goes on with whoever spoke, named or not
    }
    List<Token> cue = Tokenizer.tokenize(quotes.get(j).getCue().toString(), lexicon.language());
    if (cue.isEmpty()) {
      return null;
    }
    String first = IndirectSpeechFinder.stripClitic(MatchForm.fold(cue.get(0).form(), lexicon.language()));
    if (CONTINUING_VERBS.contains(first)) {
      return next;
    }
    // Persian copy brings a new speaker in by role ('امام جمعه … نیز در این جلسه گفت:') and names him in the
    // next paragraph's sentence, opened by his bare name with any verb ('حجت‌الاسلام X تصریح کرد:'): a
    // person (not a body: an agency that goes on reporting) named there for the first time, with no role or
    // 'also' of his own before the verb
    return "fa".equals(lexicon.language()) && fieldOfQuote.get(j) - fieldOfQuote.get(i) == 1
        && next.entityId() != null && !bodies.contains(next.entityId()) && firstNamedAt(speakers, j, next.entityId())
        && bareNameSentence(views.get(whereRead.get(j)[0]), whereRead.get(j)[1], lexicon) ? next : null;
  }

  /** Most words of a speaker text {@link #guessedRoleNamedNext} takes for a role phrase. */
  private static final int GUESSED_ROLE_MAX_WORDS = 8;

  /**
   * A Persian role speaker the reading gave the person named just before ('دبیر هیئت فوتبال استان گفت:'
   * after another official's words) although no binding says so, and whose words the next paragraph goes on
   * with under a person named there for the first time ('احمد X … افزود:'): that new person, as
   * {@link #namedByContinuation} finds him for a role left unresolved.
   */
  private static void guessedRoleNamedNext(List<Quote> quotes, List<SpeakerRef> speakers, List<Integer> fieldOfQuote,
      List<int[]> whereRead, List<FieldView> views, Set<String> bodies, CueLexicon lexicon, SpeakerTracker tracker,
      int i) {
    SpeakerRef s = speakers.get(i);
    List<Token> words = roleOpening(s.text(), lexicon);
    if (words == null || words.size() > GUESSED_ROLE_MAX_WORDS) {
      return;
    }
    for (MentionRef m : views.get(whereRead.get(i)[0]).mentions) {
      if (m.person() && s.text().contains(m.text())) {
        return; // the role came with the name: 'رئیس اداره علی احمدی گفت'
      }
    }
    if (boundTo(words, tracker) != null) {
      return;
    }
    SpeakerRef next = namedByContinuation(quotes, speakers, fieldOfQuote, whereRead, views, bodies, i, lexicon);
    if (next == null) {
      next = PersianRoleNamedByParagraph.holder(whereRead, views, bodies, i);
    }
    if (next == null || next.entityId() == null || next.entityId().equals(s.entityId()) || bodies.contains(next.entityId())
        || !firstNamedAt(speakers, i, next.entityId())) {
      return;
    }
    SpeakerRef resolved = next.namedAs(s.text());
    setSpeaker(quotes, speakers, i, resolved);
  }

  /** No speaker before quote j has {@code name} as its words or its name. */
  private static boolean spokeBefore(List<SpeakerRef> speakers, int j, String name) {
    for (int k = 0; k < j; k++) {
      SpeakerRef s = speakers.get(k);
      if (s != null && (name.equals(s.name()) || name.equals(s.text()))) {
        return true;
      }
    }
    return false;
  }

  /** No speaker before quote j is the entity. */
  private static boolean firstNamedAt(List<SpeakerRef> speakers, int j, String entityId) {
    for (int k = 0; k < j; k++) {
      SpeakerRef s = speakers.get(k);
      if (s != null && entityId.equals(s.entityId())) {
        return false;
      }
    }
    return true;
  }

  /** The sentence of the cue at {@code cueAt} holds no role head and no switch marker ('نیز') before the cue. */
  private static boolean bareNameSentence(FieldView f, int cueAt, CueLexicon lexicon) {
    int cueToken = f.tokenAtOrAfter(cueAt);
    for (int k = f.tokenAtOrAfter(f.sentenceStart(cueAt)); k < cueToken; k++) {
      if (lexicon.matchAny(f.tokens, k, CueKind.ROLE, CueKind.SWITCH) != null) {
        return false;
      }
    }
    return true;
  }

  /** Persian heads of a state body named by its country: دولت (government), حکومت, کابینه, ارتش (army). */
  private static final Set<String> PERSIAN_STATE_BODIES = StringSet.of("دولت", "حکومت", "کابینه", "ارتش");

  /**
   * A body's public relations reporting its event (به گزارش روابط عمومی X، …, round 28): the body is no
   * speaker a later وی or role goes on from; the people the report names speak next.
   */
  private static boolean publicRelationsReport(FieldView f, Candidate c) {
    return c.attribution() != null && IndirectSpeechFinder.publicRelationsCue(f, c.attribution().cue());
  }

  /** The quote's cue is a Persian public relations report's (… روابط عمومی), as publicRelationsReport makes it. */
  private static boolean publicRelationsCue(Quote q) {
    if (q.getCue() == null) {
      return false;
    }
    String cue = q.getCue().toString();
    return cue.endsWith("عمومي") || cue.endsWith("عمومی");
  }

  /** Nouns of a source a Persian lead leaves unnamed for good (یک مقام آگاه، یک منبع), folded. */
  static final Set<String> PERSIAN_SOURCE_NOUNS = StringSet.of("مقام", "مقامات", "منبع", "منابع", "مسئول", "مسوول",
      "مسؤول");

  /**
   * 'یک مقام …', 'یک منبع …': an unnamed source, whom the next paragraph does not name. Any other 'یک X' (یک
   * روزنامه آمریکایی نوشت, یک پزشک عراقی گفت) describes whom the next paragraph names, as a role does.
   */
  private static boolean persianUnnamedSource(List<Token> words) {
    return SubjectFinder.PERSIAN_ONE.contains(words.get(0).form())
        && (words.size() < 2 || PERSIAN_SOURCE_NOUNS.contains(words.get(1).form()));
  }

  /** How many fields on a lead's role may look for the person it names. */
  private static final int LEAD_ROLE_FIELDS = 3;

  /**
   * A role speaker the reading could not resolve when it met it: the person the article binds that role
   * to further on, else, when the next named speaker follows within a field or two with only unresolved
   * speakers between, that person: agencies open with the role (وزير تعاون گفت:, رئيس بايرن ميونيخ:) and
   * name the speaker in the next sentence.
   */
  private static void resolveRolesLater(List<Quote> quotes, List<SpeakerRef> speakers, List<Integer> fieldOfQuote,
      List<int[]> whereRead, List<FieldView> views, Set<String> bodies, CueLexicon lexicon, SpeakerTracker tracker) {
    for (int i = 0; i < quotes.size(); i++) {
      SpeakerRef s = speakers.get(i);
      if (s != null && s.entityId() != null && s.text() != null && "fa".equals(lexicon.language())) {
        guessedRoleNamedNext(quotes, speakers, fieldOfQuote, whereRead, views, bodies, lexicon, tracker, i);
        continue;
      }
      if (s != null && s.entityId() == null && s.name() != null && s.text() != null && "fa".equals(lexicon.language())
          && fieldOfQuote.get(i) > 1 && roleWords(s.text(), lexicon)) {
        // a role the reading handed the name that spoke just before (بخشدار … then مدیرکل … گفت:), whose next
        // paragraph opens with a name heard for the first time: as for a name the entity step knew
        // (guessedRoleNamedNext), that new name
        SpeakerRef next = persianRoleNamedNext(speakers, fieldOfQuote, whereRead, views, i, lexicon);
        if (next != null && next.entityId() == null && !next.name().equals(s.name())
            && !spokeBefore(speakers, i, next.name())) {
          setSpeaker(quotes, speakers, i, next.namedAs(s.text()));
        }
        continue;
      }
      if (s == null || s.entityId() != null || s.name() != null || s.text() == null) {
        continue;
      }
      List<Token> words = Tokenizer.tokenize(s.text(), lexicon.language());
      boolean role = !words.isEmpty() && lexicon.match(words, 0, CueKind.ROLE) != null;
      int field = fieldOfQuote.get(i);
      // Persian leads describe rather than name (مهاجم برزیلی بارسلونا گفت:, دروازه‌بان تیم ملی … گفت:)
      boolean persianLead = "fa".equals(lexicon.language()) && field <= 1 && !words.isEmpty()
          && !persianUnnamedSource(words); // یک مقام: someone left unnamed
      if (persianLead && !role && words.size() == 2 && PERSIAN_STATE_BODIES.contains(words.get(0).form())) {
        // 'دولت انگلیس … هشدار داد': a country's government, army or cabinet speaks as a body of its own,
        // named by those words; it is no person described for the next paragraphs to name
        SpeakerRef body = new SpeakerRef(null, s.text(), s.text());
        setSpeaker(quotes, speakers, i, body);
        continue;
      }
      if (!role && !persianLead || role && indefiniteArabicRole(words, lexicon)) {
        continue; // مصدر دبلوماسي, مسؤول عسكري: an unnamed source, never named further on
      }
      SpeakerRef person = role ? boundTo(words, tracker) : null;
      if (person == null && role) {
        person = namedByContinuation(quotes, speakers, fieldOfQuote, whereRead, views, bodies, i, lexicon);
      }
      // only a lead names its speaker later: the headline (anywhere in the body) or the first paragraph
      // (in the next paragraph or two)
      int lastField = field == 0 ? Integer.MAX_VALUE : field == 1 ? field + LEAD_ROLE_FIELDS : -1;
      if (person == null && role && field > 1 && "fa".equals(lexicon.language())) {
        person = persianRoleNamedNext(speakers, fieldOfQuote, whereRead, views, i, lexicon);
        if (person == null) {
          person = PersianRoleNamedByParagraph.holder(whereRead, views, bodies, i);
        }
      }
      for (int j = i + 1; person == null && j < quotes.size() && fieldOfQuote.get(j) <= lastField; j++) {
        SpeakerRef next = speakers.get(j);
        if (fieldOfQuote.get(j) == field) {
          if (next != null && (next.entityId() != null || next.name() != null)) {
            break; // a speaker named in the lead's own field is someone else
          }
          continue;
        }
        if (publicRelationsCue(quotes.get(j))) {
          continue; // به گزارش روابط عمومی X،: the body reporting, never the person a lead describes
        }
        if (next != null && next.entityId() != null) {
          person = next;
        } else if (next != null && next.name() == null && isName(next.text(), lexicon)) {
          person = new SpeakerRef(null, next.text(), next.text()); // a name the entity step did not know
        } else if (next != null && next.name() != null) {
          person = next; // a name the subject finder kept after its role (… الاميركي اشتون كارتر)
        }
      }
      if (person != null) {
        SpeakerRef resolved = person.namedAs(s.text());
        setSpeaker(quotes, speakers, i, resolved);
      }
    }
  }

  /**
   * Persian body paragraphs do as leads do: a role speaks (مدیرکل … با اشاره به … گفت:) and the next
   * paragraph opens with the bare name of the same person (جهان‌آرا، … افزود:, موسوی لاری از … خبر داد). The
   * role's speaker is that name when the next paragraph's first quote is said by a name with no role of its
   * own that opens the paragraph, and every quote between is unresolved: someone new is brought in with a
   * role (X، مدیرکل …، گفت), a bare name at the head of a paragraph goes on with the person just described.
   */
  private static SpeakerRef persianRoleNamedNext(List<SpeakerRef> speakers, List<Integer> fieldOfQuote,
      List<int[]> whereRead, List<FieldView> views, int i, CueLexicon lexicon) {
    int field = fieldOfQuote.get(i);
    for (int j = i + 1; j < speakers.size() && fieldOfQuote.get(j) <= field + 1; j++) {
      SpeakerRef next = speakers.get(j);
      if (fieldOfQuote.get(j) == field) {
        if (next != null && (next.entityId() != null || next.name() != null)) {
          return null; // someone named in the role's own paragraph
        }
        continue;
      }
      if (next == null || next.text() == null || !isName(next.text(), lexicon)
          || next.name() != null && !next.name().equals(next.text()) && next.entityId() == null) {
        return null;
      }
      FieldView f = views.get(whereRead.get(j)[0]);
      if (!f.text.stripLeading().startsWith(next.text())) {
        return null; // the name is not the paragraph's opening subject
      }
      return next.entityId() != null ? next : new SpeakerRef(null, next.text(), next.text());
    }
    return null;
  }

  private static List<FieldView> views(List<ArticleField> fields, CueLexicon lexicon,
      Map<String, List<MentionRef>> mentions) {
    List<FieldView> views = new ArrayList<>(fields.size());
    FieldView prev = null;
    for (ArticleField field : fields) {
      List<MentionRef> ms = mentions.getOrDefault(field.name(), List.of());
      FieldView v = new FieldView(field, lexicon, ms, !mentions.isEmpty(), false);
      if (prev != null && endsOpen(prev) && field.name().startsWith("paragraphs")) {
        // a quotation left open at the end of the previous paragraph may close here without reopening
        FieldView carried = new FieldView(field, lexicon, ms, !mentions.isEmpty(), true);
        if (!carried.spans.isEmpty() && carried.spans.get(0).open() < 0 && carried.spans.get(0).closed()) {
          v = carried;
        }
      }
      views.add(PersianLateNames.speakersOnly(v));
      prev = v;
    }
    return views;
  }

  private static boolean endsOpen(FieldView f) {
    return !f.spans.isEmpty() && !f.spans.get(f.spans.size() - 1).closed();
  }

  /** How often a short marked phrase must recur in an article to be a name or term rather than words said. */
  private static final int TERM_REPEATS = 3;
  /** Most words of such a marked term. */
  private static final int TERM_MAX_WORDS = 3;

  /**
   * Short phrases the article puts in marks again and again (جماعة «بوكو حرام» … معاقل «بوكو حرام» …):
   * a group's, party's or programme's name or a term the copy always marks, never words someone said,
   * however the entity step read them. The words of each closed quotation of at most {@link #TERM_MAX_WORDS}
   * words that recurs at least {@link #TERM_REPEATS} times.
   */
  private static Set<String> repeatedMarkedTerms(List<FieldView> views) {
    Map<String, Integer> count = new HashMap<>();
    for (FieldView f : views) {
      for (QuoteSpan q : f.spans) {
        if (!q.closed()) {
          continue;
        }
        int words = f.tokenAtOrAfter(q.contentEnd()) - f.tokenAtOrAfter(q.contentStart());
        if (words >= 1 && words <= TERM_MAX_WORDS) {
          count.merge(f.text.substring(q.contentStart(), q.contentEnd()).strip(), 1, Integer::sum);
        }
      }
    }
    Set<String> terms = new HashSet<>();
    count.forEach((k, n) -> {
      if (n >= TERM_REPEATS) {
        terms.add(k);
      }
    });
    return terms;
  }

  private static boolean term(FieldView f, Candidate d, Set<String> terms) {
    return !terms.isEmpty() && terms.contains(f.text.substring(d.start(), d.end()).strip());
  }

  /** Every quote of one field: speaker lines, direct and indirect, overlaps settled, in reading order. */
  private static List<Candidate> candidates(FieldView f, SpeakerTracker tracker, boolean carried, SpeakerRef colonSpeaker,
      Set<String> terms, List<Candidate> chants) {
    List<Candidate> out = new ArrayList<>(chants);
    Candidate line = SpeakerLineFinder.applies(f) ? SpeakerLineFinder.find(f, tracker) : null;
    if (line == null) {
      line = HeadlineDashSources.find(f);
    }
    if (line != null) {
      out.add(line);
    }
    long t = StepClock.start();
    List<Candidate> direct = DirectQuoteFinder.find(f, carried, colonSpeaker);
    t = StepClock.lap("quotes.candidates.direct", t);
    List<Candidate> indirect = IndirectSpeechFinder.find(f);
    StepClock.lap("quotes.candidates.indirect", t);
    boolean headline = f.name().equals("headline");
    // Arabic and Persian report a clause and quote part of it (وأوضح أن المفاوضين «لم يتوصلوا…»): both stand,
    // the clause INDIRECT and the marked words DIRECT
    boolean both = !"en".equals(f.lang());
    SpeakerRef headlineSubject = headline ? headlineSubject(f) : null;
    for (Candidate d : direct) {
      if (chants.stream().anyMatch(d::overlaps)) {
        continue; // PersianChants
      }
      if (headline && !cued(d)) {
        if (headlineSubject != null && !d.overlaps(headlineSubjectSpan(f)) && !QuotedName.afterNamingNoun(f, d.start())
            && !QuotedName.acronym(f, d.start(), d.end()) && !term(f, d, terms) && (!"fa".equals(f.lang()) || line != null && line.overlaps(d))) {
          // 'Minister Haddad "sorry" over delays', 'حكومة البشير تتعهد بحوار «لا يستثني أحدا»': words quoted in
          // a headline that opens with a person or body are theirs
          out.add(new Candidate(QuoteKind.DIRECT, d.start(), d.end(), null, headlineSubject, false));
        }
        // Ethnic producers 'face barriers': a quoted headline phrase without a cue or a named subject is a scare quote;
        // Persian copy marks names, titles and nicknames (از طرح «X» حمایت کرد), so there uncued headline words are
        // said only inside a speaker's line (X: … «Y» …)
        continue;
      }
      if (!d.embedded() && (line == null || !line.overlaps(d))
          && (both || described(f, d) || indirect.stream().noneMatch(i -> carries(i, d)))) {
        out.add(d);
      }
    }
    for (Candidate ind : indirect) {
      boolean clash = out.stream().anyMatch(o -> o.overlaps(ind)
          && !((both || described(f, o)) && carries(ind, o) && !onlyQuotation(f, ind, o))
          && !(!both && reportedWithin(f, ind, o))
          && !((!both || "fa".equals(f.lang())) && nestedClause(o, ind)) // Persian: PersianNestedClauses
          && !("fa".equals(f.lang()) && citedQuotation(f, ind, o)));
      if (!clash) {
        out.add(wholeQuotation(f, ind));
      }
    }
    List<Candidate> fragments = new ArrayList<>();
    for (Candidate d : direct) {
      if (d.embedded() && out.stream().noneMatch(o -> o.overlaps(d)) || described(f, d) && out.contains(d)) {
        fragments.add(d); // a described fragment is DIRECT and still carried by its clause
      }
    }
    for (Candidate partial : headline ? List.<Candidate>of() : PartialQuoteFinder.find(f, fragments, tracker)) {
      if (out.stream().noneMatch(o -> o.overlaps(partial) && !(described(f, o) && partial.start() <= o.start()
          && partial.end() >= o.end()))) {
        out.add(partial);
      }
    }
    if (!"fa".equals(f.lang())) {
      out.addAll(fragmentsInReportedSpeech(f, direct, out, terms)); // Persian marks names and titles: not there
    }
    out.sort(Comparator.comparingInt(Candidate::start));
    return out;
  }

  /**
   * Quoted fragments inside a reported clause ('adding that the offer remains "dormant"', 'said the
   * currencies should reflect "positive factors"', مبينا انه زار "مصنعا للأدوية الجديدة"): English and
   * Arabic; the marked words are the speaker's own, so they are
   * DIRECT beside the INDIRECT clause, with the clause's cue or subject. A fragment outside any reported
   * clause stays narrative (a scare quote), and so does a quoted name.
   */
  private static List<Candidate> fragmentsInReportedSpeech(FieldView f, List<Candidate> direct, List<Candidate> out,
      Set<String> terms) {
    List<Candidate> fragments = new ArrayList<>();
    for (Candidate d : direct) {
      if (!d.embedded() || out.contains(d)) {
        continue;
      }
      int words = f.tokenAtOrAfter(d.end()) - f.tokenAtOrAfter(d.start());
      // Arabic marks names and terms too (لـ«الشرق الأوسط», «داعش»): there a fragment is the
      // speaker's words only when no mention covers it and no preposition governs it
      boolean name = "en".equals(f.lang()) ? QuotedName.is(f, d.start(), d.end(), words, f.charBefore(d.start()))
          : QuotedName.mentioned(f, d.start(), d.end())
              || governed(f, d) && !saidInClause(f, d) && !prepositionalPhrase(f, d, words)
              || QuotedName.afterNamingNoun(f, d.start()) || apposed(f, d, words)
              || QuotedName.colonList(f, d.start(), words) || QuotedName.spacePadded(f, d.start())
              || QuotedName.acronym(f, d.start(), d.end()) || QuotedName.numbered(f, d.start(), d.end());
      if (words == 0 || name || term(f, d, terms) || !"en".equals(f.lang()) && !hasLetter(f.text, d.start(), d.end())) {
        continue; // … or a term the article marks again and again, or Arabic marked figures («109», «5 + 1»)
      }
      for (Candidate clause : out) {
        if (clause.kind() == QuoteKind.INDIRECT && clause.start() <= d.start() && clause.end() >= d.end()
            && (clause.attribution() != null || clause.preset() != null)) {
          int end = d.end();
          // the house style's comma inside the marks is not the speaker's, nor the full stop after one marked
          // word ('remains "frozen."'); marked words of a clause keep theirs, as the files have it ('said "there
          // will be a great cost."': all 18 English development fragments of two words or more, round 59)
          boolean oneWord = words == 1;
          while (end > d.start() && (f.text.charAt(end - 1) == ',' || oneWord && f.text.charAt(end - 1) == '.')) {
            end--;
          }
          fragments.add(new Candidate(QuoteKind.DIRECT, d.start(), end, clause.attribution(), clause.preset(), false));
          break;
        }
      }
    }
    return fragments;
  }

  /**
   * Whether text[from, to) holds a letter. Arabic copy puts figures and the names built of them in marks (بين
   * «109» و«110» نقطة, مجموعة «5 + 1»): marks around no word are a figure, not the speaker's words.
   */
  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Arabic marked words a cue governs or that open a constituent of the clause (أنه «…», بـ«…» of a charge). */
  private static boolean saidInClause(FieldView f, Candidate d) {
    QuoteSpan s = f.spanAt(d.start());
    return s != null && (ArabicFragments.governed(f, s) || ArabicFragments.predicate(f, s, d.start(), d.end()));
  }

  /** Arabic marked words a preposition governs, shaped as a phrase (ملتزمة بـ«…», تمر في «مرحلة ذهبية»). */
  private static boolean prepositionalPhrase(FieldView f, Candidate d, int words) {
    QuoteSpan s = f.spanAt(d.start());
    return s != null && ArabicFragments.prepositionalPhrase(f, s, d.start(), d.end(), words);
  }

  /** Short Arabic marked words straight after a plain word of the clause: its name (سوق «عكاظ»). */
  private static boolean apposed(FieldView f, Candidate d, int words) {
    QuoteSpan s = f.spanAt(d.start());
    return s != null && ArabicFragments.apposed(f, s, d.start(), d.end(), words);
  }

  /** A preposition, a complementizer or a clitic right before the quotation's marks (لـ«…», في «…», أن «…», بـ"…"). */
  private static boolean governed(FieldView f, Candidate d) {
    QuoteSpan s = f.spanAt(d.start());
    if (s == null) {
      return true;
    }
    int k = s.outerStart() - 1;
    if (k >= 0 && !Character.isWhitespace(f.text.charAt(k))) {
      return true; // glued to a clitic or tatweel
    }
    int j = f.tokenAtOrAfter(s.outerStart()) - 1;
    // أن «الأمل» فاز: marked words opening the clause as its subject are a name, not words said
    return j >= 0 && f.lexicon.matchAny(f.tokens, j, CueKind.STOP, CueKind.COMP) != null;
  }

  /** The person or organisation mention opening the headline, or null. */
  private static MentionRef headlineMention(FieldView f) {
    if (f.tokens.isEmpty()) {
      return null;
    }
    for (MentionRef m : f.mentions) {
      if (m.start() <= f.tokens.get(0).start() && m.end() > f.tokens.get(0).start()) {
        return m.personOrOrg() && f.spanAt(m.start()) == null ? m : null;
      }
    }
    return null;
  }

  private static SpeakerRef headlineSubject(FieldView f) {
    MentionRef m = headlineMention(f);
    return m == null ? null : SpeakerRef.of(m, m.text());
  }

  /** Words that may be a person's name: not a role, a pronoun or a label. */
  private static boolean isName(String text, CueLexicon lexicon) {
    List<Token> words = text == null ? List.of() : Tokenizer.tokenize(text, lexicon.language());
    return !words.isEmpty() && words.size() <= 4
        && lexicon.matchAny(words, 0, CueKind.ROLE, CueKind.PRONOUN, CueKind.LABEL, CueKind.STOP) == null
        && !definiteRole(words, lexicon)
        && Pronouns.publishable(new SpeakerRef(null, null, text)) != null;
  }

  /** مصدر دبلوماسي سعودي: an Arabic role head with no article and no idafa introduces someone unnamed. */
  private static boolean indefiniteArabicRole(List<Token> words, CueLexicon lexicon) {
    if (!"ar".equals(lexicon.language())) {
      return false;
    }
    String head = words.get(0).form();
    boolean article = head.startsWith("ال") || head.length() > 3 && head.startsWith("ال", 1);
    if (article) {
      return false;
    }
    // a bare head, or one with an adjective (مصدر دبلوماسي, مسؤول عسكري); رئيس بايرن is an idafa with a name
    // (رئيس نادي الوحدة: the idafa goes on to a definite word)
    String next = words.size() > 1 ? words.get(1).form() : null;
    String third = words.size() > 2 ? words.get(2).form() : "";
    return next == null || !next.startsWith("ال") && (next.endsWith("ي") || next.endsWith("ية"))
        && !third.startsWith("ال");
  }

  /** المصدر, المسؤول: an Arabic role head with the article is a definite description, not a name. */
  private static boolean definiteRole(List<Token> words, CueLexicon lexicon) {
    String first = words.get(0).raw();
    if (!"ar".equals(lexicon.language()) || !first.startsWith("ال") || first.length() < 4) {
      return false;
    }
    return lexicon.match(Tokenizer.tokenize(first.substring(2), "ar"), 0, CueKind.ROLE) != null;
  }

  private static Candidate headlineSubjectSpan(FieldView f) {
    MentionRef m = headlineMention(f);
    return new Candidate(QuoteKind.DIRECT, m.start(), m.end(), null, null, true);
  }

  private static boolean cued(Candidate c) {
    return c.attribution() != null && c.attribution().cue() != null;
  }

  /**
   * '… he reported that X, an agency spokeswoman said.': the trailing cue reports the whole sentence, and
   * the clause reported inside it (cut at that comma by the finder) stands as well, as both speakers' words.
   */
  private static boolean reportedWithin(FieldView f, Candidate outer, Candidate inner) {
    Attribution a = outer.attribution();
    Attribution b = inner.attribution();
    if (a == null || b == null || a.cue() == null || !a.cueAfter() || b.cueAfter() || inner.kind() != QuoteKind.INDIRECT
        || outer.start() >= inner.start() || outer.end() != inner.end()) {
      return false;
    }
    int cueEnd = f.tokens.get(a.cue().last()).end();
    return f.tokenAtOrAfter(f.sentenceEnd(cueEnd)) == a.cue().last() + 1; // the cue ends its sentence (not ', saying …')
  }

  /** The speaker of the latest clause found before {@code c} in its field that {@code c} nests in, or null. */
  private static SpeakerRef enclosingSpeaker(List<Candidate> found, List<SpeakerRef> speakers, int firstOfField, Candidate c) {
    SpeakerRef outer = null;
    for (int k = 0; k < found.size() && found.get(k) != c; k++) {
      if (nestedClause(found.get(k), c)) {
        outer = speakers.get(firstOfField + k);
      }
    }
    return outer;
  }

  /**
   * An English clause reported inside another's, by a cue of its own after the outer cue ('Baka said he
   * stressed that …'), or a Persian که clause inside a colon statement (PersianNestedClauses): the conventions
   * annotate both, the inner one with its own speaker.
   */
  private static boolean nestedClause(Candidate outer, Candidate inner) {
    Attribution a = outer.attribution();
    Attribution b = inner.attribution();
    return outer.kind() == QuoteKind.INDIRECT && inner.kind() == QuoteKind.INDIRECT && a != null && b != null
        && a.cue() != null && b.cue() != null && !a.cueAfter() && !b.cueAfter() && a.cue().last() < b.cue().first()
        && outer.start() < inner.start() && inner.end() <= outer.end();
  }

  /**
   * A Persian statement that cites someone's quoted words by the honorific verb (X گفت: امام صادق(ع) فرمودند،
   * «…»): both stand, the statement its speaker's and the quotation the cited one's, as a nested clause does.
   */
  private static boolean citedQuotation(FieldView f, Candidate statement, Candidate quotation) {
    Attribution a = statement.attribution();
    Attribution b = quotation.attribution();
    return statement.kind() == QuoteKind.INDIRECT && quotation.kind() == QuoteKind.DIRECT && a != null && b != null
        && a.cue() != null && b.cue() != null && a.cue().last() < b.cue().first()
        && PersianNestedClauses.honorific(f, b.cue()) && statement.start() <= f.tokens.get(b.cue().first()).start()
        && quotation.end() <= statement.end();
  }

  /**
   * A reported clause that holds a quotation tied to the same cue ('said he was best placed, "like you
   * folks."'): the clause is the quote, the quotation a fragment of it. A clause that is only the
   * quotation is settled by {@link #wholeQuotation} instead.
   */
  private static boolean carries(Candidate clause, Candidate quotation) {
    Attribution a = clause.attribution();
    Attribution b = quotation.attribution();
    return a != null && b != null && a.cue() != null && a.cue().equals(b.cue())
        && clause.start() < quotation.start() - 1 && clause.end() >= quotation.end();
  }

  /** Words quoted after an English verb of describing ('called the plan "a gift"'): DIRECT beside their clause. */
  private static boolean described(FieldView f, Candidate d) {
    return d.kind() == QuoteKind.DIRECT && d.attribution() != null && d.attribution().cue() != null
        && DirectQuoteFinder.describing(f, d.attribution().cue());
  }

  /** The clause holds no word outside the quotation but its complementizer (إن «…», أن "…"). */
  private static boolean onlyQuotation(FieldView f, Candidate clause, Candidate quotation) {
    QuoteSpan s = f.spanAt(quotation.start());
    if (s == null) {
      return false;
    }
    int words = 0;
    for (int j = f.tokenAtOrAfter(clause.start()); j < f.tokens.size() && f.tokens.get(j).start() < clause.end(); j++) {
      Token t = f.tokens.get(j);
      if (t.start() >= s.outerEnd() && f.hasCharBetween(s.outerEnd(), t.start(), "،,؛;")) {
        break; // أن «…»، حسب الوكالة: what follows a comma after the quotation is the narrative's, not the clause's
      }
      if (!s.contains(t.start()) && f.lexicon.match(f.tokens, j, CueKind.COMP) == null) {
        words++;
      }
    }
    return words == 0;
  }

  /** A reported clause that is nothing but one quotation ('said that "…"') is that quotation, DIRECT. */
  private static Candidate wholeQuotation(FieldView f, Candidate ind) {
    QuoteSpan s = f.spanAt(ind.start());
    if (s != null && s.outerStart() == ind.start() && s.outerEnd() >= ind.end()) {
      int cs = Trim.start(f.text, s.contentStart(), s.contentEnd());
      int ce = Trim.end(f.text, cs, s.contentEnd());
      return new Candidate(QuoteKind.DIRECT, cs, ce, ind.attribution(), ind.preset(), false);
    }
    return ind;
  }

  /** 'Caddell continued:' closing a paragraph: the next paragraph's opening quotation is theirs. */
  private static SpeakerRef colonCue(FieldView f, SpeakerTracker tracker) {
    String t = f.text.stripTrailing();
    if (!t.endsWith(":") || f.tokens.isEmpty()) {
      return null;
    }
    int sentence = f.sentenceStart(t.length() - 1);
    CueLexicon.Hit cue = DirectQuoteFinder.lastCue(f, sentence, t.length());
    if (cue == null) {
      // 'Clinton released the following statement:' – the sentence's subject
      return "en".equals(f.lang()) ? EnglishSubjectFinder.colonSubject(f, sentence, tracker) : null;
    }
    return SubjectFinder.resolve(f, new Attribution(cue, t.length(), t.length(), false), tracker);
  }

  private static Quote toQuote(FieldView f, Candidate c, SpeakerRef speaker) {
    String cue = null;
    if (c.attribution() != null && c.attribution().cue() != null) {
      CueLexicon.Hit h = c.attribution().cue();
      cue = f.text.substring(f.tokens.get(h.first()).start(), f.tokens.get(h.last()).end());
    }
    return Quote.newBuilder()
        .setText(f.text.substring(c.start(), c.end()))
        .setKind(c.kind())
        .setSpeaker(speaker == null ? null : speaker.toAvro())
        .setCue(cue)
        .setField(f.name())
        .setStart(ArticleFields.codePointOffset(f.text, c.start()))
        .setEnd(ArticleFields.codePointOffset(f.text, c.end()))
        .build();
  }

  /**
   * A Persian source phrase whose source the entity step left unnamed (به نوشته پایگاه شبکه «X»، …): a
   * medium cited, not someone in the story, so 'این قانون‌گذار' after it still means the person before.
   */
  /**
   * 'with analysts saying …', 'with nearly a fifth saying …': an unnamed subject of a participle inside another
   * sentence is an aside; the story's current speaker goes on after it (round 35).
   */
  private static boolean unnamedOwnSubject(FieldView f, Candidate c, SpeakerRef speaker) {
    return "en".equals(f.lang()) && speaker != null && speaker.entityId() == null && c.preset() == null
        && c.attribution() != null && c.attribution().cue() != null
        && WithParticipleSubjects.subjectStart(f, c.attribution().cue()) >= 0;
  }

  private static boolean unnamedSource(FieldView f, Candidate c, SpeakerRef speaker) {
    return c.preset() == null && c.attribution() != null && c.attribution().cue() != null
        && c.attribution().cue().kind() == CueKind.SOURCE
        && "fa".equals(f.lang()) && Epithets.unresolved(speaker);
  }

  /** Persian nouns for what the cited source published: 'this report', 'this agency' ('this paper' is the paper named before). */
  private static final java.util.Set<String> PERSIAN_REPORT_NOUNS = StringSet.of("گزارش", "خبرگزاری", "خبرگزاري");

  /** Speaker words 'این گزارش' / 'این خبرگزاری' (this report, this agency). */
  private static boolean reportDemonstrative(String text) {
    if (text == null) {
      return false;
    }
    String t = text.strip();
    int space = t.indexOf(' ');
    if (space < 0 || !SubjectFinder.PERSIAN_DEMONSTRATIVES.contains(t.substring(0, space))) {
      return false;
    }
    int end = t.indexOf(' ', space + 1);
    return PERSIAN_REPORT_NOUNS.contains(end < 0 ? t.substring(space + 1) : t.substring(space + 1, end));
  }

  /** Tokens a source's name may start after its preposition (به گزارش خبرگزاری X). */
  private static final int SOURCE_NAME_REACH = 3;

  /**
   * The body the story last cites as its source before {@code position} in field {@code fieldIndex}: the
   * name after 'به نقل از' (relayed from), else after 'به گزارش'.
   */
  private static SpeakerRef reportedSource(List<FieldView> views, int fieldIndex, int position) {
    MentionRef found = null;
    for (int v = 0; v <= fieldIndex; v++) {
      FieldView f = views.get(v);
      List<Token> toks = f.tokens;
      for (int j = 0; j + 2 < toks.size(); j++) {
        if (v == fieldIndex && toks.get(j).start() >= position) {
          break;
        }
        if (!toks.get(j).form().equals("به")) {
          continue;
        }
        String next = toks.get(j + 1).form();
        int from = next.equals("گزارش") ? j + 2 : next.equals("نقل") && toks.get(j + 2).form().equals("از") ? j + 3 : -1;
        for (int k = from; from > 0 && k < toks.size() && k < from + SOURCE_NAME_REACH; k++) {
          MentionRef m = f.mentionAt(toks.get(k));
          if (m != null && m.personOrOrg() && !m.person()) {
            found = m;
            break;
          }
        }
      }
    }
    return found == null ? null : SpeakerRef.of(found, found.text());
  }
}
