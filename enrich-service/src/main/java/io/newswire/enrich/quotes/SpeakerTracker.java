package io.newswire.enrich.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is speaking as the article is read: the current speaker, for continuation cues (وتابع:, He added)
 * and pronouns, and the role phrases bound to a person by apposition (رئيس الجمهورية مسعود بزشكيان), so
 * a later bare role (وصرح رئيس الجمهورية) resolves to that person. One instance per article.
 */
final class SpeakerTracker {
  private SpeakerRef current;
  private SpeakerRef lastPerson;
  private SpeakerRef lastBody;
  private SpeakerRef titled;
  /** Every person mention of the fields read so far, in order (the last is whom وی means; a surname alone names one). */
  private final List<SpeakerRef> mentionedPersons = new ArrayList<>();
  private final Map<String, SpeakerRef> roles = new HashMap<>();
  /** English: the people the fields read so far name outside quotations, by entity id (first mention kept). */
  private final Map<String, SpeakerRef> namedOutsideQuotes = new java.util.LinkedHashMap<>();
  private SpeakerRef topic;
  private java.util.Set<String> bodies = java.util.Set.of();
  /** Whether the topic was set after the last speaker spoke. */
  private boolean topicNewer;
  /** The grammatical gender an Arabic verb naming each speaker (by entity id) first marked on them. */
  private final Map<String, Integer> genders = new HashMap<>();
  /** Whether the last Persian cue read opened a document's words (در این پیام آمده است:), see {@link #inDocument()}. */
  private boolean inDocument;

  SpeakerRef current() {
    return current;
  }

  /** Records whether the Persian cue just read opens a document's words ({@link PersianDocumentStatements}). */
  void inDocument(boolean document) {
    inDocument = document;
  }

  /**
   * Whether the words read now are a document's (a message, statement or will quoting the Leader or a verse in
   * marks): marks there with no cue of their own are someone the document cites, not its issuer.
   */
  boolean inDocument() {
    return inDocument;
  }

  void spoke(SpeakerRef s) {
    if (s != null) {
      current = s;
      topicNewer = false;
      if (!Pronouns.impersonalWords(s) && !Pronouns.unnamedGroup(s)) {
        lastPerson = s;
      }
      if (isBody(s.entityId())) {
        lastBody = s;
      }
    }
  }

  /**
   * Whom 'he' or 'she' stands for: the current speaker, unless that is a body such as 'the firm' or 'the
   * report', or people left unnamed ('But opposition parties said …. She said', round 37), then the last
   * speaker who can be one person.
   */
  SpeakerRef forPronoun() {
    if (current != null && Pronouns.unnamedGroup(current)) {
      return lastPerson == null || isBody(lastPerson.entityId()) ? current : lastPerson;
    }
    return current != null && Pronouns.impersonalWords(current) ? lastPerson : current;
  }

  /** The last organisation that spoke, whom 'the company' goes on from ({@link EnglishDefiniteSpeakers}). */
  SpeakerRef lastBody() {
    return lastBody;
  }

  /** The entity ids of the article's organisations, which 'it' may stand for. */
  void bodies(java.util.Set<String> ids) {
    bodies = ids;
  }

  boolean isBody(String entityId) {
    return entityId != null && bodies.contains(entityId);
  }

  /** An Arabic sentence opened with its verb and this subject ({@link NarrativeSubjects}). */
  void topic(SpeakerRef s) {
    topic = s;
    topicNewer = true;
  }

  /**
   * Whom a cue with no subject of its own (وقال:, مضيفا أن) goes on from: the topic when a sentence named
   * it after the last speaker, else the current speaker.
   */
  SpeakerRef implicitSpeaker() {
    SpeakerRef t = newerTopic();
    return t != null ? t : current;
  }

  /** The topic when a sentence named it after the last speaker spoke, else null: whom a Persian وی means. */
  SpeakerRef newerTopic() {
    return topic != null && topic != NarrativeSubjects.NONE && topicNewer ? topic : null;
  }

  void bindRole(String key, SpeakerRef s) {
    roles.putIfAbsent(key, s);
  }

  SpeakerRef role(String key) {
    return roles.get(key);
  }

  /** The last person named with a title (الأمير, معالي), whom سموه and معاليه stand for. */
  SpeakerRef titled() {
    return titled;
  }

  void titled(SpeakerRef s) {
    titled = s;
  }

  /** The last person mention of the fields read so far: وی with no speaker before it means them. */
  SpeakerRef lastMentioned() {
    return mentionedPersons.isEmpty() ? null : mentionedPersons.get(mentionedPersons.size() - 1);
  }

  void mentioned(SpeakerRef s) {
    mentionedPersons.add(s);
  }

  /** Notes an English person mention outside quotation marks, once per person. */
  void namedOutsideQuotes(SpeakerRef s) {
    if (s.entityId() != null) {
      namedOutsideQuotes.putIfAbsent(s.entityId(), s);
    }
  }

  /** The one person the English fields read so far name outside quotations; null for none or several. */
  SpeakerRef onlyPersonNamed() {
    return namedOutsideQuotes.size() == 1 ? namedOutsideQuotes.values().iterator().next() : null;
  }

  /** Every person mention of the fields read so far, in order: whom a surname alone later names. */
  List<SpeakerRef> mentionedPersons() {
    return mentionedPersons;
  }

  /** Notes the gender a verb naming this speaker marks ({@link ArabicVerbGender}); the first one stays. */
  void gender(SpeakerRef s, int gender) {
    if (s != null && s.entityId() != null && gender != ArabicVerbGender.UNKNOWN) {
      genders.putIfAbsent(s.entityId(), gender);
    }
  }

  /** The gender noted for this speaker, or {@link ArabicVerbGender#UNKNOWN}. */
  int gender(SpeakerRef s) {
    return s == null || s.entityId() == null ? ArabicVerbGender.UNKNOWN
        : genders.getOrDefault(s.entityId(), ArabicVerbGender.UNKNOWN);
  }
}
