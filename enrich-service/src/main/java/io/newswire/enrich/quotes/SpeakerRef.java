package io.newswire.enrich.quotes;

import io.newswire.schema.Speaker;

/** A resolved speaker: the entity when known, and how the article names them here. */
record SpeakerRef(String entityId, String name, String text) {
  static SpeakerRef of(MentionRef m, String text) {
    return new SpeakerRef(m.entity().getId(), m.entity().getName(), text);
  }

  /** The same speaker, named differently at this quote (a pronoun, a role). */
  SpeakerRef namedAs(String newText) {
    return new SpeakerRef(entityId, name, newText);
  }

  Speaker toAvro() {
    return Speaker.newBuilder().setEntityId(entityId).setName(name).setText(text).build();
  }
}
