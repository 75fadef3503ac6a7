package io.newswire.enrich.quotes;

import io.newswire.enrich.ArticleField;
import io.newswire.enrich.ArticleFields;
import io.newswire.language.LanguageSupport;
import io.newswire.schema.Entity;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
    CueLexicon lexicon = CueLexicon.forLanguage(language);
    Map<String, List<MentionRef>> mentions = MentionIndex.byField(fields, entities);
    List<FieldView> views = views(fields, lexicon, mentions);
    SpeakerTracker tracker = new SpeakerTracker();
    RoleBinder.bind(views, tracker);

    List<Quote> quotes = new ArrayList<>();
    boolean carried = false;
    SpeakerRef colonSpeaker = null;
    for (FieldView f : views) {
      boolean body = f.name().startsWith("paragraphs");
      List<Candidate> found = candidates(f, tracker, body && carried, body ? colonSpeaker : null);
      List<CueLexicon.Hit> silent = body ? SilentCues.find(f, found) : List.of();
      int nextSilent = 0;
      Candidate last = null;
      for (Candidate c : found) {
        for (; nextSilent < silent.size() && f.tokens.get(silent.get(nextSilent).first()).start() < c.start(); nextSilent++) {
          SilentCues.introduce(f, silent.get(nextSilent), tracker);
        }
        SpeakerRef speaker = c.preset() != null ? c.preset() : SubjectFinder.resolve(f, c.attribution(), tracker);
        speaker = Pronouns.publishable(speaker);
        if (body) {
          tracker.spoke(speaker);
        }
        quotes.add(toQuote(f, c, speaker));
        last = c;
      }
      for (; nextSilent < silent.size(); nextSilent++) {
        SilentCues.introduce(f, silent.get(nextSilent), tracker);
      }
      if (body) {
        carried = last != null && last.kind() == QuoteKind.DIRECT
            && f.tokens.size() - f.tokenAtOrAfter(last.end()) <= MAX_TAIL_TOKENS_FOR_CARRY;
        colonSpeaker = colonCue(f, tracker);
      }
    }
    return quotes;
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
      views.add(v);
      prev = v;
    }
    return views;
  }

  private static boolean endsOpen(FieldView f) {
    return !f.spans.isEmpty() && !f.spans.get(f.spans.size() - 1).closed();
  }

  /** Every quote of one field: speaker lines, direct and indirect, overlaps settled, in reading order. */
  private static List<Candidate> candidates(FieldView f, SpeakerTracker tracker, boolean carried, SpeakerRef colonSpeaker) {
    List<Candidate> out = new ArrayList<>();
    Candidate line = SpeakerLineFinder.applies(f) ? SpeakerLineFinder.find(f, tracker) : null;
    if (line != null) {
      out.add(line);
    }
    List<Candidate> direct = DirectQuoteFinder.find(f, carried, colonSpeaker);
    List<Candidate> indirect = IndirectSpeechFinder.find(f);
    boolean headline = f.name().equals("headline");
    for (Candidate d : direct) {
      if (headline && !cued(d)) {
        continue; // Ethnic producers 'face barriers': a quoted headline phrase without a cue is a scare quote
      }
      if (!d.embedded() && (line == null || !line.overlaps(d)) && indirect.stream().noneMatch(i -> carries(i, d))) {
        out.add(d);
      }
    }
    for (Candidate ind : indirect) {
      boolean clash = out.stream().anyMatch(o -> o.overlaps(ind));
      if (!clash) {
        out.add(wholeQuotation(f, ind));
      }
    }
    List<Candidate> fragments = new ArrayList<>();
    for (Candidate d : direct) {
      if (d.embedded() && out.stream().noneMatch(o -> o.overlaps(d))) {
        fragments.add(d);
      }
    }
    for (Candidate partial : headline ? List.<Candidate>of() : PartialQuoteFinder.find(f, fragments, tracker)) {
      if (out.stream().noneMatch(o -> o.overlaps(partial))) {
        out.add(partial);
      }
    }
    out.sort(Comparator.comparingInt(Candidate::start));
    return out;
  }

  private static boolean cued(Candidate c) {
    return c.attribution() != null && c.attribution().cue() != null;
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
}
