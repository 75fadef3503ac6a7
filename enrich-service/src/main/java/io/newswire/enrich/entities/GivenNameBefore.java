package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.names.TitleCase;
import io.newswire.enrich.entities.ner.EnglishModelNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The knowledge base knows a person by the surname alone, and finds only that word when the article spells the
 * given name its own way ("finance minister Binyamin Netanyahu": the KB has Benjamin). Round 18: a capitalised
 * word right before such a one-word mention (one space between) that is no title, role, opener, day or
 * nationality, that the article never writes in lower case and that no other mention holds, is the person's given
 * name: the mention takes it in, so the name's extent is the whole name ({@link #extend}). Round 26, Persian
 * ({@link #persian}): the given names before such a surname make it another person of that surname.
 */
final class GivenNameBefore {
  private GivenNameBefore() {}

  /**
   * Persian: a knowledge-base person found by the surname alone right after one or two listed given names
   * (هادی خامنه‌ای، محمد جواد X) is someone else of that surname, since the KB would have matched the whole
   * name had it been that person's: the mention takes the given names in and becomes a person of its own, and
   * the dispatch's other bare-surname mentions of that KB person follow it. Left alone when the KB person is
   * named with more than the surname elsewhere in the dispatch, or when an alias is the whole name.
   */
  static List<Mention> persian(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    MentionEdits edits = new MentionEdits(mentions);
    Map<String, Mention> others = new HashMap<>(); // KB id -> the first whole-name mention that replaces it
    Set<String> given = GivenNames.persian();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PERSON || m.role() || m.entityId() == null) {
        continue;
      }
      KbEntity e = kb.apply(m.entityId());
      String d = fields.get(m.field()).display();
      String surname = d.substring(m.start(), m.end());
      if (e == null || surname.indexOf(' ') >= 0) {
        continue;
      }
      int start = m.start();
      for (int n = 0; n < 2; n++) { // one or two given names (محمد جواد)
        int b = start - 1;
        if (b < 1 || d.charAt(b) != ' ') {
          break;
        }
        int a = b;
        while (a > 0 && (Character.isLetter(d.charAt(a - 1)) || d.charAt(a - 1) == '\u200c')) {
          a--;
        }
        String k = MatchingForm.key(d.substring(a, b));
        if (a == b || SEYED.equals(k) || !given.contains(k) && !GivenNames.persianAfterMohammad(k)
            || Mention.overlapping(mentions, m.field(), a, b) != null) {
          break; // سید is an honorific, outside the name (SeyedNames)
        }
        start = a;
      }
      if (start == m.start()) {
        continue;
      }
      String whole = d.substring(start, m.end());
      String wholeKey = MatchingForm.key(whole);
      boolean alias = MatchingForm.key(e.name()).equals(wholeKey);
      for (KbAlias al : e.aliases()) {
        alias |= MatchingForm.key(al.text()).equals(wholeKey);
      }
      boolean named = false; // the KB person named with more than the surname in this dispatch
      for (Mention o : mentions) {
        if (o != m && m.entityId().equals(o.entityId()) && fields.get(o.field()).display().substring(o.start(), o.end()).indexOf(' ') >= 0) {
          named = true;
        }
      }
      if (alias || named) {
        continue;
      }
      Mention first = others.get(m.entityId());
      String name = first != null ? first.name() : CrossScriptName.romanize(whole, "fa");
      String id = first != null ? first.entityId() : CrossScriptId.orSlug(EntityType.PERSON, name, "fa", whole);
      Mention x = new Mention(m.field(), start, m.end(), id, m.type(), name, false);
      others.putIfAbsent(m.entityId(), x);
      edits.set(i, x);
    }
    if (!edits.anyEdited()) {
      return mentions;
    }
    List<Mention> out = edits.current();
    for (int j = 0; j < out.size(); j++) { // the bare surname elsewhere is the person just named
      Mention o = out.get(j);
      Mention x = o.entityId() == null ? null : others.get(o.entityId());
      if (x != null && o.type() == EntityType.PERSON) {
        edits.set(j, new Mention(o.field(), o.start(), o.end(), x.entityId(), o.type(), x.name(), o.role()));
      }
    }
    return edits.result();
  }

  private static final String SEYED = MatchingForm.key("سید");

  static List<Mention> extend(List<FieldText> fields, List<Mention> mentions, Function<String, KbEntity> kb) {
    MentionEdits edits = new MentionEdits(mentions);
    for (int i = 0; i < mentions.size(); i++) {
      Mention x = extended(fields, mentions, mentions.get(i), kb);
      if (x != null) {
        edits.set(i, x);
      }
    }
    return edits.result();
  }

  private static Mention extended(List<FieldText> fields, List<Mention> mentions, Mention m, Function<String, KbEntity> kb) {
    if (m.type() != EntityType.PERSON || m.role()) {
      return null;
    }
    FieldText f = fields.get(m.field());
    String d = f.display();
    if (f.isHeadline() && TitleCase.isTitleCase(d)) {
      return null; // Israel Picks Netanyahu: every word is capitalised there
    }
    KbEntity e = kb.apply(m.entityId());
    if (e == null || !endsWithWord(e.name(), d, m.start(), m.end()) || m.start() < 2 || d.charAt(m.start() - 1) != ' ') {
      return null;
    }
    int a = m.start() - 1;
    while (a > 0 && Character.isLetter(d.charAt(a - 1))) {
      a--;
    }
    String given = d.substring(a, m.start() - 1);
    if (given.length() < 3 || !Character.isUpperCase(given.charAt(0)) || !lowerAfterFirst(given)
        || a > 0 && (Character.isLetterOrDigit(d.charAt(a - 1)) || d.charAt(a - 1) == '\'' || d.charAt(a - 1) == '-')
        || EnglishNameRecognizer.titleRoleOrCommon(given) || EnglishNameRecognizer.bodyOrPlaceWord(given)
        || EnglishModelNames.writtenInLowerCase(fields, given.toLowerCase(java.util.Locale.ROOT)) || Mention.overlapping(mentions, m.field(), a, m.start() - 1) != null) {
      return null;
    }
    if (sentenceStart(d, a) && !GivenNames.english().contains(given.toLowerCase(java.util.Locale.ROOT))) {
      return null; // "Like Beckham, he ...": a sentence's first word is capitalised anyway; a listed given name still counts
    }
    return m.nameAt(m.field(), a, m.end());
  }

  /**
   * {@code name} ends with a space and the one word {@code d[start, end)} (Benjamin Netanyahu, Netanyahu): compared in
   * place, since it is asked for every person mention.
   */
  static boolean endsWithWord(String name, String d, int start, int end) {
    for (int k = start; k < end; k++) {
      if (d.charAt(k) == ' ') {
        return false;
      }
    }
    int at = name.length() - (end - start);
    return at > 0 && name.charAt(at - 1) == ' ' && name.regionMatches(at, d, start, end - start);
  }

  /** Nothing but spaces and opening marks since the field's start or a full stop, question or exclamation mark. */
  static boolean sentenceStart(String d, int a) {
    for (int k = a - 1; k >= 0; k--) {
      char ch = d.charAt(k);
      if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
        return true;
      }
      if (!Character.isWhitespace(ch) && ch != '"' && ch != '\u201c' && ch != '\'' && ch != '\u2018' && ch != '(') {
        return false;
      }
    }
    return true;
  }

  /** Binyamin, not BBC or McX: a capital then lower-case letters only. */
  private static boolean lowerAfterFirst(String w) {
    for (int k = 1; k < w.length(); k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
