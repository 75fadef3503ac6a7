package io.newswire.enrich.quotes;

/** What a lexicon entry does in an attribution. */
enum CueKind {
  /** A speech verb (قال, گفت, said); its subject is the speaker. */
  VERB,
  /** A participle continuing the current speaker (مضيفا, adding); never names a subject. */
  CONT,
  /** A preposition naming the source after it (according to, بحسب, به گفته). */
  SOURCE,
  /** Turns to a newly named speaker (من جانبه, for his part, از سوی دیگر). */
  SWITCH,
  /** Opens a reported clause (أن, that, که). */
  COMP,
  /** Head of a role phrase standing for a person (رئيس, spokesman). */
  ROLE,
  /**
   * A noun describing a person by trade, sport or art (athlete, الفنانة, بازیکن); definite, it stands for a
   * person the story named before (see {@link Epithets}).
   */
  EPITHET,
  /** A title between a role and a name (الشيخ, آقای, Mr). */
  HONORIFIC,
  /** A pronoun standing for the last speaker. */
  PRONOUN,
  /** A time, place or manner word that ends a subject phrase. */
  STOP,
  /** A headline label before a colon that is not a speaker (عاجل:, Breaking:). */
  LABEL
}
