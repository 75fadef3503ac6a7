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
    }
  }
}
