package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English (round 58): a Reuters headline in capitals writes a firm's joining word as a slash ("ROYAL BANK/CANADA" for the
 * Royal Bank of Canada, "BLACK/DECKER", "EVANS/SUTHERLAND"), so a firm found right before a slash and one capitalised
 * word runs on over them, the firm it is kept; a place found in the word (CANADA) gives way. Only after a firm: topic
 * pairs (CORN/OATS, TALKING POINT/PIEDMONT, LONDON/BALTIMORE) hold none before their slash.
 */
final class SlashFirms {
  private SlashFirms() {}

  static List<Mention> join(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      FieldText f = fields.get(m.field());
      if (m.role() || m.type() != EntityType.ORGANIZATION || !f.isHeadline() || !f.analysis().mostlyUpperCase()) {
        continue;
      }
      String d = f.display();
      int end = wordAfterSlash(d, m.end());
      if (end < 0) {
        continue;
      }
      if (edits == null) {
        edits = new MentionEdits(mentions);
      }
      for (int j = 0; j < mentions.size(); j++) {
        Mention o = edits.current().get(j);
        if (o != null && j != i && o.field() == m.field() && o.start() < end && m.end() < o.end()) {
          edits.drop(j);
        }
      }
      edits.set(i, m.nameAt(m.field(), m.start(), end));
    }
    return edits == null ? mentions : edits.result();
  }

  /** The end of "/WORD" (capital letters only, then a space or the end) starting at {@code p}, or -1. */
  static int wordAfterSlash(String d, int p) {
    if (p >= d.length() || d.charAt(p) != '/') {
      return -1;
    }
    int k = p + 1;
    while (k < d.length() && Character.isUpperCase(d.charAt(k))) {
      k++;
    }
    return k > p + 1 && (k == d.length() || d.charAt(k) == ' ') ? k : -1;
  }
}
