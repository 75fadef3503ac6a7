package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Persian clubs by their bare name: the knowledge base writes a club whose name is a common word only with its
 * head (باشگاه استقلال، باشگاه تراکتور), so that استقلال "independence" is not the club everywhere. Where a rule
 * of the sentence has typed the bare word an organisation (تیم استقلال، مقابل تراکتور: {@code PersianClubWords},
 * {@code PersianTeams}, {@code PersianClubs}), it is that club: linking it gives the club's KB id and name
 * (Esteghlal F.C., {@code org:esteghlal}), the same as Arabic and English copy, instead of a Persian slug.
 */
public final class ClubShortNames {
  private static final String HEAD = MatchingForm.key("باشگاه") + " ";

  /** Matching form of the name after the head -> the one club so named (two clubs sharing it: neither). */
  private final Map<String, KbEntity> clubs = new HashMap<>();

  public ClubShortNames(KnowledgeBase kb) {
    Set<String> shared = new HashSet<>();
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (KbAlias a : e.aliases()) {
        String key = "fa".equals(a.lang()) ? MatchingForm.key(a.text()) : "";
        if (key.startsWith(HEAD)) {
          String bare = key.substring(HEAD.length());
          KbEntity before = clubs.putIfAbsent(bare, e);
          if (before != null && before != e) {
            shared.add(bare);
          }
        }
      }
    }
    clubs.keySet().removeAll(shared);
  }

  /** The club whose KB name is {@code باشگاه} and {@code key} (a Persian organisation's matching form), or null. */
  public KbEntity club(String key) {
    return clubs.get(key);
  }
}
