package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Definite descriptions that stand for a person the story has already named: 'the East Kilbride
 * athlete', 'the 22-year-old', الفنانة, نجم المنتخب الإيطالي, المسؤول التركي, لیبروی تیم ملی. The head is an
 * epithet noun (trade, sport, art: lexicon kind {@link CueKind#EPITHET}) or, in Arabic and Persian, a role
 * head; it must be definite (the, ال, an idafa), so 'an aide' or مسؤول عسكري stays an unnamed speaker.
 * Such a speaker is the most salient person named just before it: of the people mentioned in the
 * headline and the last few fields up to the cue, the one the story has named most, the latest on a tie.
 */
final class Epithets {
  /** How many fields before the quote's own may hold the person an epithet refers to (the headline always may). */
  static final int FIELDS_BACK = 2;

  /** Role heads that usually introduce someone new rather than refer back: spokesmen and sources. */
  private static final Set<String> NEW_SPEAKER_ROLES = StringSet.of("متحدث", "ناطق", "مصدر", "منبع", "سخنگوی",
      "سخنگو", "یک", "يک");

  private Epithets() {}

  /** A speaker that names no entity and no name: only the article's words. */
  static boolean unresolved(SpeakerRef s) {
    return s != null && s.entityId() == null && s.name() == null && s.text() != null && !s.text().isBlank();
  }

  /** True when the speaker's words are a definite description with an epithet (or ar/fa role) head. */
  static boolean is(String text, CueLexicon lexicon) {
    List<Token> words = Tokenizer.tokenize(text, lexicon.language());
    if (words.size() < ("en".equals(lexicon.language()) ? 2 : 1) || words.size() > 7) {
      return false;
    }
    return switch (lexicon.language()) {
      case "en" -> english(words, lexicon);
      case "ar" -> arabic(words, lexicon);
      default -> persian(words, lexicon);
    };
  }

  /** 'the East Kilbride athlete', 'the 22-year-old': the article, then the epithet as the last word. */
  private static boolean english(List<Token> words, CueLexicon lexicon) {
    if (!words.get(0).form().equals("the")) {
      return false;
    }
    int last = words.size() - 1;
    String head = words.get(last).form().toLowerCase(Locale.ROOT);
    return head.endsWith("year-old") || lexicon.match(words, last, CueKind.EPITHET) != null;
  }

  /** الفنانة, المسؤول التركي, نجم المنتخب الإيطالي: the head first, definite by ال or by the idafa after it. */
  private static boolean arabic(List<Token> words, CueLexicon lexicon) {
    String head = stripConjunction(words.get(0).form());
    boolean article = head.startsWith("ال");
    String bare = article ? head.substring(2) : head;
    boolean idafa = !article && words.size() > 1 && words.get(1).form().startsWith("ال");
    if (!(article || idafa) || NEW_SPEAKER_ROLES.contains(bare)) {
      return false;
    }
    return headIs(head, lexicon) || headIs(bare, lexicon);
  }

  /** دروازه‌بان تیم ملی هندبال, مهاجم برزیلی بارسلونا: Persian heads come first and are definite unless یک precedes. */
  private static boolean persian(List<Token> words, CueLexicon lexicon) {
    String head = words.get(0).form();
    if (NEW_SPEAKER_ROLES.contains(head)) {
      return false;
    }
    return lexicon.matchAny(words, 0, CueKind.EPITHET, CueKind.ROLE) != null;
  }

  private static String bare(String form) {
    String s = stripConjunction(form);
    return s.startsWith("ال") && s.length() > 3 ? s.substring(2) : s.toLowerCase(Locale.ROOT);
  }

  /**
   * A definite body named by its kind ('الوزارة', 'الحركة', 'الصحيفة', 'the party'): the latest
   * organisation mentioned (outside quotes, in the headline or the last few fields) whose name holds that
   * noun or follows it (حركة «حماس», صحيفة واشنطن بوست, the Labour Party). Null when none is called so.
   */
  static SpeakerRef body(String text, CueLexicon lexicon, List<FieldView> views, List<List<Candidate>> quotesByField,
      int fieldIndex, int position) {
    List<Token> words = Tokenizer.tokenize(text, lexicon.language());
    String noun = bodyNoun(words, lexicon.language());
    if (noun == null) {
      return null;
    }
    MentionRef found = null;
    for (int v = 0; v <= fieldIndex; v++) {
      if (v != 0 && v < fieldIndex - FIELDS_BACK) {
        continue;
      }
      FieldView f = views.get(v);
      for (MentionRef m : f.mentions) {
        if (v == fieldIndex && m.end() > position) {
          break;
        }
        if (m.personOrOrg() && !m.person() && !inQuotation(f, m) && !Candidate.anyHolds(quotesByField.get(v), m)
            && (calledSo(f, m, noun) || ISSUED_NOUNS.contains(noun)
                || "en".equals(lexicon.language()) && COMPANY_NOUNS.contains(noun) && incorporated(m))) {
          found = m;
        }
      }
    }
    if (found == null && "ar".equals(lexicon.language())) {
      return nameAfterKind(noun, views, fieldIndex, position);
    }
    return found == null ? null : SpeakerRef.of(found, found.text());
  }

  /** Arabic kind nouns of an institution that speaks in its own name (مركز, معهد, حزب …), without ال. */
  private static final Set<String> AR_INSTITUTIONS = StringSet.of("مركز", "معهد", "حزب", "حركة", "منظمة", "جمعية",
      "هيئة", "شركة", "مجلس", "مؤسسة", "اتحاد", "بنك", "صندوق", "جامعة", "لجنة");

  /**
   * قال المركز after an earlier quote of 'مركز الإمارات …' (وبحسب مركز الإمارات …، فإن): a one-word Arabic
   * definite body whose kind the entity step linked to no one is the latest earlier speaker, in the quote's field
   * or the {@link #FIELDS_BACK} before it, named by that kind noun and a name after it, published under that
   * speaker's words. Null otherwise.
   */
  static SpeakerRef bodySpokenBefore(String text, CueLexicon lexicon, List<SpeakerRef> speakers,
      List<int[]> whereRead, int fieldIndex) {
    if (!"ar".equals(lexicon.language())) {
      return null;
    }
    List<Token> words = Tokenizer.tokenize(text, "ar");
    String noun = words.size() == 1 ? bodyNoun(words, "ar") : null;
    if (noun == null || !AR_INSTITUTIONS.contains(noun)) {
      return null; // not المصادر after 'مصادر الشرطة': sources stay unnamed
    }
    for (int k = speakers.size() - 1; k >= 0 && whereRead.get(k)[0] >= fieldIndex - FIELDS_BACK; k--) {
      SpeakerRef s = speakers.get(k);
      if (s == null || s.entityId() != null || s.text() == null) {
        continue;
      }
      List<Token> named = Tokenizer.tokenize(s.text(), "ar");
      String first = named.isEmpty() ? "" : named.get(0).form();
      if (named.size() >= 2 && named.get(1).form().startsWith("ال") && (first.equals(noun)
          || first.endsWith(noun) && PREPOSITIONS.contains(first.substring(0, first.length() - noun.length())))) {
        return new SpeakerRef(null, s.name() != null ? s.name() : s.text(), text);
      }
    }
    return null;
  }

  /** Most words of a body's name set off in parentheses or marks after its kind noun: منظمة (X Y). */
  private static final int MAX_SET_OFF_NAME_WORDS = 4;

  /**
   * A body the entity step did not know, named once by its kind noun and a name set off in parentheses or
   * quotation marks (منظمة (بلاند بيرنتهود)، لشركة «X»): the latest such name before {@code position}, in the
   * headline or the last few fields, published as the speaker's name. Null when the story names none so.
   */
  private static SpeakerRef nameAfterKind(String noun, List<FieldView> views, int fieldIndex, int position) {
    SpeakerRef found = null;
    for (int v = 0; v <= fieldIndex; v++) {
      if (v != 0 && v < fieldIndex - FIELDS_BACK) {
        continue;
      }
      FieldView f = views.get(v);
      for (int j = 0; j + 1 < f.tokens.size(); j++) {
        Token t = f.tokens.get(j);
        if (v == fieldIndex && t.end() > position) {
          break;
        }
        String form = t.form();
        boolean kind = form.equals(noun) || form.endsWith(noun)
            && PREPOSITIONS.contains(form.substring(0, form.length() - noun.length()));
        if (!kind) {
          continue;
        }
        String gap = f.text.substring(t.end(), f.tokens.get(j + 1).start()).strip();
        char close = gap.equals("(") ? ')' : gap.equals("«") ? '»' : 0;
        int end = close == 0 ? -1 : f.text.indexOf(close, f.tokens.get(j + 1).start());
        if (end < 0 || v == fieldIndex && end > position) {
          continue;
        }
        String name = f.text.substring(f.tokens.get(j + 1).start(), end).strip();
        int words = name.isEmpty() ? 0 : name.split("\\s+").length;
        if (words >= 1 && words <= MAX_SET_OFF_NAME_WORDS && Tokenizer.tokenize(name, "ar").size() == words) {
          found = new SpeakerRef(null, name, name);
        }
      }
    }
    return found;
  }

  /**
   * What a body issues or is called by any kind ('the statement', 'the report', 'the agency', البيان): the
   * latest organisation named before stands behind it, whatever its name.
   */
  private static final Set<String> ISSUED_NOUNS = StringSet.of("statement", "report", "agency", "بيان");

  /** English kind nouns for a business, which wire copy uses for a firm named 'X Corp' or 'Y Co Ltd'. */
  private static final Set<String> COMPANY_NOUNS = StringSet.of("company", "firm", "corporation", "group");
  private static final Set<String> CORPORATE_SUFFIXES = StringSet.of("corp", "inc", "co", "ltd", "plc", "group", "ag", "sa",
      "nv", "llc", "corporation", "company", "bank");

  private static final Pattern NAME_WORD_BREAK = Pattern.compile("[\\s.,]+");

  /** The organisation's name ends with a corporate designation: 'Harwood Tool Corp', 'Lindqvist Paper Co'. */
  private static boolean incorporated(MentionRef m) {
    String[] words = NAME_WORD_BREAK.split(m.text());
    return words.length > 1 && CORPORATE_SUFFIXES.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /** The kind noun of a definite description of one or two words: الوزارة → وزاره, 'the party' → party. */
  private static String bodyNoun(List<Token> words, String lang) {
    if (words.isEmpty() || words.size() > 2) {
      return null;
    }
    if ("en".equals(lang)) {
      return words.size() == 2 && words.get(0).form().equals("the") && !words.get(1).capitalized()
          ? words.get(1).form().toLowerCase(Locale.ROOT) : null;
    }
    String head = stripConjunction(words.get(0).form());
    return "ar".equals(lang) && head.startsWith("ال") && head.length() > 4 ? head.substring(2) : null;
  }

  /** The mention's words, or the word just before it, are the noun (بجماعة «X» with its preposition too). */
  private static boolean calledSo(FieldView f, MentionRef m, String noun) {
    int first = f.tokenAtOrAfter(m.start());
    for (int j = Math.max(0, first - 1); j < f.tokens.size() && f.tokens.get(j).start() < m.end(); j++) {
      String form = f.tokens.get(j).form();
      if (bare(form).equals(noun)
          || form.endsWith(noun) && PREPOSITIONS.contains(form.substring(0, form.length() - noun.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Arabic prepositions and conjunctions a kind noun may carry before an organisation's name: بجماعة, ولحركة. */
  private static final Set<String> PREPOSITIONS = StringSet.of("ب", "ل", "ك", "و", "ف", "وب", "ول", "فب", "فل", "بال",
      "لل", "وبال", "ولل", "كال");

  private static boolean headIs(String form, CueLexicon lexicon) {
    List<Token> t = Tokenizer.tokenize(form, lexicon.language());
    return !t.isEmpty() && lexicon.matchAny(t, 0, CueKind.EPITHET, CueKind.ROLE) != null;
  }

  private static String stripConjunction(String form) {
    return form.length() > 3 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف') && form.startsWith("ال", 1)
        ? form.substring(1) : form;
  }

  /** Inside words in quotation marks, unless the marks hold only this name (حركة «حماس»). */
  private static boolean inQuotation(FieldView f, MentionRef m) {
    QuoteSpan q = f.spanAt(m.start());
    return q != null && !f.text.substring(q.contentStart(), q.contentEnd()).strip().equals(m.text());
  }

  /**
   * The person an epithet at {@code position} of field {@code fieldIndex} refers to, or null: among the
   * people mentioned (outside quotations and outside the quotes found) in the headline and in the last {@link #FIELDS_BACK} fields
   * before it, up to the position, the one mentioned most often so far in the story, the latest on a tie.
   */
  static SpeakerRef antecedent(List<FieldView> views, List<List<Candidate>> quotesByField, int fieldIndex,
      int position) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, MentionRef> latest = new HashMap<>();
    Map<String, Integer> latestOrder = new HashMap<>();
    int order = 0;
    for (int v = 0; v <= fieldIndex; v++) {
      FieldView f = views.get(v);
      boolean near = v == 0 || v >= fieldIndex - FIELDS_BACK;
      for (MentionRef m : f.mentions) {
        if (v == fieldIndex && m.end() > position) {
          break;
        }
        if (!m.person() || inQuotation(f, m) || Candidate.anyHolds(quotesByField.get(v), m)) {
          continue; // a person a quote talks about is not the one saying it
        }
        String id = m.entity().getId();
        count.merge(id, 1, Integer::sum);
        order++;
        if (near) {
          latest.put(id, m);
          latestOrder.put(id, order);
        }
      }
    }
    String best = null;
    for (String id : latest.keySet()) {
      if (best == null || count.get(id) > count.get(best)
          || count.get(id).equals(count.get(best)) && latestOrder.get(id) > latestOrder.get(best)) {
        best = id;
      }
    }
    return best == null ? null : SpeakerRef.of(latest.get(best), latest.get(best).text());
  }
}
