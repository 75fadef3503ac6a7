package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.link.PartialNameMerger;
import io.newswire.enrich.entities.names.EnglishNameRecognizer.Found;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second looks at an English article once its names are typed: an untyped run that repeats a typed
 * organisation or place, shortens an organisation (Walgreen for Walgreen Co) or is its acronym (CIPS
 * for Chartered Institute of Purchasing and Supply) takes that type; and a Title Case or capitals
 * headline, where capitals say nothing, gets only the names the body typed (a surname alone as an
 * untyped run, for PartialNameMerger).
 */
final class NameRepeats {
  private NameRepeats() {}

  /** The legal forms plus their dotted and spelled-out forms (Inc., Corporation), which a found name's last word may be. */
  private static final java.util.Set<String> FIRM_SUFFIXES = java.util.stream.Stream.concat(LegalForms.WORDS.stream(),
          java.util.stream.Stream.of("co.", "inc.", "corp.", "ltd.", "corporation"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  static void retype(List<Found> found) {
    Map<String, EntityType> typed = new HashMap<>();
    List<Found> orgs = new ArrayList<>();
    for (Found f : found) {
      if (f.type() == EntityType.ORGANIZATION || f.type() == EntityType.PLACE) {
        typed.putIfAbsent(String.join(" ", f.words()), f.type());
        if (f.type() == EntityType.ORGANIZATION) {
          orgs.add(f);
        }
      }
    }
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.type() == EntityType.PERSON && f.confidence() < EnglishNameRecognizer.STRUCTURAL && shortensOrAbbreviates(f, orgs)) {
        found.set(i, f.withType(EntityType.ORGANIZATION, 0.6)); // "National Convenience said": the firm, shortened
        continue;
      }
      if (f.type() != EntityType.OTHER) {
        continue;
      }
      EntityType t = typed.get(String.join(" ", f.words()));
      if (t == null && shortensOrAbbreviates(f, orgs)) {
        t = EntityType.ORGANIZATION;
      }
      if (t != null) {
        found.set(i, f.withType(t, 0.6));
      }
    }
  }

  private static boolean shortensOrAbbreviates(Found f, List<Found> orgs) {
    String text = f.field().display().substring(f.start(), f.end());
    boolean acronym = f.words().length == 1 && text.length() >= 2 && text.length() <= 6 && text.equals(text.toUpperCase(java.util.Locale.ROOT));
    for (Found o : orgs) {
      String[] w = o.words();
      if (PartialNameMerger.shortFormOf(f.words(), w)) {
        return true;
      }
      if (w.length >= f.words().length && f.words().length >= 2 && hyphenPrefix(f.words(), w)) {
        return true; // Bangor Hydro for Bangor Hydro-Electric Co
      }
      if (acronym && (PartialNameMerger.initials(w).equals(f.words()[0]) || PartialNameMerger.initialsPlusForm(w, f.words()[0]))) {
        return true;
      }
    }
    return false;
  }

  /** All words equal but the last, which opens the other's word before a hyphen (hydro, hydro-electric). */
  private static boolean hyphenPrefix(String[] shortWords, String[] w) {
    int n = shortWords.length;
    for (int k = 0; k < n - 1; k++) {
      if (!shortWords[k].equals(w[k])) {
        return false;
      }
    }
    String last = shortWords[n - 1];
    return w[n - 1].length() > last.length() + 1 && w[n - 1].startsWith(last) && w[n - 1].charAt(last.length()) == '-';
  }

  /** Names the body typed, found again in a headline field (case-insensitive). */
  static void findIn(FieldText headline, List<Found> found) {
    List<Found> known = new ArrayList<>();
    for (Found f : found) {
      if (f.type() != EntityType.OTHER) {
        known.add(f);
        int n = f.words().length;
        // LISTER AND CO for Lister and Co Plc: "and Co" is part of the name, not a suffix to drop
        while (n > 1 && FIRM_SUFFIXES.contains(f.words()[n - 1]) && !isAnd(f.words()[n - 2])) {
          n--;
        }
        if (f.type() == EntityType.ORGANIZATION && n < f.words().length) {
          // GEORGIA GULF <GGLF> for Georgia Gulf Corp: capitals headlines drop the company suffix
          known.add(new Found(f.field(), f.start(), f.end(), f.type(), f.confidence(), f.cued(), Arrays.copyOf(f.words(), n)));
        }
      }
    }
    known.sort((x, y) -> y.words().length - x.words().length);
    List<Tokenizer.Token> tokens = new ArrayList<>();
    for (List<Tokenizer.Token> s : headline.sentences()) {
      tokens.addAll(s);
    }
    String[] lower = new String[tokens.size()];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = EnglishNameRecognizer.lower(tokens.get(i).text());
    }
    List<Found> added = new ArrayList<>();
    int i = 0;
    while (i < lower.length) {
      int next = i + 1;
      for (Found k : known) {
        String[] w = k.words();
        if (matchesAt(lower, i, w)) {
          // as sure as in the body: a firm's name there wins over a KB place inside it (GEORGIA GULF)
          double confidence = k.type() == EntityType.ORGANIZATION ? Math.max(0.6, k.confidence()) : 0.6;
          added.add(new Found(headline, tokens.get(i).start(), tokens.get(i + w.length - 1).end(), k.type(), confidence, false, w));
          next = i + w.length;
          break;
        }
        if (k.type() == EntityType.PERSON && w.length >= 2 && lower[i].equals(w[w.length - 1])) {
          added.add(new Found(headline, tokens.get(i).start(), tokens.get(i).end(), EntityType.OTHER, 0.3, false,
              new String[] {lower[i]}));
          break;
        }
      }
      i = next;
    }
    found.addAll(added);
  }

  private static boolean isAnd(String w) {
    return w.equals("and") || w.equals("&");
  }

  private static boolean matchesAt(String[] tokens, int i, String[] w) {
    if (i + w.length > tokens.length) {
      return false;
    }
    for (int k = 0; k < w.length; k++) {
      if (!tokens[i + k].equals(w[k])) {
        return false;
      }
    }
    return true;
  }
}
