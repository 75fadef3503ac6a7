package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 37: once {@link OfficeHolders} or {@link SpeakerNames} has named a person the knowledge base lacks (وقال مطر
 * الطاير، المدير العام …), Arabic copy goes on with the family name alone as the subject of the next speech verbs
 * (وأوضح الطاير أن …، وأكد الطاير). The generic repeats take only known persons' surnames, because an unknown name's
 * last word may be a common word (تمام سلام); right after a speech verb the bare word is surely the speaker.
 * The surname is the name's last word, four letters or more (round 38: a three-letter one may be a preposition,
 * على read as علي), not shared by two of the new persons.
 *
 * <p>Round 38: any person named in two words or more so far counts, not only those two passes' (the speech verb is
 * the guard); the verb may be one that opens a disclosure or a call (كشف، دعا، أصدر) and an
 * office word may stand between (وأكد الوزير الأصبحي); an Asharq Al-Awsat headline opening with the bare surname and
 * a colon (الأصبحي: …) quotes that person.
 */
final class SpokenSurnames {
  private SpokenSurnames() {}

  /** Verbs a named subject follows: the speech verbs and those of a disclosure, a call or a statement issued. */
  private static final CliticWords VERBS = new CliticWords(StringSet.union(SpeakerNames.VERBS, MatchingForm.keys("كشف", "كشفت", "دعا", "دعت",
      "أصدر", "أصدرت", "أعلن", "أعلنت", "اعتبر", "اعتبرت", "رأى", "رأت",
      // round 39: features and interviews go on in the present tense (ويضيف المشنوق أن، وينصح نواز) and with verbs of
      // talking, demanding and warning (وتحدث غروس عن، وطالب العشوان)
      "يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد", "يوضح", "توضح", "يشير", "تشير", "يرى", "ترى", "ينصح", "تنصح",
      "تحدث", "تحدثت", "طالب", "طالبت", "حذر", "حذرت", "نفى", "نفت", "أعرب", "أعربت",
      // round 41: the Saudi Press Agency's verbs of stating (وأبان المنيع أن، وأفاد الربيعة أن)
      "أبان", "أبانت", "أفاد", "أفادت")));
  /** Office words that may stand between the verb and the surname (وأكد الوزير الأصبحي). */
  private static final Set<String> OFFICES = MatchingForm.keys("الوزير", "الوزيرة", "السفير", "المحافظ", "الرئيس",
      "المستشار", "الدكتور", "المهندس", "الشيخ", "اللواء", "العميد", "العقيد", "النائب", "الفريق");

  /** Adds the bare surnames of the persons in {@code after}, after a verb or opening a headline. */
  static List<Mention> add(List<FieldText> fields, List<Mention> after) {
    Map<String, Mention> bySurname = new HashMap<>();
    for (Mention m : after) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int sp = d.lastIndexOf(' ', m.end() - 1);
      if (sp < m.start() || m.end() - sp - 1 < 4) {
        continue;
      }
      String key = MatchingForm.key(d.substring(sp + 1, m.end()));
      Mention prior = bySurname.putIfAbsent(key, m);
      if (prior != null && !prior.entityId().equals(m.entityId())) {
        bySurname.put(key, null); // two new persons share it: no one's
      }
    }
    if (bySurname.isEmpty()) {
      return after;
    }
    MentionAdditions added = new MentionAdditions(after);
    for (FieldText f : fields) {
      boolean first = f.isHeadline();
      for (List<Tokenizer.Token> s : f.sentences()) {
        for (int i = first ? -1 : 0; i + 1 < s.size(); i++) {
          int k = i + 1;
          if (i < 0) {
            if (!colonAfter(f.display(), s.get(0).end())) {
              continue;
            }
          } else if (VERBS.word(ArtistTitles.key(s, i)) == null) {
            continue;
          } else if (k + 1 < s.size() && OFFICES.contains(ArtistTitles.key(s, k))) {
            k++;
          }
          Mention person = bySurname.get(ArtistTitles.key(s, k));
          if (person == null) {
            continue;
          }
          Tokenizer.Token t = s.get(k);
          if (!added.free(f.index(), t.start(), t.end())) {
            continue;
          }
          added.add(new Mention(f.index(), t.start(), t.end(), person.entityId(), EntityType.PERSON, person.name(), false));
        }
      }
    }
    return added.result();
  }

  private static boolean colonAfter(String d, int end) {
    int j = end;
    while (j < d.length() && d.charAt(j) == ' ') {
      j++;
    }
    return j < d.length() && d.charAt(j) == ':';
  }
}
