package io.newswire.enrich.entities.names;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.enrich.entities.ner.NameRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persian market copy lists listed firms by their trading names after {@code نمادهای} ("the tickers", with or without
 * a description and {@code شامل}) or {@code این شرکت‌ها عبارتند از}: {@code پالایش نفت اصفهان، هلدینگ نفت و گاز و
 * پتروشیمی تامین}. Each item is a firm, a town inside it included (Isfahan's refinery, not Isfahan); the head-word
 * recognizer knows no such heads and the model takes the towns. Items are cut at commas and dashes, at the list's
 * last و, and at a و before a firm's head word (a و before any other word is inside a name: نفت و گاز، صنعت و
 * معدن). The list ends at the clause's end or the verb phrase after it (بیشترین …، به ترتیب، بوده‌اند). It is a list
 * of firms only with two items or more and one of them opened by a firm's head word (پتروشیمی، سرمایه‌گذاری،
 * بانک …), so a list of places or clubs after عبارتند از is left alone; an item of more than {@link #MAX_WORDS}
 * words (two firms run together) is skipped.
 */
public final class PersianListedFirms implements NameRecognizer {
  private static final String Y = "[یي]";
  private static final String GAP = "[\\s\u200c]*";
  /** نمادهای …، optionally a few describing words and شامل; or (این) شرکت‌ها عبارتند از (:). */
  private static final Pattern OPENER = Pattern.compile("نمادها" + Y + "\\s+(?:[^\\s،.:\\n]+\\s+){0,6}?شامل\\s+|نمادها" + Y
      + "\\s+|شر[کك]ت" + GAP + "ها" + GAP + "عبارتند\\s+از" + GAP + ":?\\s*");
  /** What closes the list: the clause's end, or the words of the sentence after it. */
  private static final Pattern CLOSER = Pattern.compile("[.؛:(«»\\n]|\\s(?:ب" + Y + "شتر" + Y + "ن|به\\s+ترت" + Y
      + "ب|بوده|بودند|را|[کك]ه|در|از)(?=[\\s\u200c])");
  private static final int MAX_WORDS = 6;
  private static final int MAX_LIST = 600;
  /** First words of listed firms' trading names that name a trade or a firm's kind. */
  private static final Set<String> HEADS = MatchingForm.keys("پتروشیمی", "سرمایه‌گذاری", "سرمایه", "بانک", "فولاد",
      "سیمان", "پالایش", "صنایع", "گروه", "هلدینگ", "پلیمر", "ذوب‌آهن", "ذوب", "بیمه", "لیزینگ", "کشتیرانی", "داروسازی",
      "معدنی", "توسعه", "گسترش", "ملی");

  @Override
  public List<Candidate> recognize(List<FieldText> fields, String language) {
    List<Candidate> out = new ArrayList<>();
    for (FieldText f : fields) {
      String d = f.display();
      if (d.indexOf("نماد") < 0 && d.indexOf("عبارتند") < 0) {
        continue; // most fields hold no list of firms: no regex over them
      }
      Matcher m = OPENER.matcher(d);
      while (m.find()) {
        int from = m.end();
        Matcher c = CLOSER.matcher(d).region(from, Math.min(d.length(), from + MAX_LIST));
        int to = c.find() ? c.start() : Math.min(d.length(), from + MAX_LIST);
        List<int[]> items = items(d, from, to);
        if (items.size() < 2 || items.stream().noneMatch(it -> HEADS.contains(firstWord(d, it[0], it[1])))) {
          continue;
        }
        for (int[] it : items) {
          if (words(d, it[0], it[1]) <= MAX_WORDS) {
            out.add(new Candidate(f.index(), it[0], it[1], EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
          }
        }
      }
    }
    return out;
  }

  /** The items' spans between {@code from} and {@code to}. */
  static List<int[]> items(String d, int from, int to) {
    List<int[]> cuts = new ArrayList<>(); // [end of an item, start of the next]
    int lastWaw = -1;
    for (int i = from; i < to; i++) {
      char ch = d.charAt(i);
      if (ch == '،' || ch == ',' || ch == '-' || ch == '–') {
        cuts.add(new int[] {i, i + 1});
      } else if (waw(d, from, i)) {
        lastWaw = i;
      }
    }
    for (int i = from; i < to; i++) {
      if (waw(d, from, i) && (i == lastWaw && lastAfterComma(cuts, i) || HEADS.contains(firstWord(d, i + 2, to)))) {
        cuts.add(new int[] {i, i + 1});
      }
    }
    cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int[] cut : cuts) {
      add(d, start, cut[0], out);
      start = cut[1];
    }
    add(d, start, to, out);
    return out;
  }

  /** A و standing alone as a word at {@code i}. */
  private static boolean waw(String d, int from, int i) {
    return d.charAt(i) == 'و' && i > from && d.charAt(i - 1) == ' ' && i + 1 < d.length() && d.charAt(i + 1) == ' ';
  }

  /** The last و joins the list's last item when a comma came before it (X، Y و Z). */
  private static boolean lastAfterComma(List<int[]> cuts, int i) {
    return !cuts.isEmpty() && cuts.get(0)[0] < i;
  }

  private static void add(String d, int s, int e, List<int[]> out) {
    while (s < e && (Character.isWhitespace(d.charAt(s)) || d.charAt(s) == '\u200c')) {
      s++;
    }
    while (e > s && (Character.isWhitespace(d.charAt(e - 1)) || d.charAt(e - 1) == '\u200c')) {
      e--;
    }
    if (s < e && Character.isLetter(d.charAt(s))) {
      out.add(new int[] {s, e});
    }
  }

  /** Key of the first word of [s, e) (a ZWNJ-joined compound is one word: سرمایه‌گذاری). */
  private static String firstWord(String d, int s, int e) {
    int k = s;
    while (k < e && !Character.isWhitespace(d.charAt(k)) && d.charAt(k) != '،') {
      k++;
    }
    return k > s ? MatchingForm.key(d.substring(s, k)) : "";
  }

  private static int words(String d, int s, int e) {
    return d.substring(s, e).trim().split("\\s+").length;
  }
}
