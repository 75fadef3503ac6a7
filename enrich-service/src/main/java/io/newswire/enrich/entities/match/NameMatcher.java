package io.newswire.enrich.entities.match;

import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import io.newswire.text.analysis.LetterCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds knowledge-base aliases in a field: the hits of one Aho-Corasick pass over the matching form
 * ({@link PhraseScanner}), kept at word boundaries with Arabic proclitics and Persian enclitics, then
 * longest match first. Immutable and
 * thread-safe after construction.
 */
public final class NameMatcher {
  private final Map<String, List<AliasTarget>> byKey;

  public NameMatcher(KnowledgeBase kb) {
    Map<String, List<AliasTarget>> byKey = new LinkedHashMap<>();
    for (KbEntity e : kb.entities()) {
      for (KbAlias a : e.aliases()) {
        String key = MatchingForm.key(a.text());
        if (key.length() < 2) {
          continue;
        }
        boolean latin = !key.isEmpty() && hasLatinLetter(a.text());
        boolean cased = latin && hasUpperCase(a.text()) && !camelCase(a.text());
        String letters = latin ? NON_LETTERS.matcher(a.text()).replaceAll("") : null;
        boolean acronym = latin && LetterCase.allUpperCase(letters) && letters.length() <= 5;
        add(byKey, key, new AliasTarget(e, a.strength(), false, cased, acronym, a.lang()));
        if ("fa".equals(a.lang())) {
          String other = hamzaSpelling(key);
          if (other != null) {
            add(byKey, other, new AliasTarget(e, a.strength(), false, cased, acronym, a.lang()));
          }
          String glued = e.type() == EntityType.PLACE ? gluedSpelling(key) : null;
          if (glued != null) {
            add(byKey, glued, new AliasTarget(e, a.strength(), false, cased, acronym, a.lang()));
          }
        }
        // "للدوحة" is ل + الدوحة with the alef dropped: index the article-less spelling too.
        if (key.startsWith("ال") && key.length() > 3 && key.indexOf(' ') != 2) {
          add(byKey, key.substring(1), new AliasTarget(e, a.strength(), true, false, false, a.lang()));
        }
      }
    }
    byKey.replaceAll((k, v) -> List.copyOf(v));
    this.byKey = java.util.Collections.unmodifiableMap(byKey);
  }

  // The alias tests below are per char, as chars() streams were; loops and one compiled pattern because
  // this runs for every alias at start-up (a regex compile per alias was a tenth of the matcher's build).
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");

  private static boolean hasLatinLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x250 && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Round 55: a name written with a small first letter and a capital second (eBay, iTunes) is no common word
   * in any case, and its small first letter would fail the capitals check: such an alias is matched in any case.
   */
  static boolean camelCase(String s) {
    return s.length() > 2 && Character.isLowerCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1));
  }

  private static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final String YEH_YEH = "\u064A\u064A";
  private static final String HAMZA_YEH = "\u0626\u064A";

  /**
   * Persian writes a glide between vowels either as یی or with a hamza seat, ئی (قوه قضاییه and قوه قضائیه, رییس and
   * رئیس), and the matching form keeps them apart: the alias in the other spelling, or null when it has neither.
   */
  static String hamzaSpelling(String key) {
    if (key.contains(YEH_YEH)) {
      return key.replace(YEH_YEH, HAMZA_YEH);
    }
    return key.contains(HAMZA_YEH) ? key.replace(HAMZA_YEH, YEH_YEH) : null;
  }

  /**
   * Persian types many two-word town names as one word (بندرعباس, مسجدسلیمان, قصرشیرین, گنبدکاووس beside بندر عباس …):
   * a place's two-word alias in that spelling, or null when it is not two words of at least two letters each.
   */
  public static String gluedSpelling(String key) {
    int sp = key.indexOf(' ');
    if (sp < 2 || key.length() - sp - 1 < 2 || key.indexOf(' ', sp + 1) >= 0) {
      return null;
    }
    return key.substring(0, sp) + key.substring(sp + 1);
  }

  /** Matching-form alias keys and the entities each may name (for {@link PhraseScanner}). */
  public Map<String, List<AliasTarget>> aliasKeys() {
    return byKey;
  }

  private static void add(Map<String, List<AliasTarget>> byKey, String key, AliasTarget t) {
    List<AliasTarget> l = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    for (AliasTarget o : l) {
      if (o.entity().id().equals(t.entity().id()) && o.lamMerged() == t.lamMerged() && o.lang().equals(t.lang())) {
        if (t.strength().ordinal() < o.strength().ordinal()) {
          l.set(l.indexOf(o), t); // the stronger reading of the same key wins
        }
        return;
      }
    }
    l.add(t);
  }

  private static final String ELEMENT = "المان";

  /**
   * Non-overlapping alias matches in {@code field} among the scanner's {@code hits}, longest first then
   * leftmost, in reading order.
   */
  public List<NameMatch> find(MatchingForm field, String language, List<PhraseHit> hits) {
    String t = field.text();
    List<NameMatch> found = new ArrayList<>();
    for (PhraseHit hit : hits) {
      if (hit.names().isEmpty()) {
        continue;
      }
      int s = hit.start();
      int e = hit.end();
      if (e < t.length() && Clitics.isWordChar(t.charAt(e)) && !endsOnSuffix(t, s, e, language)) {
        continue;
      }
      if (e < t.length() && !joinedSuffixOk(field, t, e)) {
        continue; // میلی‌متر is one word (millimetre), not the name میلی with a clitic
      }
      if (indefiniteAccusative(field, s, e)) {
        continue; // باكرًا (early): the indefinite accusative ending marks an adverb or a common noun, not ب + أكرا
      }
      if ("fa".equals(language) && field.display().startsWith(ELEMENT, field.displayIndex(s))
          && field.displayEnd(e) - field.displayIndex(s) == ELEMENT.length()) {
        continue; // المان without its madda is the noun (a monument, élément); Persian copy writes Germany آلمان
      }
      int ws = Clitics.wordStart(t, s);
      boolean national = "fa".equals(language) && nationalAfter(t, e);
      List<AliasTarget> ok = new ArrayList<>(hit.names().size());
      for (AliasTarget target : hit.names()) {
        if (target.usableIn(language) && accept(field, t, ws, s, e, target) && (ws == s || !"fa".equals(language))
            && !(national && target.entity().type() == EntityType.ORGANIZATION)) {
          ok.add(target);
        }
      }
      if (!ok.isEmpty()) {
        found.add(new NameMatch(field.displayIndex(s), field.displayEnd(e), s, e, ok));
      }
    }
    return longestFirst(found);
  }

  /**
   * Persian writes a word's parts apart with a ZWNJ (میلی‌متر، بین‌المللی), and also a suffix after a
   * name (ایران‌ها، خاورمیانه‌ای). A name that ends at a ZWNJ is kept only when what follows is such a
   * suffix (matching form).
   */
  private static final java.util.Set<String> JOINED_SUFFIXES = StringSet.of("ها", "هاي", "هايي", "اي", "ي", "يي",
      "را", "ام", "ات", "اش", "مان", "تان", "شان", "تر", "ترين", "اند", "ست", "هاست");

  static boolean joinedSuffixOk(MatchingForm field, String t, int e) {
    int de = field.displayEnd(e);
    String display = field.display();
    if (de >= display.length() || display.charAt(de) != '\u200C') {
      return true;
    }
    int s = e;
    while (s < t.length() && !Clitics.isWordChar(t.charAt(s))) {
      s++;
    }
    int we = Clitics.wordEnd(t, s);
    return s == we || JOINED_SUFFIXES.contains(t.substring(s, we));
  }

  private static final String NATIONAL = MatchingForm.key("ملی");

  /**
   * A body's name followed by ملی ("national": شورای امنیت ملی X، مجلس ملی X، کنگره ملی X) names a country's own body,
   * not the one of the knowledge base whose name it begins with (the UN Security Council, Iran's parliament).
   */
  static boolean nationalAfter(String t, int e) {
    int s = e;
    while (s < t.length() && !Clitics.isWordChar(t.charAt(s)) && (t.charAt(s) == ' ' || t.charAt(s) == '\u200C')) {
      s++;
    }
    if (s == e) {
      return false;
    }
    int we = Clitics.wordEnd(t, s);
    return we - s == NATIONAL.length() && t.startsWith(NATIONAL, s);
  }

  /** The tanween fathatan (ً) on a matched word's last letters: a name does not take it. */
  static boolean indefiniteAccusative(MatchingForm field, int s, int e) {
    String display = field.display();
    int de = Math.min(display.length(), field.displayEnd(e) + 1);
    for (int i = Math.max(field.displayIndex(s), de - 3); i < de; i++) {
      if (display.charAt(i) == '\u064B') {
        return true;
      }
    }
    return false;
  }

  // Persian writes its particles apart (به تهران، و تهران): a name glued to a letter before it is part of another
  // word (بولز is not ب + ولز, Wales), and no Persian development file annotates a name after a glued letter.

  private static boolean endsOnSuffix(String t, int s, int e, String language) {
    return Clitics.isEnclitic(t, s, e, Clitics.wordEnd(t, e), language);
  }

  private static boolean accept(MatchingForm field, String t, int wordStart, int s, int e, AliasTarget target) {
    CharSequence prefix = t.subSequence(wordStart, s);
    if (prefix.length() > 0 && !Clitics.isArabicScript(t.charAt(s))) {
      return false; // Latin names take no attached prefix
    }
    if (!Clitics.isProclitic(prefix, target.lamMerged())) {
      return false;
    }
    if (prefix.length() > 0 && prefix.charAt(prefix.length() - 1) == 'ك' && e - s <= 3) {
      return false; // كابل is Kabul, not ك + ابل (Apple): "like" before a three-letter name is rarer than the word
    }
    if (target.cased() || target.acronym()) {
      String display = field.display();
      int ds = field.displayIndex(s);
      if (!Character.isUpperCase(display.charAt(ds))) {
        return false; // "us", "who", "turkey": lower case is the common word
      }
      if (target.acronym()) {
        for (int i = ds; i < field.displayEnd(e); i++) {
          if (Character.isLowerCase(display.charAt(i))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  static List<NameMatch> longestFirst(List<NameMatch> all) {
    if (all.size() < 2) {
      return all;
    }
    List<NameMatch> bySize = new ArrayList<>(all);
    bySize.sort(Comparator.comparingInt(NameMatch::length).reversed().thenComparingInt(NameMatch::mStart));
    List<NameMatch> kept = new ArrayList<>();
    for (NameMatch m : bySize) {
      boolean overlaps = false;
      for (NameMatch k : kept) {
        if (m.mStart() < k.mEnd() && k.mStart() < m.mEnd()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(NameMatch::mStart));
    return kept;
  }
}
