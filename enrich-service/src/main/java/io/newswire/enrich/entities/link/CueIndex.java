package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.kb.Titles;
import io.newswire.enrich.entities.match.Clitics;
import io.newswire.normalization.MatchingForm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Looks behind a name for a title (الرئيس, آقای, President) or an agency cue (وكالة, خبرگزاری). */
public final class CueIndex {
  private static final List<String> AGENCY_CUES = List.of("وكاله", "وكاله انباء", "وكاله الانباء",
      "خبرگزاري", "خبرنگار", "به گزارش", "به نقل از", "agency", "news agency",
      // round 58: the agency as the one interviewed or answering, or its copy (گفت‌وگو با فارس، پاسخ فارس، خروجی فارس)
      MatchingForm.key("گفت‌وگو با"), MatchingForm.key("گفت و گو با"), MatchingForm.key("گفتگو با"), MatchingForm.key("گفت‌وگوی اختصاصی با"),
      MatchingForm.key("مصاحبه با"), MatchingForm.key("پاسخ"), MatchingForm.key("توضیح"), MatchingForm.key("خبر"),
      MatchingForm.key("خروجی"), MatchingForm.key("خبر گزاری"));
  /** Verbs after به X that make X the one told (به فارس گفت، به فارس پاسخ داد): a reporter's agency, no place. */
  private static final Set<String> TOLD = MatchingForm.keys("گفت", "پاسخ", "اظهار", "توضیح");
  private static final String TO = MatchingForm.key("به");
  /** A reporter's desk between the cue and the agency: خبرنگار اجتماعی فارس, خبرنگار قضایی فارس. */
  private static final String REPORTER = "خبرنگار";
  /** Title keys by their last word. */
  private final java.util.Map<String, List<String>> titlesByLast = new java.util.HashMap<>();
  private final java.util.Map<String, List<String>> agencyByLast = new java.util.HashMap<>();

  public CueIndex(Titles titles) {
    Set<String> keys = new LinkedHashSet<>();
    for (String w : titles.allCueWords()) {
      String k = MatchingForm.key(w);
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    List<String> l = new ArrayList<>(keys);
    l.sort(Comparator.comparingInt(String::length).reversed());
    index(l, titlesByLast);
    index(AGENCY_CUES, agencyByLast);
  }

  private static void index(List<String> keys, java.util.Map<String, List<String>> byLast) {
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    for (String k : sorted) {
      byLast.computeIfAbsent(k.substring(k.lastIndexOf(' ') + 1), x -> new ArrayList<>()).add(k);
    }
  }

  /** Whether a title ends right before the word that starts at {@code wordStart} of matching text {@code t}. */
  public boolean titleBefore(String t, int wordStart) {
    return endsWithAny(t, wordStart, titlesByLast) >= 0;
  }

  /** Whether {@code word} is a title of one word on its own (Governor, Congressman). */
  public boolean oneWordTitle(String word) {
    String k = MatchingForm.key(word);
    List<String> l = titlesByLast.get(k);
    return l != null && l.contains(k);
  }

  /** Start of the title right before {@code wordStart}, or -1. */
  public int titleStartBefore(String t, int wordStart) {
    return endsWithAny(t, wordStart, titlesByLast);
  }

  public boolean agencyCueBefore(String t, int wordStart) {
    if (endsWithAny(t, wordStart, agencyByLast) >= 0) {
      return true;
    }
    int end = spacesBefore(t, wordStart);
    if (end == wordStart || end == 0) {
      return false;
    }
    int desk = Clitics.wordStart(t, end); // one word back: the desk's adjective
    if (end - desk > REPORTER.length() && t.startsWith(REPORTER, desk)) {
      return true; // the desk glued to its reporter, or the reporters (خبرنگاراقتصادی فارس، خبرنگاران فارس)
    }
    int e = spacesBefore(t, desk);
    return e < desk && e >= REPORTER.length() && t.startsWith(REPORTER, e - REPORTER.length())
        && Clitics.wordStart(t, e) == e - REPORTER.length() || deskGroupBefore(t, end);
  }

  /** Whether the word from {@code wordStart} to {@code wordEnd} is told something: به X گفت، به X پاسخ داد. */
  public boolean agencyToldAround(String t, int wordStart, int wordEnd) {
    int end = spacesBefore(t, wordStart);
    if (end == wordStart || end == 0 || !t.startsWith(TO, end - TO.length()) || Clitics.wordStart(t, end) != end - TO.length()) {
      return false;
    }
    int s = wordEnd;
    while (s < t.length() && t.charAt(s) == ' ') {
      s++;
    }
    if (s == wordEnd) {
      return false;
    }
    int e = s;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return TOLD.contains(t.substring(s, e));
  }

  /** The agency's desk named as a group: به گزارش گروه اقتصاد بین‌الملل فارس، خبرنگار گروه سیاسی فارس. */
  private static final String GROUP = MatchingForm.key("گروه");
  private static final String REPORT = MatchingForm.key("گزارش");
  /** Words that end a desk's name: a place or a preposition before the word is no desk (گروه … در استان فارس). */
  private static final Set<String> NOT_DESK = MatchingForm.keys("در", "از", "به", "با", "و", "استان", "شهرستان", "خلیج", "شیراز");

  /**
   * Whether one to three desk words that end at {@code end} follow گروه, itself after گزارش or خبرنگار: the agency's
   * section reporting (Fars names its desks so; the words between are the desk's name, none of them a place word).
   */
  private static boolean deskGroupBefore(String t, int end) {
    for (int n = 0; n < 3; n++) {
      int ws = Clitics.wordStart(t, end);
      if (ws >= end || NOT_DESK.contains(t.substring(ws, end))) {
        return false;
      }
      int e = spacesBefore(t, ws);
      if (e == ws || e == 0) {
        return false; // punctuation or the field's start: no desk reaches back further
      }
      int gs = Clitics.wordStart(t, e);
      if (e - gs == GROUP.length() && t.startsWith(GROUP, gs)) {
        int pe = spacesBefore(t, gs);
        if (pe == gs || pe == 0) {
          return false;
        }
        int ps = Clitics.wordStart(t, pe);
        String before = t.substring(ps, pe);
        return before.equals(REPORT) || before.equals(REPORTER);
      }
      end = e;
    }
    return false;
  }

  /** Where the spaces right before {@code i} begin ({@code i} itself when there are none). */
  private static int spacesBefore(String t, int i) {
    while (i > 0 && t.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  private static int endsWithAny(String t, int wordStart, java.util.Map<String, List<String>> byLast) {
    int end = spacesBefore(t, wordStart);
    if (end == wordStart || end == 0) {
      return -1;
    }
    int lastStart = Clitics.wordStart(t, end);
    String last = t.substring(lastStart, end);
    List<String> keys = byLast.get(last);
    if (keys == null && last.length() > 1 && "وفبلك".indexOf(last.charAt(0)) >= 0) {
      keys = byLast.get(last.substring(1)); // وقال الرئيس: a one-word title with its clitic
    }
    if (keys == null) {
      return -1;
    }
    for (String k : keys) {
      int s = end - k.length();
      if (s >= 0 && t.startsWith(k, s)) {
        int ws = Clitics.wordStart(t, s);
        if (ws == s || Clitics.isProclitic(t.subSequence(ws, s), false)) {
          return ws;
        }
      }
    }
    return -1;
  }
}
