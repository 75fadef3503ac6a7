package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.ner.EnglishModelNames;
import io.newswire.schema.EntityType;
import io.newswire.text.analysis.LetterCase;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Once a person is named in an English article, the body's bare repeats of the last word of that name are the same
 * person even where no rule or model took them (a sentence opened by the surname, "Subroto, attending ..."). Wire copy names a
 * person once in full and then by surname alone. The person must be named in full (every word capitalised) or after an office. Guards against common words and other names: the surname is capital plus
 * lower case, three letters or more, no given name, title, role or nationality, never written in lower case in the article, not
 * the last word of two people, and not the text of another entity; a repeat with a capitalised word or an initial right before
 * it or a capitalised word right after it is part of a longer name, one after an article is a thing's name, one with a
 * possessive may be a band's (Keane's album): all left alone. Runs before the work titles are dropped, so that a title named
 * after the person (the biopic Kinsey) goes with its repeats. Headlines, datelines and capitals lines are not searched. English only.
 */
final class SurnameRepeats {
  private SurnameRepeats() {}

  static List<Mention> add(List<FieldText> fields, List<Mention> mentions) {
    Map<String, Mention> people = new HashMap<>();
    Set<String> shared = new HashSet<>();
    Set<String> others = new HashSet<>();
    for (Mention m : mentions) {
      if (m.role()) {
        continue;
      }
      String text = fields.get(m.field()).display().substring(m.start(), m.end());
      if (m.type() != EntityType.PERSON) {
        others.add(text);
        continue;
      }
      if (!namedInFull(fields.get(m.field()).display(), m.start(), text)) {
        continue;
      }
      String surname = text.substring(text.lastIndexOf(' ') + 1);
      Mention known = people.putIfAbsent(surname, m);
      if (known != null && !known.entityId().equals(m.entityId())) {
        shared.add(surname);
      }
    }
    MentionAdditions added = new MentionAdditions(mentions);
    boolean[] searched = null; // per field, once: not per surname
    for (Map.Entry<String, Mention> p : people.entrySet()) {
      String surname = p.getKey();
      if (shared.contains(surname) || others.contains(surname) || !surnameShaped(fields, surname)) {
        continue;
      }
      if (searched == null) {
        searched = searchedFields(fields);
      }
      Mention person = p.getValue();
      for (int i = 0; i < fields.size(); i++) {
        FieldText f = fields.get(i);
        String d = f.display();
        if (!searched[i]) {
          continue;
        }
        for (int at = d.indexOf(surname); at >= 0; at = d.indexOf(surname, at + 1)) {
          int end = at + surname.length();
          if (!bare(d, at, end) || !added.free(f.index(), at, end)) {
            continue;
          }
          added.add(new Mention(f.index(), at, end, person.entityId(), EntityType.PERSON, person.name(), false));
        }
      }
    }
    return added.result();
  }

  /**
   * Round 25: a place whose every mention is the bare surname of a person the article names in full is that person (Matt
   * Dawson ... "Dawson played", the headline's "Dawson set for ...": not the Yukon town). {@link #add} leaves a surname alone
   * when it is the text of another entity; here the other entity gives way when it is a place within a country (never a
   * country: Michael Jordan and Jordan stay apart), none of its mentions is anything but the surname standing alone, and the
   * surname passes the same guards (no given name, title or place word, never written in lower case, not two people's).
   * Headlines are looked at here: the place's headline mention moves with the others.
   */
  static List<Mention> retypePlaces(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Map<String, Mention> people = new HashMap<>();
    Set<String> shared = new HashSet<>();
    Map<String, Boolean> places = null; // entity id -> every mention a bare surname so far
    for (Mention m : mentions) {
      if (m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      String text = d.substring(m.start(), m.end());
      if (m.type() == EntityType.PERSON) {
        if (namedInFull(d, m.start(), text) && text.indexOf(' ') > 0) {
          String surname = text.substring(text.lastIndexOf(' ') + 1);
          Mention known = people.putIfAbsent(surname, m);
          if (known != null && !known.entityId().equals(m.entityId())) {
            shared.add(surname);
          }
        }
      } else if (m.type() == EntityType.PLACE && m.entityId() != null) {
        if (places == null) {
          places = new HashMap<>();
        }
        places.merge(m.entityId(), text.indexOf(' ') < 0 && bare(d, m.start(), m.end()), (a, b) -> a && b);
      }
    }
    if (places == null || people.isEmpty()) {
      return mentions;
    }
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.role() || m.type() != EntityType.PLACE || m.entityId() == null || !places.get(m.entityId())) {
        continue;
      }
      String text = fields.get(m.field()).display().substring(m.start(), m.end());
      Mention person = people.get(text);
      if (person == null || shared.contains(text)) {
        continue;
      }
      KbEntity e = kb.apply(m.entityId());
      if (e != null && e.attr("within") == null || !surnameShaped(fields, text)) {
        continue;
      }
      edits.set(i, new Mention(m.field(), m.start(), m.end(), person.entityId(), EntityType.PERSON, person.name(), false));
    }
    return edits.result();
  }

  /** The fields searched for repeats, by position in {@code fields}: no headline, dateline or capitals line. */
  private static boolean[] searchedFields(List<FieldText> fields) {
    boolean[] out = new boolean[fields.size()];
    for (int i = 0; i < out.length; i++) {
      FieldText f = fields.get(i);
      out[i] = !(f.isHeadline() || f.isDateline() || f.analysis().mostlyUpperCase());
    }
    return out;
  }

  /**
   * Round 29: "Kenteris won gold ... Kenteris' lawyer", "said Benitez": once a person is named in full in the body, an
   * organisation the KB lacks whose every mention is that person's surname alone is the person (the runs or the model
   * took a lone capitalised word for a body; wire copy names a person once in full, then by surname). Guards: the full
   * name stands in the body, not opening a sentence unless its first word is a listed given name ("Often Pipex ..."),
   * and before the body's first bare surname (a firm or band named first and its namesake later, Disney and Roy Disney,
   * stays); the surname is shared by no other person, surname-shaped, never after an article or joined to another
   * capitalised word; the organisation has no longer mention (Jacobs Engineering).
   */
  static List<Mention> retypeBodies(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    Map<String, Mention> people = null; // surname -> the first full-name mention in the body
    Set<String> shared = null;
    Map<String, Mention> bodies = null; // organisation id -> its first mention
    Set<String> spoiled = null; // organisation ids with a mention that is no bare surname
    for (Mention m : mentions) {
      if (m.role()) {
        continue;
      }
      FieldText f = fields.get(m.field());
      String d = f.display();
      String text = d.substring(m.start(), m.end());
      if (m.type() == EntityType.PERSON) {
        int sp = text.lastIndexOf(' ');
        if (f.isHeadline() || sp < 0 || !namedInFull(d, m.start(), text) || GivenNameBefore.sentenceStart(d, m.start())
            && !GivenNames.english().contains(text.substring(0, text.indexOf(' ')).toLowerCase(Locale.ROOT))) {
          continue;
        }
        if (people == null) {
          people = new HashMap<>();
          shared = new HashSet<>();
        }
        Mention known = people.putIfAbsent(text.substring(sp + 1), m);
        if (known != null && !known.entityId().equals(m.entityId())) {
          shared.add(text.substring(sp + 1));
        }
      } else if (m.type() == EntityType.ORGANIZATION && m.entityId() != null && kb.apply(m.entityId()) == null) {
        if (bodies == null) {
          bodies = new HashMap<>();
          spoiled = new HashSet<>();
        }
        Mention first = bodies.putIfAbsent(m.entityId(), m);
        if (text.indexOf(' ') >= 0 || first != null && !text.equals(textOf(fields, first)) || !bare(d, m.start(), m.end(), true)) {
          spoiled.add(m.entityId());
        }
      }
    }
    if (people == null || bodies == null) {
      return mentions;
    }
    Map<String, Mention> to = null; // organisation id -> the person's full-name mention
    for (Map.Entry<String, Mention> b : bodies.entrySet()) {
      String surname = textOf(fields, b.getValue());
      Mention person = people.get(surname);
      if (person == null || spoiled.contains(b.getKey()) || shared.contains(surname) || !surnameShaped(fields, surname)
          || !namedFirst(fields, mentions, b.getKey(), person)) {
        continue;
      }
      if (to == null) {
        to = new HashMap<>();
      }
      to.put(b.getKey(), person);
    }
    return Mention.renamed(mentions, to, EntityType.ORGANIZATION);
  }

  private static String textOf(List<FieldText> fields, Mention m) {
    return fields.get(m.field()).display().substring(m.start(), m.end());
  }

  /** The person's full name stands before every body mention of the organisation (the headline not counted). */
  private static boolean namedFirst(List<FieldText> fields, List<Mention> mentions, String bodyId, Mention person) {
    for (Mention m : mentions) {
      if (bodyId.equals(m.entityId()) && !m.role() && !fields.get(m.field()).isHeadline()
          && (m.field() < person.field() || m.field() == person.field() && m.start() < person.start())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person's mention names him: two words or more, each capitalised (not "Duchess of Cambridge", whose last word is a
   * place), or one word right after a capitalised word, the end of an office (Minister Subroto, Minister of Mines and Energy
   * Subroto); a one-word person opening a sentence or after a lower-case word is the model's weakest call (Allah knows, over
   * Carrickfergus) and names no one to repeat.
   */
  private static boolean namedInFull(String d, int start, String text) {
    if (text.indexOf(' ') < 0) {
      int k = start - 2;
      while (k >= 0 && Character.isLetter(d.charAt(k))) {
        k--;
      }
      String word = start >= 2 && d.charAt(start - 1) == ' ' ? d.substring(k + 1, start - 1) : "";
      return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && !EnglishNameRecognizer.notAName(word);
    }
    for (String w : text.split(" ")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean surnameShaped(List<FieldText> fields, String w) {
    if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      if (!Character.isLetter(w.charAt(k))) {
        return false;
      }
    }
    String lower = w.toLowerCase(Locale.ROOT);
    return !LetterCase.allUpperCase(w) && !GivenNames.english().contains(lower) && !EnglishNameRecognizer.titleRoleOrCommon(w)
        && !EnglishNameRecognizer.notAName(w) && !EnglishNameRecognizer.bodyOrPlaceWord(w)
        && !EnglishModelNames.writtenInLowerCase(fields, lower);
  }

  /** The word at [at, end) stands alone: no letter or digit joined to it, no capitalised word right before or after it. */
  static boolean bare(String d, int at, int end) {
    return bare(d, at, end, false);
  }

  /**
   * Round 36: the capitalised word at {@code w}..{@code end} only opens the sentence ("If Dawson is not fit", "But Hewitt
   * won"), so it joins no name to the surname after it; "The"/"A" still make a thing's name ("The Mara").
   */
  private static boolean openerBefore(String d, int w, int end) {
    String word = d.substring(w, end);
    return !word.equals("The") && !word.equals("A") && !word.equals("An") && EnglishNameRecognizer.openerWord(word)
        && SentenceOpeners.opensSentence(d, w);
  }

  /** {@code owner}: a possessive after the word allowed ("Kenteris' lawyer": a person owns as often as a body). */
  private static boolean bare(String d, int at, int end, boolean owner) {
    if (at > 0 && (Character.isLetterOrDigit(d.charAt(at - 1)) || d.charAt(at - 1) == '-')
        || end < d.length() && (Character.isLetterOrDigit(d.charAt(end)) || d.charAt(end) == '-')) {
      return false;
    }
    if (at > 1 && d.charAt(at - 1) == ' ' && Character.isLetter(d.charAt(at - 2))) {
      int w = at - 1;
      while (w > 0 && Character.isLetter(d.charAt(w - 1))) {
        w--;
      }
      if (Character.isUpperCase(d.charAt(w)) && !openerBefore(d, w, at - 1)) {
        return false;
      }
    }
    if (at > 1 && d.charAt(at - 1) == ' ' && d.charAt(at - 2) == '.' && (at < 4 || !Character.isLetter(d.charAt(at - 4)))) {
      return false; // R. Sridharan: an initial before it, another person's name
    }
    String before = Fixtures.wordBefore(d, at);
    if (before.equals("the") || before.equals("a") || before.equals("an")) {
      return false; // "the Mara": a thing named like the person
    }
    if (!owner && end + 1 < d.length() && (d.charAt(end) == '\'' || d.charAt(end) == '\u2019') && d.charAt(end + 1) == 's') {
      return false; // "Keane's Hopes and Fears": a band's or a firm's possessive as often as the person's
    }
    return !(end + 1 < d.length() && d.charAt(end) == ' ' && Character.isUpperCase(d.charAt(end + 1)));
  }
}
