package io.newswire.enrich.entities;

import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Persian names an embassy by its country and the town or country it stands in (سفارت آمریکا در ابوظبی، سفارت
 * جمهوری اسلامی ایران در وین، سفارتخانه آمریکا در تهران): the annotation conventions take it as one organisation
 * whole, the places inside not apart (r9, r56), while the knowledge base read two places and no body. A country it
 * knows right after سفارت/سفارتخانه, then در and a place it knows, make one organisation from the head word to that
 * place: the knowledge base's place says where the name ends (در پاریس درباره …, در ابوظبی و …). An embassy named by
 * its country alone is one organisation where punctuation, the field's end or a verb closes it (مقابل سفارت ژاپن،
 * round 24b); not one whose در opens no known place (سفارت اسرائیل در سال 1992), nor one whose owner is a town
 * (سفارت واشنگتن, a capital for its country). Round 57: the one embassy rule (the head-word recognizer had its own,
 * which closed a name after در only at punctuation or a verb).
 */
final class PersianEmbassies {
  private static final Set<String> EMBASSIES = MatchingForm.keys("سفارت", "سفارتخانه");
  private static final String IN = MatchingForm.key("در");
  /**
   * Words after the country that close an embassy named by its country alone (a verb or its noun, a preposition other
   * than در): the name ends there. Not و (سفارت ژاپن و کره), به or را, which a longer phrase may follow.
   */
  private static final Set<String> CLOSERS = MatchingForm.keys("اظهار", "گفت", "افزود", "با", "بیان", "تصریح", "خاطرنشان",
      "ضمن", "طی", "اعلام", "امروز", "شد", "است", "بود", "از", "که", "نیز", "هم", "وارد");

  private PersianEmbassies() {}

  static void join(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      List<NameMatch> ms = matches.get(f);
      for (NameMatch country : ms) {
        if (!country.namesOnlyPlaces() || country.allWithinACountry()) {
          continue;
        }
        int[] head = WordSpans.before(d, country.start());
        if (head == null || !EMBASSIES.contains(MatchingForm.key(d.substring(head[0], head[1])))) {
          continue;
        }
        int[] next = WordSpans.after(d, country.end());
        String word = next == null ? null : MatchingForm.key(d.substring(next[0], next[1]));
        if (next != null && next[0] == country.end() + 1 && IN.equals(word)) {
          NameMatch place = placeAt(ms, next[1] + 1);
          if (place != null && d.charAt(next[1]) == ' ') {
            replace(candidates, f, head[0], place.end());
          }
        } else if (next == null || CLOSERS.contains(word)) {
          replace(candidates, f, head[0], country.end()); // معترضان مقابل سفارت ژاپن، …; سفارت ژاپن اعلام کرد
        }
      }
    }
  }

  /** The longest place the knowledge base names from {@code start} (امارات عربی متحده, not امارات), or null. */
  private static NameMatch placeAt(List<NameMatch> ms, int start) {
    NameMatch best = null;
    for (NameMatch m : ms) {
      if (m.start() == start && m.namesOnlyPlaces() && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  /** The embassy as one organisation: the candidates that held a part of it (the tagger's سفارت آمریکا) give way. */
  private static void replace(List<Candidate> candidates, int field, int start, int end) {
    candidates.removeIf(c -> c.field() == field && c.start() < end && start < c.end());
    candidates.add(new Candidate(field, start, end, EntityType.ORGANIZATION, EnglishNameRecognizer.STRUCTURAL, false));
  }
}
