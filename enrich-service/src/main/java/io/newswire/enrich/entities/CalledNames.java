package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import java.util.List;
import java.util.Set;

/**
 * Round 42: a man or woman "called" X (شاب يدعى X Y، طالبة تُدعى X Y Z، المدعو X) is a person whatever the name's
 * words: news writes so of private people, often foreign (Somali, Turkish, Afghan names) that neither the given-name
 * list nor the model knows. A quoted name after the verb («مورموني», «الحسابات …») is a thing or an angel, and يدعي
 * (with ي: "claims") is no naming verb. The name is taken only when it surely ends: at the end, a mark, كان, a verb
 * with the imperfect's prefix, or و with such a verb or an ال word (وتبلغ، والذي); else (محامٍ يدعى X Y أدى به …) it is
 * left to the model.
 */
final class CalledNames {
  private static final Set<String> CALLED = Set.of("يدعى", "تدعى", "المدعو", "المدعوة");
  private static final String ABD = MatchingForm.key("عبد");
  private static final String BIN = MatchingForm.key("بن");
  private static final Set<String> WAS = MatchingForm.keys("كان", "كانت");
  /** Name words after the verb, without a بن chain; with one, a grandfather's name and the family name more. */
  private static final int MAX_WORDS = 4;
  private static final int MAX_CHAIN_WORDS = 7;

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
}
