package io.newswire.enrich.quotes;

import java.util.List;

/**
 * The Persian object marker را in a subject-first clause ('X OBJECT را … دانست و گفت'). Persian copy names the
 * speaker, then the verb's object closed by را, then the verb: the words before را that follow the subject are
 * the object, never the speaker.
 */
final class PersianObjectMarker {
  private PersianObjectMarker() {}

  /**
   * True when the subject at {@code i} is a single bare word the entity step left unnamed (a surname such as
   * 'راستگو' after the full name earlier) followed, with only spaces between, by an object closed by را before
   * the cue at {@code cueFirst}: no mention opens at {@code i}, and the word is no role, title, pronoun or
   * lexicon word, each of which opens a subject longer than one word.
   */
  static boolean bareWordBefore(FieldView f, int i, int cueFirst) {
    List<Token> toks = f.tokens;
    if (!"fa".equals(f.lang()) || i + 2 >= cueFirst || f.mentionAt(toks.get(i)) != null
        || f.spanAt(toks.get(i).start()) != null || f.lexicon.matchAny(toks, i, CueKind.ROLE, CueKind.HONORIFIC,
            CueKind.EPITHET, CueKind.PRONOUN, CueKind.STOP, CueKind.SWITCH, CueKind.COMP, CueKind.LABEL) != null) {
      return false;
    }
    for (int j = i + 1; j < cueFirst; j++) {
      if (!f.blankBetween(toks.get(j - 1).end(), toks.get(j).start())) {
        return false; // a comma or a mark: the subject is set off, or a clause intervenes
      }
      if (toks.get(j).form().equals("را")) {
        return j > i + 1; // at least one object word between the subject and را
      }
    }
    return false;
  }

  /**
   * The person a bare surname opening a subject-first clause names ({@link #bareWordBefore}): the last person
   * mention before it in the field whose name ends with that word, else in an earlier field, else the
   * current speaker when their name does. The entity step often tags the full name once and misses the surname
   * repeated alone; the words after it up to را are the verb's object. Null when no one known ends so.
   */
  static SpeakerRef surnameSubject(FieldView f, int i, int cueFirst, SpeakerTracker tracker) {
    if (!bareWordBefore(f, i, cueFirst)) {
      return null;
    }
    Token word = f.tokens.get(i);
    MentionRef found = null;
    for (MentionRef m : f.mentions) {
      if (m.start() >= word.start()) {
        break;
      }
      if (m.person() && endsWith(m.text(), word.form())) {
        found = m;
      }
    }
    if (found != null) {
      return SpeakerRef.of(found, word.raw());
    }
    List<SpeakerRef> before = tracker.mentionedPersons();
    for (int k = before.size() - 1; k >= 0; k--) {
      SpeakerRef s = before.get(k);
      if (endsWith(s.text(), word.form())) {
        return s.namedAs(word.raw()); // named in an earlier field ('نجات فیاضی' in the lead)
      }
    }
    SpeakerRef current = tracker.current();
    if (current != null && current.name() != null && !current.name().equals(current.text())
        && (endsWith(current.text(), word.form()) || endsWith(current.name(), word.form()))) {
      return current.namedAs(word.raw()); // the role the speaker was given, named after them ('شهردار … بدری')
    }
    return null;
  }

  /** Whether the last word of a name, folded as tokens are, is {@code form}. */
  private static boolean endsWith(String name, String form) {
    if (name == null) {
      return false;
    }
    String trimmed = name.strip();
    String last = trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    return MatchForm.fold(last, "fa").equals(form);
  }
}
