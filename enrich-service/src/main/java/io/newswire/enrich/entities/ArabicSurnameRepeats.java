package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 45: Arabic copy names a person once in full and then by the family name alone (فإن العنزي سوف يكون، ولم
 * يخف العيوني تخوفه). {@link RepeatedNames} leaves every family name shaped like a nisba (ال…ي) alone, since one
 * after a name may be a nationality (روبين كازان الروسي), and {@link SpokenSurnames} takes the bare ones after a
 * speech verb only; yet most Gulf family names have that shape (العنزي، العيوني، الحوثي). Here such a name is
 * repeated when the article shows it is no adjective: it never follows a definite noun, a month or a bracketed
 * gloss (الجانب المصري، نوفمبر الماضي), four letters or more after the article, no office word or ordinal
 * (المهندس، الثاني); the person was named in two words or more (one the knowledge base lacks opened by a listed
 * given name, its family name carried by no second person of the article) and no other entity's mention is that
 * word. The repeat stands alone: not after a name word or a word of descent (خالد العنزي، بن العنزي: another man
 * of the family), nor before a given name (a title before a name).
 */
final class ArabicSurnameRepeats {
  private ArabicSurnameRepeats() {}

  private static final Set<String> GIVEN = GivenNames.arabic();
  private static final String ARTICLE = MatchingForm.key("ال");
  /** Office and trade words that are also family names (ماجد المهندس): bare, they mostly name the office. */
  private static final Set<String> OFFICES = MatchingForm.keys("المهندس", "الدكتور", "الشيخ", "الأمير", "الرئيس",
      "الوزير", "السفير", "المحافظ", "المستشار", "النائب", "اللواء", "العميد", "العقيد", "الفريق", "الملك", "السلطان",
      "الإمام", "القاضي", "المدير", "الأستاذ", "الحاج", "السيد", "المدرب", "اللاعب", "المهاجم", "الحارس", "الفنان",
      "الفنانة", "الكاتب", "الكاتبة", "المخرج", "المطرب", "المطربة");
  /** Regnal numbers (عبد الله الثاني): the last word of a name, never one alone. */
  private static final Set<String> ORDINALS = MatchingForm.keys("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
      "السابع", "الثامن", "التاسع", "العاشر", "الكبير", "الصغير", "الأكبر", "الأصغر");
  /** Months, Gregorian in both sets of names and Hijri: a word after one is its adjective (نوفمبر الماضي). */
  private static final Set<String> MONTHS = MatchingForm.keys("يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو",
      "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار",
      "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان",
      "شوال", "القعدة", "الحجة", "العام", "الشهر", "الأسبوع", "الموسم");
  /** The id prefix of a person the knowledge base lacks. */
  private static final String UNKNOWN = "person:name:";
  /** Words of descent and kinship before a family name: another member of the family. */
  private static final Set<String> DESCENT = MatchingForm.keys("بن", "ابن", "بنت", "أبو", "ابو", "أبي", "أم", "آل", "عبد",
      "عائلة", "أسرة", "قبيلة", "شقيق", "شقيقه", "نجل", "ابنه", "والد", "والده");
  /** Short words Wikidata holds as name words that stand before a subject as words (وقال، كما، إن). */
  private static final Set<String> NOT_NAMES = MatchingForm.keys("قال", "وقال", "كما", "إن", "ان", "أن", "فإن", "وإن",
      "بأن", "لأن", "لكن", "ولكن", "كان", "وكان", "ثم", "قد", "لم", "ولم", "أكد", "وأكد", "هو", "أمس", "حيث", "بعد",
      "قبل", "يوم", "منذ", "أيضا");

  static List<Mention> add(List<FieldText> fields, List<Mention> names) {
    Map<String, Mention> bySurname = null;
    Set<String> others = null;
    for (Mention m : names) {
      if (m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      if (m.type() != EntityType.PERSON) {
        others = others == null ? new HashSet<>() : others;
        others.add(MatchingForm.key(d.substring(m.start(), m.end())));
        continue;
      }
      int sp = d.lastIndexOf(' ', m.end() - 1);
      if (sp < m.start()) {
        continue; // one word: no family name to repeat
      }
      String key = MatchingForm.key(d.substring(sp + 1, m.end()));
      if (!key.startsWith(ARTICLE) || key.length() < ARTICLE.length() + 4 || OFFICES.contains(key)
          || ORDINALS.contains(key)) {
        continue;
      }
      // a name the knowledge base lacks counts only when it opens with a listed given name (سرطان البنكرياس, a
      // disease a rule took for a name, does not), and a family name another person of the article carries is no one's
      boolean known = !m.entityId().startsWith(UNKNOWN);
      if (!known && (!GIVEN.contains(MatchingForm.key(d.substring(m.start(), d.indexOf(' ', m.start()))))
          || SharedSurnames.shared(fields, names, m.entityId(), key))) {
        continue;
      }
      bySurname = bySurname == null ? new HashMap<>() : bySurname;
      Mention prior = bySurname.putIfAbsent(key, m);
      if (prior != null && !prior.entityId().equals(m.entityId())) {
        bySurname.put(key, null); // two persons share it: no one's
      }
    }
    if (bySurname == null) {
      return names;
    }
    if (others != null) {
      bySurname.keySet().removeAll(others);
    }
    // A family name that is also an adjective (الماضي: نوفمبر الماضي، last November) shows it somewhere in the
    // article, after a definite noun or a month: such a name is left alone everywhere.
    Set<String> adjectives = null;
    for (FieldText f : fields) {
      for (List<Tokenizer.Token> s : f.sentences()) {
        for (int i = 1; i < s.size(); i++) {
          String key = s.get(i).key();
          if (bySurname.containsKey(key) && adjectiveAfter(s, i)) {
            adjectives = adjectives == null ? new HashSet<>() : adjectives;
            adjectives.add(key);
          }
        }
      }
    }
    if (adjectives != null) {
      bySurname.keySet().removeAll(adjectives);
    }
    MentionAdditions added = new MentionAdditions(names);
    for (FieldText f : fields) {
      if (f.isDateline()) {
        continue;
      }
      for (List<Tokenizer.Token> s : f.sentences()) {
        for (int i = 0; i < s.size(); i++) {
          Tokenizer.Token t = s.get(i);
          String key = t.key();
          int start = t.start();
          Mention person = bySurname.get(key);
          if (person == null && key.length() > 1 && "وفب".indexOf(key.charAt(0)) >= 0) {
            person = bySurname.get(key.substring(1)); // والعنزي، فالعنزي، بالعنزي: the clitic outside the name
            start++;
          }
          if (person == null || !alone(s, i)) {
            continue;
          }
          if (!added.free(f.index(), start, t.end())) {
            continue;
          }
          added.add(new Mention(f.index(), start, t.end(), person.entityId(), EntityType.PERSON, person.name(), false));
        }
      }
    }
    return added.result();
  }

  /** Whether token {@code i} follows a definite noun (not an office), a month or a bracketed gloss of one. */
  private static boolean adjectiveAfter(List<Tokenizer.Token> s, int i) {
    Tokenizer.Token p = s.get(i - 1);
    String prev = p.key();
    if (p.text().equals(")")) {
      return true; // يونيو (حزيران) الماضي
    }
    return prev.startsWith(ARTICLE) && !OFFICES.contains(prev) || MONTHS.contains(prev);
  }

  private static boolean nameWord(String key) {
    return !NOT_NAMES.contains(key) && (GIVEN.contains(key) || CrossScriptName.wikidataNameWord(key));
  }

  /** Whether token {@code i} stands where a bare name stands, not inside a noun phrase or another name. */
  private static boolean alone(List<Tokenizer.Token> s, int i) {
    if (i > 0) {
      Tokenizer.Token p = s.get(i - 1);
      String prev = p.key();
      boolean adjacent = p.end() + 1 >= s.get(i).start(); // no comma or bracket between
      if (adjacent && Character.isLetter(p.text().charAt(0))) {
        if (prev.startsWith(ARTICLE) && !OFFICES.contains(prev) || DESCENT.contains(prev)) {
          return false;
        }
        if (nameWord(prev) || prev.length() > 3 && prev.charAt(0) == 'و' && nameWord(prev.substring(1))) {
          return false; // خالد العنزي، وسياف البيشي: another man of the family
        }
      }
    }
    if (i + 1 < s.size()) {
      Tokenizer.Token n = s.get(i + 1);
      return !(n.start() <= s.get(i).end() + 1 && GIVEN.contains(n.key()));
    }
    return true;
  }
}
