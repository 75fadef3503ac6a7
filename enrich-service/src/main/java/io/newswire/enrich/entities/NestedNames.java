package io.newswire.enrich.entities;

import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.match.AliasTarget;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.schema.EntityType;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.normalization.MatchingForm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A knowledge-base place strictly inside a name that a word of the name itself types (Bank of England,
 * Washington County, دانشگاه تهران) is part of that name, not a mention of the place: the match is
 * dropped so the longer name can be linked. Knowledge-base people and organisations stay (they win over
 * the candidate as before).
 */
final class NestedNames {
  private NestedNames() {}

  /**
   * Persian genitive chains run on past the name (کنفدراسیون آسیا قضاوت ...): an organisation found by
   * its head word ends with the first knowledge-base place inside it (شورای امنیت روسیه).
   */
  static void endAtNestedPlace(List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.confidence() < EnglishNameRecognizer.STRUCTURAL || c.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (NameMatch m : matches.get(c.field())) {
        if (c.start() < m.start() && m.end() < c.end() && onlyPlaces(m) && !endsAtPlace(matches.get(c.field()), c, m)) {
          candidates.set(i, new Candidate(c.field(), c.start(), m.end(), c.type(), c.confidence(), c.cued()));
          break;
        }
      }
    }
  }

  /**
   * Whether a second place closes the name after {@code first} (سفارت ژاپن در پاریس): the name was closed on
   * purpose, no genitive chain run on past the first place.
   */
  private static boolean endsAtPlace(List<NameMatch> field, Candidate c, NameMatch first) {
    for (NameMatch m : field) {
      if (m.start() > first.end() && m.end() == c.end() && onlyPlaces(m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A knowledge-base organisation at the start (or, in Arabic, the end) of a longer organisation found
   * by its shape (مجلس الأمن in مجلس الأمن الدولي, الأناضول in وكالة أنباء الأناضول, Morgan Stanley in
   * Morgan Stanley Group Inc) is that organisation named in full: the match grows to the whole name and
   * keeps its link. Not an English firm closed by a legal form of its own after words of its own
   * ({@link SubsidiaryNames}: Wells Fargo Leasing Corp), a subsidiary.
   */
  static void growShapedOrganisations(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates,
      String language) {
    boolean arabic = "ar".equals(language);
    boolean persian = "fa".equals(language);
    double min = arabic ? ArabicOrganisationRecognizer.CONFIDENCE : EnglishNameRecognizer.STRUCTURAL;
    for (Candidate c : candidates) {
      if (c.type() != EntityType.ORGANIZATION || c.confidence() < min) {
        continue;
      }
      List<NameMatch> field = matches.get(c.field());
      for (NameMatch m : field) {
        boolean inside = c.start() <= m.start() && m.end() <= c.end() && m.end() - m.start() < c.end() - c.start();
        if (inside && (m.start() == c.start() || (arabic && m.end() == c.end())) && onlyOrganisations(m)) {
          MatchingForm form = fields.get(c.field()).form();
          if (persian && !placedBranch(fields.get(c.field()).display(), field, m, c)) {
            break; // a Persian genitive chain runs on past the body (سازمان ملل فشار می‌آورد): the KB's name stands
          }
          if ("en".equals(language) && m.start() == c.start()
              && SubsidiaryNames.ownName(fields.get(c.field()).display(), m.end(), c.end())) {
            matches.set(c.field(), field.stream().filter(o -> o != m).toList()); // a subsidiary: its own name stands
            break;
          }
          if (arabic && m.start() == c.start() && (nationalBodyOfAField(form.text(), m) || nationalQualified(form.text(), m))) {
            matches.set(c.field(), NameMatch.without(field, o -> o == m)); // the body found by its shape stands
            break;
          }
          List<NameMatch> grown = new ArrayList<>();
          for (NameMatch o : field) {
            if (o.end() <= c.start() || o.start() >= c.end()) {
              grown.add(o);
            } else if (o.start() < c.start() || o.end() > c.end()) {
              grown = null; // a longer KB name crosses the organisation: leave both as they are
              break;
            }
          }
          if (grown != null) {
            grown.add(new NameMatch(c.start(), c.end(), matchingIndex(form, c.start()), matchingIndex(form, c.end()), m.targets()));
            grown.sort(Comparator.comparingInt(NameMatch::start));
            matches.set(c.field(), grown);
          }
          break;
        }
      }
    }
  }

  /** Words between a Persian body and its place: the person it is named after, the (ره) after him, the unit of the place. */
  private static final Set<String> BRANCH_WORDS = Set.of("امام", "خمینی", "خميني", "(ره)", "استان", "شهرستان");

  /**
   * Persian: the KB body {@code m} goes on in {@code c} only to name a branch by its place (بنیاد مسکن استان قم، کمیته
   * امداد امام خمینی(ره) استان کردستان، سپاه بیجار): the rest is a KB place that ends the name, after nothing but the
   * person the body is named after and استان/شهرستان, and not the object of the clause (ارتش عراق خرمشهر را اشغال کرد).
   */
  private static boolean placedBranch(String d, List<NameMatch> field, NameMatch m, Candidate c) {
    if (m.end() >= d.length() || d.charAt(m.end()) != ' ' && d.charAt(m.end()) != '('
        || c.end() < d.length() && Character.isLetter(d.charAt(c.end())) // شهدا of سپاه شهدای …: the place is no word
        || d.startsWith(" را", c.end()) && (c.end() + 3 == d.length() || !Character.isLetter(d.charAt(c.end() + 3)))) {
      return false;
    }
    for (AliasTarget t : m.targets()) {
      if (t.entity().isAgency()) {
        return false; // خبرگزاری فارس استان ایلام: the agency and its province apart (the annotation convention)
      }
    }
    for (NameMatch p : field) {
      if (p.end() == c.end() && p.start() > m.end() && onlyPlaces(p) && !anyCountry(p)) {
        for (String w : d.substring(m.end(), p.start()).replace("(", " (").split(" ")) {
          if (!w.isEmpty() && !BRANCH_WORDS.contains(w)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * A country after a KB body (شورای امنیت روسیه، شرکت ملی نفت لیبی) names another country's body: the KB's link
   * would be wrong for it, so only provinces, counties and towns name a branch.
   */
  private static boolean anyCountry(NameMatch p) {
    for (AliasTarget t : p.targets()) {
      if (t.entity().attr("within") == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A KB name that ends in a nationality and goes on with a ل complement (الاتحاد السعودي للمبارزة, the
   * Saudi fencing federation): that nation's body for a field, another body than the KB's one of the first
   * words (الاتحاد السعودي is the Jeddah club), so the longer name does not take its link.
   */
  private static boolean nationalBodyOfAField(String t, NameMatch m) {
    int lastStart = t.lastIndexOf(' ', m.mEnd() - 1) + 1;
    if (lastStart <= m.mStart() || m.mEnd() + 2 >= t.length() || t.charAt(m.mEnd()) != ' ' || t.charAt(m.mEnd() + 1) != 'ل') {
      return false;
    }
    return io.newswire.enrich.entities.link.OrganisationName.isNationality(t.substring(lastStart, m.mEnd()));
  }

  /** "National" after a body's name: قومي/وطني. */
  private static final Set<String> NATIONAL = MatchingForm.keys("القومي", "الوطني");

  /**
   * Arabic (round 48b): "national" right after a KB body makes it some government's own body, not the KB's (مجلس الأمن
   * القومي of Afghanistan, مجلس الأمن الوطني of Kurdistan are no UN Security Council): the body found by its shape stands.
   */
  private static boolean nationalQualified(String t, NameMatch m) {
    if (m.mEnd() + 1 >= t.length() || t.charAt(m.mEnd()) != ' ') {
      return false;
    }
    int end = m.mEnd() + 1;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    return NATIONAL.contains(t.substring(m.mEnd() + 1, end));
  }

  /** First matching-form index whose display index is at or after {@code display}. */
  static int matchingIndex(MatchingForm form, int display) {
    int k = 0;
    while (k < form.text().length() && form.displayIndex(k) < display) {
      k++;
    }
    return k;
  }

  private static boolean onlyOrganisations(NameMatch m) {
    for (AliasTarget t : m.targets()) {
      if (t.entity().type() != EntityType.ORGANIZATION) {
        return false;
      }
    }
    return !m.targets().isEmpty();
  }

  /**
   * Persian: a knowledge-base organisation that ends an organisation found by its own head word
   * (مجلس شورای اسلامی in کمیسیون اقتصادی مجلس شورای اسلامی) is the body it belongs to, named inside the
   * longer name: the match is dropped so the body (the commission) is the mention.
   */
  static void dropParentAtTheEnd(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.confidence() < EnglishNameRecognizer.STRUCTURAL || c.type() != EntityType.ORGANIZATION) {
        continue;
      }
      List<NameMatch> field = matches.get(c.field());
      if (field.stream().anyMatch(m -> m.start() <= c.start() && m.end() >= c.end())) {
        continue; // the KB knows the whole name
      }
      // two words at least before it (باشگاه یوونتوس is Juventus itself, a head before a foreign name)
      String d = fields.get(c.field()).display();
      matches.set(c.field(), NameMatch.without(field, m -> c.start() < m.start() && m.end() == c.end()
          && onlyOrganisations(m) && d.substring(c.start(), m.start()).strip().indexOf(' ') > 0));
    }
  }

  static void dropInsideStructural(List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.confidence() < EnglishNameRecognizer.STRUCTURAL || c.type() == EntityType.PERSON) {
        continue;
      }
      List<NameMatch> field = matches.get(c.field());
      boolean containsKbName = false;
      for (NameMatch m : field) {
        if (m.start() <= c.start() && m.end() >= c.end()) {
          containsKbName = true; // the KB knows the whole name (or more): leave everything as it is
        }
      }
      if (!containsKbName) {
        matches.set(c.field(), NameMatch.without(field, m -> c.start() <= m.start() && m.end() <= c.end()
            && m.end() - m.start() < c.end() - c.start() && onlyPlaces(m)));
      }
    }
  }

  /**
   * Arabic: a knowledge-base person inside an organisation found by its head word, right after a title
   * (مركز الملك سلمان للإغاثة، جامعة الأمير سلطان) is the person the body is named after, part of the
   * body's name: the match is dropped so the organisation is the mention.
   */
  static void dropNamesakes(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.confidence() < ArabicOrganisationRecognizer.CONFIDENCE || c.type() != EntityType.ORGANIZATION) {
        continue;
      }
      List<NameMatch> field = matches.get(c.field());
      String d = fields.get(c.field()).display();
      for (NameMatch m : field) {
        if (c.start() < m.start() && m.end() <= c.end() && onlyPeople(m)
            && ArabicOrganisationRecognizer.endsWithNamingTitle(d, c.start(), m.start())) {
          matches.set(c.field(), NameMatch.without(field, o -> o == m));
          break;
        }
      }
    }
  }

  /**
   * Arabic: a knowledge-base person right after بن/ابن inside a longer name found after a title (الأمير
   * فيصل بن سلمان بن عبد العزيز) is the father in a chain of patronymics, not that person: the match is
   * dropped so the whole chain is the mention.
   */
  /**
   * An Arabic person whose last word is a purpose phrase (ميدان الملك خالد للفروسية، بيت الأمير فيصل بن فهد
   * للشباب): the words name a facility or a body after the person, not the person; a name never holds لل.
   */
  static void dropPurposeEnded(List<FieldText> fields, List<Candidate> candidates) {
    candidates.removeIf(c -> {
      if (c.type() != EntityType.PERSON) {
        return false;
      }
      String d = fields.get(c.field()).display();
      int last = d.lastIndexOf(' ', c.end() - 1);
      return last > c.start() && c.end() - last > 4 && d.charAt(last + 1) == 'ل' && d.charAt(last + 2) == 'ل';
    });
  }

  static void dropPatronymics(List<FieldText> fields, List<List<NameMatch>> matches, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.type() != EntityType.PERSON || !c.cued()) {
        continue;
      }
      List<NameMatch> field = matches.get(c.field());
      String d = fields.get(c.field()).display();
      for (NameMatch m : field) {
        if (c.start() < m.start() && m.end() <= c.end() && onlyPeople(m) && afterIbn(d, c.start(), m.start())) {
          matches.set(c.field(), NameMatch.without(field, o -> o == m));
          break;
        }
        // الشيخ سلمان بن صالح …: a one-word KB name opening a titled chain is that chain's given name, not the
        // KB's person (a KB alias of the whole chain is a longer match and stays)
        if (m.start() == c.start() && m.end() < c.end() && d.indexOf(' ', m.start()) >= m.end() && onlyPeople(m)
            && ibnAt(d, m.end() + 1, c.end())) {
          matches.set(c.field(), NameMatch.without(field, o -> o == m));
          break;
        }
      }
    }
  }

  /** Whether the word at {@code at} (before {@code end}) is بن، ابن or بنت. */
  private static boolean ibnAt(String d, int at, int end) {
    int e = d.indexOf(' ', at);
    if (e < 0 || e > end) {
      return false;
    }
    String w = d.substring(at, e);
    return w.equals("بن") || w.equals("ابن") || w.equals("بنت");
  }

  private static boolean afterIbn(String d, int from, int start) {
    String w = ArabicOrganisationRecognizer.lastWordKey(d, from, start);
    return w.equals("بن") || w.equals("ابن") || w.equals("بنت");
  }

  private static boolean onlyPeople(NameMatch m) {
    for (AliasTarget t : m.targets()) {
      if (t.entity().type() != EntityType.PERSON) {
        return false;
      }
    }
    return !m.targets().isEmpty();
  }

  private static boolean onlyPlaces(NameMatch m) {
    for (AliasTarget t : m.targets()) {
      KbEntity e = t.entity();
      if (e.type() != EntityType.PLACE) {
        return false;
      }
    }
    return true;
  }
}
