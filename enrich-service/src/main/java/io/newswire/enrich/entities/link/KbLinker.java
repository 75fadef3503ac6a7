package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.kb.AliasStrength;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.enrich.entities.match.Clitics;
import io.newswire.enrich.entities.match.NameMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns alias matches into linked mentions, with the whole article as context: a partial name (آل ثاني)
 * counts when the article names the entity in full or a title stands before it; a context-only alias
 * (مهر) counts in a dateline or after an agency cue; when an alias names several entities, one the
 * article already names unambiguously wins, then one inside a country the article names (عمان is
 * Amman in an article about Jordan), then the higher-ranked (a country over a town).
 */
public final class KbLinker {
  private final CueIndex cues;

  public KbLinker(CueIndex cues) {
    this.cues = cues;
  }

  /** Per-field matches in, mentions out (reading order). */
  public List<Mention> link(List<FieldText> fields, List<List<NameMatch>> matches) {
    Set<String> anchors = new HashSet<>();
    for (List<NameMatch> fm : matches) {
      for (NameMatch m : fm) {
        List<AliasTarget> strong = m.targets().stream().filter(t -> t.strength() == AliasStrength.STRONG).toList();
        if (strong.size() == 1) {
          anchors.add(strong.get(0).entity().id());
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    for (int f = 0; f < fields.size(); f++) {
      FieldText field = fields.get(f);
      String t = field.form().text();
      for (NameMatch m : matches.get(f)) {
        int ws = Clitics.wordStart(t, m.mStart());
        AliasTarget best = null;
        int bestScore = Integer.MIN_VALUE;
        for (AliasTarget target : m.targets()) {
          KbEntity e = target.entity();
          if (target.strength() == AliasStrength.PARTIAL && !anchors.contains(e.id()) && !cues.titleBefore(t, ws)) {
            continue;
          }
          if (target.strength() == AliasStrength.CONTEXT && !field.isDateline() && !cues.agencyCueBefore(t, ws)
              && !inParentheses(t, m.mStart(), m.mEnd())) {
            continue;
          }
          int score = e.rank() * 10;
          if (anchors.contains(e.id())) {
            score += 100;
          }
          if (e.attr("within") != null && anchors.contains(e.attr("within"))) {
            score += 50;
          }
          if (target.strength() == AliasStrength.STRONG) {
            score += 5;
          }
          if (field.isDateline() && e.isAgency()) {
            score += 20;
          }
          if (score > bestScore) {
            bestScore = score;
            best = target;
          }
        }
        if (best != null) {
          KbEntity e = best.entity();
          out.add(new Mention(f, m.start(), m.end(), e.id(), e.type(), e.name(), false));
        }
      }
    }
    return out;
  }

  private static boolean inParentheses(String t, int s, int e) {
    return s > 0 && e < t.length() && t.charAt(s - 1) == '(' && t.charAt(e) == ')';
  }
}
