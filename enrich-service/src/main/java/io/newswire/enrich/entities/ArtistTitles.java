package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic arts copy names singers and actors after their trade and nationality (الفنانة اللبنانية X، المطرب العراقي X Y،
 * الممثلة الجزائرية X Y): stage names and foreign names that no list of given names holds. The trade word alone is a
 * common noun (الفنان أنجز، الممثل دوره), so only the trade with a nationality after it opens a name: one word, a
 * second unless it is a function word, a nationality, a describing word or a conjunction's next phrase (إليسا والمطرب);
 * and only where the name surely ends (a mark, a function word, a clause, و), since foreign names run to three words.
 * A person the model found as one word of the two (ماجد of ماجد المهندس) is taken whole.
 *
 * <p>Round 55: writers, journalists, researchers, media people, activists, lawyers and designers are named the same way
 * in news and comment copy (الصحافي التركي قدري جورسيل); a glued preposition before an article (بالتأكيد) and, after a
 * woman's trade, one word ending in ت (الإعلامية السعودية ركزت على: a verb) open no name.
 */
final class ArtistTitles {
  private static final CliticWords TRADES = new CliticWords(MatchingForm.keys("الفنان", "الفنانة", "المطرب", "المطربة", "المغني",
      "المغنية", "الممثل", "الممثلة",
      // round 55: news and comment copy names writers, journalists, researchers, activists, lawyers and designers so
      // (الصحافي التركي قدري جورسيل، الباحث الأميركي إريك تراجر، الكاتب الكويتي سعد الحرمل)
      "الكاتب", "الكاتبة", "الصحافي", "الصحافية", "الصحفي", "الصحفية", "الباحث", "الباحثة", "الإعلامي", "الإعلامية",
      "الناشط", "الناشطة", "المحامي", "المحامية", "المصمم", "المصممة"));
  /** Words after a name that describe the person (الراحلة، الشهير) or open a clause (الذي، التي، قالت X إنها). */
  private static final Set<String> NOT_NAME = MatchingForm.keys("الذي", "التي", "الراحل", "الراحلة", "الشهير",
      "الشهيرة", "الكبير", "الكبيرة", "الشاب", "الشابة", "الصاعد", "الصاعدة", "الشهيد", "الحالي", "السابق",
      "إنها", "إنه", "أنها", "أنه", "إنهم", "أنهم", "إن", "أن", "إنني", "أنني");

  private ArtistTitles() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> names, RuleNameIds ids) {
    List<Mention> out = null;
    for (FieldText f : fields) {
      List<List<Tokenizer.Token>> sentences = f.sentences();
      for (int si = 0; si < sentences.size(); si++) {
        List<Tokenizer.Token> s = sentences.get(si);
        String[] keys = f.sentenceKeys().get(si);
        for (int i = 0; i + 2 < s.size(); i++) {
          if (!trade(keys[i]) || !ArabicOrganisationRecognizer.nationality(keys[i + 1])) {
            continue;
          }
          int first = i + 2;
          // the article as written: إليسا folds to اليسا
          String firstWord = s.get(first).text();
          if (!nameWord(firstWord, key(s, first)) || firstWord.startsWith("ال") || firstWord.startsWith("بال")
              || firstWord.startsWith("لل")) {
            continue; // بالتأكيد، للمرة: a preposition glued to a definite noun opens no name
          }
          int last = first;
          if (first + 1 < s.size() && nameWord(s.get(first + 1).text(), key(s, first + 1))
              && s.get(first + 1).start() == s.get(first).end() + 1 && s.get(first + 1).text().charAt(0) != 'و') {
            last = first + 1;
          }
          if (!boundary(s, last + 1)) {
            continue; // عمر العبد للات، دومينيك فيفان دينون: the name may run on; its end is not sure
          }
          if (last == first && s.get(i).text().endsWith("ة") && firstWord.endsWith("ت")) {
            continue; // الإعلامية السعودية ركزت على: a feminine past verb after a woman's trade, no one-word name
          }
          int start = s.get(first).start();
          int end = s.get(last).end();
          String text = f.display().substring(start, end);
          String name = CrossScriptName.romanizePerson(text, "ar");
          List<Mention> next = withPerson(names, out, ids.mention(f.index(), start, end, EntityType.PERSON, text, name, "ar"));
          if (next == null) {
            continue; // a name the article already has there (محمد عبده), or another kind of entity
          }
          out = next;
          i = last;
        }
      }
    }
    return out == null ? names : out;
  }

  /**
   * Whether the name surely ends before token {@code k}: the sentence's end, a mark, a function word, a clause's
   * opening (الذي، إنها، بأنها) or a word behind the conjunction و (إليسا والمطرب).
   */
  static boolean boundary(List<Tokenizer.Token> s, int k) {
    if (k >= s.size()) {
      return true;
    }
    String t = s.get(k).text();
    String key = key(s, k);
    return !Character.isLetter(t.charAt(0)) || t.charAt(0) == 'و' || ArabicOrganisationRecognizer.endsChain(key)
        || NOT_NAME.contains(key) || t.startsWith("بأن") || t.startsWith("لأن");
  }

  static String key(List<Tokenizer.Token> s, int i) {
    return s.get(i).key();
  }

  /** The trade word, a preposition or conjunction glued to it allowed (للفنان، والمطربة). */
  private static boolean trade(String key) {
    return TRADES.word(key) != null;
  }

  /**
   * {@code out} (or a copy of {@code names} when still null) with {@code person} added over a shorter person the
   * article had inside its span (ماجد of ماجد المهندس), or null when another name or kind holds the span already.
   */
  static List<Mention> withPerson(List<Mention> names, List<Mention> out, Mention person) {
    List<Mention> cur = out == null ? names : out;
    Mention over = Mention.overlapping(cur, person.field(), person.start(), person.end());
    if (over != null && !(over.type() == EntityType.PERSON && over.start() >= person.start()
        && over.end() <= person.end() && over.end() - over.start() < person.end() - person.start())) {
      return null;
    }
    List<Mention> next = out == null ? new ArrayList<>(names) : out;
    if (over != null) {
      next.remove(over);
    }
    next.add(person);
    return next;
  }

  /**
   * {@link #withPerson} for the Arabic name on tokens first..last of one of field f's sentences, with a person's
   * id as the model's names get, so the linker merges it with the same name found elsewhere.
   */
  static List<Mention> withPerson(List<Mention> names, List<Mention> out, FieldText f, List<Tokenizer.Token> s,
      int first, int last) {
    int start = s.get(first).start();
    int end = s.get(last).end();
    String text = f.display().substring(start, end);
    return withPerson(names, out, CrossScriptId.arabicPerson(f.index(), start, end, text));
  }

  /** An Arabic word that may be part of a name: letters only, no function word, nationality or describing word. */
  static boolean nameWord(String text, String key) {
    if (text.length() < 2) {
      return false;
    }
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c < 0x621 || c > 0x6d3) {
        return false;
      }
    }
    return !ArabicOrganisationRecognizer.endsChain(key) && !ArabicOrganisationRecognizer.nationality(key)
        && !NOT_NAME.contains(key);
  }
}
