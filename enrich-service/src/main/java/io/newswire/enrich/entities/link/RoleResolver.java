package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.AliasStrength;
import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.kb.Titles;
import io.newswire.enrich.entities.match.Clitics;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import io.newswire.enrich.entities.kb.RolePhrase;
import io.newswire.enrich.entities.kb.RoleTerm;
import io.newswire.enrich.entities.match.PhraseHit;

/**
 * Role references: "أمير قطر", "President of Iran" name the person who held that office on the day the
 * dispatch was written (the dated terms of the roles= attribute of people, and the titles of titles.tsv), no one when
 * the day is unknown; "رئيس الجمهورية" refers back to the last person named in
 * the article who holds a presidency. A role phrase right before a name is that name's title, not a
 * reference. References merge into the person; they are published as mentions only for a person the
 * article never names.
 */
public final class RoleResolver {
  private final Map<String, RolePhrase> phrases;
  private final KnowledgeBase kb;
  /** Each KB person's terms of office, parsed once: {@link #lastHolder} reads them for every name before a reference. */
  private final Map<String, List<RoleTerm>> termsOf = new HashMap<>();

  public RoleResolver(KnowledgeBase kb) {
    this.kb = kb;
    Titles titles = kb.titles();
    Map<String, List<KbEntity>> countriesByIso = new HashMap<>();
    for (KbEntity e : kb.entities()) {
      if (e.type() == EntityType.PLACE && e.attr("iso2") != null && e.rank() >= 3) {
        countriesByIso.computeIfAbsent(e.attr("iso2"), k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, List<RolePhrase.Term>> terms = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (KbEntity person : kb.entities()) {
      if (person.type() != EntityType.PERSON) {
        continue;
      }
      List<RoleTerm> personTerms = person.roleTerms();
      if (!personTerms.isEmpty()) {
        termsOf.put(person.id(), personTerms);
      }
      for (RoleTerm term : personTerms) {
        String role = term.role();
        int at = role.indexOf('@');
        if (at < 0) {
          continue;
        }
        String roleClass = role.substring(0, at);
        for (KbEntity country : countriesByIso.getOrDefault(role.substring(at + 1), List.of())) {
          for (KbAlias a : country.aliases()) {
            if (a.strength() != AliasStrength.STRONG) {
              continue;
            }
            for (String title : titles.words(roleClass, a.lang())) {
              List<String> forms = a.lang().equals("en")
                  ? List.of(title + " of " + a.text(), a.text() + "'s " + title, a.text() + "’s " + title)
                  : List.of(title + " " + a.text());
              for (String phrase : forms) {
                String key = MatchingForm.key(phrase);
                List<RolePhrase.Term> known = terms.computeIfAbsent(key, k -> new ArrayList<>());
                for (RolePhrase.Term t : known) {
                  if (t.holder() != person && !t.term().role().equals(role)) {
                    ambiguous.add(key); // two offices share the phrase: refer to neither
                  }
                }
                RolePhrase.Term t = new RolePhrase.Term(person, term);
                if (!known.contains(t)) {
                  known.add(t);
                }
              }
            }
          }
        }
      }
    }
    Map<String, RolePhrase> phrases = new HashMap<>();
    terms.forEach((key, held) -> phrases.put(key, new RolePhrase(held, null)));
    ambiguous.forEach(phrases::remove);
    titles.generic().forEach((lang, m) -> m.forEach((p, roleClass) ->
        phrases.putIfAbsent(MatchingForm.key(p), new RolePhrase(null, roleClass))));
    this.phrases = java.util.Collections.unmodifiableMap(phrases);
  }

  /** Matching-form keys of every office phrase (for {@link io.newswire.enrich.entities.match.PhraseScanner}). */
  public Map<String, RolePhrase> phrases() {
    return phrases;
  }

  /**
   * Role references in the article, given its name mentions (reading order) and the day it was written ({@code date},
   * null when unknown): an office phrase alone names the person who held the office that day. An office phrase whose
   * holder that day is unknown (an unknown day, or outside every listed term) comes without an entity (entity id null):
   * Persian copy's apposition after a name («X» وزیر خارجه انگلیس) is that name's ({@code PersianRoleReferences}); the
   * caller drops it otherwise.
   */
  public List<Mention> resolve(List<FieldText> fields, List<List<PhraseHit>> hits, List<Mention> names, LocalDate date) {
    List<Mention> ordered = new ArrayList<>(names);
    ordered.sort(Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
    List<Mention> out = new ArrayList<>();
    for (FieldText f : fields) {
      String t = f.form().text();
      List<int[]> spans = new ArrayList<>();
      List<RolePhrase> found = new ArrayList<>();
      for (PhraseHit hit : hits.get(f.index())) {
        if (hit.role() == null) {
          continue;
        }
        int s = hit.start();
        int e = hit.end();
        if (e < t.length() && Clitics.isWordChar(t.charAt(e))) {
          continue;
        }
        int ws = Clitics.wordStart(t, s);
        if (!Clitics.isProclitic(t.subSequence(ws, s), false) || (ws < s && !Clitics.isArabicScript(t.charAt(s)))) {
          continue;
        }
        spans.add(new int[] {s, e});
        found.add(hit.role());
      }
      boolean[] dropped = longestOnly(spans);
      for (int i = 0; i < spans.size(); i++) {
        if (dropped[i]) {
          continue;
        }
        int ds = f.form().displayIndex(spans.get(i)[0]);
        int de = f.form().displayEnd(spans.get(i)[1]);
        if (nameFollows(ordered, f, de) || afterDeputy(f.display(), ds)) {
          continue;
        }
        RolePhrase p = found.get(i);
        KbEntity target = p.terms() != null ? p.holderOn(date) : lastHolder(ordered, f.index(), ds, p.roleClass(), date);
        if (target != null && !anotherNamedBefore(ordered, f, ds, target.id())) {
          out.add(new Mention(f.index(), ds, de, target.id(), target.type(), target.name(), true));
        } else if (target == null && p.terms() != null && !anotherNamedBefore(ordered, f, ds, null)) {
          out.add(new Mention(f.index(), ds, de, null, EntityType.PERSON, null, true)); // an office, holder unknown that day
        }
      }
    }
    return out;
  }

  /** Words that make the office after them another's: معاون رئیس جمهور عراق is the vice-president, not the president. */
  private static final Set<String> DEPUTIES = StringSet.of(MatchingForm.key("معاون"), MatchingForm.key("نائب"),
      MatchingForm.key("نایب"), MatchingForm.key("مساعد"));

  /** The word before display index {@code start} (a و glued to it or not) is a deputy's office. */
  static boolean afterDeputy(String d, int start) {
    int e = start;
    while (e > 0 && d.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(d.charAt(b - 1))) {
      b--;
    }
    if (b == e || e == start) {
      return false;
    }
    String w = MatchingForm.key(d.substring(b, e));
    return DEPUTIES.contains(w) || (w.length() > 3 && w.charAt(0) == '\u0648' && DEPUTIES.contains(w.substring(1)));
  }

  private static boolean[] longestOnly(List<int[]> spans) {
    boolean[] dropped = new boolean[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      for (int j = 0; j < spans.size(); j++) {
        int[] a = spans.get(i);
        int[] b = spans.get(j);
        if (i != j && a[0] < b[1] && b[0] < a[1] && (b[1] - b[0] > a[1] - a[0] || (b[1] - b[0] == a[1] - a[0] && j < i))) {
          dropped[i] = true;
        }
      }
    }
    return dropped;
  }

  /** A person (not a role) named right after the comma at {@code comma}, one space between. */
  private static boolean personAfterComma(List<Mention> names, FieldText f, int comma) {
    String d = f.display();
    int k = comma + 1;
    if (k < d.length() && d.charAt(k) == ' ') {
      k++;
    }
    for (Mention m : names) {
      if (m.field() == f.index() && !m.role() && m.start() == k && m.type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** A name starts within two words after display index {@code end}: the phrase is its title. */
  private static boolean nameFollows(List<Mention> names, FieldText f, int end) {
    String d = f.display();
    int i = end;
    int words = 0;
    while (i < d.length() && words <= 2) {
      while (i < d.length() && d.charAt(i) == ' ') {
        i++;
      }
      for (Mention m : names) {
        if (m.field() == f.index() && !m.role() && m.start() >= i && m.start() <= i + 1) {
          return true;
        }
      }
      if (words == 0 && i < d.length() && d.charAt(i) == ',' && personAfterComma(names, f, i)) {
        return true; // Australia's PM, John Howard,: the office in apposition to its holder's name
      }
      if (i < d.length() && !Character.isLetter(d.charAt(i))) {
        return false; // punctuation ends the phrase
      }
      while (i < d.length() && d.charAt(i) != ' ') {
        i++;
      }
      words++;
    }
    return false;
  }

  /**
   * Another person is named right before display index {@code start}, only spaces or a comma between, or a comma and
   * "the" (آریل شارون نخست وزیر اسرائیل, Colin Powell, US secretary of state, Jean-Marc Ayrault, the foreign minister
   * of France): the phrase is that person's office, held when the article was written, not a reference to today's
   * holder.
   */
  private static boolean anotherNamedBefore(List<Mention> names, FieldText f, int start, String holder) {
    String d = f.display();
    int b = start;
    if (b >= 6 && d.regionMatches(true, b - 4, "the ", 0, 4) && d.startsWith(", ", b - 6)) {
      b -= 4; // Jean-Marc Ayrault, the foreign minister of France,: an apposition with its article
    }
    while (b > 0 && (d.charAt(b - 1) == ' ' || d.charAt(b - 1) == ',' || d.charAt(b - 1) == '،')) {
      b--;
    }
    for (Mention m : names) {
      if (m.field() == f.index() && !m.role() && m.type() == EntityType.PERSON && m.end() == b) {
        return !Objects.equals(holder, m.entityId());
      }
    }
    return false;
  }

  /**
   * The entity of the last name mention before (field, start) whose person holds {@code roleClass}, on {@code date} when
   * it is known (a former president named in a dated article is not "the president").
   */
  private KbEntity lastHolder(List<Mention> ordered, int field, int start, String roleClass, LocalDate date) {
    KbEntity best = null;
    for (Mention m : ordered) {
      if (m.field() > field || (m.field() == field && m.start() >= start)) {
        break;
      }
      KbEntity e = kb.get(m.entityId());
      if (e != null && e.type() == EntityType.PERSON) {
        for (RoleTerm r : termsOf.getOrDefault(e.id(), List.of())) {
          if (r.role().startsWith(roleClass + "@") && (date == null || r.heldOn(date))) {
            best = e;
          }
        }
      }
    }
    return best;
  }
}
