package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 35): the name after an indefinite head word of a settlement or an administrative unit is a place
 * (محافظة إب، بمحافظة حجة، مدينة الرمادي، بلدة الجارودية، حي الجراف، قرية المالكية): Asharq Al-Awsat and SPA name
 * Yemeni governorates, Iraqi and Syrian towns and Saudi villages and districts that way, and the knowledge base and the
 * statistical model know only the large ones. The head in construct (no article, an optional و/ف and ب/ل before it)
 * governs a name; the word after it is that name unless it is a function word, a verb-like word of a short list, a
 * word that makes the place a facility (مدينة الملك …), or an indefinite adjective agreeing with the head (مدينة
 * صغيرة، محافظة عراقية، مدينة محررة) or a conjunction's second noun (وحي ومبنى); after حي, also "a neighbourhood",
 * the name must carry the article. A name opening with a word that is no name alone (أبو، بني، بئر، رأس …) takes
 * the next word too. Only names no other mention touches are added, head and name both free; the head is no part of
 * the place (as round 10's محافظة أضم gives أضم). منطقة and مركز are left out: read on the pool they head common
 * nouns as often as names (منطقة اليورو، منطقة حظر، مركز التدريب); so are وادي and جزيرة, whose head is part of the
 * name as often as not (وادي الدواسر، جزيرة العرب).
 *
 * <p>Round 59: a town after مدينة or بلدة whose name is a KB place's alias is that place (مدينة الرمادي: Ramadi,
 * place:iq:ramadi, not a romanized al-Ramadi of its own), and so are its bare repeats; the bare word alone stays no
 * alias (الرمادي is also "grey"). A governorate, village or district keeps its own id: the KB place of its name is
 * the town (محافظة تعز is not Taiz city), or another place of that name.
 */
final class HeadedPlaces {
  private HeadedPlaces() {}

  /** Singular heads in construct, as written (the teh marbuta spelt both ways). */
  private static final String[] HEADS = {"محافظة", "محافظه", "مدينة", "مدينه", "بلدة", "بلده", "قرية", "قريه", "حي"};
  /** Clitics a head may carry: conjunction, then preposition. */
  private static final String[] PREFIXES = {"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"};

  /** Words after a head that are no name (matching form): particles, pronouns, quantity and order words. */
  private static final Set<String> NOT_NAMES = MatchingForm.keys("في", "من", "على", "إلى", "الى", "عن", "مع", "أو", "او",
      "هو", "هي", "التي", "الذي", "واحدة", "أخرى", "اخرى", "كل", "لا", "ما", "بالإضافة", "بالاضافة", "الله", "كبيرة",
      "صغيرة", "جديدة", "قديمة", "عامرة", "أثرية", "مجاور", "مجاورة", "تبعد", "يسكنه", "يسكنها", "تقع", "يقع");
  /** Words that make the head a facility or a body named after a person (مدينة الملك عبدالعزيز الرياضية). */
  private static final Set<String> FACILITY_OPENERS = MatchingForm.keys("الملك", "الأمير", "الامير", "الشيخ", "الإمام",
      "الامام", "الرئيس", "الشهيد");
  /** Name openers that are no name alone: the name is two words (منطقة أبو دوار، قرية بني سعد). */
  private static final Set<String> TWO_WORD_OPENERS = MatchingForm.keys("أبو", "ابو", "أبي", "ابي", "أم", "ام", "بني",
      "بنى", "بئر", "رأس", "راس", "عين", "سوق", "خان", "دير", "تل", "كفر", "جبل", "بيت", "ذي", "ذو", "آل", "ال", "أبا", "ابا",
      "مرج", "قصر", "حمام", "سيدي");

  private static final String NISBA = MatchingForm.key("ية");
  private static final String TEH_MARBUTA = MatchingForm.key("ة");

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions, RuleNameIds ids) {
    MentionAdditions added = new MentionAdditions(mentions);
    List<Mention> known = new ArrayList<>();
    for (FieldText f : fields) {
      String d = f.display();
      if (!mayHoldHead(d)) {
        continue;
      }
      for (int[] w = WordSpans.next(d, 0, ArabicPlaceLists.WORD); w[0] < w[1]; w = WordSpans.next(d, w[1], ArabicPlaceLists.WORD)) {
        int i = w[0];
        int e = w[1];
        if (isHead(d, i, e) && e + 1 < d.length() && d.charAt(e) == ' ' && isWordChar(d.charAt(e + 1))) {
          Mention m = place(f.index(), d, i, e, added, ids);
          if (m != null) {
            added.add(m);
          } else {
            Mention k = knownPlace(f.index(), d, i, e, mentions);
            if (k != null) {
              known.add(k);
            }
          }
        }
      }
    }
    List<Mention> out = added.result();
    List<Mention> seeds = new ArrayList<>(out.subList(mentions.size(), out.size()));
    seeds.addAll(known);
    return seeds.isEmpty() ? mentions : repeats(fields, new ArrayList<>(out), seeds);
  }

  /**
   * Round 57: the place outside the knowledge base that another step found right after a head (مدينة سروج, the
   * model's), whose bare repeats are the same place as those of the towns added here; null when there is none. A known
   * place is left out: the knowledge base finds its bare mentions itself, and one it left bare was refused on purpose
   * (Libya's البيضاء in Yemeni copy). A head just after an opening mark begins an epithet or a facility's name
   * («مدينة النخيل»، (قرية التمور), not a town.
   */
  private static Mention knownPlace(int field, String d, int hs, int he, List<Mention> mentions) {
    int b = hs;
    while (b > 0 && isWordChar(d.charAt(b - 1))) {
      b--; // the head's clitics
    }
    if (b > 0 && "«(\"".indexOf(d.charAt(b - 1)) >= 0) {
      return null;
    }
    Mention m = Mention.overlapping(mentions, field, he + 1, he + 2);
    return m != null && m.type() == EntityType.PLACE && m.start() == he + 1 && m.entityId() != null
        && m.entityId().startsWith("place:name:") ? m : null;
  }

  /**
   * The name found after its head, met again bare in the same dispatch (مدينة الرمادي … وسط الرمادي، بلدة الجارودية
   * … من الجارودية), is the same place; so is a known place found right after a head (round 57). Only names of four letters or more are repeated: shorter ones are common
   * nouns bare as often as names (بحجة "on the pretext"). The repeat may carry و/ف and ب/ل; no other mention may
   * touch it.
   */
  private static List<Mention> repeats(List<FieldText> fields, List<Mention> out, List<Mention> seeds) {
    for (int k = 0; k < seeds.size(); k++) {
      Mention found = seeds.get(k);
      String name = fields.get(found.field()).display().substring(found.start(), found.end());
      if (name.length() < 4 || seenBefore(fields, seeds, k, name)) {
        continue;
      }
      for (FieldText f : fields) {
        String d = f.display();
        int p = d.indexOf(name);
        while (p >= 0) {
          int e = p + name.length();
          if ((e >= d.length() || !isWordChar(d.charAt(e))) && clitics(d, p)
              && Mention.overlapping(out, f.index(), p, e) == null) {
            out.add(new Mention(f.index(), p, e, found.entityId(), EntityType.PLACE, found.name(), false));
          }
          p = d.indexOf(name, e);
        }
      }
    }
    return out;
  }

  /** Whether an earlier added mention had the same name (its repeats are in already). */
  private static boolean seenBefore(List<FieldText> fields, List<Mention> seeds, int k, String name) {
    for (int j = 0; j < k; j++) {
      Mention m = seeds.get(j);
      if (m.end() - m.start() == name.length() && fields.get(m.field()).display().startsWith(name, m.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the letters before {@code p} in its word are nothing or only clitics (و، ف، ب، ل، وب، ول …): a bare repeat
   * of a found name, here and in {@link CalledNames}.
   */
  static boolean clitics(String d, int p) {
    int b = p;
    while (b > 0 && isWordChar(d.charAt(b - 1))) {
      b--;
    }
    for (String pre : PREFIXES) {
      if (pre.length() == p - b && d.startsWith(pre, b)) {
        return true;
      }
    }
    return false;
  }

  /** Heads of a town, whose name the KB's town of that name is (see the class comment). */
  private static final String[] TOWN_HEADS = {"مدينة", "مدينه", "بلدة", "بلده"};

  /** The place named after the head [hs, he), or null when the next words are no name or another mention has them. */
  private static Mention place(int field, String d, int hs, int he, MentionAdditions mentions, RuleNameIds ids) {
    int s = he + 1;
    int e = wordEnd(d, s);
    if (e < d.length() && !isBoundary(d.charAt(e))) {
      return null; // a digit or a mark glued to the word
    }
    String key = MatchingForm.key(d.substring(s, e));
    boolean definite = d.startsWith("ال", s);
    if (key.length() < 2 || NOT_NAMES.contains(key) || FACILITY_OPENERS.contains(key)
        || !definite && isIndefiniteAdjective(key)) {
      return null;
    }
    if (d.charAt(s) == 'و' && d.charAt(s + 1) != 'ا') {
      return null; // وحي ومبنى: the conjunction, a second noun (و + alef opens names: وادي)
    }
    if (!definite && isDistrict(d, hs, he)) {
      // حي is "a neighbourhood" in feature copy as often as a district's head (وحي سكني، في حي تستطيع السير فيه);
      // a district's own name there carries the article (حي العزيزية، بحي الجراف)
      return null;
    }
    if (TWO_WORD_OPENERS.contains(key)) {
      if (e + 1 >= d.length() || d.charAt(e) != ' ' || !isWordChar(d.charAt(e + 1))) {
        return null;
      }
      e = wordEnd(d, e + 1);
    }
    if (!mentions.free(field, hs, e)) {
      return null; // the head inside a body (مجلس محافظة بغداد), or the name already found
    }
    String text = d.substring(s, e);
    KbEntity known = ArabicPlaceLists.headClitics(d, hs, he, PREFIXES, TOWN_HEADS) >= 0
        ? ids.knownInAnyScript(EntityType.PLACE, text) : null;
    return known != null ? new Mention(field, s, e, known.id(), EntityType.PLACE, known.name(), false)
        : ArabicPlaceLists.place(field, s, e, text);
  }

  /**
   * An indefinite word agreeing with the feminine head as an adjective: a relational adjective (عراقية، ألمانية،
   * استراتيجية) or a participle of the م- pattern (محررة، مأهولة، مماثلة). Names without the article rarely end so
   * (the long participles are five letters or more; مكة and the like are shorter).
   */
  private static boolean isIndefiniteAdjective(String key) {
    if (key.length() >= 4 && key.endsWith(NISBA)) {
      return true;
    }
    return key.length() >= 5 && key.charAt(0) == 'م' && key.endsWith(TEH_MARBUTA);
  }

  /** Whether the head [hs, he) is حي with its clitics. */
  private static boolean isDistrict(String d, int hs, int he) {
    return he - hs >= 2 && d.charAt(he - 1) == 'ي' && d.charAt(he - 2) == 'ح';
  }

  private static boolean mayHoldHead(String d) {
    return d.indexOf("محافظ") >= 0 || d.indexOf("مدين") >= 0 || d.indexOf("بلد") >= 0 || d.indexOf("قري") >= 0
        || d.indexOf("حي ") >= 0;
  }

  /** Whether [s, e) is a head in construct with its clitics (بمحافظة، ومدينة، حي). */
  static boolean isHead(String d, int s, int e) {
    return ArabicPlaceLists.headClitics(d, s, e, PREFIXES, HEADS) >= 0;
  }

  private static boolean isBoundary(char c) {
    return Character.isWhitespace(c) || "،,.؛:)»\"'".indexOf(c) >= 0 || c == '(' || c == '«' || c == '-';
  }

  private static boolean isWordChar(char c) {
    return ArabicPlaceLists.isWordChar(c);
  }

  private static int wordEnd(String d, int s) {
    return ArabicPlaceLists.wordEnd(d, s);
  }
}
