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

  /** Prepositions after which a nationality is a noun, the person (مع الروماني, على الفرنسي). */
  private static final Set<String> NOUN_BEFORE = MatchingForm.keys("مع", "من", "إلى", "على", "عن", "أمام", "بين", "ضد",
      "بعد", "قبل", "لدى", "عند");
  /** A player's role, before which no noun needs the nationality as its adjective (المهاجم الأوروغواياني مورا). */
  private static final CliticWords PLAYERS = new CliticWords(MatchingForm.keys("اللاعب", "المهاجم", "المدافع", "الحارس",
      "الجناح", "الظهير", "النجم", "المدرب", "الدولي", "لاعب", "مهاجم", "مدافع", "حارس"));

  /** Marks after which a nationality opens a phrase (a comma, a full stop, a colon); a closing quote mark ends a name. */
  private static final String CLAUSE_MARKS = "،,.:؛";

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
    return nationalityNouns(fields, out == null ? names : out);
  }

  /**
   * Round 60: sports and news copy names a foreign person after a nationality standing as a noun (مع الروماني سان
   * مارتين، والبولندي لوكاس زوكالا، اللاعب الأوروغواياني مورا). Only a nationality that cannot be an adjective of the
   * noun before it opens a name: one glued to و/ب/ل, one after a preposition, a mark or a player's role, or one opening
   * the sentence (an adjective follows its noun: الرئيس الفنزويلي، المنتخب البولندي). The name's first word must be
   * one people are named by (the Wikidata name words, or a foreign name written with every vowel); a second or third
   * word is one too, or any name word the name surely ends after. A name that may run on (an Arabic family name with the
   * article, a fourth word) or a span another mention holds is left alone.
   */
  static List<Mention> nationalityNouns(List<FieldText> fields, List<Mention> names) {
    List<Mention> out = null;
    for (FieldText f : fields) {
      List<List<Tokenizer.Token>> sentences = f.sentences();
      for (List<Tokenizer.Token> s : sentences) {
        for (int i = 0; i + 1 < s.size(); i++) {
          if (!nationalityNoun(s, i)) {
            continue;
          }
          int last = -1;
          boolean allKnown = true;
          for (int j = i + 1; j < s.size() && j <= i + 3; j++) {
            String text = s.get(j).text();
            String key = key(s, j);
            if (!nameWord(text, key) || key.startsWith("ال") || j > i + 1 && text.charAt(0) == 'و' || j == i + 1 && key.length() < 3
                || s.get(j).start() != s.get(j - 1).end() + 1) {
              break;
            }
            boolean known = CrossScriptName.personNameWord(key);
            if (!known && (j == i + 1 || !ends(s, j + 1))) {
              break;
            }
            allKnown &= known;
            last = j;
            if (!known) {
              break;
            }
          }
          if (last < 0 || !ends(s, last + 1) && !(allKnown && last > i + 1 && last < i + 3
              && !nameWord(s.get(last + 1).text(), key(s, last + 1)))) {
            continue;
          }
          List<Mention> cur = out == null ? names : out;
          int start = s.get(i + 1).start();
          int end = s.get(last).end();
          if (Mention.overlapping(cur, f.index(), start, end) != null) {
            continue; // the model's or a rule's mention there already: a person whole, or another kind
          }
          List<Mention> next = withPerson(names, out, f, s, i + 1, last);
          if (next != null) {
            out = next;
            i = last;
          }
        }
      }
    }
    return out == null ? names : out;
  }

  /** Whether token {@code i} is a nationality standing as a noun (see {@link #nationalityNouns}). */
  private static boolean nationalityNoun(List<Tokenizer.Token> s, int i) {
    String key = key(s, i);
    boolean glued = key.length() > 3 && "وبل".indexOf(key.charAt(0)) >= 0 && key.startsWith("ال", 1);
    if (!ArabicOrganisationRecognizer.nationality(glued ? key.substring(1) : key) || !key.startsWith("ال", glued ? 1 : 0)) {
      return false;
    }
    if (glued || i == 0) {
      return true;
    }
    String before = s.get(i - 1).text();
    return CLAUSE_MARKS.indexOf(before.charAt(0)) >= 0 || NOUN_BEFORE.contains(key(s, i - 1)) || PLAYERS.word(key(s, i - 1)) != null;
  }

  /**
   * The name ends before token k: {@link #boundary} but a number (ديباي مقابل 25: the word before it may be a noun), or a
   * preposition glued to a definite word (للتوصل، بالرحيل).
   */
  private static boolean ends(List<Tokenizer.Token> s, int k) {
    if (k < s.size() && Character.isDigit(s.get(k).text().charAt(0))) {
      return false;
    }
    if (boundary(s, k)) {
      return true;
    }
    String t = s.get(k).text();
    return t.startsWith("لل") || t.startsWith("بال") || t.startsWith("فال") || t.startsWith("كال");
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
