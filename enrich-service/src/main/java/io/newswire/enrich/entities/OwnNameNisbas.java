package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Round 48: a body the knowledge base knows by a name of its own (حزب الله، الحرس الثوري، وكالة أنباء فارس) keeps
 * that name when the copy adds a nationality after it (حزب الله اللبناني، الحرس الثوري الإيراني): the adjective
 * describes the body, as a club's nationality does, and the development files leave it out (لجنة الاحتراف السعودية,
 * وكالة أنباء فارس الإيرانية, نادي الاتحاد السعودي). A generic body takes its country from the adjective, so that one
 * keeps it (مجلس الوزراء الكويتي, وزارة الشؤون الإسلامية السعودية, الجيش اللبناني): the words before the adjective
 * open with a government's head word there.
 */
final class OwnNameNisbas {
  /** Head words of bodies every state has: their nationality is part of the name. */
  private static final Set<String> GENERIC = MatchingForm.keys("وزارة", "الوزارة", "حكومة", "الحكومة", "مجلس", "المجلس",
      "الجيش", "جيش", "البنك", "بنك", "الداخلية", "الخارجية", "البورصة", "بورصة", "سوق", "القوات", "قوات", "الشرطة", "شرطة",
      "السفارة", "سفارة", "الرئاسة", "رئاسة", "البرلمان", "الأمن", "المنتخب", "منتخب", "الاتحاد", "اتحاد", "الهيئة",
      "هيئة", "المؤسسة", "مؤسسة", "النيابة", "المحكمة", "محكمة", "الدفاع", "البحرية");

  private OwnNameNisbas() {}

  static List<Mention> trim(List<FieldText> fields, List<Mention> names, Function<String, KbEntity> kb) {
    MentionEdits edits = new MentionEdits(names);
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      KbEntity e = kb.apply(m.entityId());
      String d = fields.get(m.field()).display();
      int sp = d.lastIndexOf(' ', m.end() - 1);
      if (e == null || sp <= m.start() || !ArabicOrganisationRecognizer.nationality(MatchingForm.key(d.substring(sp + 1, m.end())))) {
        continue;
      }
      String name = d.substring(m.start(), sp);
      int first = name.indexOf(' ');
      if (GENERIC.contains(MatchingForm.key(first < 0 ? name : name.substring(0, first))) || !alias(e, MatchingForm.key(name))
          || demonymInEnglish(e)) {
        continue;
      }
      edits.set(i, m.nameAt(m.field(), m.start(), sp));
    }
    return edits.result();
  }

  /**
   * Whether the body's English name holds its nationality (Saudi Aramco, Iranian Students' News Agency): then the
   * Arabic adjective (أرامكو السعودية، وكالة أنباء الطلبة الإيرانية) is part of the name too.
   */
  private static boolean demonymInEnglish(KbEntity e) {
    List<String> english = new ArrayList<>();
    english.add(e.name());
    for (KbAlias a : e.aliases()) {
      if ("en".equals(a.lang())) {
        english.add(a.text());
      }
    }
    for (String n : english) {
      for (String w : n.split("[^A-Za-z]+")) {
        if (DEMONYMS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** English adjectives of the countries the Arabic nationality list names. */
  private static final Set<String> DEMONYMS = Set.of("Saudi", "Iranian", "Iraqi", "Syrian", "Lebanese", "Egyptian",
      "Jordanian", "Kuwaiti", "Qatari", "Emirati", "Bahraini", "Omani", "Yemeni", "Libyan", "Tunisian", "Algerian",
      "Moroccan", "Sudanese", "Palestinian", "Israeli", "Turkish", "American", "British", "English", "Scottish", "French",
      "German", "Italian", "Spanish", "Portuguese", "Dutch", "Belgian", "Swiss", "Austrian", "Swedish", "Danish",
      "Norwegian", "Greek", "Russian", "Ukrainian", "Chinese", "Japanese", "Korean", "Indian", "Pakistani", "Afghan",
      "Brazilian", "Argentine", "Argentinian", "Mexican", "Nigerian", "Ghanaian", "Cameroonian", "Senegalese", "Ivorian",
      "Australian", "Canadian");

  private static boolean alias(KbEntity e, String key) {
    for (KbAlias a : e.aliases()) {
      if ("ar".equals(a.lang()) && MatchingForm.key(a.text()).equals(key)) {
        return true;
      }
    }
    return false;
  }
}
