package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English (round 43b): British copy names two bodies by one capitalised word the recognizer never keeps alone.
 * <ul>
 *   <li>"the Treasury was planning", "the UK Treasury has", "a breach of Treasury rules": the finance ministry, an
 *   organisation in the annotations (r12, r39, r42), its modifier uses included. Financial copy's "Treasury bonds",
 *   "comparable Treasury securities" are instruments, not annotated (Reuters files): the word is a body only when no
 *   instrument noun follows, no capitalised word follows (a longer name or a title: "Treasury Secretary X", "Treasury
 *   Select Committee") and no lower-case pricing adjective stands before it.</li>
 *   <li>"Labour MP Jane Frost", "Senior Labour backbencher X": the party's name before a member noun and a person is the
 *   party (r8, r12, r42), but the person's run swallowed it. When the same word is elsewhere in the article an
 *   organisation's whole mention, this one joins that entity; a party named only so is left (no knowledge of parties
 *   here, and "Tory", a member noun, must stay nothing).</li>
 * </ul>
 * Runs last in the English passes, so nothing later drops what it adds.
 */
final class BareBodyWords {
  private BareBodyWords() {}

  private static final String TREASURY = "Treasury";

  /** Lower-case words after "Treasury" that make it a financial instrument, market or index, not the ministry. */
  private static final Set<String> INSTRUMENTS = StringSet.of("bill", "bills", "bond", "bonds", "note", "notes",
      "security", "securities", "yield", "yields", "paper", "papers", "rate", "rates", "issue", "issues", "market",
      "markets", "stock", "stocks", "auction", "auctions", "refunding", "futures", "balance", "balances", "tap", "debt",
      "coupon", "coupons", "instrument", "instruments", "price", "prices", "obligation", "obligations", "curve", "tax",
      "certificates", "benchmark", "benchmarks", "bid", "offer", "sale", "sales", "borrowing", "deposits", "accounts",
      "index", "indexes", "secretary"); // a secretary: an office held, as the capitalised "Treasury Secretary X"

  /** Lower-case words before "Treasury" that price or compare instruments ("comparable Treasury securities"). */
  private static final Set<String> PRICING = StringSet.of("comparable", "equivalent", "negotiable", "over", "than",
      "long", "short", "benchmark", "pct", "year", "month", "week");

  /** Member nouns after a party's name before a person ("Labour MP X"): PartyAdjectives' and a backbencher. */
  private static final Set<String> MEMBERS = StringSet.of("MP", "MEP", "MSP", "AM", "peer", "councillor", "backbencher",
      "candidate");

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    List<Mention> out = null;
    for (int f = 0; f < fields.size(); f++) {
      String d = fields.get(f).display();
      for (int at = d.indexOf(TREASURY); at >= 0; at = d.indexOf(TREASURY, at + 1)) {
        int end = at + TREASURY.length();
        List<Mention> in = out == null ? mentions : out;
        if (!treasury(d, at, end) || Mention.overlapping(in, f, at, end) != null) {
          continue;
        }
        out = new ArrayList<>(in);
        out.add(new Mention(f, at, end, CrossScriptId.orSlug(EntityType.ORGANIZATION, TREASURY, "en",
            MatchingForm.key(TREASURY)), EntityType.ORGANIZATION, TREASURY, false));
      }
    }
    List<Mention> in = out == null ? mentions : out;
    for (int i = 0, n = in.size(); i < n; i++) { // by index: a party's mention is added at the end of this list
      Mention p = in.get(i);
      if (p.type() != EntityType.PERSON || p.role()) {
        continue;
      }
      String d = fields.get(p.field()).display();
      int[] party = partyBefore(d, p.start());
      // "Tory candidate X": a member noun, nothing in the annotations (PartyAdjectives), even if a stray "Tory" stayed
      if (party == null || PartyAdjectives.memberNoun(d, party[0], party[1])
          || Mention.overlapping(out == null ? mentions : out, p.field(), party[0], party[1]) != null) {
        continue;
      }
      Mention body = namedBody(fields, out == null ? mentions : out, d.substring(party[0], party[1]));
      if (body == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.add(body.nameAt(p.field(), party[0], party[1]));
    }
    return out == null ? mentions : out;
  }

  /** "Treasury" at [at, end) as the ministry: a whole word, no capitalised word or instrument after, no pricing word before. */
  static boolean treasury(String d, int at, int end) {
    if (at > 0 && Character.isLetterOrDigit(d.charAt(at - 1)) || end < d.length() && Character.isLetter(d.charAt(end))) {
      return false;
    }
    if (end + 1 < d.length() && d.charAt(end) == ' ') {
      int s = end + 1;
      int e = s;
      while (e < d.length() && Character.isLetter(d.charAt(e))) {
        e++;
      }
      if (e > s && (Character.isUpperCase(d.charAt(s)) || INSTRUMENTS.contains(d.substring(s, e)))) {
        return false;
      }
    }
    return !PRICING.contains(io.newswire.enrich.entities.names.Fixtures.wordBefore(d, at));
  }

  /**
   * The capitalised word before "MEMBER " right before {@code personStart} ("Labour" in "Labour MP Jane Frost"), as
   * {start, end}, or null.
   */
  static int[] partyBefore(String d, int personStart) {
    int e = personStart - 1;
    if (e <= 0 || d.charAt(e) != ' ') {
      return null;
    }
    int ms = e;
    while (ms > 0 && Character.isLetter(d.charAt(ms - 1))) {
      ms--;
    }
    if (ms == e || !MEMBERS.contains(d.substring(ms, e)) || ms < 2 || d.charAt(ms - 1) != ' ') {
      return null;
    }
    int pe = ms - 1;
    int ps = pe;
    while (ps > 0 && Character.isLetter(d.charAt(ps - 1))) {
      ps--;
    }
    if (ps == pe || !Character.isUpperCase(d.charAt(ps)) || ps > 0 && Character.isLetterOrDigit(d.charAt(ps - 1))) {
      return null;
    }
    return new int[] {ps, pe};
  }

  /**
   * An organisation's mention (no role) whose whole text is {@code text} or {@code text} and " Party" ("the Labour Party"
   * ... "Labour MP X"), anywhere in the article, or null.
   */
  private static Mention namedBody(List<FieldText> fields, List<Mention> mentions, String text) {
    for (Mention m : mentions) {
      if (m.role() || m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int length = m.end() - m.start();
      if (d.startsWith(text, m.start()) && (length == text.length()
          || length == text.length() + PARTY.length() && d.startsWith(PARTY, m.start() + text.length()))) {
        return m;
      }
    }
    return null;
  }

  private static final String PARTY = " Party";
}
