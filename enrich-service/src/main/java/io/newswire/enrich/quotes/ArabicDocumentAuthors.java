package io.newswire.enrich.quotes;

import java.util.List;
import java.util.Set;

/**
 * Arabic 'أصدر X بيانا أكد فيه أن …', 'ألقى X كلمة قال فيها: …', 'تغريدة من X قالت فيها: «…»': the speech
 * verb's فيه/فيها points back at a statement, speech or message, so whoever issued, delivered or sent it speaks.
 * Without this the verb has no subject of its own and the finder took the glued object (الجبهة بيانا), a name
 * inside the words, or nobody.
 */
final class ArabicDocumentAuthors {
  private ArabicDocumentAuthors() {}

  private static final Set<String> IN_IT = folded("فيه", "فيها");
  /** Indefinite nouns of a statement, speech or message (definite ones are the document speaking, r-earlier). */
  private static final Set<String> MESSAGES = folded("بيان", "بيانا", "كلمة", "رسالة", "تغريدة", "خطاب", "خطابا",
      "مقال", "مقالا", "تصريح", "تصريحا", "تقرير", "تقريرا", "منشور", "منشورا", "تدوينة", "مقابلة", "حديث", "حديثا");
  /** Verbs that issue, deliver or send such a message; their subject comes right after them. */
  private static final Set<String> ISSUING = folded("أصدر", "أصدرت", "وأصدر", "وأصدرت", "ألقى", "ألقت", "وألقى",
      "وألقت", "نشر", "نشرت", "ونشر", "ونشرت", "وجه", "وجهت", "ووجه", "ووجهت", "بعث", "بعثت", "وبعث", "وبعثت",
      "أرسل", "أرسلت", "وأرسل", "وأرسلت", "كتب", "كتبت", "وكتب", "وكتبت", "أذاع", "أذاعت", "وأذاع", "وأذاعت");
  /** How far before the cue the message noun may stand (an 'عن …' complement between them). */
  private static final int MAX_NOUN_DISTANCE = 8;
  /** A subject longer than this (a role and a name, as SubjectFinder allows) between the verb and the noun is not a subject read with confidence. */
  private static final int MAX_SUBJECT_TOKENS = 12;

  private static Set<String> folded(String... words) {
    String[] out = new String[words.length];
    for (int k = 0; k < words.length; k++) {
      out[k] = MatchForm.fold(words[k], "ar");
    }
    return Set.of(out);
  }

  /** The author of the message the cue's فيه/فيها refers to, or null when the cue is not of that shape. */
  static SpeakerRef author(FieldView f, CueLexicon.Hit cue) {
    List<Token> toks = f.tokens;
    int in = cue.last() + 1;
    if (in >= toks.size() || !IN_IT.contains(toks.get(in).form())) {
      return null;
    }
    int sentence = f.tokenAtOrAfter(f.sentenceStart(toks.get(cue.first()).start()));
    int noun = -1;
    for (int j = cue.first() - 1; j >= sentence && j >= cue.first() - MAX_NOUN_DISTANCE; j--) {
      if (f.spanAt(toks.get(j).start()) != null) {
        return null;
      }
      if (MESSAGES.contains(toks.get(j).form())) {
        noun = j;
        break;
      }
    }
    if (noun < 0) {
      return null;
    }
    // تغريدة من الفنانة X قالت فيها: the sender named after من
    if (noun + 1 < cue.first() && toks.get(noun + 1).form().equals("من")) {
      for (int k = noun + 2; k < cue.first(); k++) {
        MentionRef m = f.mentionAt(toks.get(k));
        if (m != null && m.personOrOrg()) {
          return SpeakerRef.of(m, m.text());
        }
      }
    }
    int verb = -1;
    for (int j = noun - 1; j >= sentence && j >= noun - 1 - MAX_SUBJECT_TOKENS; j--) {
      if (ISSUING.contains(toks.get(j).form())) {
        verb = j;
        break;
      }
    }
    if (verb < 0 || verb + 1 >= noun
        || f.hasCharBetween(toks.get(verb).end(), toks.get(noun).start(), ".:!?؟«»\"")) {
      return null; // وألقى كلمة قال فيها: no subject of its own; the usual search goes on
    }
    // the subject between the verb and the noun: its last person or body named, else its words
    int from = toks.get(verb + 1).start();
    int to = toks.get(noun - 1).end();
    MentionRef last = null;
    for (MentionRef m : f.mentionsIn(from, to)) {
      if (m.personOrOrg() && m.end() <= to && (last == null || m.end() > last.end())) {
        last = m;
      }
    }
    String words = f.text.substring(from, to);
    return last != null ? SpeakerRef.of(last, words) : new SpeakerRef(null, null, words);
  }
}
