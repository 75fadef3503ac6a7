package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Persian copy names the Iranian state by its form alone, جمهوری اسلامی without ایران (مقام‌های جمهوری اسلامی، پل
 * ارتباطی جمهوری اسلامی، در جمهوری اسلامی مجلس …): the annotations take it as Iran (r28, r35), as the whole
 * جمهوری اسلامی ایران, which the knowledge base matches. Not after a word that makes it the system or a thing named
 * after it (نظام جمهوری اسلامی، نظام مقدس جمهوری اسلامی، مدل، بلوار، خیابان، میدان، حزب، روزنامه: r6, r11, r18,
 * r27, r34 leave those out) or a demonstrative (این جمهوری اسلامی, as r17's head and demonstrative), nor where another
 * mention already covers it (a newspaper in a list, r13).
 */
final class IslamicRepublicAlone {
  static final String IRAN = "wikidata:Q794";
  /** Words before جمهوری اسلامی that make it the system, a model, a street or a body's name (Persian and Arabic ی/ک). */
  private static final Set<String> NOT_THE_STATE = Set.of("نظام", "مقدس", "مدل", "بلوار", "خیابان", "میدان", "حزب",
      "روزنامه", "اساسی", "الگوی", "الگو", "سیمای", "صداوسیمای", "ارتش", "سپاه", "پرچم", "سرود", "تاریخ", "دوران",
      "مدرسه", "دبیرستان", "مسجد", "پارک", "این");

  private IslamicRepublicAlone() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> names, String canonical) {
    List<Mention> out = names;
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      if (d.indexOf("جمهور") < 0) {
        continue; // the trigger word is absent: most fields
      }
      for (int s = d.indexOf("جمهور"); s >= 0; s = d.indexOf("جمهور", s + 1)) {
        int e = end(d, s);
        if (e < 0 || (s > 0 && Character.isLetter(d.charAt(s - 1))) || iranAfter(d, e)
            || NOT_THE_STATE.contains(wordBefore(d, s)) || Mention.overlapping(out, f, s, e) != null) {
          continue;
        }
        if (out == names) {
          out = new java.util.ArrayList<>(names);
        }
        out.add(new Mention(f, s, e, IRAN, EntityType.PLACE, canonical, false));
      }
    }
    return out;
  }

  /** End of جمهوری اسلامی (either ی/ي) starting at {@code s}, or -1. */
  private static int end(String d, int s) {
    int i = s + "جمهور".length();
    if (i + 8 > d.length() || !isYa(d.charAt(i)) || d.charAt(i + 1) != ' ' || !d.startsWith("اسلام", i + 2)
        || !isYa(d.charAt(i + 7))) {
      return -1;
    }
    int e = i + 8;
    return e < d.length() && Character.isLetter(d.charAt(e)) ? -1 : e;
  }

  private static boolean isYa(char c) {
    return c == 'ی' || c == 'ي';
  }

  private static boolean iranAfter(String d, int e) {
    int i = e;
    while (i < d.length() && (d.charAt(i) == ' ' || d.charAt(i) == '\u200c')) {
      i++;
    }
    return d.startsWith("ایران", i) || d.startsWith("ايران", i);
  }

  /** The word before {@code s} (spaces and the zero-width non-joiner skipped), ي/ك read as ی/ک. */
  private static String wordBefore(String d, int s) {
    int[] w = WordSpans.runBefore(d, s, c -> c == ' ' || c == '\u200c', Character::isLetter);
    return d.substring(w[0], w[1]).replace('ي', 'ی').replace('ك', 'ک');
  }
}
