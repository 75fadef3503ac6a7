package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic sentences open with their verb and name its subject right after it, whatever the verb: 'أبدى مدرب
 * الفريق سامي الجابر ارتياحه …', 'امتدح الحارس ماجد المطيري المعسكر …', 'طمأن رئيس النادي خالد البلوي
 * الجماهير …'. The story then goes on about that person with speech verbs of no subject of their own
 * (وأشار إلى …، وقال: «…», وشدد على أن …). Each such opening subject is the story's topic from there on:
 * a subjectless cue read after it falls back to the topic when the topic is newer than the last speaker
 * ({@link SpeakerTracker#implicitSpeaker()}). A verb followed by a preposition (وأشار إلى حرص الجهاز …)
 * has no subject of its own: the names after it are objects and adjuncts. A subject no entity names
 * (وهنأ المدرب اللاعبين …) ends the older topic without naming a new one.
 */
final class NarrativeSubjects {
  /** How far after its verb a sentence's subject may be named (titles and role words before the name). */
  private static final int MAX_SUBJECT_TOKENS = 8;
  /** How many words an opening adjunct before its comma may run (وفي المقابل، / من ناحية أخرى،). */
  private static final int MAX_OPENER_TOKENS = 8;
  /**
   * Folded forms. على folds to the name علي, so it is not here; إلى and لدى (folded الي, لدي) were tried in round 57 and
   * left out: 1 right, 1 wrong over the Arabic pool (ويعود إلى هيلاري الفضل … وقالت lost its speaker).
   */
  private static final Set<String> PREPOSITIONS = StringSet.of("في", "وفي", "عن", "وعن", "مع", "ومع", "من", "ومن",
      "خلال", "وخلال", "بعد", "وبعد", "قبل", "وقبل", "منذ", "ومنذ", "ب", "و", "بين", "وبين", "حول", "وحول", "عند", "وعند",
      "امام", "وامام");
  private static final Set<String> PARTICLES = StringSet.of("قد", "وقد", "لقد", "فقد", "كما", "وكما", "ثم");

  private NarrativeSubjects() {}

  /** A sentence's opening subject and where the sentence starts. */
  record Topic(int position, SpeakerRef subject) {}

  /** The opening subjects of the sentences of an Arabic field, in reading order. */
  static List<Topic> find(FieldView f) {
    List<Topic> out = new ArrayList<>(2);
    List<Token> toks = f.tokens;
    for (int j = 0; j < toks.size(); j++) {
      if (j > 0 && !f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), ".!?؟")) {
        continue; // not a sentence start
      }
      if (f.insideQuote(toks.get(j))) {
        continue;
      }
      SpeakerRef s = subjectOfSentenceAt(f, j);
      if (s != null) {
        out.add(new Topic(toks.get(j).start(), s));
      }
    }
    return out;
  }

  /** The subject named by the sentence (or clause) opening at token {@code first}, {@link #NONE}, or null. */
  static SpeakerRef subjectOfSentenceAt(FieldView f, int first) {
    List<Token> toks = f.tokens;
    int k = first;
    CueLexicon.Hit sw = f.lexicon.match(toks, k, CueKind.SWITCH);
    if (sw != null) {
      k = sw.last() + 1; // من جهته شكر المدرب …
      if (k >= toks.size()) {
        return null;
      }
    } else if (PREPOSITIONS.contains(toks.get(k).form())) {
      k = afterOpeningComma(f, k); // وفي المقابل، امتدح …
      if (k < 0) {
        return null;
      }
    }
    while (k < toks.size() && PARTICLES.contains(toks.get(k).form())) {
      k++;
    }
    if (k + 1 >= toks.size() || f.mentionAt(toks.get(k)) != null || f.insideQuote(toks.get(k))
        || f.lexicon.matchAny(toks, k, CueKind.VERB, CueKind.CONT) != null) {
      return null; // speech verbs name their subjects themselves; a name first is no verb-initial sentence
    }
    Token verb = toks.get(k);
    Token next = toks.get(k + 1);
    if (!f.blankBetween(verb.end(), next.start()) || PREPOSITIONS.contains(next.form())
        || ArabicParticles.opensAdjunct(next) || f.lexicon.match(toks, k + 1, CueKind.COMP) != null) {
      return null; // وأشار إلى …: no subject of its own
    }
    MentionRef org = null;
    for (int j = k + 1; j < toks.size() && j - k <= MAX_SUBJECT_TOKENS; j++) {
      Token t = toks.get(j);
      if (j > k + 1 && f.hasCharBetween(toks.get(j - 1).end(), t.start(), ".:!?؟؛;") || f.insideQuote(t)
          || f.lexicon.matchAny(toks, j, CueKind.VERB, CueKind.CONT, CueKind.COMP) != null
          || j > k + 1 && UnnamedGroups.qualifier(t)) {
        break; // القوات الموالية للرئيس X: whom the subject serves is not the subject
      }
      MentionRef m = f.mentionAt(t);
      if (m != null && m.person() && governed(f, j, m)) {
        break; // وكرر رفض التعاون مع الرئيس الأسد: a name after a preposition is an object, the subject unnamed
      }
      if (m != null && m.person()) {
        return SpeakerRef.of(m, m.text());
      }
      if (m != null && m.personOrOrg() && j == k + 1) {
        org = m; // أعلنت الشركة «…»: a body right after the verb, unless a person heading it follows
      }
    }
    // a subject the entity step did not name (وهنأ المدرب …, ويضم البرنامج …) still ends the older topic
    return org == null ? NONE : SpeakerRef.of(org, org.text());
  }

  /**
   * Whether the person mention at token j follows a preposition, with titles between (مع الرئيس X, ضد X,
   * بالشيخ X): it is then an object or adjunct of the verb. 'كل من' names subjects (أكد كل من X و Y).
   */
  private static boolean governed(FieldView f, int j, MentionRef m) {
    List<Token> toks = f.tokens;
    Token t = toks.get(j);
    if (m.start() > t.start() && CLITIC_PREPOSITIONS.contains(f.text.substring(t.start(), m.start()))) {
      return true; // بالأسد, للرئيس
    }
    int i = j - 1;
    while (i >= 0 && j - i <= 3 && Honorifics.title(toks.get(i).form())) {
      i--;
    }
    if (i < 0 || j - i > 3) {
      return false;
    }
    String w = toks.get(i).form();
    if (w.startsWith("لل") && Honorifics.title("ال" + w.substring(2)) || w.startsWith("ب") && Honorifics.title(w.substring(1))) {
      return true; // بالرئيس X, للشيخ X
    }
    return OBJECT_PREPOSITIONS.contains(w) && !(w.equals("من") && i > 0 && toks.get(i - 1).form().equals("كل"));
  }

  /**
   * Prepositions whose person is no subject (في and قبل/بعد head time and place, rarely a person), in folded form: على
   * folds to the name علي, so it is not here.
   */
  private static final Set<String> OBJECT_PREPOSITIONS = StringSet.of("مع", "ومع", "عن", "وعن", "من", "ضد", "وضد",
      "بين", "عند", "حول", "امام", "برفقة", "بحضور", "ب", "ل");
  private static final Set<String> CLITIC_PREPOSITIONS = StringSet.of("ب", "ل", "لل", "وب", "ول", "فب", "فل");

  /** The subject of a sentence that has one, though no entity names it. */
  static final SpeakerRef NONE = new SpeakerRef(null, null, null);

  /** The token after the comma that ends an opening adjunct starting at token k, or -1. */
  private static int afterOpeningComma(FieldView f, int k) {
    List<Token> toks = f.tokens;
    for (int j = k + 1; j < toks.size() && j - k <= MAX_OPENER_TOKENS; j++) {
      if (f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), "،,")) {
        return j;
      }
      if (f.hasCharBetween(toks.get(j - 1).end(), toks.get(j).start(), ".:!?؟؛;")) {
        return -1;
      }
    }
    return -1;
  }
}
