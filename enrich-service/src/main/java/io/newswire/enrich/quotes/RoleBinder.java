package io.newswire.enrich.quotes;

import java.util.List;
import java.util.Set;

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
    bindLeadRoleToNextName(views, tracker);
  }

  /** How far into the lead (after an agency's 'خبرگزاری فارس:') its subject may start. */
  private static final int LEAD_SUBJECT_START = 4;

  /**
   * Persian leads describe their speaker by role and the next paragraph names him ('دبیر ستاد … از … خبر
   * داد.' then 'به گزارش …، سیدعلیرضا هاشمی در … افزود:'): a role opening the lead's sentence, with no name
   * apposed, is bound to the first person the next paragraph names before its first speech verb, so the
   * role said again further on ('دبیر ستاد … گفت:') is that person. Apposition bound before wins.
   */
  private static void bindLeadRoleToNextName(List<FieldView> views, SpeakerTracker tracker) {
    for (int v = 0; v + 1 < views.size(); v++) {
      FieldView lead = views.get(v);
      if (!"paragraphs[0]".equals(lead.name()) || !"fa".equals(lead.lang())) {
        continue;
      }
      RolePhrase role = leadRole(lead);
      MentionRef named = role == null ? null : holderNamedInFull(views, v, role);
      if (named == null && role != null) {
        named = namedBeforeFirstCue(views.get(v + 1));
      }
      if (named != null) {
        tracker.bindRole(role.key(), SpeakerRef.of(named, named.text()));
      }
      return;
    }
  }

  /** The role phrase opening the lead (first word, or first after a colon), not apposed to a name. */
  private static RolePhrase leadRole(FieldView f) {
    List<Token> toks = f.tokens;
    for (int i = 0; i < toks.size() && i <= LEAD_SUBJECT_START; i++) {
      if (i > 0 && !f.hasCharBetween(toks.get(i - 1).end(), toks.get(i).start(), ":")) {
        continue;
      }
      RolePhrase role = RolePhrase.at(f, i);
      if (role == null) {
        return null;
      }
      MentionRef after = role.end() < toks.size() ? f.mentionAt(toks.get(role.end())) : null;
      return after != null && after.person() ? null : role;
    }
    return null;
  }

  /** Fewest words a lead's role needs before a longer role further on can be taken for the same office. */
  private static final int MIN_LEAD_ROLE_WORDS = 2;

  /**
   * The person the article names further on with the lead's role completed (the lead's 'رئيس شعبه 113
   * دادگاه كيفري' is 'محمد …، رئيس شعبه 113 دادگاه كيفري استان تهران' later): the office is the same, so its
   * holder is who spoke, whoever the next paragraph happens to name first. Apposed either way round (name
   * then role, role then name); the role said again word for word is bound by apposition already.
   */
  private static MentionRef holderNamedInFull(List<FieldView> views, int leadIndex, RolePhrase lead) {
    FieldView leadView = views.get(leadIndex);
    int words = lead.end() - lead.first();
    if (words < MIN_LEAD_ROLE_WORDS) {
      return null;
    }
    for (int v = leadIndex + 1; v < views.size(); v++) {
      FieldView f = views.get(v);
      List<Token> toks = f.tokens;
      for (int i = 0; i + words < toks.size(); i++) {
        if (!sameWords(leadView, lead.first(), f, i, words)) {
          continue;
        }
        RolePhrase role = RolePhrase.at(f, i);
        if (role == null || role.end() - role.first() <= words) {
          continue; // not a role here, or the very same words (apposition bound those before)
        }
        for (MentionRef m : f.mentions) {
          if (m.person() && m.end() <= toks.get(i).start() && apposed(f, m.end(), toks.get(i).start())) {
            return m; // Persian names first: 'امیدعلی پارسا رئیس سازمان … کشور'
          }
        }
        MentionRef after = role.end() < toks.size() ? f.mentionAt(toks.get(role.end())) : null;
        if (after != null && after.person() && apposed(f, toks.get(role.end() - 1).end(), after.start())
            && !CONJUNCTIONS.contains(toks.get(role.end() - 1).form())) {
          return after; // a name after the role, not after 'و' that opens the next person ('… کشور و سید …')
        }
      }
    }
    return null;
  }

  private static final Set<String> CONJUNCTIONS = Set.of("و", "،", ",");

  private static boolean sameWords(FieldView a, int from, FieldView b, int at, int n) {
    for (int k = 0; k < n; k++) {
      if (!a.tokens.get(from + k).form().equals(b.tokens.get(at + k).form())) {
        return false;
      }
    }
    return true;
  }

  /** Nothing but a blank or a comma between a name and its role. */
  private static boolean apposed(FieldView f, int from, int to) {
    String gap = f.text.substring(from, to).trim();
    return gap.isEmpty() || gap.equals("،") || gap.equals(",");
  }

  /** The first person named in the paragraph's first sentence before its first speech verb, or null. */
  private static MentionRef namedBeforeFirstCue(FieldView f) {
    if (!f.name().startsWith("paragraphs") || f.tokens.isEmpty()) {
      return null;
    }
    int sentenceEnd = f.sentenceEnd(f.tokens.get(0).start());
    for (int k = 0; k < f.tokens.size() && f.tokens.get(k).start() < sentenceEnd; k++) {
      MentionRef m = f.mentionAt(f.tokens.get(k));
      if (m != null && m.person() && f.spanAt(m.start()) == null) {
        return m;
      }
      if (f.lexicon.matchAny(f.tokens, k, CueKind.VERB, CueKind.CONT) != null) {
        return null; // a cue before any name: the paragraph's speaker is someone unnamed or a pronoun
      }
    }
    return null;
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
