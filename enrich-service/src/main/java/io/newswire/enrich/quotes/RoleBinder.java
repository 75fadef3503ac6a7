package io.newswire.enrich.quotes;

import java.util.List;

/**
 * Binds role phrases to people by apposition before any quote is read, so a bare role later in the
 * article (وصرح رئيس الجمهورية:, the spokesman said) resolves: 'رئيس الجمهورية مسعود بزشكيان',
 * 'أمير دولة قطر، الشيخ تميم', 'White House spokesman Josh Earnest'. A role bound to two people keeps the
 * first.
 */
final class RoleBinder {
  private RoleBinder() {}

  static void bind(List<FieldView> views, SpeakerTracker tracker) {
    for (FieldView f : views) {
      List<Token> toks = f.tokens;
      for (int i = 0; i < toks.size(); i++) {
        RolePhrase role = RolePhrase.at(f, i);
        if (role == null) {
          continue;
        }
        int j = role.end();
        while (j < toks.size() && f.lexicon.match(toks, j, CueKind.HONORIFIC) != null) {
          j = f.lexicon.match(toks, j, CueKind.HONORIFIC).last() + 1;
        }
        if (j < toks.size()) {
          String gap = f.text.substring(toks.get(j - 1).end(), toks.get(j).start()).trim();
          MentionRef m = f.mentionAt(toks.get(j));
          if (m != null && m.person() && m.start() == toks.get(j).start() && (gap.isEmpty() || gap.equals(",")
              || gap.equals("،"))) {
            tracker.bindRole(role.key(), SpeakerRef.of(m, m.text()));
          }
        }
        i = role.end() - 1;
      }
      if ("fa".equals(f.lang())) {
        bindNameThenRole(f, tracker);
      }
    }
  }

  /** Persian also apposes the other way round: 'رضا رحمانی وزیر صنعت، معدن و تجارت'. */
  private static void bindNameThenRole(FieldView f, SpeakerTracker tracker) {
    for (MentionRef m : f.mentions) {
      int j = f.tokenAtOrAfter(m.end());
      if (!m.person() || j >= f.tokens.size()) {
        continue;
      }
      String gap = f.text.substring(m.end(), f.tokens.get(j).start()).trim();
      RolePhrase role = gap.isEmpty() || gap.equals("،") || gap.equals(",") ? RolePhrase.at(f, j) : null;
      if (role != null) {
        tracker.bindRole(role.key(), SpeakerRef.of(m, m.text()));
      }
    }
  }
}
