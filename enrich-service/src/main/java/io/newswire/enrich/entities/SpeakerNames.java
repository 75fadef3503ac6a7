package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.ner.Tokenizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Round 36b: Arabic news introduces a speaker as verb + name + comma + what the speaker is (وقال X Y، المتحدث باسم
 * …؛ قالت X Y، مستشارة مالية …). The name is often foreign or made of common words, so neither the given-name list
 * nor the model takes it. The comma ends the name and the office after it says it is a person; the words an
 * unnamed source takes in the same slot (مسؤول، مصدر، مصادر، أحد …) and a nationality after them (مسؤول ليبي،)
 * are no name. Only a name of two or three words is taken: a longer run is left to the model. Round 37 adds the
 * same name set off by two commas after an office (see {@link #afterOffice}).
 */
final class SpeakerNames {
  private SpeakerNames() {}

  /** Speech verbs, masculine and feminine; a glued و/ف allowed. */
  static final Set<String> VERBS = MatchingForm.keys("قال", "قالت", "أضاف", "أضافت", "أكد", "أكدت", "أوضح",
      "أوضحت", "أشار", "أشارت", "صرح", "صرحت", "ذكر", "ذكرت", "تابع", "تابعت", "لفت", "لفتت", "شدد", "شددت");
  private static final CliticWords VERB_FORMS = new CliticWords(VERBS);
  /** Words an unnamed or collective speaker opens with, in the name's slot. */
  private static final Set<String> NOT_SPEAKER = MatchingForm.keys("مسؤول", "مسؤولة", "مسؤولون", "مسؤولو", "مصدر",
      "مصادر", "أحد", "إحدى", "رئيس", "رئيسة", "قائد", "قائدة", "مدير", "مديرة", "متحدث", "متحدثة", "ناطق", "خبير",
      "خبراء", "محلل", "محللون", "شهود", "سكان", "نشطاء", "مراقبون", "معارضون", "عضو", "نائب", "وزير", "وزيرة",
      "مستشار", "بيان", "تقرير", "مسؤولي", "قيادي", "مواطن", "مواطنون", "مراسل", "إليها", "إليه", "عنها", "عنه",
      "فيها", "فيه", "لها", "له", "لنا", "لهم", "أمس", "اليوم", "ذلك", "هذا", "هذه", "بعض", "عدد", "مجلس", "وزارة", "والي",
      "مرة", "مرات", "مرارا", "هو", "هي", "هم", "هما", "لورد", "اللورد", "سير", "السير", "مستر", "السيد",
      "السيدة", "الدكتور", "دكتور");
  /** Indefinite office words that may follow the comma (قال X Y، محلل أسواق …). */
  private static final Set<String> OFFICE = MatchingForm.keys("محلل", "محللة", "مستشار", "مستشارة", "أمين", "نائب",
      "رئيس", "رئيسة", "مدير", "مديرة", "عضو", "سفير", "وزير", "وزيرة", "خبير", "خبيرة", "أستاذ", "أستاذة", "مؤسس",
      "مؤسسة", "قائد", "محامي", "محامية", "مراسل", "كبير", "كبيرة", "زعيم", "مساعد", "مدرب", "عضوة", "باحث", "باحثة",
      "وهو", "وهي", "أحد", "إحدى", "الناطق", "المتحدث", "المتحدثة");
  /** Article words after the comma that are a time or a clause, not what the speaker is. */
  private static final Set<String> NOT_OFFICE = MatchingForm.keys("اليوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
      "الأربعاء", "الخميس", "الجمعة", "السبت", "الذي", "التي", "الليلة", "الآن", "الشهر", "العام", "الأسبوع");

  static List<Mention> add(List<FieldText> fields, List<Mention> names) {
    List<Mention> out = null;
    for (FieldText f : fields) {
      if (f.isHeadline()) {
        continue;
      }
      for (List<Tokenizer.Token> s : f.sentences()) {
        for (int i = 0; i + 4 < s.size(); i++) {
          int first;
          boolean appositive = false;
          if (VERB_FORMS.word(ArtistTitles.key(s, i)) != null) {
            first = i + 1;
          } else if (afterOffice(f, s, i, out == null ? names : out)) {
            first = i + 2;
            appositive = true;
          } else {
            continue;
          }
          int last = nameEnd(s, first, appositive);
          if (last < 0) {
            continue;
          }
          List<Mention> next = ArtistTitles.withPerson(names, out, f, s, first, last);
          if (next != null) {
            out = next;
            i = last;
          }
        }
      }
    }
    return out == null ? names : out;
  }

  /**
   * The last token of a name of two or three words that opens at {@code first} and ends at a comma with an office
   * after it, or -1.
   */
  private static int nameEnd(List<Tokenizer.Token> s, int first, boolean appositive) {
    if (!firstWord(s, first) && !ArtistTitles.key(s, first).equals(BEN)) {
      return -1;
    }
    for (int last = first + 1; last <= first + 2 && last + 2 < s.size(); last++) {
      Tokenizer.Token t = s.get(last);
      if (t.start() != s.get(last - 1).end() + 1) {
        return -1;
      }
      if (commaAfter(t, s.get(last + 1))) {
        boolean named = lastWord(s, last) || last > first + 1 && ArtistTitles.key(s, last).equals(ALI);
        return named && (appositive || office(s, last + 2)) ? last : -1;
      }
      if (!lastWord(s, last)) {
        return -1; // a middle word is a name word too (عز الدين الأصبحي)
      }
    }
    return -1;
  }

  /** Office words that open a holder's description before a body or place (المنسقة الخاصة للأمم المتحدة في لبنان،). */
  private static final CliticWords HOLDER = new CliticWords(MatchingForm.keys("رئيس", "رئيسة", "وزير", "وزيرة", "سفير", "سفيرة",
      "مسؤول", "مسؤولة", "المتحدث", "المتحدثة", "الناطق", "الناطقة", "مدير", "مديرة", "المدير", "المديرة", "المنسق",
      "المنسقة", "المبعوث", "المبعوثة", "زعيم", "الأمين", "سيناتور", "السيناتور", "النائب", "مندوب", "المندوب",
      "قائد", "محافظ", "حاكم"));
  private static final int HOLDER_REACH = 8;

  /**
   * Round 37: an office, then the nationality or the body or place it belongs to, then a comma (وزير الدفاع
   * الإسرائيلي، X Y، … ؛ المنسقة الخاصة للأمم المتحدة في لبنان، X Y، … ؛ سيناتور … عن ولاية نيويورك، X Y، …): token
   * i is a nationality adjective or ends a body or place the article found, an office word stands at most eight
   * tokens before it with no comma between, and a comma follows. The commas end the name on both sides, so no office
   * need follow it.
   */
  private static boolean afterOffice(FieldText f, List<Tokenizer.Token> s, int i, List<Mention> names) {
    if (!commaAfter(s.get(i), s.get(i + 1))) {
      return false;
    }
    boolean described = s.get(i).text().startsWith("ال")
        && ArabicOrganisationRecognizer.nationality(ArtistTitles.key(s, i));
    for (int n = 0; !described && n < names.size(); n++) {
      Mention m = names.get(n);
      described = m.field() == f.index() && m.end() == s.get(i).end() && m.type() != EntityType.PERSON;
    }
    if (!described) {
      return false;
    }
    for (int k = i - 1; k >= 0 && k >= i - HOLDER_REACH; k--) {
      String t = s.get(k).text();
      if (t.equals("،") || t.equals(",") || t.equals(".")) {
        return false; // the office must belong to this phrase
      }
      if (HOLDER.word(ArtistTitles.key(s, k)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Round 37: بين (Ben) and علي (Ali) are also a preposition and على's common misspelling, so the name-word test
   * refuses them; with the comma right after the name and an office or a second comma around it they are names
   * (قال بين X، محلل …؛ أكد X Y علي، رئيس …), علي only as a name's last word of three.
   */
  private static final String BEN = MatchingForm.key("بين");
  private static final String ALI = MatchingForm.key("علي");

  /** Whether {@code comma} is an Arabic or Latin comma glued to {@code t}. */
  private static boolean commaAfter(Tokenizer.Token t, Tokenizer.Token comma) {
    return (comma.text().equals("،") || comma.text().equals(",")) && comma.start() == t.end();
  }

  private static boolean firstWord(List<Tokenizer.Token> s, int k) {
    String text = s.get(k).text();
    String key = ArtistTitles.key(s, k);
    return !text.startsWith("ال") && text.charAt(0) != 'و' && !text.startsWith("لل") && !NOT_SPEAKER.contains(key)
        && VERB_FORMS.word(key) == null && ArtistTitles.nameWord(text, key);
  }

  /** The family name may carry the article (مطر الطاير), never a nationality (مسؤول ليبي). */
  private static boolean lastWord(List<Tokenizer.Token> s, int k) {
    String text = s.get(k).text();
    String key = ArtistTitles.key(s, k);
    return text.charAt(0) != 'و' && !text.startsWith("لل") && !NOT_SPEAKER.contains(key) && !NOT_OFFICE.contains(key)
        && ArtistTitles.nameWord(text, key) && !ArabicOrganisationRecognizer.nationality(key);
  }

  /** What follows the comma names an office: an article noun that is no time, or an indefinite office word. */
  private static boolean office(List<Tokenizer.Token> s, int k) {
    String text = s.get(k).text();
    String key = ArtistTitles.key(s, k);
    if (OFFICE.contains(key)) {
      return true;
    }
    return text.startsWith("ال") && text.length() > 3 && !NOT_OFFICE.contains(key)
        && !ArabicOrganisationRecognizer.endsChain(key) && !ArabicOrganisationRecognizer.nationality(key);
  }
}
