package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Round 42: a man or woman "called" X (شاب يدعى X Y، طالبة تُدعى X Y Z، المدعو X) is a person whatever the name's
 * words: news writes so of private people, often foreign (Somali, Turkish, Afghan names) that neither the given-name
 * list nor the model knows. A quoted name after the verb («مورموني», «الحسابات …») is a thing or an angel, and يدعي
 * (with ي: "claims") is no naming verb. The name is taken only when it surely ends: at the end, a mark, كان, a verb
 * with the imperfect's prefix, or و with such a verb or an ال word (وتبلغ، والذي); else (محامٍ يدعى X Y أدى به …) it is
 * left to the model.
 *
 * <p>Round 56: a sibling, child or spouse named right after the kin noun (شقيقتها الصغرى تالا التي، وابنتها سناء،
 * نجله يعقوب البالغ، وزوجته ريهام،) is a person too: feature and court copy names relatives by the given name alone,
 * foreign ones (تالا، بيبا، سافانا) that no list knows. The one word is taken only when the name surely ends right
 * after it (a mark, the sentence's end, التي/الذي, البالغ, ذات); it is then the same person bare elsewhere in the
 * dispatch (أما بيبا فتعيش).
 */
final class CalledNames {
  private static final Set<String> CALLED = Set.of("يدعى", "تدعى", "المدعو", "المدعوة");
  private static final String ABD = MatchingForm.key("عبد");
  private static final String BIN = MatchingForm.key("بن");
  private static final Set<String> WAS = MatchingForm.keys("كان", "كانت");
  /** Name words after the verb, without a بن chain; with one, a grandfather's name and the family name more. */
  private static final int MAX_WORDS = 4;
  private static final int MAX_CHAIN_WORDS = 7;

  /** Kin nouns with a possessive suffix, a glued و/ب/ل allowed (وشقيقتها، لزوجته); parents are named by more words. */
  private static final CliticWords KIN = new CliticWords(MatchingForm.keys("شقيقتها", "شقيقته", "شقيقها", "شقيقه",
      "أختها", "أخته", "ابنه", "ابنها", "ابنهما", "ابنته", "ابنتها", "ابنتهما", "زوجته", "زوجها", "نجله", "نجلها",
      "حفيده", "حفيدها", "حفيدته", "حفيدتها"));
  /** Order words between the kin noun and the name (شقيقتها الصغرى تالا، ابنه الثاني أحمد). */
  private static final Set<String> KIN_ORDER = MatchingForm.keys("الصغرى", "الكبرى", "الأصغر", "الأكبر", "البكر",
      "الوحيد", "الوحيدة", "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة");
  /** Words that surely open what follows a name: a relative clause, an age, a description. */
  private static final Set<String> AFTER_NAME = MatchingForm.keys("التي", "الذي", "البالغ", "البالغة", "ذات", "ذو");
  /** Adverbs and pronouns that may stand where the name would (أن ابنه هناك، زوجها أيضا). */
  private static final Set<String> NOT_KIN_NAME = MatchingForm.keys("هناك", "هنا", "أيضا", "كذلك", "فقط", "حاليا",
      "الآن", "معه", "معها", "وحده", "وحدها");
  private static final char TANWIN_FATH = '\u064b';

  private CalledNames() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> names) {
    List<Mention> out = null;
    for (FieldText f : fields) {
      for (List<Tokenizer.Token> s : f.sentences()) {
        for (int i = 0; i + 1 < s.size(); i++) {
          // the key folds the damma of تُدعى away, not the ى: يدعي ("claims") stays apart
          if (!CALLED.contains(s.get(i).text().replace("\u064f", ""))) {
            continue;
          }
          int last = nameEnd(s, i + 1);
          if (last < 0) {
            continue;
          }
          List<Mention> next = ArtistTitles.withPerson(names, out, f, s, i + 1, last);
          if (next != null) {
            out = next;
            i = last;
          }
        }
      }
    }
    return out == null ? names : out;
  }

  /** Index of the name's last token when a name opens at {@code first} and surely ends, else -1. */
  private static int nameEnd(List<Tokenizer.Token> s, int first) {
    if (s.get(first).text().startsWith("ال")) {
      return -1; // الحاج علي …: a title or a common noun first
    }
    int k = first;
    boolean chain = false;
    while (k < s.size() && k - first < (chain ? MAX_CHAIN_WORDS : MAX_WORDS)) {
      String text = s.get(k).text();
      String key = ArtistTitles.key(s, k);
      if (k > first && closes(text, key)) {
        break;
      }
      // علي folds onto the preposition على, a stop word: a given name is a name word here
      if (!ArtistTitles.nameWord(text, key) && !GivenNames.arabic().contains(key)) {
        return -1;
      }
      chain |= key.equals(BIN);
      k++;
      if (text.startsWith("ال") && !ArtistTitles.key(s, k - 2).equals(ABD)) {
        break; // أبو عقيل السالمي: the family name with the article ends the name
      }
    }
    return k < s.size() && !closes(s.get(k).text(), ArtistTitles.key(s, k)) ? -1 : k - 1;
  }

  /** A mark, كان, an imperfect verb (يعتقد، وتبلغ) or و and an ال word after the name; a given name is none. */
  private static boolean closes(String text, String key) {
    if (!Character.isLetter(text.charAt(0)) || WAS.contains(key)) {
      return true;
    }
    if (GivenNames.arabic().contains(key)) {
      return false;
    }
    return imperfect(text) || text.charAt(0) == 'و' && (imperfect(text.substring(1)) || text.startsWith("ال", 1));
  }

  /** ي or ت and three letters more: the imperfect's prefix (يعتقد، تبلغ); a name word beginning so is rare. */
  private static boolean imperfect(String text) {
    return text.length() > 3 && (text.charAt(0) == 'ي' || text.charAt(0) == 'ت');
  }

  /** The one-word names after a kin noun, and their bare repeats in the dispatch. */
  static List<Mention> kin(List<FieldText> fields, List<Mention> names) {
    List<Mention> out = null;
    List<Mention> found = new ArrayList<>();
    for (FieldText f : fields) {
      for (List<Tokenizer.Token> s : f.sentences()) {
        for (int i = 0; i + 1 < s.size(); i++) {
          // the key folds ة onto ه: ابنة رايان ("Ryan's daughter", a title) is no possessive
          if (KIN.word(s.get(i).key()) == null || s.get(i).text().endsWith("ة")) {
            continue;
          }
          int k = KIN_ORDER.contains(s.get(i + 1).key()) ? i + 2 : i + 1;
          if (k >= s.size() || !kinName(s, k)) {
            continue;
          }
          List<Mention> cur = out == null ? names : out;
          Tokenizer.Token w = s.get(k);
          // the kin noun outweighs the model's place or body on the same word (وشقيقتها سافانا: no savanna)
          Mention same = Mention.overlapping(cur, f.index(), w.start(), w.end());
          boolean exact = same != null && same.start() == w.start() && same.end() == w.end();
          if (exact && same.type() == EntityType.PERSON) {
            found.add(same); // the model's person: its bare repeats still
            i = k;
            continue;
          }
          if (exact) {
            cur = new ArrayList<>(cur);
            cur.remove(same);
            out = cur;
          }
          List<Mention> next = ArtistTitles.withPerson(names, out, f, s, k, k);
          if (next != null) {
            out = next;
            found.add(next.get(next.size() - 1));
            i = k;
          } else if (exact) {
            cur.add(same); // another mention overlaps the word: the model's reading stays
          }
        }
      }
    }
    return found.isEmpty() ? (out == null ? names : out) : kinRepeats(fields, out == null ? names : out, found);
  }

  /** Whether token k is a one-word name: a name word, no clitic reading, and the name surely ends after it. */
  private static boolean kinName(List<Tokenizer.Token> s, int k) {
    String text = s.get(k).text();
    String key = s.get(k).key();
    if (text.length() < 3 || text.startsWith("ال") || text.indexOf(TANWIN_FATH) >= 0 || NOT_KIN_NAME.contains(key)
        || !ArtistTitles.nameWord(text, key)) {
      return false;
    }
    // و/ف glued (وطفليه، فقط) or a pronoun suffix ending the word (لإنقاذه): another word, not a name; a listed given
    // name may open so (وليد، فؤاد)
    if (!GivenNames.arabic().contains(key) && ("وف".indexOf(text.charAt(0)) >= 0 || text.endsWith("ه"))) {
      return false;
    }
    if (k + 1 == s.size()) {
      return true;
    }
    Tokenizer.Token next = s.get(k + 1);
    return !Character.isLetter(next.text().charAt(0)) || AFTER_NAME.contains(next.key());
  }

  /** The names found, met again bare (a glued و/ب/ل/ف allowed) where no mention is, as theirs. */
  private static List<Mention> kinRepeats(List<FieldText> fields, List<Mention> out, List<Mention> found) {
    MentionAdditions added = new MentionAdditions(out);
    for (Mention m : found) {
      String name = fields.get(m.field()).display().substring(m.start(), m.end());
      if (name.indexOf(' ') >= 0 || inLongerName(fields, out, name)) {
        continue;
      }
      for (FieldText f : fields) {
        String d = f.display();
        for (int p = d.indexOf(name); p >= 0; p = d.indexOf(name, p + name.length())) {
          int e = p + name.length();
          if ((e == d.length() || !Character.isLetter(d.charAt(e))) && HeadedPlaces.clitics(d, p) && added.free(f.index(), p, e)) {
            added.add(m.nameAt(f.index(), p, e));
          }
        }
      }
    }
    return added.result();
  }

  /**
   * Whether {@code name} is a word of another person's longer name in the dispatch (زوجها هافينغتون beside أريانا
   * هافينغتون): a shared family name, whose bare repeats may be either.
   */
  private static boolean inLongerName(List<FieldText> fields, List<Mention> mentions, String name) {
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON && m.end() - m.start() > name.length()) {
        String t = FieldText.text(fields, m);
        int p = t.indexOf(name);
        if (p >= 0 && (p == 0 || t.charAt(p - 1) == ' ') && (p + name.length() == t.length() || t.charAt(p + name.length()) == ' ')) {
          return true;
        }
      }
    }
    return false;
  }
}
