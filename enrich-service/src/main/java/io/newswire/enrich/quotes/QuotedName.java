package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import io.newswire.text.analysis.Digits;

/**
 * A quotation that only names something: Persian and Arabic copy puts names and titles in marks
 * («سليم الحسني» در گفتگو با … تاکید کرد, "يوسف كمال" سخنگوی …), and any copy may quote a name a mention
 * covers whole. Such a span is not words said, even when a cue follows in the same sentence: that cue
 * belongs to the named person, who is its subject.
 */
final class QuotedName {
  /** Arabic and Persian quotations shorter than this and not opened by a colon are names or terms. */
  static final int MIN_SAID_TOKENS = 4;

  private QuotedName() {}

  /** A mention of any type covers the quoted words whole. */
  static boolean mentioned(FieldView f, int contentStart, int contentEnd) {
    for (MentionRef m : f.mentions) {
      if (m.start() <= contentStart && m.end() >= contentEnd) {
        return true;
      }
    }
    return false;
  }

  /** Longest English quotation taken for a name after a naming phrase. */
  private static final int MAX_NAMED_TOKENS = 4;
  private static final java.util.Set<String> NAMING = StringSet.of("so-called", "nicknamed", "codenamed",
      "code-named", "titled", "entitled", "named");

  /** The words right before the quotation name it: 'known as', 'so-called', 'nicknamed', 'titled'. */
  private static boolean named(FieldView f, int contentStart) {
    QuoteSpan s = f.spanAt(contentStart);
    int k = f.tokenAtOrAfter(s == null ? contentStart : s.outerStart()) - 1;
    if (k < 0) {
      return false;
    }
    String w = f.tokens.get(k).form();
    return NAMING.contains(w) || w.equals("as") && k > 0 && f.tokens.get(k - 1).form().equals("known");
  }

  /** Small words a title keeps in lower case ('State of the Union', 'Plays for Sure'). */
  private static final java.util.Set<String> TITLE_SMALL_WORDS = StringSet.of("of", "the", "and", "a", "an", "in",
      "on", "to", "for", "at", "with", "by", "or");

  /**
   * 'CNN's "State of the Union"', 'MSNBC's "Morning Joe"', 'Microsoft's "Plays for Sure" program': a possessive
   * right before the marks and every word inside capitalised (or a number, or a title's small word): the marks
   * hold the name of someone's show, work or product, not words said (round 43, PolNeAR's titles).
   */
  private static boolean titleAfterPossessive(FieldView f, int contentStart, int contentEnd) {
    QuoteSpan s = f.spanAt(contentStart);
    int k = f.tokenAtOrAfter(s == null ? contentStart : s.outerStart()) - 1;
    if (k < 0) {
      return false;
    }
    Token before = f.tokens.get(k);
    String w = before.form();
    if (!(w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’"))
        || !f.blankBetween(before.end(), s == null ? contentStart : s.outerStart())) {
      return false;
    }
    boolean first = true;
    for (int i = k + 1; i < f.tokens.size() && f.tokens.get(i).start() < contentEnd; i++) {
      Token t = f.tokens.get(i);
      boolean capitalOrNumber = t.capitalized() || Character.isDigit(t.raw().charAt(0));
      if (!capitalOrNumber && (first || !TITLE_SMALL_WORDS.contains(t.form()))) {
        return false;
      }
      first = false;
    }
    return !first;
  }

  /**
   * Arabic nouns that introduce a name or a title in marks (برنامج "…", شعار "…", طراز «…», قائمة «…»,
   * مثل «…»): folded, without a clitic; as the indefinite head of a construct.
   */
  private static final java.util.Set<String> AR_NAMING_NOUNS = StringSet.of("برنامج", "شعار", "عنوان", "بعنوان",
      "طراز", "مثل", "فيلم", "مسلسل", "كتاب", "رواية", "اغنية", "مسرحية", "البوم", "مهرجان", "مسابقة", "جائزة",
      "حملة", "مبادرة", "مشروع", "تطبيق", "موقع", "صحيفة", "مجلة", "قناة", "شركة", "وكالة", "حساب", "وسم", "هاشتاغ",
      "عملية", "اسم", "باسم", "منصة", "فعالية", "مؤتمر", "معرض", "بطولة", "قائمة", "ملعب", "بركان", "جزيرة",
      "مسمى", "تحت", "نوع", "ماركة", "علامة", "سلسلة", "لعبة", "مجموعة", "حزب", "حركة", "تنظيم", "جماعة", "منظمة",
      "جمعية", "نادي", "فريق", "مركز", "مستشفى", "مدرسة", "جامعة", "معهد", "ميناء", "مطار", "فندق", "مطعم", "سفينة",
      "شبكة", "عرض", "تلفزيون", "اذاعة", "دوار", "ساحة", "ميدان",
      // places, units and offices named after their head (round 43): معسكر «…», محطة «…», قاعدة «…», مكتب «…»
      "معسكر", "مخيم", "محطة", "قاعدة", "سوق", "منطقة", "وحدة", "فرع", "كتيبة", "لواء", "طريق", "مكتب", "كراسة",
      // a provision of a law or a charter: تحت بند «…», المادة «…»
      "بند", "مادة", "فقرة",
      // participles of naming, as English 'so-called', 'known as': المسماة «…», المعروف بـ«…»
      "المسماة", "المسمى", "مسماة", "المعروفة", "المعروف", "يدعي", "تدعي", "الملقب", "الملقبة");

  /** The word right before the quotation's marks is a noun that names what the marks hold (Arabic). */
  static boolean afterNamingNoun(FieldView f, int contentStart) {
    if (!"ar".equals(f.lang())) {
      return false;
    }
    QuoteSpan s = f.spanAt(contentStart);
    int k = f.tokenAtOrAfter(s == null ? contentStart : s.outerStart()) - 1;
    if (k < 0 || s != null && !f.text.substring(f.tokens.get(k).end(), s.outerStart()).isBlank()) {
      return false; // 'وأضافت الوكالة، "…"': after a comma the marks hold what the body said
    }
    String w = f.tokens.get(k).form();
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ف')
        && !AR_NAMING_NOUNS.contains(w)) {
      w = w.substring(1);
    }
    // only the indefinite head of a construct names (شعار «…», شركة «…»); الوكالة «…» is a subject and its words
    return AR_NAMING_NOUNS.contains(w);
  }

  /**
   * Straight double quotes with a space just inside each mark (" مكتب إدارة المشاريع "): Saudi Press Agency copy
   * sets names, titles and terms so (16 of 16 such spans in pool dispatches outside the annotation files; the
   * two that hold words said are whole quotations after a cue, which this is not asked about). Asked of a
   * fragment inside a reported clause only.
   */
  static boolean spacePadded(FieldView f, int contentStart) {
    QuoteSpan s = f.spanAt(contentStart);
    if (s == null || !s.closed() || s.open() < 0 || s.close() - s.open() < 4) {
      return false;
    }
    String t = f.text;
    return t.charAt(s.open()) == '"' && t.charAt(s.close()) == '"' && t.charAt(s.open() + 1) == ' '
        && t.charAt(s.close() - 1) == ' ';
  }

  static boolean is(FieldView f, int contentStart, int contentEnd, int words, char lead) {
    for (MentionRef m : f.mentions) {
      if (m.start() <= contentStart && m.end() >= contentEnd && m.personOrOrg()) {
        return true;
      }
    }
    if ("en".equals(f.lang()) && words <= MAX_NAMED_TOKENS
        && (named(f, contentStart) || titleAfterPossessive(f, contentStart, contentEnd))) {
      return true; // 'known as "Star Wars"', 'the so-called "Cruzado" plan': a name, not words said
    }
    boolean rtl = "fa".equals(f.lang()) || "ar".equals(f.lang());
    return rtl && words < MIN_SAID_TOKENS && (lead != ':' || anotherMarkedItemAfter(f, contentStart))
        && !f.terminatorBetween(contentStart, contentEnd)
        || lead != ':' && afterNamingNoun(f, contentStart)
        || words <= MAX_SUBJECT_NAME_TOKENS && subjectBeforeClause(f, contentStart, contentEnd)
        || acronym(f, contentStart, contentEnd);
  }

  /** Most words of an Arabic quotation taken for a name because it spells an acronym (كي بي إم جي السعودية). */
  private static final int MAX_ACRONYM_NAME_TOKENS = 5;
  /**
   * Latin letters as Arabic copy spells them out in an acronym (إف بي آي, سي إن إن, بي في إم أويل), folded. Only
   * letters whose Arabic spelling is no common word: سي, دي, إف, جي, إتش, آر, إس, تي, إكس, بي …
   */
  private static final java.util.Set<String> AR_LETTER_NAMES = StringSet.of("بي", "سي", "دي", "اف", "جي", "اتش", "جيه",
      "كيه", "ار", "اس", "تي", "دبليو", "اكس", "واي", "زد", "كيو", "ايه");
  /** Letters whose spelling is also a common word (في, إن, أو, أم, أي, يو): they continue an acronym, never make one. */
  private static final java.util.Set<String> AR_AMBIGUOUS_LETTER_NAMES = StringSet.of("في", "ان", "او", "ام", "اي", "يو");

  /**
   * An Arabic quotation of a few words that spells out an acronym (three letter names in a row, one of them
   * no common word, or two such in a row): the name of a firm, a medium or a product (المحلل في «بي في إم أويل»,
   * تحقيق «إف بي آي»), never words said. Pool dispatches outside the annotation files: 73 such spans, all names.
   */
  static boolean acronym(FieldView f, int contentStart, int contentEnd) {
    if (!"ar".equals(f.lang())) {
      return false;
    }
    int from = f.tokenAtOrAfter(contentStart);
    int to = f.tokenAtOrAfter(contentEnd);
    if (to - from > MAX_ACRONYM_NAME_TOKENS) {
      return false;
    }
    int run = 0;
    int plain = 0;
    for (int k = from; k < to; k++) {
      String w = f.tokens.get(k).form();
      if (AR_LETTER_NAMES.contains(w)) {
        run++;
        plain++;
      } else if (AR_AMBIGUOUS_LETTER_NAMES.contains(w)) {
        run++;
      } else {
        run = 0;
        plain = 0;
      }
      if (run >= 3 && plain >= 1 || run >= 2 && plain >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two words in marks, one of them a number (إي 10, ميراج 2000, الفرقة 30, 9 مم): a model, product or unit
   * named by its number, never words said (round 45: 8 such fragments in pool dispatches outside the annotation
   * files, all names; no DIRECT span of the annotation files is one).
   */
  static boolean numbered(FieldView f, int contentStart, int contentEnd) {
    int from = f.tokenAtOrAfter(contentStart);
    int to = f.tokenAtOrAfter(contentEnd);
    if (to - from != 2) {
      return false;
    }
    return Digits.only(f.tokens.get(from).raw()) != Digits.only(f.tokens.get(from + 1).raw());
  }

  /**
   * A short Arabic or Persian quotation after a colon and followed by more marks (: «نورا»، و«سحاب» و«ريم»): the
   * colon opens a list of names or titles, not words said. Also asked where a fragment inside a reported clause
   * is judged, which does not go through {@link #is}.
   */
  static boolean colonList(FieldView f, int contentStart, int words) {
    if (words >= MIN_SAID_TOKENS || !("ar".equals(f.lang()) || "fa".equals(f.lang()))) {
      return false;
    }
    QuoteSpan s = f.spanAt(contentStart);
    return s != null && f.charBefore(s.outerStart()) == ':' && anotherMarkedItemAfter(f, contentStart);
  }

  /**
   * Marks right after this quotation's close, past a comma or و (: «فيزا»، و«كوكاكولا», وهما: «…» و«…»): the colon
   * opens a list of names or titles in marks, not words said.
   */
  private static boolean anotherMarkedItemAfter(FieldView f, int contentStart) {
    QuoteSpan s = f.spanAt(contentStart);
    if (s == null || !s.closed()) {
      return false;
    }
    int i = s.outerEnd();
    i = skipSpaces(f.text, i);
    if (i < f.text.length() && (f.text.charAt(i) == '،' || f.text.charAt(i) == ',')) {
      i = skipSpaces(f.text, i + 1);
    }
    if (i < f.text.length() && f.text.charAt(i) == 'و') {
      i = skipSpaces(f.text, i + 1);
    }
    QuoteSpan next = i < f.text.length() ? f.spanAt(i) : null;
    return next != null && next.outerStart() == i;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Longest Arabic name in marks taken for a subject between its verb and its clause. */
  private static final int MAX_SUBJECT_NAME_TOKENS = 8;

  /**
   * Arabic VSO: marks standing right after a speech verb (a word of their kind at most between) and followed
   * straight by the complementizer hold the verb's subject, a name however long (وأفاد «مرصد … لحقوق
   * الإنسان» بأن …, وذكرت وكالة «…» أن …): what the clause says comes after, not in these marks.
   */
  static boolean subjectBeforeClause(FieldView f, int contentStart, int contentEnd) {
    if (!"ar".equals(f.lang())) {
      return false;
    }
    QuoteSpan s = f.spanAt(contentStart);
    if (s == null || !s.closed() || f.hasCharBetween(contentStart, contentEnd, ":،,")
        || f.terminatorBetween(contentStart, contentEnd)) {
      return false;
    }
    int after = f.tokenAtOrAfter(s.outerEnd());
    if (after >= f.tokens.size() || !f.blankBetween(s.outerEnd(), f.tokens.get(after).start())
        || f.lexicon.match(f.tokens, after, CueKind.COMP) == null) {
      return false;
    }
    int k = f.tokenAtOrAfter(s.outerStart()) - 1;
    if (k < 0 || !f.blankBetween(f.tokens.get(k).end(), s.outerStart())) {
      return false;
    }
    for (int v = k; v >= Math.max(0, k - 1); v--) {
      CueLexicon.Hit h = f.lexicon.match(f.tokens, v, CueKind.VERB);
      if (h != null && h.last() == v) {
        return v == k || f.blankBetween(f.tokens.get(v).end(), f.tokens.get(k).start())
            && f.lexicon.matchAny(f.tokens, k, CueKind.STOP, CueKind.COMP, CueKind.PRONOUN) == null;
      }
    }
    return false;
  }
}
