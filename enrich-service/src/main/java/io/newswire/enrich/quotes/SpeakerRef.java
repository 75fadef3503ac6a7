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

  /**
   * The same speaker, referred to by a pronoun here. Without an entity the antecedent's words would be
   * lost behind 'he', so they are kept as the name, unless they describe a source left unnamed
   * ('Analysts said …. But they warned'), a group by its plural ('traders said …. They added', 'the major
   * Dutch roasters'), someone by a determiner and a lower-case head ('a Federal Reserve spokesman') or by a
   * relation ('a spokesman for the Acme Corp', 'the minister's spokesman') or two coordinated speakers ('Rix and
   * Mr Justice Forbes … they said'): then the pronoun names no one either.
   */
  SpeakerRef pronoun(String pronounText) {
    if (entityId == null && name == null && (UnnamedSources.group(text) || UnnamedSources.relation(text)
        || text != null && CoordinatedSubjects.coordinated(text))) {
      return new SpeakerRef(null, null, pronounText);
    }
    return new SpeakerRef(entityId, entityId != null || name != null ? name : text, pronounText);
  }

  Speaker toAvro() {
    return Speaker.newBuilder().setEntityId(entityId).setName(name).setText(text).build();
  }
}
