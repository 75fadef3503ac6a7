package io.newswire.enrich.entities.ner;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Round 40b: Arabic religious and Afghan-Pakistani titles (الملا Mullah, المولوي/مولوي Mawlawi, الحاج Hajji, المفتي Mufti)
 * before a name. They are no cues of {@code titles.tsv}: as plain titles the cue took the next word with the name (الملا
 * عمر زعيم الحركة gave «عمر زعيم», «عمر محصورة»), and الملا, الحاج also stand alone (the mullah, the pilgrim) before a
 * verb or a preposition. Here a title names only words people are named by: the given-name list or Wikidata's name
 * words. The name is the first word after the title and up to two more when they are such words too (الملا أختر منصور);
 * a first word nobody is named by counts only before a known second one (مولوي جل أغا); an ال-word, a role or title word
 * and punctuation end the name. The title stays outside the name (as الشيخ's).
 */
final class ReligiousTitles {
  private ReligiousTitles() {}

  /**
   * The titles, and each with one of CueRecognizer's one-letter conjunctions or prepositions before it (والملا, and
   * للملا where ل meets the article): built
   * once, so the test asked of every Arabic token cuts no substring.
   */
  private static final Set<String> TITLES = withClitics(MatchingForm.keys("الملا", "المولوي", "مولوي", "الحاج", "المفتي"));
  /** Compound openers: عبد الغني, أبو بكر are one given name of two words. */
  private static final Set<String> COMPOUND = MatchingForm.keys("عبد", "أبو");
  /**
   * Words Wikidata also holds as name words that end the name here: ordinals (أول Ole, ثاني Thani: الملا عمر أول من … is
   * "the first"), the patronymic links (بن Ben: المولوي غلام نبي بن المولوي …, the father under his own title) and the
   * pronouns of a nominal sentence (هما Homa: أقرب المقربين للملا منصور هما …, "are the two").
   */
  private static final Set<String> NOT_NAME = MatchingForm.keys("أول", "ثاني", "ثالث", "آخر", "بن", "ابن", "بنت", "آل",
      "هو", "هي", "هما", "هم");

  /** Whether {@code key} is one of the titles, a one-letter conjunction or preposition allowed before it (والملا). */
  static boolean title(String key) {
    return TITLES.contains(key);
  }

  private static Set<String> withClitics(Set<String> titles) {
    List<String> all = new ArrayList<>(titles);
    for (String t : titles) {
      for (char c : CueRecognizer.CLITICS.toCharArray()) {
        all.add(c + t);
      }
      if (t.startsWith("ال")) {
        all.add("ل" + t.substring(1)); // ل before the article drops its alif: للملا عمر, "of Mullah Omar"
      }
    }
    return StringSet.copyOf(all);
  }

  /**
   * End (exclusive) of the name after a title at {@code from - 1}, or {@code from} when none: {@code word} says
   * whether a token may be a name word at all (a letter, no stop word), {@code role} whether a key is a role word.
   */
  static int nameEnd(String[] keys, int from, java.util.function.IntPredicate word, java.util.function.Predicate<String> role) {
    int n = keys.length;
    if (from >= n || !plain(keys, from, word, role)) {
      return from;
    }
    int first = from + 1;
    boolean known;
    if (COMPOUND.contains(keys[from])) {
      if (first >= n || !word.test(first)) {
        return from;
      }
      first++;
      known = true; // عبد الغني، أبو بكر: a given name's own shape
    } else {
      known = named(keys[from]);
    }
    // then up to two more name words (الملا أختر محمد منصور). A guard against a noun of a construct after the name
    // (الملا أختر أنصار الحركة, "the movement's supporters") was tried: it also cut ذاكر قيوم المعتقل السابق and
    // مولوي جل أغا المسؤول المالي, two for one, and was dropped.
    int end = first;
    while (end < n && end < first + 2 && plain(keys, end, word, role) && named(keys[end])) {
      end++;
    }
    if (end > first) {
      return end;
    }
    return known ? first : from;
  }

  private static boolean plain(String[] keys, int k, java.util.function.IntPredicate word, java.util.function.Predicate<String> role) {
    String key = keys[k];
    return word.test(k) && !key.startsWith("ال") && !role.test(key) && !title(key) && !COMPOUND.contains(key)
        && !NOT_NAME.contains(key);
  }

  /** A word people are named by: the given-name list or Wikidata's personal name words. */
  private static boolean named(String key) {
    return GivenNames.arabic().contains(key) || CrossScriptName.wikidataNameWord(key);
  }
}
