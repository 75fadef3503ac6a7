package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.List;

/**
 * English (round 42): a place whose whole name is one organisation word ("an emergency question in Parliament", "presented
 * to Parliament by Easter") is the body: after "in" or "to" a lone capitalised word reads as a place, but a legislature, a
 * council or a senate is an organisation wherever it sits. The English files annotate bare "Parliament" as the organisation
 * (Parliament of the United Kingdom) and never as a place; the lead's mixed run typed it a place 17 times, each "in/to
 * Parliament" in a BBC politics story. Words of en-cues.txt's [org] list only; a place the knowledge base knows keeps its type.
 */
final class BodyWordPlaces {
  private BodyWordPlaces() {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.PLACE || m.entityId() == null || !m.entityId().startsWith("place:name:")) {
        continue; // only names the rules typed a place without the knowledge base
      }
      String text = fields.get(m.field()).display().substring(m.start(), m.end());
      if (text.indexOf(' ') >= 0 || !EnglishNameRecognizer.organisationWord(text)) {
        continue;
      }
      edits.set(i, new Mention(m.field(), m.start(), m.end(), CrossScriptId.orSlug(EntityType.ORGANIZATION, text, "en",
          MatchingForm.key(text)), EntityType.ORGANIZATION, text, false));
    }
    return edits.result();
  }
}
