package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English (round 25): the singular of a party's member noun ("Tory leader Michael Howard", "a Tory government", "Liberal
 * Democrat chairman X", "the senior subcommittee Republican") is an adjective or names one member; the party itself is named
 * by its plural or its full name ("the Tories", "the Liberal Democrats", "the Republican Party"), which stay. The English
 * files never annotate the singular (r7, r8, r12: "Tory" as an adjective or before a name, "Liberal Democrat" before a name;
 * r23: "Republican" after a committee word), while the knowledge base or the runs made it the party or a body of its own.
 * "Labour", a party's name used as a modifier, is not a member noun and is not in the list. English only; a mention whose
 * whole text is one of these words is dropped, unless a possessive follows ("the Lib Dem's call": the party, loosely written).
 */
final class PartyAdjectives {
  private PartyAdjectives() {}

  /** Singular member nouns of parties, as written (capitalised). */
  private static final Set<String> MEMBER_NOUNS = StringSet.of("Tory", "Conservative", "Liberal Democrat", "Lib Dem",
      "Republican", "Democrat");

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!m.role() && m.type() == EntityType.ORGANIZATION && m.end() - m.start() <= 16
          && memberNoun(fields.get(m.field()).display(), m.start(), m.end())) {
        edits.drop(i);
      }
    }
    return edits.result();
  }

  /** Round 29: members of a party or a chamber, named after it ("Labour MPs", "a Plaid councillor"). */
  private static final String[] MEMBERS = {"MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "AMs", "peer", "peers",
      "councillor", "councillors"};

  /**
   * Round 29: "34 Labour MPs", "angry Labour MPs": the party's name before a member noun is the party (r8, r12: Labour
   * before a role noun), the noun no part of it; the runs took both as one body. An organisation's mention ending with a
   * member noun is cut before it, and its entity joins the article's body named as the cut text (else one of that name).
   * Runs before {@link #drop}, so that "Tory MPs" cut to "Tory" falls as the adjective it is.
   */
  static List<Mention> trimMembers(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    Map<String, String> cutText = new HashMap<>(); // entity id -> the text its cut mention keeps
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int cut = beforeMember(d, m.start(), m.end());
      if (cut < 0) {
        continue;
      }
      edits.set(i, m.nameAt(m.field(), m.start(), cut));
      cutText.putIfAbsent(m.entityId(), d.substring(m.start(), cut));
    }
    if (!edits.anyEdited()) {
      return mentions;
    }
    List<Mention> out = edits.current();
    Map<String, Mention> target = new HashMap<>(); // the cut entity's id -> a mention of the body it names
    for (Map.Entry<String, String> c : cutText.entrySet()) {
      for (Mention o : out) {
        if (!o.role() && o.type() == EntityType.ORGANIZATION && !cutText.containsKey(o.entityId())
            && c.getValue().equals(fields.get(o.field()).display().substring(o.start(), o.end()))) {
          target.put(c.getKey(), o);
          break;
        }
      }
    }
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      String text = m.role() ? null : cutText.get(m.entityId());
      if (text == null) {
        continue;
      }
      Mention t = target.get(m.entityId());
      edits.set(i, t != null ? m.namedAs(t)
          // round 55: the id the same name gets elsewhere in English copy (a generic one, Labour, its English slug
          // org:en:labour, not a sound key of its own: "34 Labour MPs" and "Labour said" in two dispatches are one party)
          : new Mention(m.field(), m.start(), m.end(), CrossScriptId.english(EntityType.ORGANIZATION, text),
              EntityType.ORGANIZATION, text, false));
    }
    return edits.result();
  }

  /**
   * Where the space before a last word that is a member noun starts, or -1 (one word, no member noun at the end, or no
   * lower-case letter before it).
   */
  static int beforeMember(String d, int start, int end) {
    if (!Fixtures.endsWithHead(d, start, end, MEMBERS)) {
      return -1;
    }
    int sp = d.lastIndexOf(' ', end - 1);
    for (int k = start; k < sp; k++) {
      if (Character.isLowerCase(d.charAt(k))) {
        return sp;
      }
    }
    return -1; // "PAN AM" in a capitals headline: a name, no member noun
  }

  /** The text is a member noun not followed by a possessive ("the Lib Dem's call" names the party, loosely). */
  static boolean memberNoun(String d, int start, int end) {
    if (!MEMBER_NOUNS.contains(d.substring(start, end))) {
      return false;
    }
    return !(end + 1 < d.length() && (d.charAt(end) == '\'' || d.charAt(end) == '\u2019') && d.charAt(end + 1) == 's');
  }
}
