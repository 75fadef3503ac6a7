package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic sport copy names its clubs by their bare names with the article (النصر، الهلال، التعاون) once the
 * text has said what they are: after a club's head word (نادي التعاون، فريق الاتحاد، فريقا النصر والهلال)
 * or after one of its players or its coach (لاعب الطلائع، مدرب النصر), or as the other side of a result (فاز على
 * السد القطري، خسر أمام الوصل، تعادل مع نظيره). In a text that
 * speaks of a match, each such one-word definite name is the club wherever it stands alone, and a
 * nationality after it (السد القطري) is no part of its name. A word after a head that is a rank, a role
 * or a relational adjective (الفريق الأول، فريق العمل، الفريق النصراوي) names no club.
 */
final class ArabicClubs {
  private static final String CLUB_HEAD = MatchingForm.key("نادي") + " ";
  /** The name matcher's alias index (matching-form key to the entities it may name). */
  private final Map<String, List<AliasTarget>> aliases;

  /** Words of match reports: without one, فريق and نادي name teams of work and social clubs. */
  private static final String[] SPORT = {"كرة القدم", "مباراة", "المباراة", "مباريات", "الدوري", "لاعب", "اللاعب", "المدرب", "مدرب"};
  private static final String DUAL = MatchingForm.key("فريقا");
  private static final Set<String> HEADS = MatchingForm.keys("نادي", "فريق", "فريقا", "نظيره", "ناديا", "لفريق", "بفريق", "وفريق", "لنادي",
      "بنادي", "ونادي",
      // a player or coach of X (لاعب الهلال، مدرب النصر): the team he belongs to
      "لاعب", "ولاعب", "للاعب", "لاعبي", "ولاعبي", "لاعبو", "مدرب", "ومدرب", "لمدرب");
  /** Result verbs whose other side (after على/من/أمام/مع) is a club. */
  private static final Set<String> RESULTS = MatchingForm.keys("فاز", "وفاز", "خسر", "وخسر", "تعادل", "وتعادل", "تغلب",
      "وتغلب", "هزم", "وهزم");
  /** Verbs of play whose subject right after them (خاض الهلال، كسب النصر) is a team: evidence, not proof. */
  private static final Set<String> PLAY = MatchingForm.keys("خاض", "وخاض", "كسب", "وكسب", "يلعب", "ويلعب", "لعب", "ولعب",
      "يلتقي", "ويلتقي", "التقى", "والتقى", "واجه", "وواجه", "يواجه", "ويواجه", "سجل", "وسجل", "أحرز", "وأحرز", "يستضيف",
      "ويستضيف", "استضاف", "واستضاف");
  private static final Set<String> RESULT_PREPOSITIONS = MatchingForm.keys("على", "من", "امام", "مع");
  /** Words after a head that name no club. */
  private static final Set<String> NOT_CLUBS = MatchingForm.keys("الأول", "الثاني", "الثالث", "الأولمبي", "الوطني", "المنافس",
      "الخصم", "الضيف", "المضيف", "الفني", "الطبي", "الإداري", "العمل", "الزائر", "الآخر", "الأخرى", "الكروي", "المحلي",
      "الرديف", "الشباب", "الناشئين", "الإنقاذ", "البحث", "الأمني", "التطوعي", "السعودي", "الأولى", "الثانية", "الثالثة",
      "الرابعة", "الأخيرة", "المباراة", "المواجهة", "اللقاء", "الجولة", "النهائي", "اللقب", "البطولة", "الكأس", "الدوري", "المركز",
      "الجائزة", "الذهبية", "الفضية", "البرونزية", "الميدالية", "المقعد", "الانتخابات", "الجميع", "الفريق", "النادي", "المنتخب",
      "المدرب", "العاصمة", "الكرة", "المدينة", "البلد", "الحوار", "التنظيم", "الهدف", "اللاعب", "الحارس", "المهاجم", "المدافع",
      // a player's place or a coach's trade after لاعب/مدرب (لاعب الوسط، مدرب اللياقة, مدرب الحراس), or a game
      "الوسط", "المرمى", "الارتكاز", "الحراس", "اللياقة", "التنس", "الجولف");

  /** Adjectives of a region or kind, not a nation (الاتحاد الآسيوي is the confederation). */
  private static final Set<String> NOT_NATIONALITIES = MatchingForm.keys("الآسيوي", "الأوروبي", "الأفريقي", "العربي", "الدولي",
      "الخليجي", "العالمي", "الإسلامي", "الرياضي", "الخيري", "الأدبي", "الثقافي", "الاجتماعي", "الصحي", "الشرقي", "الغربي",
      "الشمالي", "الجنوبي", "الشعبي", "الرسمي", "المحلي", "الحديث", "الكلاسيكي", "الفني");

  /**
   * Names that clubs of several Arab countries share (الأهلي: Saudi Arabia's, Egypt's, Qatar's, the UAE's,
   * Bahrain's): where the text gives no country the club goes by the bare name, as the annotation
   * convention writes it (Al-Ahli), neither one country's club nor a made-up "FC" or "Club". A nationality
   * after it (الأهلي السعودي) is a name of the knowledge base's and is linked as such.
   */
  private static final Set<String> SHARED_NAMES = MatchingForm.keys("الأهلي");

  ArabicClubs(Map<String, List<AliasTarget>> aliases) {
    this.aliases = aliases;
  }

  /**
   * The club the knowledge base names with its head word and this one-word name (نادي النصر for النصر),
   * or null: one lookup in the alias index rather than a table built from the whole KB at start-up.
   */
  private KbEntity known(String bare) {
    if (bare.indexOf(' ') >= 0) {
      return null;
    }
    List<AliasTarget> targets = aliases.get(CLUB_HEAD + bare);
    if (targets != null) {
      for (AliasTarget t : targets) {
        if (!t.lamMerged() && t.entity().type() == EntityType.ORGANIZATION) {
          return t.entity();
        }
      }
    }
    return null;
  }

  List<Mention> mark(List<FieldText> fields, List<Mention> mentions) {
    if (!sporty(fields)) {
      return mentions;
    }
    Map<String, String[]> clubs = null; // key of the bare name -> {entity id, name} (null id: none yet)
    Map<String, Integer> evidence = null;
    List<List<Word>> words = new ArrayList<>(fields.size()); // each field's words, keyed once for both passes
    for (FieldText f : fields) {
      String d = f.display();
      List<Word> fieldWords = new ArrayList<>();
      words.add(fieldWords);
      String prev2 = "";
      String prev = "";
      int i = 0;
      while (i < d.length()) {
        while (i < d.length() && !isLetter(d.charAt(i))) {
          if (d.charAt(i) != ' ') {
            prev2 = "";
            prev = ""; // a comma or full stop breaks the phrase
          }
          i++;
        }
        int s = i;
        i = wordEnd(d, i);
        if (s == i) {
          break;
        }
        String word = d.substring(s, i);
        String key = MatchingForm.key(word);
        String bare = withoutClitic(key);
        fieldWords.add(new Word(s, i, key, bare));
        boolean afterHead = HEADS.contains(prev);
        // the other side of a result (فاز على السد) is a club
        boolean otherSide = RESULT_PREPOSITIONS.contains(prev) && RESULTS.contains(prev2);
        boolean afterResult = otherSide
            || (RESULTS.contains(prev) || PLAY.contains(prev)) && !RESULT_PREPOSITIONS.contains(key);
        if ((afterHead || afterResult) && isClubName(bare)) {
          if (clubs == null) {
            clubs = new HashMap<>();
            evidence = new HashMap<>();
          }
          clubs.putIfAbsent(bare, null);
          boolean pair = DUAL.equals(prev); // فريقا النصر والهلال: two teams named as such
          evidence.merge(bare, otherSide || pair ? 2 : 1, Integer::sum);
          // فريقا النصر والهلال: the second club of a pair
          int j = i;
          while (j < d.length() && d.charAt(j) == ' ') {
            j++;
          }
          int e = wordEnd(d, j);
          if (e > j + 1 && d.charAt(j) == 'و') {
            String second = MatchingForm.key(d.substring(j + 1, e));
            if (isClubName(second)) {
              clubs.putIfAbsent(second, null);
              evidence.merge(second, pair ? 2 : 1, Integer::sum);
            }
          }
        }
        prev2 = prev;
        prev = bare;
      }
    }
    if (clubs == null) {
      return mentions;
    }
    // The clubs' entities, where a mention names one already (نادي النصر, النصر).
    Map<String, String[]> renamed = null; // a shared name's entity id as the heads named it, to the bare name's
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORGANIZATION || m.role()) {
        continue;
      }
      String text = fields.get(m.field()).display().substring(m.start(), m.end());
      int sp = text.indexOf(' ');
      boolean headed = sp > 0 && HEADS.contains(MatchingForm.key(text.substring(0, sp)));
      String name = headed ? text.substring(sp + 1) : text;
      String key = MatchingForm.key(name);
      if (clubs.containsKey(key) && clubs.get(key) == null) {
        KbEntity k = known(key);
        boolean bareUnknown = !headed && unknown(m);
        // a bare name another step romanized (النصر al-Nasr) is the KB's club of that name, else named as a club
        boolean shared = k == null && unknown(m) && SHARED_NAMES.contains(key);
        String[] named = k != null && unknown(m) ? new String[] {k.id(), k.name()}
            : bareUnknown || shared ? romanized(name, key) : new String[] {m.entityId(), m.name()};
        clubs.put(key, named);
        if (shared && !named[0].equals(m.entityId())) {
          renamed = renamed == null ? new HashMap<>() : renamed;
          renamed.put(m.entityId(), named); // نادي الأهلي named al-Ahli Club by its head: the shared bare name
        }
      }
    }
    if (renamed != null) {
      mentions = withIds(mentions, renamed);
    }
    // A name seen once after a head or a verb of play may be a common noun (فريق الحوار، فريق التمثيل):
    // it takes a second sign, a mention that already names it as a body, or a club of the knowledge base
    // of that name (فريق الهلال in a match report: الهلال is Al Hilal, not the crescent).
    for (Map.Entry<String, Integer> e : evidence.entrySet()) {
      if (e.getValue() < 2 && clubs.get(e.getKey()) == null && known(e.getKey()) == null) {
        clubs.remove(e.getKey());
      }
    }
    if (clubs.isEmpty()) {
      return mentions;
    }
    List<Mention> added = new ArrayList<>();
    for (int fi = 0; fi < fields.size(); fi++) {
      FieldText f = fields.get(fi);
      String d = f.display();
      for (Word w : words.get(fi)) {
        String key = w.key();
        String bare = w.bare();
        if (!clubs.containsKey(bare)) {
          continue;
        }
        int start = w.start() + (bare.length() < key.length() ? key.length() - bare.length() : key.equals(bare) ? 0 : 1);
        int end = w.end();
        int adjectiveEnd = nationalityAfter(d, end);
        Mention over = Mention.overlapping(mentions, f.index(), start, end);
        String[] named = clubs.get(bare);
        if (over != null && named != null && over.start() == start && over.end() == end && unknown(over)
            && !over.entityId().equals(named[0])) {
          added.add(new Mention(f.index(), start, end, named[0], EntityType.ORGANIZATION, named[1], false));
          mentions = without(mentions, over); // the bare name as the club found elsewhere in the article
          continue;
        }
        if (over != null) {
          // السد القطري as one name: the club without its nationality
          if (over.start() == start && over.end() == adjectiveEnd && adjectiveEnd > end
              && over.type() == EntityType.ORGANIZATION) {
            added.add(over.nameAt(f.index(), start, end));
            mentions = without(mentions, over);
          }
          continue;
        }
        if (adjectiveEnd == end && followedByDefinite(d, end)) {
          continue; // الهلال الأحمر، التعاون الخليجي: another name
        }
        String[] club = clubs.get(bare);
        if (club == null) {
          KbEntity e = known(bare);
          club = e != null ? new String[] {e.id(), e.name()} : romanized(d.substring(start, end), bare);
          clubs.put(bare, club);
        }
        added.add(new Mention(f.index(), start, end, club[0], EntityType.ORGANIZATION, club[1], false));
      }
    }
    if (added.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size() + added.size());
    out.addAll(mentions);
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
    return out;
  }

  /** A word of a field: its span, its matching-form key and that key without a glued clitic. */
  private record Word(int start, int end, String key, String bare) {}

  private static boolean sporty(List<FieldText> fields) {
    for (FieldText f : fields) {
      for (String w : SPORT) {
        if (f.display().contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A club the knowledge base lacks: its romanized name and FC, as English reference names write most Arab
   * clubs (al-Ain FC), with one id with English copy's club.
   */
  private static String[] romanized(String text, String bare) {
    String name = CrossScriptName.romanize(text, "ar") + (SHARED_NAMES.contains(bare) ? "" : " FC");
    return new String[] {CrossScriptId.orSlug(EntityType.ORGANIZATION, name, "ar", bare), name};
  }

  /** An organisation the knowledge base lacks (an id made of its name or of its Arabic words). */
  private static boolean unknown(Mention m) {
    return m.type() == EntityType.ORGANIZATION && (m.entityId().startsWith("org:name:") || m.entityId().startsWith("org:ar:"));
  }

  /** A one-word definite name that is not a rank, role or relational adjective. */
  private static boolean isClubName(String key) {
    return key.length() >= 4 && key.startsWith("ال") && !NOT_CLUBS.contains(key) && !key.endsWith("اوي")
        && !(key.endsWith("ي") && key.length() > 6)
        // a verbal noun of the pattern التفعيل (فريق التمثيل، فريق التحكيم) names an activity
        && !(key.length() == 7 && key.startsWith("الت") && key.charAt(5) == 'ي');
  }

  /** The key without a glued و/ب/ل/ف before the article (والهلال، بالنصر، للاتحاد gives اللاتحاد → الاتحاد). */
  private static String withoutClitic(String key) {
    if (key.length() > 4 && "وبفل".indexOf(key.charAt(0)) >= 0) {
      if (key.startsWith("ال", 1)) {
        return key.substring(1);
      }
      if (key.charAt(0) == 'ل' && key.charAt(1) == 'ل') {
        return "ا" + key.substring(1); // للهلال → الهلال
      }
      if (key.length() > 5 && "وف".indexOf(key.charAt(0)) >= 0 && "بل".indexOf(key.charAt(1)) >= 0 && key.startsWith("ال", 2)) {
        return key.substring(2);
      }
    }
    return key;
  }

  /** End of a masculine nationality adjective (القطري، الإماراتي) right after {@code end}, or {@code end}. */
  private static int nationalityAfter(String d, int end) {
    int j = end;
    if (j >= d.length() || d.charAt(j) != ' ') {
      return end;
    }
    j++;
    int e = wordEnd(d, j);
    if (e - j < 5 || !d.startsWith("ال", j) || d.charAt(e - 1) != 'ي') {
      return end;
    }
    String key = MatchingForm.key(d.substring(j, e));
    return NOT_CLUBS.contains(key) || NOT_NATIONALITIES.contains(key) ? end : e;
  }

  private static boolean followedByDefinite(String d, int end) {
    return end + 3 < d.length() && d.charAt(end) == ' ' && d.startsWith("ال", end + 1);
  }


  /** The mentions with each entity id of {@code renamed} replaced by its {id, name}. */
  private static List<Mention> withIds(List<Mention> mentions, Map<String, String[]> renamed) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String[] to = renamed.get(m.entityId());
      out.add(to == null ? m : new Mention(m.field(), m.start(), m.end(), to[0], m.type(), to[1], m.role()));
    }
    return out;
  }

  private static List<Mention> without(List<Mention> mentions, Mention m) {
    List<Mention> l = new ArrayList<>(mentions);
    l.remove(m);
    return l;
  }

  /** End of the run of letters (and harakat) that starts at {@code i}: a word as this class reads one. */
  private static int wordEnd(String d, int i) {
    while (i < d.length() && isLetter(d.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c) || c == '\u064B' || c == '\u064C' || c == '\u064E' || c == '\u064F' || c == '\u0650'
        || c == '\u0651' || c == '\u0652';
  }
}
