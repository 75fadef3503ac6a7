package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.enrich.entities.ner.NameRecognizer;
import io.newswire.enrich.entities.ner.Tokenizer.Token;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.analysis.Digits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic organisations by their shape: a head word (وزارة، مجلس، جامعة، حزب …) and its genitive chain,
 * ending with the first definite noun or proper name, then the nisba adjectives that qualify the name
 * (وزارة الخارجية الايطالية، مجلس محافظة بغداد، حزب العمال الكردستاني). Arabic grammar draws the
 * boundary: after the definite end of an idafa chain only adjectives can belong to it, so an indefinite
 * word or a non-nisba definite word ends the name. A head with the article (الجيش، الحزب) is a name
 * only with a nisba adjective (الجيش اللبناني). Clitics و/ب/ل/ف/ك on the head are left outside the span.
 */
public final class ArabicOrganisationRecognizer implements NameRecognizer {
  /**
   * Above the statistical model's 0.5–0.99: the head word is stronger evidence than the model's ORG or
   * LOC guess over the same words, and marks the candidate as shaped for the linker.
   */
  public static final double CONFIDENCE = 0.995;
  private static final int MAX_CHAIN = 3;
  private static final String GOVERNMENT = io.newswire.normalization.MatchingForm.key("الحكومة");
  private static final String NAVY = io.newswire.normalization.MatchingForm.key("البحرية");
  private static final int MAX_ADJECTIVES = 3;

  private final Set<String> heads;
  private final Set<String> articleHeads;
  private final Set<String> headOutside;
  private final Set<String> weakHeads;
  private final Set<String> notOrg;
  private final Set<String> descriptive;
  private final Set<String> stop;
  private final Set<String> notAfter;
  private final Set<String> chainNouns;
  private final Set<String> nameFollows;
  private final Set<String> notBeforeName;
  private final Set<String> nationality;
  private final Set<String> givenNames = GivenNames.arabic();

  public ArabicOrganisationRecognizer() {
    CueLists cues = Cues.LISTS;
    heads = cues.get("head");
    articleHeads = cues.get("article-head");
    headOutside = cues.get("head-outside");
    weakHeads = cues.get("weak-head");
    notOrg = cues.get("not-org");
    descriptive = cues.get("descriptive");
    stop = cues.get("stop");
    notAfter = cues.get("not-after");
    chainNouns = cues.get("chain-noun");
    nameFollows = cues.get("name-follows");
    notBeforeName = cues.get("not-before-name");
    java.util.Set<String> nat = new java.util.HashSet<>();
    for (String k : cues.get("nationality")) {
      nat.add(k);
      nat.add(k + "ه"); // the feminine, in the matching form (ة folded to ه)
    }
    nationality = StringSet.copyOf(nat);
  }

  @Override
  public List<Candidate> recognize(List<FieldText> fields, String language) {
    List<Candidate> out = new ArrayList<>();
    List<FieldText> fs = new ArrayList<>();
    List<List<Token>> sentences = new ArrayList<>();
    List<String[]> keyed = new ArrayList<>();
    java.util.Set<String> families = new java.util.HashSet<>();
    for (FieldText f : fields) {
      for (List<Token> sentence : f.sentences()) { // the field's shared sentences, not a second tokenization
        String[] keys = find(f, sentence, out);
        fs.add(f);
        sentences.add(sentence);
        keyed.add(keys);
        families(sentence, keys, families);
      }
    }
    if (!families.isEmpty()) {
      for (int k = 0; k < keyed.size(); k++) {
        familyRepeats(fs.get(k), sentences.get(k), keyed.get(k), families, out);
      }
    }
    return out;
  }

  /**
   * Family names with the article and the nisba ending that follow a given name or بن + a name in the
   * article (أحمد بن دخيل المنيفي, رأفت الصباغ is not one: no nisba ending).
   */
  private void families(List<Token> s, String[] keys, java.util.Set<String> out) {
    for (int i = 1; i < keys.length; i++) {
      if (familyShaped(keys[i]) && s.get(i).text().endsWith("ي")
          && (givenNames.contains(keys[i - 1]) || (i >= 2 && AFTER_NAME_PARTICLES.contains(keys[i - 2])))) {
        out.add(keys[i]);
      }
    }
  }

  /**
   * The family name alone, later in the article (وأشاد المنيفي بالجهود), is that person: Arabic copy
   * names a person in full once and by the family name after. Not after a given name or بن (the full
   * name, taken by the tagger or {@link #people}), nor inside an organisation found here.
   */
  private void familyRepeats(FieldText f, List<Token> s, String[] keys, java.util.Set<String> families,
      List<Candidate> out) {
    for (int i = 0; i < keys.length; i++) {
      int clitic = familyClitic(keys[i], families);
      if (clitic < 0) {
        continue;
      }
      if (i > 0 && (givenNames.contains(keys[i - 1]) || AFTER_NAME_PARTICLES.contains(keys[i - 1])
          || (i >= 2 && AFTER_NAME_PARTICLES.contains(keys[i - 2])))) {
        continue;
      }
      Token t = s.get(i);
      int start = t.start() + displayOffset(t.text(), clitic);
      boolean inside = out.stream().anyMatch(c -> c.field() == f.index() && c.start() <= start && t.end() <= c.end());
      if (!inside) {
        out.add(new Candidate(f.index(), start, t.end(), EntityType.PERSON, FAMILY_CONFIDENCE, false));
      }
    }
  }

  /** 0 when {@code key} is one of the families, 1 when it is one with an attached و/ف (والمنيفي), else -1. */
  private static int familyClitic(String key, java.util.Set<String> families) {
    if (families.contains(key)) {
      return 0;
    }
    boolean conjunction = key.length() > 5 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف');
    return conjunction && families.contains(key.substring(1)) ? 1 : -1;
  }

  /** A family name alone: below a full name's confidence, above the model's usual guesses. */
  static final double FAMILY_CONFIDENCE = 0.85;

  private static final String CABINET = MatchingForm.key("مجلس") + " " + MatchingForm.key("الوزراء");
  private static final String PRESIDENT = MatchingForm.key("رئيس");
  private static final String CHAIR = MatchingForm.key("رئاسة");
  private static final String FORCES = MatchingForm.key("قوات");
  private static final String THE_FORCES = MatchingForm.key("القوات");
  private static final String RESISTANCE = MatchingForm.key("المقاومة");

  /**
   * مجلس الوزراء الكويتي: the council of ministers with its country's adjective right after it is that
   * country's cabinet, a body (not after رئيس/نائب …, where it names an office).
   */
  private boolean namedCabinet(String[] keys, int i, int end) {
    return end == i + 3 && CABINET.equals(keys[i].substring(cliticLength(keys[i])) + " " + keys[i + 1])
        && (nationality.contains(keys[i + 2]) || isNisba(keys[i + 2]))
        && (i == 0 || !(keys[i - 1].equals(PRESIDENT) || notAfter.contains(keys[i - 1])));
  }

  /** A member of the council of ministers (عضو مجلس الوزراء): the conventions take the council as the body. */
  private static final Set<String> MEMBER = MatchingForm.keys("عضو", "وعضو", "أعضاء", "وأعضاء");

  private boolean memberOfCabinet(String[] keys, int i, int end) {
    return end >= i + 2 && i > 0 && MEMBER.contains(keys[i - 1]) && CABINET.equals(keys[i] + " " + keys[i + 1]);
  }

  /** Words before مجلس الوزراء that make it part of an office's title (the prime minister and his deputies). */
  private static final Set<String> OFFICE_BEFORE = MatchingForm.keys("رئيس", "لرئيس", "ورئيس", "برئيس", "رئيسة",
      "لرئيسة", "ورئيسة", "رئاسة", "لرئاسة", "برئاسة", "ورئاسة", "نائب", "لنائب", "ونائب");

  /**
   * مجلس الوزراء alone, deciding or meeting (قرر مجلس الوزراء، جلسة مجلس الوزراء): the cabinet as a body, as the
   * conventions take it after عضو; after رئيس or رئاسة it stays the prime minister's office.
   */
  private static boolean bareCabinet(String[] keys, int i, int end, String head) {
    return end == i + 2 && CABINET.equals(head + " " + keys[i + 1]) && (i == 0 || !OFFICE_BEFORE.contains(keys[i - 1]));
  }

  /**
   * Round 51b: a country's intelligence service is named by the word and its nisba alone (الاستخبارات التركية،
   * المخابرات الباكستانية); without a nationality right after, the word is the trade (ضباط الاستخبارات) or a
   * service known from the text, so it heads a name only with one.
   */
  private static final Set<String> INTELLIGENCE = MatchingForm.keys("الاستخبارات", "المخابرات");
  /** Plurals before it that make it a country's agencies, several, not one service (أجهزة الاستخبارات الأميركية: r25). */
  private static final Set<String> AGENCIES = MatchingForm.keys("أجهزة", "وأجهزة", "لأجهزة", "وكالات", "ووكالات", "لوكالات");
  private static final String SECURITY = MatchingForm.key("الأمن");
  private static final String SECURITY_ADJECTIVE = MatchingForm.key("الأمنية");

  /**
   * Round 51b: security forces with their country's nisba right after (قوات الأمن التركية، القوات الأمنية العراقية)
   * are that country's forces, a body; bare قوات الأمن and القوات الأمنية only describe forces (not-org).
   */
  private boolean nationalSecurityForces(String[] keys, int i, int end, String head) {
    boolean forces = head.equals(FORCES) && keys[i + 1].equals(SECURITY) || head.equals(THE_FORCES) && keys[i + 1].equals(SECURITY_ADJECTIVE);
    return forces && end == i + 3 && nationality.contains(keys[i + 2]);
  }

  /** Branches of a country's armed forces after القوات (الجوية، البحرية، البرية، المسلحة). */
  private static final Set<String> BRANCHES = MatchingForm.keys("الجوية", "البحرية", "البرية", "المسلحة");

  /**
   * Round 57: the end of a country's armed forces or one of their branches named by the branch and the nationality
   * right after القوات (القوات الجوية الفرنسية، القوات البحرية المصرية، للقوات المسلحة اليمنية), a body as the files
   * annotate it (the Saudi and US air forces missed); -1 otherwise. The branch alone (القوات الجوية أقلعت) describes
   * forces, and المسلحة is no nisba, so the general chain took none of these. After a general staff (رئيس هيئة الأركان
   * العامة للقوات المسلحة اليمنية) the forces are part of the chief's title, as the staff is ({@link #staffOfOffice}).
   */
  private int nationalBranchEnd(String[] keys, int i, String head) {
    boolean staff = i > 0 && (STAFF.contains(keys[i - 1]) || i > 1 && keys[i - 1].equals(STAFF_GENERAL) && STAFF.contains(keys[i - 2]));
    return !staff && head.equals(THE_FORCES) && i + 2 < keys.length && BRANCHES.contains(keys[i + 1])
        && nationality.contains(keys[i + 2]) ? i + 3 : -1;
  }

  private static final String STAFF_GENERAL = MatchingForm.key("العامة");

  private static final String UNIVERSITY = MatchingForm.key("جامعة");
  private static final String ADMINISTRATION = MatchingForm.key("إدارة");
  private static final String CLUB = MatchingForm.key("النادي");
  private static final String THE_ADMINISTRATION = MatchingForm.key("الإدارة");
  private static final String BOARD = MatchingForm.key("مجلس");

  /**
   * Whether إدارة at {@code i} is the common noun, not a department's head (إدارة الموهوبات، إدارة الطب
   * المنزلي): after مجلس (a board of directors), before another body's head (the management of that body:
   * إدارة الهيئة السعودية للمهندسين) or before a word with a possessive suffix (إدارة شؤونها: managing its
   * affairs; a name holds no pronoun).
   */
  private boolean notADepartment(String[] keys, int i) {
    if (i > 0 && keys[i - 1].endsWith(BOARD)) {
      return true;
    }
    if (i + 1 >= keys.length) {
      return true;
    }
    String next = keys[i + 1];
    String bare = next.startsWith("ال") ? next.substring(2) : next;
    return heads.contains(bare) || articleHeads.contains(next) || next.length() > 4 && (next.endsWith("ها") || next.endsWith("هم"));
  }

  /** A director's title, bare or behind و/ل (ومدير، لمديرة). */
  private static final Set<String> DIRECTOR = MatchingForm.keys("مدير", "مديرة", "ومدير", "ومديرة", "لمدير", "لمديرة");
  private static final String GENERAL = MatchingForm.key("عام");

  /**
   * Whether إدارة at {@code i} follows a director's title (مدير إدارة الموهوبات، مدير عام إدارة المساجد): the
   * director of something is the head of a department, so إدارة there names one, not the act of managing.
   */
  private static boolean afterDirector(String[] keys, int i) {
    return i > 0 && DIRECTOR.contains(keys[i - 1]) || i > 1 && keys[i - 1].equals(GENERAL) && DIRECTOR.contains(keys[i - 2]);
  }

  /** Heads that a field adjective alone describes (the military establishment, the charity), not names. */
  private static final Set<String> GENERIC_HEADS = MatchingForm.keys("الجمعية", "اللجنة", "المركز", "المؤسسة", "المجلس");
  /** Adjectives of a body's field or role, which every such body has: with nothing after, a kind, not a name. */
  private static final Set<String> GENERIC_KINDS = MatchingForm.keys("الخيرية", "الخيري", "التنفيذية", "التنفيذي", "الطبي",
      "الطبية", "العسكرية", "الأمنية", "الإشرافية", "الفنية", "الفني", "العمومية", "البلدي", "النسائية", "الرياضي",
      "الإعلامية", "الإعلامي", "المنظمة");
  private static final Set<String> ATTACHING = MatchingForm.keys("في", "التابع", "التابعة", "لدى");

  /**
   * Whether the word at {@code end} goes on with the name or ties the phrase to a place or a parent (اللجنة
   * النسائية المحلية للانتخابات، بمحافظة، للنادي، في جدة، التابعة ل).
   */
  private static boolean attached(String[] keys, int end) {
    if (end >= keys.length) {
      return false;
    }
    String k = keys[end];
    return ATTACHING.contains(k) || k.startsWith("ال") || k.length() > 2 && (k.charAt(0) == 'ب' || k.charAt(0) == 'ل');
  }

  private static final String STAFF_HEAD = MatchingForm.key("هيئة");
  private static final Set<String> STAFF = MatchingForm.keys("الأركان", "أركان");

  /**
   * هيئة الأركان after رئيس (رئيس هيئة الأركان العامة، ورئيس هيئة أركان الجيش): the general staff named in a
   * chief of staff's title is his office, a rank's post, not the staff as a body; the staff acting
   * (كبار الموظفين من هيئة الأركان) is not touched.
   */
  private static boolean staffOfOffice(String[] keys, int i, String head) {
    if (!head.equals(STAFF_HEAD) || !STAFF.contains(keys[i + 1])) {
      return false;
    }
    String before = keys[i - 1];
    return before.equals(PRESIDENT) || before.length() == PRESIDENT.length() + 1 && "ولب".indexOf(before.charAt(0)) >= 0
        && before.endsWith(PRESIDENT);
  }

  private static final String INTEREST = MatchingForm.key("مصلحة");

  /**
   * Whether an indefinite word ends in a possessive or object pronoun (خارجيتها، إدارتها، تتخللها، حليفهم): a
   * name after a head word holds none, so the head is the common noun there. Short words (أبها، بنها, four
   * letters) are left alone: town names end so too.
   */
  public static boolean pronounSuffixed(String key) {
    return key.length() > 4 && !key.startsWith("ال") && !key.startsWith("\u0621")
        && (key.endsWith("ها") || key.endsWith("هم") || key.endsWith("هما"));
  }

  /** Plurals of body nouns: "the X and the (other) bodies" joins bodies, a name joins fields (التجارة والصناعة). */
  private static final java.util.Set<String> BODY_PLURALS = MatchingForm.keys("الجهات", "الهيئات", "المؤسسات",
      "الدوائر", "الوزارات", "الشركات", "الإدارات", "القطاعات", "المنظمات", "الأجهزة");
  private String[] find(FieldText f, List<Token> s, List<Candidate> out) {
    int n = s.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      String t = s.get(i).text();
      // quotes keep their own key so a quoted name after a head can be found
      keys[i] = t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0)) ? t : s.get(i).key();
      // the matching form folds أ into ا, so ألبان would look definite: the article is read on the display
      if (keys[i].startsWith("ال") && !t.startsWith("ال")) {
        keys[i] = "\u0621" + keys[i];
      } else if (keys[i].startsWith("وال") && !t.startsWith("وال")) {
        keys[i] = "و\u0621" + keys[i].substring(1); // وألمانيا, behind the conjunction: a name, not a second field
      }
    }
    people(f, s, keys, out);
    binChains(f, s, keys, out);
    places(f, s, keys, out);
    for (int i = 0; i < n; i++) {
      int clitic = cliticLength(keys[i]);
      String head = keys[i].substring(clitic);
      if (clitic > 0 && head.startsWith("ل") && !heads.contains(head)) {
        head = "ا" + head; // للجيش: ل + الجيش with the alef dropped
      }
      if (clitic > 0 && keys[i].charAt(clitic - 1) == '\u0644' && head.equals(INTEREST)) {
        continue; // لمصلحة المستهلك، ولمصلحة النادي: "in favour of", a preposition, not the authority (مصلحة الجمارك)
      }
      if (i + 1 < n && pronounSuffixed(keys[i + 1])) {
        continue; // وزارة خارجيتها، مجلس إدارتها، حركة تتخللها: "its ministry", a clause; a name holds no pronoun
      }
      if (clitic > 0 && keys[i].charAt(clitic - 1) == '\u0628' && head.equals(CHAIR)) {
        continue; // برئاسة رئيس مجلس الوزراء: "chaired by", not the presidency as a body
      }
      if (head.equals(FORCES) && i + 1 < n && articleHeads.contains(keys[i + 1])) {
        continue; // قوات المقاومة الشعبية، قوات الجيش اللبناني: the forces of a body named after them are that body
      }
      if (head.equals(ADMINISTRATION) && notADepartment(keys, i)) {
        continue; // مجلس إدارة الهيئة، إدارة اختلافاتها: a board, or managing something, not a department
      }
      if (clitic > 0 && head.equals(RESISTANCE) && i > 0 && keys[i - 1].startsWith("ال")) {
        continue; // الجبهة الإسلامية للمقاومة العراقية: the purpose of the name before, not a body of its own
      }
      if (i > 0 && i + 1 < n && staffOfOffice(keys, i, head)) {
        continue; // رئيس هيئة الأركان العامة: the chief of staff's office, no body (as وزير الخارجية)
      }
      if (clitic == 0 && i > 0 && Digits.only(keys[i - 1]) && heads.contains(head)) {
        continue; // أسهم 14 شركة مقابل تراجع …: a count of firms, the word after it no firm's name
      }
      boolean article = articleHeads.contains(head) || INTELLIGENCE.contains(head) && i + 1 < n && nationality.contains(keys[i + 1])
          && (i == 0 || !AGENCIES.contains(keys[i - 1]));
      if (article && i > 0 && notAfter.contains(keys[i - 1])) {
        continue; // وزير الخارجية الايطالي: an office, not the ministry
      }
      int branch = nationalBranchEnd(keys, i, head);
      if (branch > 0) {
        Token first = s.get(i);
        out.add(new Candidate(f.index(), first.start() + displayOffset(first.text(), clitic), s.get(branch - 1).end(),
            EntityType.ORGANIZATION, CONFIDENCE, false));
        i = branch - 1;
        continue; // القوات الجوية الفرنسية، للقوات المسلحة اليمنية: a country's air force or armed forces
      }
      if (!article && !heads.contains(head)) {
        continue;
      }
      if (article && head.equals(GOVERNMENT) && (i + 1 >= n || !nationality.contains(keys[i + 1]))) {
        continue; // الحكومة اليمنية is a body; الحكومة الشرعية, الحكومة المركزية describe one
      }
      if (article && head.equals(NAVY) && (i + 1 >= n || !nationality.contains(keys[i + 1]) || i > 0 && definite(keys[i - 1]))) {
        continue; // البحرية الليبية is the navy; القوات البحرية المصرية, الرحلات البحرية: "naval", an adjective
      }
      int end = chainEnd(keys, i + 1, article, weakHeads.contains(head) && !(head.equals(ADMINISTRATION) && afterDirector(keys, i)));
      if (!article && end == i + 2 && nameFollows.contains(head) && !definite(keys[i + 1])) {
        end = clubNameEnd(keys, end);
      }
      if (end == i + 2 && notBeforeName.contains(head) && !keys[i + 1].startsWith("ال")) {
        continue; // مركز + a proper name: an administrative district, not a body
      }
      if (article && end == i + 2 && head.equals(THE_ADMINISTRATION) && keys[i + 1].endsWith("يه")
          && !nationality.contains(keys[i + 1]) && !NAME_ADJECTIVES.contains(keys[i + 1])) {
        i = end - 1;
        continue; // الإدارة المدرسية، الإدارة الأهلاوية: the management of schools, of a club; no department's name
      }
      if (article && end == i + 2 && GENERIC_HEADS.contains(head) && GENERIC_KINDS.contains(keys[i + 1])
          && !attached(keys, end)) {
        i = end - 1;
        continue; // المؤسسة العسكرية، الجمعية الخيرية، الجمعية العمومية: a kind of body, no body's name
      }
      if (article && end == i + 2 && head.equals(CLUB) && nationality.contains(keys[i + 1])) {
        i = end - 1;
        continue; // النادي الإيطالي: "the Italian club", a club named before; no club's name is its nationality
      }
      if (article && head.equals(THE_FORCES) && (end != i + 2 || !nationality.contains(keys[i + 1])) && !nationalSecurityForces(keys, i, end, head)) {
        continue; // القوات الأميركية is a country's army; القوات الموالية، القوات الأمنية describe forces, no body
      }
      // a plural in -ات takes a feminine adjective (القوات الأميركية), as a head in ة does
      if (article && end > i + 1 && (head.endsWith("ه") || head.endsWith("ات")) != feminine(keys[i + 1])) {
        continue; // عمل اللجنة التنسيقي: the adjective agrees with another noun (gender), not with the head
      }
      if (end <= i + 1 || (i + 2 <= n && notOrg.contains(head + " " + keys[i + 1]) && !namedCabinet(keys, i, end) && !memberOfCabinet(keys, i, end)
          && !bareCabinet(keys, i, end, head) && !nationalSecurityForces(keys, i, end, head))) {
        if (end > i + 1) {
          i = end - 1;
        }
        continue;
      }
      while (end > i + 1 && !Character.isLetterOrDigit(s.get(end - 1).text().charAt(0))) {
        end--; // the closing » of a quoted name
      }
      Token first = s.get(i);
      int start = first.start() + displayOffset(first.text(), clitic);
      boolean quotedName = !Character.isLetter(keys[i + 1].charAt(0));
      if (quotedName && !headOutside.contains(head)) {
        start = s.get(i + 2).start(); // صحيفة «الوطن»: the name is what the marks hold
      } else if (nameFollows.contains(head) && !quotedName && !keys[i + 1].startsWith("ال")) {
        // نادي أتلانتا الإيطالي: the club's name without the head, without the nationality after it
        int e = end;
        while (e > i + 2 && nationality.contains(keys[e - 1])) {
          e--;
        }
        if (e < end && e > i + 1 && (e == i + 2 || !isNisba(keys[e - 1]))) {
          start = s.get(i + 1).start();
          end = e;
        }
      } else if (head.equals(UNIVERSITY) && !quotedName && !keys[i + 1].startsWith("ال")) {
        // جامعة ليدز البريطانية: the university's name without its country's adjective, as a firm's or a paper's
        while (end > i + 2 && nationality.contains(keys[end - 1])) {
          end--;
        }
      } else if (headOutside.contains(head)) {
        boolean quoted = quotedName;
        if (!quoted && (keys[i + 1].startsWith("ال") || indefiniteKind(keys, i + 1, end))) {
          i = end - 1;
          continue; // شركة الطيران: the airline, not a name; شركة خدمات استشارية: a kind of firm
        }
        if (!quoted && end == i + 2 && weakHeads.contains(head) && imperfectVerb(keys[i + 1])) {
          i = end - 1;
          continue; // مجموعة تطلق على نفسها، مجموعة تنتمي لـ: "a group that calls itself", a relative clause, no name
        }
        start = s.get(quoted ? i + 2 : i + 1).start();
      }
      out.add(new Candidate(f.index(), start, s.get(end - 1).end(), EntityType.ORGANIZATION, CONFIDENCE, false));
      i = end - 1;
    }
    return keys;
  }

  /** Whether a word (MatchingForm) carries the article, behind a clitic or not (القوات، للقوات، بالقاعدة). */
  private static boolean definite(String key) {
    return key.startsWith("ال") || key.startsWith("لل")
        || key.length() > 3 && "وبفك".indexOf(key.charAt(0)) >= 0 && key.startsWith("ال", 1);
  }

  /** The cue lists, parsed once for every recognizer and for {@link #endsChain}. */
  private static final class Cues {
    static final CueLists LISTS = CueLists.load("/entities/ar-cues.txt");
    static final Set<String> STOPS = LISTS.get("stop");
    /** The list's nationalities and their feminines (السوري، السوريه: ة folds to ه), so a token asked is one lookup. */
    static final Set<String> NATIONALITIES = withFeminines(LISTS.get("nationality"));

    private static Set<String> withFeminines(Set<String> masculine) {
      Set<String> all = new java.util.HashSet<>(masculine);
      for (String w : masculine) {
        all.add(w + "ه");
      }
      return StringSet.copyOf(all);
    }
  }

  /**
   * Whether {@code key} (MatchingForm) is a nationality adjective of the cue list, masculine or feminine (الإسباني،
   * السورية). Asked of every Arabic token by the nationality-noun rule ({@code ArtistTitles}).
   */
  public static boolean nationality(String key) {
    return Cues.NATIONALITIES.contains(key);
  }

  /** Whether {@code key} (MatchingForm) is a word that ends an organisation's chain: a preposition, a particle, a pronoun. */
  public static boolean endsChain(String key) {
    return Cues.STOPS.contains(key);
  }

  /** Above the statistical model's usual person scores: a given name and a family name are strong evidence. */
  static final double PERSON_CONFIDENCE = 0.9;
  /** Above the model's scores, below the organisation shape's: a given name, two more and a family name. */
  public static final double PERSON_CHAIN_CONFIDENCE = 0.993;

  /** Whether a candidate's score is one of the person shapes' (given names and a family name, a بن chain). */
  public static boolean personShape(double confidence) {
    return confidence == PERSON_CONFIDENCE || confidence == PERSON_CHAIN_CONFIDENCE;
  }

  /**
   * People by the commonest shape of an Arabic name: one to three given names of the shipped list and a
   * family name with the article and the nisba ending (منصور البلوي، محمد سعيد القحطاني, Al-Balawi,
   * Al-Qahtani); a nationality (محمد المصري is as often "the Egyptian Mohammed") or a descriptive
   * adjective is not taken as a family name, nor is على written with a dotted yeh.
   */
  private void people(FieldText f, List<Token> s, String[] keys, List<Candidate> out) {
    int n = keys.length;
    for (int i = 0; i + 1 < n; i++) {
      // ويحيى الزهراني: a name in a list, the conjunction glued to its given name
      boolean waw = wawGiven(keys[i]);
      if (!waw && (!givenNames.contains(keys[i]) || s.get(i).text().equals("على")
          || (s.get(i).text().equals("علي") && i > 0 && isVerbLike(keys[i - 1])))) {
        continue;
      }
      // up to four name words before the family name, as Gulf names give the father's and grandfather's
      // (خالد محمد عبد الله الشحي); عبد written apart from its second word is one of them
      int j = i + 1;
      int words = 1;
      while (j < n && words < 4) {
        if (keys[j].equals("عبد") && j + 1 < n && keys[j + 1].startsWith("ال")) {
          j += 2;
        } else if (givenNames.contains(keys[j])) {
          j++;
        } else {
          break;
        }
        words++;
      }
      if (i > 0 && AFTER_NAME_PARTICLES.contains(keys[i - 1])) {
        i = j - 1; // حاسن بن عبدالله الغامدي: the model reads the whole chain, this shape only its tail
        continue;
      }
      if (j < n && familyShaped(keys[j]) && s.get(j).text().endsWith("ي") && !MONTHS.contains(keys[i])) {
        int start = s.get(i).start() + (waw ? displayOffset(s.get(i).text(), 1) : 0);
        // a chain of three name words or more before the family is above the model's scores: the model
        // often drops its first word (محمد عبد الله الشحي for خالد محمد عبد الله الشحي)
        double confidence = words >= 3 ? PERSON_CHAIN_CONFIDENCE : PERSON_CONFIDENCE;
        out.add(new Candidate(f.index(), start, s.get(j).end(), EntityType.PERSON, confidence, false));
        i = j;
      }
    }
  }

  /** Below the organisation and person shapes: a place word is weaker evidence than a head word. */
  static final double PLACE_CONFIDENCE = 0.85;
  /** Place words whose indefinite (construct) form is followed by the place's name (مدينة تدمر، لمدينة القريتين). */
  private static final Set<String> PLACE_WORDS = StringSet.of("مدينه", "بلده", "قريه", "محافظه");
  /** First words of two-word place names (كفر شوبا، دار سعد، خور مكسر، عين العرب). */
  private static final Set<String> PLACE_FIRSTS = StringSet.of("كفر", "دير", "عين", "بيت", "بير", "تل", "ابو", "ام", "راس",
      "جسر", "بني", "خان", "دار", "خور", "سيدي", "حي", "جبل", "وادي", "مرج", "شرم", "سوق");
  /** Words after a place word that are no name: titles (مدينة الملك عبدالله), quantifiers and adjectives. */
  private static final Set<String> NOT_PLACE = StringSet.of("الملك", "الامير", "الاميره", "الشيخ", "الامام", "الرئيس", "اخري",
      "اخرى", "واحده", "كبري", "صغري", "الالعاب", "كل", "جديده", "قديمه");

  /**
   * A place the knowledge base lacks, after an indefinite place word (مدينة تدمر، لمدينة القريتين، بلدة كفر
   * شوبا): the genitive word is the place when it is no common word (a title, a stop word, a descriptive
   * adjective, a nationality, a nisba adjective -ية, or an indefinite feminine adjective -ة), with a second
   * word after a toponym's usual first word (كفر، دير، عين).
   */
  private void places(FieldText f, List<Token> s, String[] keys, List<Candidate> out) {
    int n = keys.length;
    for (int i = 0; i + 1 < n; i++) {
      String k = keys[i];
      if (k.length() < 4 || k.charAt(k.length() - 1) != 'ه') {
        continue; // every place word ends with ة (ه in the matching form): most tokens stop here
      }
      boolean cue = PLACE_WORDS.contains(k) || (k.length() > 4 && "لبوف".indexOf(k.charAt(0)) >= 0 && placeWordAfterClitic(k));
      if (!cue) {
        continue;
      }
      String x = keys[i + 1];
      if (!placeNameWord(s.get(i + 1).text(), x, false)) {
        continue;
      }
      int end = i + 2;
      if (PLACE_FIRSTS.contains(x) && end < n && placeNameWord(s.get(end).text(), keys[end], true)) {
        end++;
      }
      out.add(new Candidate(f.index(), s.get(i + 1).start(), s.get(end - 1).end(), EntityType.PLACE, PLACE_CONFIDENCE, true));
      i = end - 1;
    }
  }

  /** A place word behind a one-letter clitic (لمدينة), compared in place: no substring per ة-word. */
  private static boolean placeWordAfterClitic(String k) {
    for (String w : PLACE_WORDS) {
      if (k.length() == w.length() + 1 && k.regionMatches(1, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** {@code second}: the word after a toponym's first word, which may be a given name (دار سعد). */
  private boolean placeNameWord(String display, String x, boolean second) {
    if (x.length() < (second ? 2 : 3) || !isWord(x) || stop.contains(x) || descriptive.contains(x) || nationality.contains(x)
        || NOT_PLACE.contains(x) || (!second && givenNames.contains(x)) || x.endsWith("يه") || heads.contains(x) || articleHeads.contains(x)) {
      return false;
    }
    for (int c = 0; c < display.length(); c++) {
      if (!Character.isLetter(display.charAt(c)) && Character.getType(display.charAt(c)) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    boolean definite = x.startsWith("ال") || x.startsWith("\u0621ال");
    return definite || !x.endsWith("ه");
  }

  /**
   * People by the Gulf chain: a given name of the shipped list, then بن and the father's name (and the
   * grandfather's after a second بن), then the family name: ال and a word or آل and a word (فهد بن عبدالرحمن
   * الجلاجل، نبيل بن عبدالله بن سليمان الطويل، سعد بن محمد آل سعد). The model reads such chains unevenly (it
   * drops some given names and family names that are also common words: الطويل 'the tall'); the shape is sure.
   * The family word is no adjective of a place named after the person (العالمية، الدولي), no weekday and no
   * pronoun: those end the chain at the father's name. A given name right after بن is inside another chain.
   */
  private void binChains(FieldText f, List<Token> s, String[] keys, List<Candidate> out) {
    int n = keys.length;
    for (int i = 0; i + 2 < n; i++) {
      // round 54: وفهد بن عبد الله العسكر, a chain in a list of officials with the conjunction glued to its given name
      boolean waw = wawGiven(keys[i]);
      boolean unlisted = !waw && !givenNames.contains(keys[i]) && unlistedGiven(keys, i);
      if (!waw && !unlisted && !givenNames.contains(keys[i]) || s.get(i).text().equals("على")
          || i > 0 && AFTER_NAME_PARTICLES.contains(keys[i - 1])) {
        continue;
      }
      int j = i + 1;
      while (j + 1 < n && j - i < 9 && (keys[j].equals("بن") || keys[j].equals("بنت"))) {
        int father = nameWords(keys, j + 1);
        if (father == 0) {
          break;
        }
        j += 1 + father;
      }
      if (j == i + 1) {
        continue;
      }
      int house = j + 1 < n && keys[j].equals(HOUSE) ? nameWords(keys, j + 1) : 0;
      if (house > 0) {
        // آل سعود، آل عبد الله، آل ضيف الله: the house's name, a compound with الله whole
        j += 1 + house + (house == 1 && j + 2 < n && keys[j + 2].equals(ALLAH) ? 1 : 0);
      } else if (j < n && chainFamily(keys[j])) {
        if (!keys[j].endsWith("ي") && !closesName(keys, j + 1)) {
          continue; // الأمير X بن Y الشكر للجميع: a family name or the verb's object, which the shape cannot tell
        }
        j++;
      } else if (j < n && bareFamily(keys, j)) {
        j++; // round 59: غلاب بن غالب ابوخشيم.، X بن Y زقزوق رئيس: a family name without the article, closed
      } else if (unlisted) {
        continue; // an unlisted first word is a given name only in a whole chain, its family name closing it
      } else if (j < n && !keys[j].startsWith("ال") && isWord(keys[j]) && !(keys[j].length() > 3 && keys[j].charAt(0) == 'ي')
          && !PAST_VERBS.contains(keys[j]) && !pastShaped(keys[j])) {
        continue; // سعيد بن محمد مخايش، X بن Y توكل: a family name without the article, or a word the shape cannot
        // tell from one; a verb with the imperfect's ي (فيصل بن سلمان ينوه) ends the name
      }
      int start = s.get(i).start() + (waw ? displayOffset(s.get(i).text(), 1) : 0);
      out.add(new Candidate(f.index(), start, s.get(j - 1).end(), EntityType.PERSON, PERSON_CHAIN_CONFIDENCE, false));
      i = j - 1;
    }
  }

  /**
   * Round 59: a family name without the article (مخايش، ابوخشيم، زقزوق) closing a بن chain: a word of four letters or
   * more that is no verb by its shape (أفعل، استفعل، افتعل, the imperfect), no office in apposition (نائب، أمير), head,
   * chain noun, describing word or nationality, and that the end, a mark (a full stop too), a particle, a verb or an
   * office closes. A time word does not close it (X بن Y حضر أمس: a verb), nor does a noun (قدم X بن Y شكره للجميع).
   */
  private boolean bareFamily(String[] keys, int j) {
    String k = keys[j];
    if (k.length() < 4 || k.startsWith("ال") || !isWord(k) || isVerbLike(k) || PAST_VERBS.contains(k) || pastShaped(k)
        || k.length() == 4 && k.charAt(0) == 'ا' && !k.startsWith("ابو") || purposeLam(k)
        || NAME_CLOSERS.contains(k) || BARE_ROLES.contains(k)
        || chainNouns.contains(k) || descriptive.contains(k) || nationality.contains(k) || MONTHS.contains(k)
        || givenNames.contains(k)) {
      return false;
    }
    return j + 1 >= keys.length || keys[j + 1].equals(".") || !NAME_TIMES.contains(keys[j + 1]) && closesName(keys, j + 1);
  }

  /** ل before a verbal noun, an imperfect or the article (لتجاوز، ليتم، للجميع): a purpose phrase, no family name. */
  private static boolean purposeLam(String k) {
    return k.length() > 1 && k.charAt(0) == 'ل' && "تيال".indexOf(k.charAt(1)) >= 0;
  }

  /** Offices and ranks that stand after a name in apposition without the article (زعيم تنظيم، عضو مجلس، ملك الأردن). */
  private static final Set<String> BARE_ROLES = MatchingForm.keys("عضو", "زعيم", "ملك", "شيخ", "إمام", "خطيب", "مؤسس");

  /**
   * A past verb by its pattern, not a list: استفعل (استعرض، استقبل) and افتعل (اختتم، افتتح، اعتبر), written with the
   * hamzat al-wasl's bare alef; a given or family name of these shapes is rare (names of the shapes are six letters:
   * ابتسام، انتصار).
   */
  private static boolean pastShaped(String key) {
    return key.startsWith("است") && key.length() >= 6 || key.length() == 5 && key.charAt(0) == 'ا' && key.charAt(2) == 'ت';
  }

  /**
   * Round 58: a first word the shipped list lacks (شرف بن حسن السعيدي، غلاب، فهاد) before بن and a listed father's
   * name: SPA copy names local officials by their whole chain, and the given names of the Gulf are more than any list
   * holds. A word of letters without the article, no و (the conjunction) or preposition before a listed name
   * (لمحمد), and no head, chain noun, stop or describing word; {@link #binChains} then asks for the family name that closes the chain.
   */
  private boolean unlistedGiven(String[] keys, int i) {
    String k = keys[i];
    return i + 2 < keys.length && keys[i + 1].equals("بن") && givenNames.contains(keys[i + 2]) && k.length() >= 3
        && fatherName(k) && k.charAt(0) != 'و' && !("بلفك".indexOf(k.charAt(0)) >= 0 && givenNames.contains(k.substring(1)))
        && !stop.contains(k) && !heads.contains(k)
        && !chainNouns.contains(k) && !descriptive.contains(k) && !nationality.contains(k) && !MONTHS.contains(k)
        && !isVerbLike(k);
  }

  /**
   * A given name of the shipped list with the conjunction و glued to it (ويحيى، وفهد), where the word itself is no
   * given name (وليد، وائل are).
   */
  private boolean wawGiven(String key) {
    return key.length() > 3 && key.charAt(0) == 'و' && !givenNames.contains(key) && givenNames.contains(key.substring(1));
  }

  /**
   * Whether the word at {@code k} closes a name before it: the end, a mark, a particle (أن، على) or a verb. A family
   * name without the nisba ending (الطويل، المريشد) is read as one only then: an object noun follows a name as well
   * (قدم الأمير X بن Y الشكر للجميع).
   */
  private boolean closesName(String[] keys, int k) {
    // a full stop may end the verb's object as well (وشكر الأمير X بن Y الفرق.): only the other marks close a name
    return k >= keys.length || !Character.isLetter(keys[k].charAt(0)) && !keys[k].equals(".") || stop.contains(keys[k]) || isVerbLike(keys[k])
        || keys[k].length() > 3 && keys[k].charAt(0) == 'و' // والكتاب: the conjunction opens the next item
        || NAME_CLOSERS.contains(keys[k]);
  }

  /**
   * Words that follow a whole name and no object noun: the sentence's time (… الربيعة اليوم، أمس), an office in
   * apposition (… الجبير وزير الخارجية، … ولي العهد، … أمير منطقة) and a role in the accusative (… الجلاجل ممثلاً عن
   * الوزارة، رئيساً للجنة). After a verb's object (قدم X بن Y الشكر) such words are rare.
   */
  private static final Set<String> NAME_TIMES = MatchingForm.keys("اليوم", "أمس", "امس", "الليلة", "السبت", "الأحد",
      "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة");
  private static final Set<String> NAME_CLOSERS = StringSet.union(NAME_TIMES, MatchingForm.keys("ولي", "أمير", "نائب", "وزير", "رئيس", "مساعد", "مستشار",
      "سفير", "محافظ", "مدير", "قائد", "وكيل", "ممثلا", "ممثلاً", "ممثلة", "ممثلين", "رئيسا", "رئيساً", "نائبا", "نائباً",
      "عضوا", "عضواً", "قائلا", "قائلاً"));

  /** Words of the name at {@code k} after بن: 2 for عبد written apart from its second word (عبد الله), else 1 or 0. */
  private int nameWords(String[] keys, int k) {
    if (k + 1 < keys.length && keys[k].equals("عبد") && keys[k + 1].startsWith("ال")) {
      return 2;
    }
    return k < keys.length && fatherName(keys[k]) ? 1 : 0;
  }

  /** A father's or grandfather's name after بن: a word of letters without the article (بن الخطاب is rare in news). */
  private boolean fatherName(String key) {
    return key.length() >= 2 && !key.startsWith("ال") && isWord(key);
  }

  /** A family name closing a بن chain: ال and a word that is no adjective, weekday, ordinal or pronoun. */
  private boolean chainFamily(String key) {
    // المتخصص، المستشار: a participle describing the man (المحامي X بن Y المتخصص في …), no family name
    return key.startsWith("ال") && key.length() >= 4 && !key.endsWith("يه") && !key.startsWith("المت") && !key.startsWith("المست") && !CHAIN_ENDERS.contains(key) && !nationality.contains(key)
        && !descriptive.contains(key) && !stop.contains(key) && !articleHeads.contains(key)
        && (!NOT_FAMILY.contains(key) || FAMILY_NISBAS.contains(key));
  }

  /**
   * Nisba adjectives of {@link #NOT_FAMILY} that are also common Gulf family names (الشهري 'monthly', of the Shahran
   * tribe): after a بن chain, where no noun stands for the adjective to agree with, the family name.
   */
  private static final Set<String> FAMILY_NISBAS = StringSet.of("الشهري");

  /**
   * ال-words that follow a بن chain without being its family name: weekdays and time words, the sentence's adverb
   * (محمد بن سلمان الثلاثاء، … اليوم); relative pronouns and ordinals (الذي، الأول); offices in apposition (الأمين، الرئيس).
   */
  private static final Set<String> CHAIN_ENDERS = StringSet.of("السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
      "الجمعه", "اليوم", "الذي", "التي", "الذين", "الاول", "الثالث", "الرابع", "الخامس", "الامين", "الرئيس", "المدير");

  /**
   * Past verbs of the news that follow their subject (الملك فهد بن عبدالعزيز قدم …، X بن Y زار …): they end the chain
   * at the father's name, where a family name without the article would otherwise leave the chain to the model.
   */
  private static final Set<String> PAST_VERBS = MatchingForm.keys("قدم", "قال", "أكد", "زار", "رأس", "دعا", "شهد",
      "بحث", "وجه", "رعى", "افتتح", "استقبل", "أعلن", "أوضح", "أشار", "أصدر", "وقع", "تسلم", "سلم", "كان");

  /**
   * آل as {@link #find} keys it: the matching form folds آ onto ا, and a word whose display lacks the article gets the
   * hamza mark (ألبان), so آل is ءال, never the article's ال.
   */
  private static final String HOUSE = "\u0621" + MatchingForm.key("آل");
  private static final String ALLAH = MatchingForm.key("الله");

  private static final Set<String> AFTER_NAME_PARTICLES = StringSet.of("بن", "بنت", "ابن", "ابو", "ابي", "ام");
  /** Hijri months that are also given names (رمضان الماضي is last Ramadan). */
  private static final Set<String> MONTHS = StringSet.of("رمضان", "شعبان", "رجب", "محرم", "صفر");
  /** Adjectives of time and order with the nisba ending: not family names. */
  private static final Set<String> NOT_FAMILY = StringSet.of("الماضي", "الحالي", "الجاري", "الثاني", "التالي", "الاولي",
      "الحادي", "الاضافي", "النهائي", "السنوي", "الشهري", "اليومي", "الرسمي", "الحقيقي", "الفعلي", "الاساسي", "الذهبي",
      // and of the facilities named after a person (مطار الملك خالد الدولي، مستشفى الملك فيصل التخصصي)
      "الدولي", "التخصصي", "الجامعي", "الطبي", "الوطني", "المركزي", "العالمي", "الاقليمي", "الخيري", "الثقافي",
      "الرياضي", "الاجتماعي", "الصحي", "الاهلي", "الشعبي", "العسكري", "المدني");

  /** A verb before علي makes it the preposition على written with a dotted yeh (حصل علي الدعم). */
  private static boolean isVerbLike(String key) {
    return key.length() >= 3 && (key.startsWith("ي") || key.startsWith("ت") || key.endsWith("ت") || key.endsWith("وا"));
  }

  private boolean familyShaped(String key) {
    return key.startsWith("ال") && key.length() >= 5 && key.endsWith("ي") && !nationality.contains(key)
        && !descriptive.contains(key) && !stop.contains(key) && !articleHeads.contains(key) && !NOT_FAMILY.contains(key);
  }

  /**
   * End (exclusive) of the name after a head at {@code j - 1}, or {@code j} when no word belongs to it.
   * Up to three chain nouns: indefinite ones go on (مجلس محافظة …), a definite noun or a proper name
   * closes the chain; then nisba adjectives. A quoted name right after the head (شركة «إير إنديا») is
   * taken whole.
   */
  private int chainEnd(String[] keys, int j, boolean article, boolean weak) {
    int n = keys.length;
    if (j < n && (keys[j].equals("«") || keys[j].equals("\""))) {
      int k = j + 1;
      while (k < n && k - j <= 4 && !keys[k].equals("»") && !keys[k].equals("\"")) {
        k++;
      }
      return k < n && k > j + 1 && k - j <= 4 ? k + 1 : j;
    }
    int k = j;
    boolean properName = false;
    if (!article && k < n && isIndefiniteAdjective(keys[k], keys[j - 1].endsWith("ه"))) {
      return j; // لجنة أميركية، حركة انعكاسية: "an American committee", a description, not a name
    }
    if (!article && k < n && femininePhrase(keys, j)) {
      return j; // قوات برية، قناة جديدة: the feminine adjective agrees with the head, a description, not a name
    }
    if (!article) {
      boolean closed = false;
      while (k < n && k - j < MAX_CHAIN && !closed && isWord(keys[k])) {
        if (keys[k].startsWith("ال")) {
          closed = true;
          int named = personAfterTitle(keys, k);
          if (named > k + 1) {
            k = named - 1; // مركز الملك سلمان: a body named after a person ends with the person's name
            properName = true;
          }
        } else if (k + 1 >= n || !isWord(keys[k + 1]) || isNisba(keys[k + 1])
            || !(continuesChain(keys[k]) || definiteGenitive(keys[k + 1]))) {
          closed = true;
          properName = true;
        }
        k++;
      }
      if (!closed) {
        return j;
      }
    }
    if (!article && !properName && k < n && k > j && keys[k - 1].startsWith("ال") && coordinated(keys, k)) {
      k++; // جمعية الثقافة والفنون، عمادة القبول والتسجيل: a second field joined by و
    }
    int chainEnd = k;
    while (k < n && k - chainEnd < MAX_ADJECTIVES && (isNisba(keys[k]) || NAME_ADJECTIVES.contains(keys[k])
        || k > chainEnd && keys[k].startsWith("وال") && isNisba(keys[k].substring(1)) && keys[k].endsWith("يه")
        && keys[k - 1].endsWith("يه"))
        && !descriptive.contains(keys[k])) {
      k++; // … and a second feminine nisba joined by و: وزارة الشؤون البلدية والقروية (not والأراضي السورية)
    }
    if (k == chainEnd && !properName && k < n && k > j && keys[k - 1].startsWith("ال") && QUALIFIERS.contains(keys[k])) {
      k++; // إدارة الرقابة الشاملة، لجنة الخدمات المساندة: the genitive's own adjective, part of the name
    }
    if ((article || weak) && k == chainEnd && !properName) {
      return j;
    }
    if (k > chainEnd || properName) {
      k = purposeEnd(keys, k, k > chainEnd && SCOPES.contains(keys[k - 1])); // المكتب الوطني للإحصاءات، الجمعية السعودية للثقافة والفنون
    }
    return k;
  }

  /** Pronouns that open a clause after a name (نادي سبورتينغ خيخون هو أقرب): the name ends before them. */
  private static final Set<String> CLAUSE_PRONOUNS = StringSet.of(MatchingForm.key("هو"), MatchingForm.key("هي"));

  /**
   * End of a club's transliterated name whose first word, at {@code end - 1}, closed the chain (نادي سبورتنج): up
   * to two more indefinite words belong to it (ليجيا جدانسك، إف سي موسكو) when a nationality adjective follows
   * them, or when each is a foreign name word (Wikidata's, or written with every vowel) and the name surely ends
   * after them (a mark, a stop word, a pronoun). Otherwise {@code end}: the words after a club are often its
   * president's name (نادي كاين جان فرنسوا فورتان واقع …), which no closing follows.
   */
  private int clubNameEnd(String[] keys, int end) {
    int n = keys.length;
    int k = end;
    boolean foreign = true;
    while (k < n && k - end < 2 && isWord(keys[k]) && !definite(keys[k]) && !CLAUSE_PRONOUNS.contains(keys[k])) {
      foreign &= CrossScriptName.personNameWord(keys[k]);
      k++;
    }
    if (k == end) {
      return end;
    }
    if (k < n && nationality.contains(keys[k])) {
      return k + 1; // the nationality is taken off again with the head (نادي أتلانتا الإيطالي)
    }
    boolean closes = k >= n || !Character.isLetter(keys[k].charAt(0)) || stop.contains(keys[k])
        || CLAUSE_PRONOUNS.contains(keys[k]);
    return foreign && closes ? k : end;
  }

  /**
   * A definite noun glued to و right after a name's definite genitive (والفنون), that closes the phrase: not
   * a nisba, a stop word, a head, nor the start of a construct of its own (والمدير العام للشركة).
   */
  private boolean coordinated(String[] keys, int k) {
    String w = keys[k];
    if (!w.startsWith("وال") || w.length() < 6) {
      return false;
    }
    String bare = w.substring(1);
    if (BODY_PLURALS.contains(bare)) {
      return false; // وزارة التجارة والجهات ذات العلاقة: other bodies joined to the name, not a second field of it
    }
    if (isNisba(bare) || stop.contains(bare) || articleHeads.contains(bare) || descriptive.contains(bare)) {
      return false;
    }
    if (keys[k - 1].equals(GOD) || k >= 2 && keys[k - 2].endsWith(FORCES) && personPlural(bare)) {
      return false; // حزب الله والنظام السوري، قوات الطوارئ والعاملين: a name or people after و, another party, no field
    }
    return k + 1 >= keys.length || !isWord(keys[k + 1]) || isNisba(keys[k + 1]) || cliticLength(keys[k + 1]) > 0
        || !keys[k + 1].startsWith("ال");
  }

  /** حزب الله، أنصار الله: a genitive that makes a proper name; no second field joins it. */
  public static final String GOD = MatchingForm.key("الله");

  /**
   * A definite masculine plural of people (العاملين، المستوطنين، المسلحين): forces are named for their task, never for
   * people, so these after قوات X و are a second party listed with the forces (a charity's name may join people:
   * رعاية الأيتام والمسنين). Verbal nouns in ين (التأمين، التمكين) are no people.
   */
  private static boolean personPlural(String key) {
    return key.length() >= 7 && key.endsWith("ين") && !key.startsWith("الت");
  }

  /** Feminine adjectives that end in alef (العليا) rather than teh marbuta: they agree with a feminine head. */
  private static final Set<String> FEMININE_ALEF = MatchingForm.keys("العليا", "الكبرى", "الأولى", "الوسطى");

  /** Whether an adjective after a head is feminine: the teh marbuta (ه in the matching form) or an alef ending. */
  private static boolean feminine(String key) {
    return key.endsWith("ه") || FEMININE_ALEF.contains(key);
  }

  /**
   * Round 46: adjectives without the nisba ending that qualify the field a unit is named for (إدارة الرقابة الشاملة،
   * لجنة الخدمات المساندة، الإدارة العامة لبرامج التدريب المشترك): after the name's definite genitive they belong to it;
   * the chain stopped before them and cut the name. A closed list: the head alone never takes them (اللجنة المشتركة
   * is "the joint committee", no name), only a genitive or a purpose noun does.
   */
  private static final Set<String> QUALIFIERS = MatchingForm.keys("الشاملة", "المساندة", "المشترك", "المشتركة", "المتخصصة",
      "المتكاملة", "الموحد", "الموحدة");

  /** Adjectives without the nisba ending that qualify names of bodies (الرئاسة العامة، المجلس الأعلى). */
  private static final Set<String> NAME_ADJECTIVES = StringSet.of("العام", "العامه", "الاعلي", "العليا");

  /** Titles before the name of the person a body is named after (مركز الملك سلمان، جامعة الأمير سلطان). */
  private static final Set<String> NAMING_TITLES = StringSet.of("الملك", "الامير", "الاميره", "الشيخ", "الامام");

  /** Whether the last word of {@code display[from, to)} is a naming title (الملك، الأمير …). */
  public static boolean endsWithNamingTitle(String display, int from, int to) {
    return NAMING_TITLES.contains(lastWordKey(display, from, to));
  }

  /** Matching key of the last word of {@code display[from, to)}, trailing spaces skipped; "" when there is none. */
  public static String lastWordKey(String display, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(display.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > from && !Character.isWhitespace(display.charAt(b - 1))) {
      b--;
    }
    return b < e ? MatchingForm.key(display.substring(b, e)) : "";
  }

  /**
   * End (exclusive) of a title and the person's name after it at {@code k}: given names of the list, joined
   * by بن/بنت (الملك سلمان بن عبدالعزيز, الملك عبد العزيز); {@code k} when no given name follows the title.
   */
  private int personAfterTitle(String[] keys, int k) {
    int n = keys.length;
    // عبد written apart opens a given name with the word after it (جامعة الملك عبد العزيز), as glued عبدالعزيز does
    int first = k + 2 < n && keys[k + 1].equals("عبد") && isWord(keys[k + 2]) ? 2 : 1;
    if (!NAMING_TITLES.contains(keys[k]) || k + 1 >= n || first == 1 && !givenNames.contains(keys[k + 1])) {
      return k;
    }
    int m = k + 1 + first;
    while (m < n && m - k <= 5) {
      if (givenNames.contains(keys[m]) || (keys[m].equals("عبد") && m + 1 < n)) {
        m++;
      } else if ((keys[m].equals("بن") || keys[m].equals("بنت")) && m + 1 < n && isWord(keys[m + 1])) {
        m += 2;
      } else {
        break;
      }
    }
    return m;
  }

  /**
   * A definite noun in construct after an indefinite one (منظمة حظر الأسلحة، مديرية أمن القاهرة): the
   * indefinite word is not the proper name that ends the chain. A nisba adjective or a descriptive word is not.
   */
  private boolean definiteGenitive(String key) {
    return key.startsWith("ال") && key.length() > 3 && !isNisba(key) && !descriptive.contains(key)
        && !stop.contains(key) && !articleHeads.contains(key);
  }

  /**
   * The purpose phrase of a name, after its adjectives or proper name: ل/لل + a noun (للإحصاءات، لرعاية
   * الشباب), the nouns joined to it by و (والفنون، والأعمال الإنسانية، وتوعية الجاليات) and their nisba
   * adjectives (للأوراق المالية). Arabic names of bodies state their field this way; a plain head and
   * genitive (وزارة الصحة للمواطنين) takes no purpose phrase, which keeps the dative out.
   */
  /** Adjectives of a body's scope, after which its members may name it (الهيئة السعودية للمهندسين). */
  private static final java.util.Set<String> SCOPES = StringSet.of(MatchingForm.key("السعودية"), MatchingForm.key("الدولي"),
      MatchingForm.key("الدولية"), MatchingForm.key("الوطني"), MatchingForm.key("الوطنية"), MatchingForm.key("العربي"),
      MatchingForm.key("العربية"), MatchingForm.key("العالمي"), MatchingForm.key("العالمية"), MatchingForm.key("الخليجي"),
      MatchingForm.key("الخليجية"));

  /** لكرة (لكرة القدم، لكرة السلة): the ball games' federations, a purpose word shorter than the others. */
  private static final String FOR_BALL = MatchingForm.key("لكرة");
  /**
   * Round 47: لألعاب (الاتحاد الدولي لألعاب القوى): ل + ألعاب folds to a word opening with لا, which the purpose phrase
   * otherwise leaves out; the games are the federation's field.
   */
  private static final String FOR_GAMES = MatchingForm.key("لألعاب");

  /** Plurals of body nouns in construct (وجامعات المملكة): other bodies joined to the name, not a second field of it. */
  private static final Set<String> OTHER_BODIES = MatchingForm.keys("جامعات", "وزارات", "هيئات", "مؤسسات", "شركات",
      "جهات", "إدارات", "جمعيات", "منظمات", "مراكز", "دوائر");

  private int purposeEnd(String[] keys, int k, boolean afterAdjective) {
    int n = keys.length;
    if (k >= n || (keys[k].length() < 5 && !keys[k].equals(FOR_BALL)) || keys[k].charAt(0) != 'ل' || stop.contains(keys[k])) {
      return k;
    }
    if ((keys[k].endsWith("ين") || keys[k].endsWith("ون")) && !(afterAdjective && keys[k].startsWith("لل"))) {
      // للصحفيين، للمواطنين: people the body speaks or gives to (a dative), not its field; but a body named by
      // a nationality or scope and then its members (الهيئة السعودية للمهندسين،
      // الاتحاد الدولي للصحفيين), is named for them
      return k;
    }
    int m;
    if (keys[k].startsWith("لل")) {
      m = k + 1;
    } else if (k + 1 < n && definiteGenitive(keys[k + 1]) && (!keys[k].startsWith("لا") || keys[k].equals(FOR_GAMES))) {
      m = k + 2; // لرعاية الشباب: ل + an indefinite noun in construct
    } else {
      return k;
    }
    int added = 0;
    int beforeConjunct = -1;
    while (m < n && added < 4) {
      String w = keys[m];
      if (isNisba(w) && !descriptive.contains(w) || QUALIFIERS.contains(w)) {
        m++;
      } else if (w.startsWith("وال") && w.length() >= 6 && !stop.contains(w.substring(1))
          && !articleHeads.contains(w.substring(1))) {
        if (beforeConjunct < 0) {
          beforeConjunct = m;
        }
        m++;
      } else if (w.startsWith("و") && w.length() >= 5 && !w.startsWith("وال") && !stop.contains(w) && !stop.contains(w.substring(1))
          && !OTHER_BODIES.contains(w.substring(1)) && m + 1 < n && definiteGenitive(keys[m + 1])) {
        if (beforeConjunct < 0) {
          beforeConjunct = m;
        }
        m += 2;
      } else {
        break;
      }
      added++;
    }
    if (added == 0 && m == k + 1 && m < n && GOVERNED.contains(keys[m])) {
      return k; // للدفاع عن، للتخفيف من، للحصول على: a verbal noun and its object, what the body does here, not its field
    }
    if (beforeConjunct > 0 && m < n && (OTHER.contains(keys[m]) || m + 1 < n && OTHER.contains(keys[m + 1]))) {
      return beforeConjunct; // لرعاية الأيتام والجمعيات (الخيرية) الأخرى: "and the other …" lists more bodies, not the name's field
    }
    return m;
  }

  /**
   * Prepositions a verbal noun governs (الدفاع عن، التقليل من، الحصول على): one ل-word right before one of
   * them is an action with its object, not the field a body is named for (a field's noun takes none).
   */
  private static final java.util.Set<String> GOVERNED = MatchingForm.keys("عن", "من", "على");

  /** "Other": closes a list of things of a kind, never a name. */
  private static final java.util.Set<String> OTHER = StringSet.copyOf(java.util.List.of(MatchingForm.key("الأخرى"),
      MatchingForm.key("الآخرين"), MatchingForm.key("الآخر")));

  /**
   * An indefinite noun that heads a further genitive (محافظة بغداد، أنباء الأناضول، ألبان الرمال): a
   * feminine noun in construct, or a plural common noun of the list; otherwise the indefinite word is
   * taken as the proper name that ends the chain (جامعة جازان).
   */
  private boolean continuesChain(String key) {
    return key.endsWith("ه") || chainNouns.contains(key.startsWith("\u0621") ? key.substring(1) : key);
  }

  private boolean isWord(String key) {
    if (key.isEmpty() || stop.contains(key) || !Character.isLetter(key.charAt(0)) || key.length() < 2) {
      return false;
    }
    if (heads.contains(key)) {
      return false; // a new head opens a name of its own; an article head (الخارجية) may be the genitive
    }
    // و/ب/ل + a word opens a new phrase (بجدة، للتعليم، وزارة is a head and was taken above)
    return !(cliticLength(key) > 0);
  }

  /**
   * An indefinite nisba adjective (أميركية، مستقلة is not one, طبية is): ends in ي/ية, and is not one of the
   * nouns of that shape that head a genitive (بلدية، مديرية، كلية).
   */
  private boolean isIndefiniteAdjective(String key, boolean feminineHead) {
    if (key.startsWith("ال") || key.length() <= 3 || chainNouns.contains(key) || heads.contains(key)
        || articleHeads.contains("ال" + key)) {
      return false;
    }
    if (key.endsWith("ايه") || (key.length() == 5 && key.charAt(0) == 'ت' && key.endsWith("يه"))) {
      return false; // حماية، تنمية: verbal nouns of that shape (وكالة حماية البيئة)
    }
    // it agrees with the head: لجنة أميركية, but جامعة هاواي is a name
    return feminineHead ? key.endsWith("يه") : key.endsWith("ي");
  }

  /**
   * Round 27: after a feminine head without the article (قوات، شبكة، قناة، لجنة), an indefinite Arabic word in
   * -ة that no word with the article follows (next or after one more word) agrees with the head as its adjective (قوات مسلحة، قناة جديدة، لجنة ممثلة):
   * the phrase describes a body, it names none. A verbal noun in -ة heads a construct instead (جمعية رعاية
   * الأيتام) and a foreign name is written without -ة (جامعة فيرجينيا); a given name in -ة (أسامة) is left alone.
   */
  private static final Set<String> REGION_WORDS = StringSet.of("منطقه", "ولايه", "جزيره", "مقاطعه", "اماره", "مملكه", "جمهوريه");

  private boolean femininePhrase(String[] keys, int j) {
    String head = keys[j - 1];
    String w = keys[j];
    if (!(head.endsWith("ه") || head.endsWith("ات")) || !w.endsWith("ه") || w.length() < 4 || w.startsWith("ال")
        || w.startsWith("\u0621") || w.startsWith("لل") || !isWord(w) || givenNames.contains(w) || chainNouns.contains(w)
        || PLACE_WORDS.contains(w) || REGION_WORDS.contains(w)) {
      return false; // شرطة منطقة عسير، أكاديمية مدينة X: a place word heads the genitive that follows
    }
    // لجنة متابعة أسعار المحروقات: a verbal noun in -ة heads a construct that reaches an ال-word
    return !(j + 1 < keys.length && keys[j + 1].startsWith("ال")
        || j + 2 < keys.length && !keys[j + 1].startsWith("\u0621") && isWord(keys[j + 1]) && keys[j + 2].startsWith("ال"));
    // (a key marked with \u0621 is إلى، إلا …: a preposition, no construct)
  }

  /** A definite nisba adjective: الإيطالية، الكردستاني، الدولي. */
  /**
   * Indefinite Arabic words closed by an indefinite feminine nisba (خدمات استشارية, نقل بحرية): after an
   * outside head they say what kind of firm, they do not name one (a foreign name keeps its own letters).
   */
  private static boolean indefiniteKind(String[] keys, int from, int end) {
    String last = keys[end - 1];
    if (end - from > 3 || last.length() < 5 || !last.endsWith("يه")) {
      return false;
    }
    for (int k = from; k < end; k++) {
      if (keys[k].startsWith("ال") || !Character.isLetter(keys[k].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a bare word (MatchingForm) has the shape of an Arabic imperfect verb: ي or ت, then three or four letters
   * with no long vowel inside (تطلق، يبلغ، تنتمي، تنتهج). Foreign names written in Arabic letters spell their vowels
   * (تاتا، تويوتا، ترافكو), so they do not take this shape.
   */
  private static boolean imperfectVerb(String key) {
    int n = key.length();
    if (n < 4 || n > 5 || (key.charAt(0) != 'ي' && key.charAt(0) != 'ت')) {
      return false;
    }
    for (int k = 1; k < n - 1; k++) {
      if ("اوي".indexOf(key.charAt(k)) >= 0) {
        return false;
      }
    }
    return key.charAt(n - 1) != 'ا' && key.charAt(n - 1) != 'و';
  }

  /**
   * Round 47: nouns ending in alif maqsura, which the matching form writes as ي, so that they look like a nisba
   * adjective (القوى reads as القوي): the genitive of a name, not an adjective that ends it (الاتحاد الدولي لألعاب
   * القوى، المعهد العالي للموسيقى، مجلس الشورى).
   */
  private static final Set<String> ALIF_MAQSURA_NOUNS = MatchingForm.keys("القوى", "الموسيقى", "المستشفى", "الملتقى",
      "المنتدى", "الشورى", "الأقصى", "الفتوى");

  private static boolean isNisba(String key) {
    return key.startsWith("ال") && key.length() > 4 && !ALIF_MAQSURA_NOUNS.contains(key)
        && (key.endsWith("ي") || key.endsWith("يه") || key.endsWith("يين") || key.endsWith("يون"));
  }

  /** Letters of an attached و/ف/ب/ل/ك (and لل) in front of a word, when what is left is a word. */
  private int cliticLength(String key) {
    if (key.length() < 4 || heads.contains(key) || articleHeads.contains(key)) {
      return 0;
    }
    int n = 0;
    if ((key.charAt(0) == 'و' || key.charAt(0) == 'ف') && (opensName(key.substring(1)) || prepositionOn(key.substring(1)))) {
      n = 1;
    }
    if (prepositionOn(key.substring(n))) {
      n++;
    }
    return n;
  }

  /** ب/ل/ك on a head or a definite word (بمجلس، للجيش with the alef dropped, بالجامعة). */
  private boolean prepositionOn(String key) {
    return key.length() > 3 && "بلك".indexOf(key.charAt(0)) >= 0 && (opensName(key.substring(1))
        || (key.charAt(0) == 'ل' && articleHeads.contains("ا" + key.substring(1))));
  }

  private boolean opensName(String key) {
    return heads.contains(key) || articleHeads.contains(key) || key.startsWith("ال");
  }

  /** Display chars covering the first {@code letters} letters (the display may hold marks). */
  private static int displayOffset(String display, int letters) {
    int i = 0;
    int seen = 0;
    while (i < display.length() && seen < letters) {
      if (Character.isLetter(display.charAt(i))) {
        seen++;
      }
      i++;
    }
    return i;
  }
}
