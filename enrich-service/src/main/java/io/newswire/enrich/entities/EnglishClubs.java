package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * English sport copy names clubs by their town or by a bare name the rules read as a place or a lone
 * surname ("Chester have won", "the Chester chairman", "the former Liverpool striker"), and lists squads
 * as "Player (Club), Player (Club)". In an article with a word of sport (league, season, striker …):
 * <ul>
 *   <li>a squad list (three or more "Person (Name)" in a field): each name in brackets is the player's
 *   club, an organisation (a country there stays a place: national sides are places, as in the
 *   annotations);</li>
 *   <li>a town (a knowledge-base place within a country, or a place the KB lacks) or a lone one-word
 *   surname the KB lacks, followed by a club's staff word (manager, chairman, striker, fans …) or by a
 *   plural verb (have, are, were, say: British usage for a team), or preceded by a transfer word (a move to X,
 *   round 25), is a club; so are its other bare
 *   mentions in the article (not after "in", "near", "downtown" or "outside"), and its repeats the rules left
 *   unfound.</li>
 * </ul>
 * Works on the mentions and the characters around them: no tokenizing, no regex.
 */
final class EnglishClubs {
  private EnglishClubs() {}

  private static final int MAX_CLUB_WORDS = 4;

  /** A club the KB lacks: the id Arabic and Persian copy give the same club ({@link CrossScriptId}), else an English slug. */
  static String clubId(String text) {
    return CrossScriptId.english(EntityType.ORGANIZATION, text);
  }

  /** {@code sport}: the article holds a word of sport ({@link Fixtures#sport}). */
  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb, boolean sport) {
    mentions = shortForms(fields, mentions, kb); // in any article, sport or not (United for United Breweries)
    // A result's score is a cue of its own (Arsenal beats Hull 3 - 2): it needs no word of sport in the article.
    List<Mention> out = sport ? squadLists(fields, mentions, kb) : mentions;
    Map<String, Mention> clubs = null; // surface text -> the club's mention
    Set<String> typedBodies = null; // the clubs' texts a mention typed a body named
    boolean football = sport && !rugby(fields);
    for (Mention m : out) {
      boolean body = !m.role() && m.type() == EntityType.ORGANIZATION;
      if (m.role() || !body && !townOrLoneName(m, out, kb)) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String text = d.substring(m.start(), m.end());
      boolean cued = sport && (Fixtures.clubCueAfter(d, m.start(), m.end()) || Fixtures.transferCueBefore(d, m.start(), m.end())
              || m.type() == EntityType.PLACE && (Fixtures.joinCueBefore(d, m.start()) || Fixtures.matchCueBefore(d, m.start())
                  || Fixtures.fixtureSide(d, m.start(), m.end())))
          || Fixtures.scoreNextTo(d, m.start(), m.end());
      // round 51b: in football copy a body the KB lacks named as the KB files a club (Chelsea, BURNLEY in a capitals
      // preview) is that club without a cue, so the bare name and the club's full name are one id
      if (!cued && !(football && body && kb.apply(m.entityId()) == null && kbClub(text, kb) != null)) {
        continue;
      }
      if (clubs == null) {
        clubs = new HashMap<>();
      }
      // the first cued mention names the club; round 30: one already typed a body (Valencia coach) names it too, so
      // the same name typed a town elsewhere in the story (took charge of Valencia) is that club
      if (!clubs.containsKey(text)) {
        if (body) {
          typedBodies = typedBodies == null ? new HashSet<>() : typedBodies;
          typedBodies.add(text);
        }
        KbEntity known = body && kb.apply(m.entityId()) != null ? null : rugby(fields) ? kbRugbyClub(text, kb) : kbClub(text, kb);
        clubs.put(text, known != null ? new Mention(m.field(), m.start(), m.end(), known.id(), EntityType.ORGANIZATION, known.name(), false)
            : body ? m : new Mention(m.field(), m.start(), m.end(), clubId(text), EntityType.ORGANIZATION, text, false));
      }
    }
    if (clubs == null) {
      return out;
    }
    List<Mention> result = new ArrayList<>(out.size() + 8);
    for (Mention m : out) {
      String d = fields.get(m.field()).display();
      Mention club = m.role() ? null : clubs.get(d.substring(m.start(), m.end()));
      if (club != null && m.type() == EntityType.ORGANIZATION) {
        // round 51: a body named by the club's short name takes the KB club's id and name (Barcelona: FC Barcelona)
        boolean rename = !club.entityId().equals(m.entityId()) && kb.apply(m.entityId()) == null && kb.apply(club.entityId()) != null;
        result.add(rename ? m.namedAs(club) : m);
      } else if (club != null && townOrLoneName(m, out, kb) && !afterLocative(d, m.start())) {
        result.add(m.namedAs(club));
      } else {
        result.add(m);
      }
    }
    // the club's bare repeats the rules left unfound (Chester have won … Chester were bottom)
    for (FieldText f : fields) {
      if (f.isDateline()) {
        continue;
      }
      String d = f.display();
      for (Map.Entry<String, Mention> c : clubs.entrySet()) {
        String name = c.getKey();
        for (int at = d.indexOf(name); at >= 0; at = d.indexOf(name, at + 1)) {
          int end = at + name.length();
          if ((at > 0 && Character.isLetterOrDigit(d.charAt(at - 1))) || (end < d.length() && Character.isLetterOrDigit(d.charAt(end)))
              || afterLocative(d, at) || Mention.overlapping(result, f.index(), at, end) != null) {
            continue;
          }
          Mention club = c.getValue();
          if (typedBodies != null && typedBodies.contains(name) && (afterName(d, at)
              || end + 2 < d.length() && d.charAt(end) == ' ' && Character.isUpperCase(d.charAt(end + 1))
              && Character.isLowerCase(d.charAt(end + 2)))) {
            continue; // a body's name inside a longer one the rules left unfound (Real Sociedad, Sporting Lisbon)
          }
          result.add(club.nameAt(f.index(), at, end));
        }
      }
    }
    result.sort(Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
    return result;
  }

  /** Words of rugby copy: Leicester, Newcastle, Saracens there are rugby sides sharing the football club's town. */
  private static final List<String> RUGBY = List.of("rugby", "six nations", "fly-half", "scrum", "flanker", "heineken cup");

  private static boolean rugby(List<FieldText> fields) {
    for (FieldText f : fields) {
      String d = f.display().toLowerCase(Locale.ROOT);
      for (String w : RUGBY) {
        if (d.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Round 51: the KB club filed under the short name sport copy writes ({@code org:everton-fc} for Everton F.C.,
   * {@code org:fc-barcelona}), or null: the club gets its reference name, not the town's. Not in rugby copy.
   */
  private static KbEntity kbClub(String text, Function<String, KbEntity> kb) {
    String slug = slug(text);
    KbEntity e = kb.apply("org:" + slug + "-fc");
    return e != null ? e : kb.apply("org:fc-" + slug);
  }

  /**
   * Round 54: in rugby copy the KB rugby union side filed under the short name the copy writes ({@code org:bath-rugby}
   * for Bath Rugby, {@code org:wasps-rugby} for London Wasps), or null: the side gets its reference name, as the English
   * files name it, not the town's. Only sides no rugby league or football club of rugby copy shares a town with.
   */
  private static KbEntity kbRugbyClub(String text, Function<String, KbEntity> kb) {
    return kb.apply("org:" + slug(text) + "-rugby");
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /**
   * A town (a KB place within a country, or a place the KB lacks) of up to four words, or a one-word person
   * the KB lacks whom the article never names in full (a surname alone would have merged into its person).
   */
  private static boolean townOrLoneName(Mention m, List<Mention> all, Function<String, KbEntity> kb) {
    KbEntity e = kb.apply(m.entityId());
    if (m.type() == EntityType.PLACE) {
      return e == null || town(e);
    }
    if (m.type() != EntityType.PERSON || e != null || m.name().indexOf(' ') >= 0) {
      return false;
    }
    for (Mention o : all) {
      if (o.entityId().equals(m.entityId()) && o.end() - o.start() != m.end() - m.start()) {
        return false;
      }
    }
    return true;
  }

  /** A KB city (in a country, with its country's code): not a country, a home nation (England) nor a region. */
  private static boolean town(KbEntity e) {
    return e.attr("within") != null && e.attr("iso2") != null;
  }

  /**
   * A one-word name the KB lacks, typed a place (not a person: a tennis player typed a body by mistake
   * must not take his surname with him), that is the first or the last word of an
   * organisation of two or three words the article names, not opening with a given name (United for United
   * Breweries, Sociedad for Real Sociedad): a short form of that organisation, typed and named as it. Not after "in" or "near", nor in a
   * dateline.
   */
  static List<Mention> shortForms(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Map<String, Mention> byWord = null;
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORGANIZATION || m.role() || kb.apply(m.entityId()) != null) {
        continue;
      }
      String text = fields.get(m.field()).display().substring(m.start(), m.end());
      int first = text.indexOf(' ');
      int last = text.lastIndexOf(' ');
      int second = text.indexOf(' ', first + 1);
      if (first < 0 || (second >= 0 && second < last) || text.indexOf('\n') >= 0) {
        continue; // one word, or a space between the first and the last: four words or more
      }
      if (GivenNames.english().contains(text.substring(0, first).toLowerCase(Locale.ROOT))) {
        continue; // Agustin Calleri typed a body: a person's surname must not follow the mistake
      }
      if (byWord == null) {
        byWord = new HashMap<>();
      }
      String[] lower = text.toLowerCase(Locale.ROOT).split(" ");
      if (!io.newswire.enrich.entities.link.PartialNameMerger.townOfItsCouncil(new String[] {lower[0]}, lower)) {
        byWord.putIfAbsent(text.substring(0, first), m); // not Darlington for Darlington Council: the town
      }
      byWord.putIfAbsent(text.substring(last + 1), m);
    }
    if (byWord == null) {
      return mentions;
    }
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.PLACE || fields.get(m.field()).isDateline() || kb.apply(m.entityId()) != null) {
        continue; // a dateline names the town (BANGOR, Maine, for Bangor Hydro)
      }
      String d = fields.get(m.field()).display();
      String text = d.substring(m.start(), m.end());
      Mention org = text.indexOf(' ') < 0 && text.length() > 2 && Character.isUpperCase(text.charAt(0)) ? byWord.get(text) : null;
      if (org == null || afterLocative(d, m.start())) {
        continue;
      }
      edits.set(i, m.namedAs(org));
    }
    return edits.result();
  }

  /** A capitalised word other than an article right before {@code at}, a space between. */
  private static boolean afterName(String d, int at) {
    if (at < 2 || d.charAt(at - 1) != ' ' || !Character.isLetter(d.charAt(at - 2))) {
      return false;
    }
    int s = at - 2;
    while (s > 0 && Character.isLetter(d.charAt(s - 1))) {
      s--;
    }
    return Character.isUpperCase(d.charAt(s)) && !Fixtures.endsWithWord(d, at, "The") && !Fixtures.endsWithWord(d, at, "A");
  }

  /** "in Chester", "near Chester", "downtown Norfolk", "outside Chester": the town. */
  private static boolean afterLocative(String d, int start) {
    return Fixtures.endsWithWord(d, start, "in") || Fixtures.endsWithWord(d, start, "near")
        || Fixtures.endsWithWord(d, start, "In") || Fixtures.endsWithWord(d, start, "Near")
        || Fixtures.endsWithWord(d, start, "downtown") || Fixtures.endsWithWord(d, start, "outside");
  }

  /**
   * Squad lists: three or more "Person (Club)" in a field (a lower-case note and a comma may open the
   * brackets: "(captain, Club)"); each bracketed name of one to four capitalised words is a club, an
   * organisation, over whatever the rules found inside it, unless it is a country (a national side).
   */
  private static List<Mention> squadLists(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    List<int[]> clubs = null; // field, start, end
    int count = 0;
    int field = -1;
    List<int[]> inField = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.field() != field) {
        if (count >= 3) {
          clubs = clubs == null ? new ArrayList<>() : clubs;
          clubs.addAll(inField);
        }
        field = m.field();
        count = 0;
        inField.clear();
      }
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      int[] span = bracketedName(fields.get(m.field()).display(), m.end());
      if (span != null) {
        count++;
        inField.add(new int[] {m.field(), span[0], span[1]});
      }
    }
    if (count >= 3) {
      clubs = clubs == null ? new ArrayList<>() : clubs;
      clubs.addAll(inField);
    }
    if (clubs == null) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    for (int[] c : clubs) {
      Mention same = null;
      boolean country = false;
      for (Mention m : out) {
        if (m.field() == c[0] && m.start() == c[1] && m.end() == c[2]) {
          same = m;
          if (m.type() == EntityType.PLACE) {
            KbEntity e = kb.apply(m.entityId());
            country |= e != null && !town(e);
          }
        }
      }
      if (country || same != null && same.type() == EntityType.ORGANIZATION) {
        continue;
      }
      out.removeIf(m -> m.field() == c[0] && m.start() < c[2] && c[1] < m.end());
      String text = fields.get(c[0]).display().substring(c[1], c[2]);
      out.add(new Mention(c[0], c[1], c[2], clubId(text), EntityType.ORGANIZATION, text, false));
    }
    out.sort(Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
    return out;
  }

  /**
   * The name in " (Name)" or " (note, Name)" right after {@code end}: one to four capitalised words (a
   * leading "The" left out), or null.
   */
  static int[] bracketedName(String d, int end) {
    if (end + 2 >= d.length() || d.charAt(end) != ' ' || d.charAt(end + 1) != '(') {
      return null;
    }
    int close = d.indexOf(')', end + 2);
    if (close < 0 || close - end > 60) {
      return null;
    }
    int s = end + 2;
    int comma = d.lastIndexOf(", ", close);
    if (comma > s) {
      for (int k = s; k < comma; k++) {
        char c = d.charAt(k);
        if (!Character.isLowerCase(c) && c != ' ' && c != '-') {
          return null; // "(Name, Name)": no note before the club
        }
      }
      s = comma + 2;
    }
    if (d.startsWith("The ", s)) {
      s += 4;
    }
    int words = 0;
    boolean wordStart = true;
    for (int k = s; k < close; k++) {
      char c = d.charAt(k);
      if (c == ' ') {
        wordStart = true;
        continue;
      }
      if (wordStart) {
        if (!Character.isUpperCase(c) && c != '&') {
          return null;
        }
        words++;
        wordStart = false;
      } else if (!Character.isLetter(c) && c != '\'' && c != '-' && c != '.') {
        return null;
      }
    }
    if (words == 1 && close - s <= 3 && allCapitals(d, s, close)) {
      return null; // (SA), (NZ): a country's short form, a national side
    }
    return words >= 1 && words <= MAX_CLUB_WORDS && d.charAt(close - 1) != ' ' ? new int[] {s, close} : null;
  }

  private static boolean allCapitals(String d, int s, int e) {
    for (int k = s; k < e; k++) {
      if (!Character.isUpperCase(d.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
