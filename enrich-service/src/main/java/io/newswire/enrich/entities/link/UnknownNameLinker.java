package io.newswire.enrich.entities.link;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.ParticipleOpeners;
import io.newswire.enrich.entities.kb.AliasStrength;
import io.newswire.enrich.entities.kb.KbAlias;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.match.Clitics;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.names.MajlisTerms;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringMap;
import io.newswire.text.StringSet;
import io.newswire.text.WordSpans;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns recognizer candidates into mentions: trims titles, clitics and nisba adjectives, drops what
 * overlaps a knowledge-base mention, links to the KB when the cleaned name is an alias of exactly one
 * entity of that type (a person also when the phonetic key of a two-word name is that of one KB person's
 * full name in any script), and otherwise gives a stable id that is the same for the same name in every
 * article: a person gets {@code person:name:<phonetic key>} and a romanized name, shared by the Arabic,
 * Persian and Latin spellings ({@link CrossScriptName}); organisations and places an id made of their
 * English name when it is specific ({@link CrossScriptId}: {@code org:name:saudi-council-of-engineers}),
 * else a slug in their language ({@code org:ar:مجلس-بلدية-الزرقاء}).
 */
public final class UnknownNameLinker {
  /**
   * The KB entities of each alias key (matching form), asked for every unknown name and its words: a {@link StringMap},
   * whose misses (most names) read only its hash array, where a {@code HashMap} read a node per probe.
   */
  private final StringMap<List<KbEntity>> aliasIndex;
  /** {@code id + '\u0001' + key} of each alias key that is only a partial alias of its entity (~Blair): built once. */
  private final Set<String> partialOnly;
  private final KnowledgeBase knowledgeBase;
  /** Built on the first Arabic- or Persian-script name to link: see {@link PersonKeys}. */
  private volatile PersonKeys personKeys;
  private final Set<String> titleKeys;
  /** Matching forms of the KB entities' canonical names: an unknown name equal to one gets no cross-script id. */
  private final Set<String> kbNames;
  private final ClubShortNames clubs;
  private static final Set<String> UNITS = StringSet.of("ريال", "دولار", "يورو", "دينار", "درهم", "جنيه", "ليره", "تومان",
      "ين", "يوان", "روبيه", "فرنك", "روبل", "مليار", "مليون", "الف", "كيلومتر", "كلم",
      // Round 26: units of area, length, weight and volume (من 500 فدان إلى 3500 فدان): a measure, never a name
      "فدان", "هكتار", "دونم", "متر", "ميل", "طن", "برميل", "لتر", "غرام", "كيلوغرام", "كيلوجرام");

  /** The Persian plural ending and its ezafe and pronoun forms, written apart after a ZWNJ (matching form). */
  private static final Set<String> PERSIAN_PLURALS = StringSet.of("ها", "هاي", "هايي", "هايش", "هايشان", "هايم", "هاست");

  /** Month names (Gregorian and Syriac in Arabic, Persian solar) in matching form, written for this project. */
  private static final Set<String> MONTHS = StringSet.of("يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو",
      "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران",
      "تموز", "اب", "ايلول", "تشرين الاول", "تشرين الثاني", "كانون الاول", "فروردين", "ارديبهشت", "خرداد", "مرداد",
      "شهريور", "ابان", "بهمن", "اسفند");

  /** The KB's id of the United States, the {@code within} of its states. */
  private static final String US = "wikidata:Q30";

  public UnknownNameLinker(KnowledgeBase kb, ClubShortNames clubs) {
    this.knowledgeBase = kb;
    HashSet<String> partial = new HashSet<>();
    HashSet<String> full = new HashSet<>();
    Map<String, List<KbEntity>> aliases = new HashMap<>();
    for (KbEntity e : kb.entities()) {
      for (KbAlias a : e.aliases()) {
        String key = MatchingForm.key(a.text());
        addTo(aliases, key, e);
        (a.strength() == AliasStrength.PARTIAL ? partial : full).add(e.id() + '\u0001' + key);
      }
    }
    aliasIndex = StringMap.copyOf(aliases);
    partial.removeAll(full);
    partialOnly = StringSet.copyOf(partial);
    HashSet<String> names = new HashSet<>();
    for (KbEntity e : kb.entities()) {
      names.add(MatchingForm.key(e.name()));
    }
    kbNames = StringSet.copyOf(names);
    HashSet<String> t = new HashSet<>();
    for (String w : kb.titles().allCueWords()) {
      for (String part : MatchingForm.key(w).split(" ")) {
        t.add(part);
      }
    }
    titleKeys = StringSet.copyOf(t);
    this.clubs = clubs;
  }

  /**
   * Phonetic keys of the KB people's full names (two words or more), for names in another script, and
   * the first words (matching form) of each KB person's full names in Arabic script, by entity id.
   * Computing the keys (ICU transliteration) was the costliest part of start-up, and only a name in
   * Arabic script reads them: an English-only run never builds them.
   */
  private record PersonKeys(Map<String, List<KbEntity>> byKey, Map<String, Set<String>> arabicFirstWords) {
    static PersonKeys of(KnowledgeBase kb) {
      Map<String, List<KbEntity>> byKey = new HashMap<>();
      Map<String, Set<String>> firsts = new HashMap<>();
      for (KbEntity e : kb.entities()) {
        if (e.type() != EntityType.PERSON) {
          continue;
        }
        for (KbAlias a : e.aliases()) {
          String name = a.text().strip();
          int space = name.indexOf(' ');
          if (a.strength() == AliasStrength.STRONG && space > 0) {
            String k = CrossScriptName.key(a.text());
            if (k.length() >= 4) {
              addTo(byKey, k, e);
              if (Clitics.isArabicScript(name.charAt(0))) {
                firsts.computeIfAbsent(e.id(), x -> new HashSet<>()).add(VowelLetters.skeleton(MatchingForm.key(name, 0, space)));
              }
            }
          }
        }
      }
      return new PersonKeys(byKey, firsts);
    }
  }

  /**
   * Whether the name {@code key} (matching form) opens with one of the KB person's first words, {@code firsts}
   * ({@link VowelLetters#skeleton}): up to the vowel letters written or not (فرنسوا, فرانسوا) and, in a name of
   * three words or more, the first two written apart (عبد الله بن عبد العزيز for عبدالله بن عبدالعزيز).
   */
  private static boolean sameGivenName(Set<String> firsts, String key) {
    int space = key.indexOf(' ');
    if (space < 0) {
      return false;
    }
    if (firsts.contains(VowelLetters.skeleton(key.substring(0, space)))) {
      return true;
    }
    int second = key.indexOf(' ', space + 1);
    return second > 0 && firsts.contains(VowelLetters.skeleton(key.substring(0, space) + key.substring(space + 1, second)));
  }

  private PersonKeys personKeys() {
    PersonKeys p = personKeys;
    if (p == null) {
      synchronized (this) {
        p = personKeys;
        if (p == null) {
          personKeys = p = PersonKeys.of(knowledgeBase);
        }
      }
    }
    return p;
  }

  /**
   * Round 56, English: a name opened by a describing compound whose first part the KB names ("the Reagan-appointed
   * Kissinger Commission", Reagan a KB person) would be lost to that KB mention; the name after the compound is the
   * candidate's, as {@link ParticipleOpeners} trims the compound off a name the KB does not touch. The start after the
   * compound, or the span's own start.
   */
  private static int afterLinkedOpener(String d, int field, int[] span, List<Mention> taken) {
    int space = ParticipleOpeners.openerEnd(d, span[0], span[1]);
    if (space < 0) {
      return span[0];
    }
    Mention opener = Mention.overlapping(taken, field, span[0], span[1]);
    return opener != null && opener.start() == span[0] && opener.end() < space ? space + 1 : span[0];
  }

  /** Mentions for the candidates that survive, given the KB mentions already found. */
  public List<Mention> link(List<FieldText> fields, List<Mention> known, List<Candidate> candidates, String language) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingDouble(Candidate::confidence).reversed().thenComparingInt(Candidate::field)
        .thenComparingInt(Candidate::start));
    List<Mention> taken = new ArrayList<>(known);
    List<Mention> out = new ArrayList<>();
    Set<String> written = null; // built on the first name that opens with a preposition's letter
    for (Candidate c : sorted) {
      FieldText f = fields.get(c.field());
      int[] span = clean(f.display(), c.start(), c.end(), c.type(), language, isShapedOrganisation(c));
      if (span == null) {
        continue;
      }
      if (!"fa".equals(language) && "وفبلك".indexOf(f.display().charAt(span[0])) >= 0) {
        if (written == null) {
          written = writtenNames(fields, known, candidates);
        }
        span[0] += attachedPreposition(f.display(), span[0], span[1], written);
      }
      if ("fa".equals(language) && c.type() == EntityType.ORGANIZATION) {
        span[1] = MinistryRunOns.end(f.display(), span[0], span[1], placeNames(), aliasIndex::containsKey); // وزارت بهداشت | همکاری لازم را
      }
      if ("en".equals(language)) {
        span[0] = afterLinkedOpener(f.display(), c.field(), span, taken);
      }
      if (Mention.overlapping(taken, c.field(), span[0], span[1]) != null) {
        continue;
      }
      String text = f.display().substring(span[0], span[1]);
      String key = MatchingForm.key(text);
      KbEntity kb = uniqueKbEntity(key, c.type());
      if (kb != null && c.type() == EntityType.PERSON && onlyPartial(kb, key)
          && SurnameBearers.another(fields, f.display(), span[0], span[1], kb, named(known, kb.id()))) {
        kb = null; // Mrs Blair after Cherie Blair: the KB man's surname is another bearer's here, as in KbLinker
      }
      String termless = kb == null && c.type() == EntityType.ORGANIZATION && "fa".equals(language) ? MajlisTerms.termless(key) : null;
      if (termless != null) {
        kb = uniqueKbEntity(termless, c.type()); // مجلس هفتم: the Islamic Consultative Assembly in its seventh term
      }
      if (kb == null && c.type() == EntityType.PLACE && "fa".equals(language) && aliasIndex.containsKey(key)) {
        // فارس in a list of provinces: a province the KB names only with its head (استان فارس), the bare word
        // being another entity's (the agency's); a bare word no entity takes (گلستان) may be a town of that name
        kb = uniqueKbEntity(PROVINCE_PREFIX + key, c.type());
      }
      if (kb == null && c.type() == EntityType.ORGANIZATION && "fa".equals(language)) {
        kb = clubs.club(key); // تیم استقلال: the club the KB names باشگاه استقلال
      }
      if (kb == null && c.type() == EntityType.PLACE && "ar".equals(language)) {
        // للرمادي cut after its first lam: the place the KB names with the article (الرمادي, Ramadi), not a slug of
        // لرمادي; only when the article form names one (للبنان, ل + لبنان, found above, never gets here)
        String article = ElidedArticles.articleForm(f.display(), span[0], span[1]);
        kb = article == null ? null : uniqueKbEntity(MatchingForm.key(article), c.type());
      }
      if (kb == null && c.type() == EntityType.PLACE && WordPlaces.id(key) != null) {
        kb = knowledgeBase.get(WordPlaces.id(key)); // سيول read as a place: Seoul, floods elsewhere
      }
      // Calif, N.Y.: the state, named in full; linked where the KB has it by that name within the US (not
      // Georgia the country, nor Washington, D.C. or New York City)
      String state = kb == null && c.type() == EntityType.PLACE ? UsStates.name(text) : null;
      if (state == null && kb == null && c.type() == EntityType.PLACE) {
        state = UsStates.nameAfterTownInCapitals(f.display(), span[0], text); // OAK BROOK, ILL.: Illinois
      }
      if (state != null) {
        KbEntity e = uniqueKbEntity(MatchingForm.key(state), EntityType.PLACE);
        kb = e != null && US.equals(e.attr("within")) && e.name().equals(state) ? e : null;
      }
      String lang = scriptLanguage(text, language);
      // سید ابراهیم رئیسی: the English press leaves the honorific out (Ebrahim Raisi), and so does the id
      String bare = c.type() == EntityType.PERSON ? withoutSeyed(text) : text;
      String phonetic = c.type() == EntityType.PERSON ? CrossScriptName.key(bare) : "";
      // Only across scripts: a Latin name has its KB spellings to match, and its key is too coarse
      // (Jerry Welsh and Charles III share one).
      if (kb == null && text.indexOf(' ') > 0 && phonetic.length() >= 4 && !"en".equals(lang)) {
        PersonKeys keys = personKeys();
        List<KbEntity> l = keys.byKey().get(phonetic);
        kb = l != null && l.size() == 1 ? l.get(0) : null; // سامنثا باور is the KB's Samantha Power
        // The KB spells this person in Arabic script already: another spelling in that script keeps the
        // given name (حیدر العبادی for حيدر العبادي); حسان مبروك is not حسني مبارك for sharing its consonants.
        Set<String> firsts = kb != null && Clitics.isArabicScript(text.charAt(0)) ? keys.arabicFirstWords().get(kb.id()) : null;
        if (firsts != null && !sameGivenName(firsts, key)) {
          kb = null;
        }
      }
      // امام حسین (ع): the Imam (Husayn ibn Ali), not a man named Hossein
      // ... and in Arabic and English copy too (الإمام الحسين، Imam Hussein), one id for the three; before the KB's
      // or a phonetic match, which would split the person by script
      String holy = c.type() == EntityType.PERSON ? HolyNames.english(f.display(), span[0], span[1]) : null;
      Mention m;
      if (holy != null) {
        int full = HolyNames.fullStart(f.display(), span[0], span[1]);
        if (full < span[0] && Mention.overlapping(taken, c.field(), full, span[1]) == null) {
          span[0] = full; // امام موسی کاظم(ع): the Imam's whole name, not کاظم alone
        }
        m = new Mention(c.field(), span[0], span[1], HolyNames.id(holy), c.type(), holy, false);
      } else if (kb != null) {
        m = new Mention(c.field(), span[0], span[1], kb.id(), kb.type(), kb.name(), false);
      } else if (!phonetic.isEmpty()) {
        // one id and an English-press name whatever the script (حيدر العبادي, Haider al-Abadi)
        m = new Mention(c.field(), span[0], span[1], "person:name:" + phonetic, c.type(),
            CrossScriptName.romanizePerson(bare, lang), false);
      } else if (state != null) {
        m = new Mention(c.field(), span[0], span[1], stateId(state), c.type(), state, false);
      } else {
        // a specific English name is one id in every script (CrossScriptId); a generic body keeps its language's slug
        // للحكومة اليمنية cut after its first lam: named and keyed as الحكومة اليمنية
        String restored = c.type() == EntityType.ORGANIZATION && "ar".equals(lang)
            ? ElidedArticles.restored(f.display(), span[0], span[1], placeNames()) : null;
        String asWritten = restored != null ? restored : text;
        String name = displayName(asWritten, c.type(), lang);
        // ... but not a name the KB gives an entity (قم as Qom, كرج as Karaj where the KB's alias did not
        // link): a second id for it would split that entity's identity, so the slug stays
        String id = CrossScriptId.of(c.type(), name);
        if (id != null) { // the name's key only when there is an id to withhold (most names get none)
          String nameKey = MatchingForm.key(name);
          if (aliasIndex.containsKey(nameKey) || kbNames.contains(nameKey)) {
            id = null;
          }
        }
        // سازمان اوقاف کشور and سازمان اوقاف: one body under one name, so one slug (round 50)
        String slugKey = c.type() == EntityType.ORGANIZATION && "fa".equals(lang) ? OrganisationName.withoutCountry(key)
            : restored != null ? MatchingForm.key(restored) : key;
        m = new Mention(c.field(), span[0], span[1], id != null ? id : slug(c.type(), lang, slugKey), c.type(), name, false);
      }
      taken.add(m);
      out.add(m);
    }
    return out;
  }

  private static final String SEYED = MatchingForm.key("سید");

  /** The name without a leading سید when at least two name words follow it. */
  static String withoutSeyed(String text) {
    int sp = text.indexOf(' ');
    if (sp < 0 || text.indexOf(' ', sp + 1) < 0 || !MatchingForm.key(text, 0, sp).equals(SEYED)) {
      return text;
    }
    return text.substring(sp + 1).strip();
  }

  /**
   * Cities the KB names as reference works do (places-world.tsv renames them) whose bodies English names with the
   * short form: New York Stock Exchange, Washington Institute, not New York City Stock Exchange.
   */
  private static final Map<String, String> CITIES_IN_BODY_NAMES = Map.of("New York City", "New York", "Washington, D.C.", "Washington");

  /**
   * As {@link #placeNames}, for a Persian body's name: the Iranian small town that shares its name with a bigger place
   * ({@link SharedTownNames}: قدس) is the one meant, since the bodies named after a town in Persian copy (شورای اسلامی
   * شهر قدس، شهرداری قدس) are Iran's own: Qods City Council, not Jerusalem's.
   */
  private java.util.function.Function<String, String> persianPlaceNames() {
    java.util.function.Function<String, String> places = placeNames();
    return w -> {
      KbEntity town = sharedIranianTown(w);
      return town != null ? town.name() : places.apply(w);
    };
  }

  /** The one small Iranian town named {@code key} when a place that is no small town has that name too; else null. */
  private KbEntity sharedIranianTown(String key) {
    List<KbEntity> l = aliasIndex.get(key);
    if (l == null) {
      return null;
    }
    KbEntity town = null;
    boolean bigger = false;
    for (KbEntity e : l) {
      if (e.type() != EntityType.PLACE) {
        continue;
      }
      if (!e.smallTown()) {
        bigger = true;
      } else if (town != null) {
        return null;
      } else if (IRAN.equals(e.attr("within"))) {
        town = e;
      }
    }
    return bigger ? town : null;
  }

  private static final String IRAN = "wikidata:Q794";

  /** English names of the places the KB knows by a word's matching form, as bodies' names write them. */
  private java.util.function.Function<String, String> placeNames() {
    return w -> {
      KbEntity p = uniqueKbEntity(w, EntityType.PLACE);
      return p == null ? null : CITIES_IN_BODY_NAMES.getOrDefault(p.name(), p.name());
    };
  }

  /** An Arabic or Persian organisation's English name where its words allow one (OrganisationName). */
  private String displayName(String text, EntityType type, String lang) {
    if ("en".equals(lang) || text.isEmpty() || !Clitics.isArabicScript(text.charAt(0))) {
      return text;
    }
    if (type == EntityType.PLACE) {
      return CrossScriptName.romanize(text, lang, true); // میاندوآب, سلماس: a town the KB lacks, in English letters
    }
    if (type == EntityType.PERSON) {
      return CrossScriptName.romanizePerson(withoutSeyed(text), lang);
    }
    if (type != EntityType.ORGANIZATION) {
      return text;
    }
    java.util.function.Function<String, String> places = "fa".equals(lang) ? persianPlaceNames() : placeNames();
    String english = OrganisationName.english(text, places);
    if (english == null && "fa".equals(lang) && io.newswire.enrich.entities.names.PersianFields.opens(text)) {
      // هواشناسی آذربایجان غربی after مدیرکل: a provincial department named by its field alone (not a newspaper
      // named by a common word, اطلاعات، سیاست روز)
      english = OrganisationName.english("اداره کل " + text, places);
    }
    if (english == null && "fa".equals(lang)) {
      english = OrganisationName.departmentOfTown(text, places); // اداره ورزش و جوانان آمل: a town's department
    }
    if (english == null) {
      english = OrganisationName.properName(text, lang); // ياهو Yahoo, جامعة أم القرى Umm al-Qura University
    }
    return english == null ? text : UnitedStatesBodies.official(english); // Ministry of Defense (United States): its own name
  }

  /** Matching forms of every name the article writes (KB mentions and candidates), for clitic checks. */
  private static Set<String> writtenNames(List<FieldText> fields, List<Mention> known, List<Candidate> candidates) {
    Set<String> out = new HashSet<>();
    for (Mention m : known) {
      out.add(MatchingForm.key(fields.get(m.field()).display(), m.start(), m.end()));
    }
    for (Candidate c : candidates) {
      out.add(MatchingForm.key(fields.get(c.field()).display(), c.start(), c.end()));
    }
    return out;
  }

  /**
   * Length of a ب/ل/ك (after an optional و/ف) glued to a name that the article also writes without it
   * (بنابلس beside نابلس, لسان جيرمان beside سان جيرمان); 0 otherwise, since many names open with these
   * letters (برشلونة، لبنان).
   */
  static int attachedPreposition(String d, int start, int end, Set<String> written) {
    String key = MatchingForm.key(d, start, end);
    if (key.length() < 4 || !Clitics.isArabicScript(key.charAt(0))) {
      return 0;
    }
    int n = key.charAt(0) == 'و' || key.charAt(0) == 'ف' ? 1 : 0;
    if ("بلك".indexOf(key.charAt(n)) < 0) {
      n = 0;
    } else {
      n++;
    }
    if (n == 0 || key.length() - n < 3 || !written.contains(key.substring(n))) {
      return 0;
    }
    return displayChars(d, start, end, n);
  }

  /** Display chars from {@code start} that hold the first {@code n} letters (the display may hold marks in between). */
  private static int displayChars(String d, int start, int end, int n) {
    int i = start;
    int letters = 0;
    while (i < end && letters < n) {
      if (Character.isLetter(d.charAt(i))) {
        letters++;
      }
      i++;
    }
    return i - start;
  }

  private static boolean named(List<Mention> known, String id) {
    for (Mention m : known) {
      if (m.entityId().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code key} is one of {@code e}'s partial aliases (~Blair) and none of its full ones. */
  private boolean onlyPartial(KbEntity e, String key) {
    return partialOnly.contains(e.id() + '\u0001' + key);
  }

  private KbEntity uniqueKbEntity(String key, EntityType type) {
    List<KbEntity> l = aliasIndex.get(key);
    if (l == null) {
      return null;
    }
    KbEntity hit = null;
    KbEntity small = null;
    int smalls = 0;
    for (KbEntity e : l) {
      if (e.type() == type) {
        if (e.smallTown()) {
          // a small town (KbBuilder's step 2b) names the word only when no other place does (اصفهان the province)
          small = e;
          smalls++;
          continue;
        }
        if (hit != null) {
          return null;
        }
        hit = e;
      }
    }
    return hit != null ? hit : smalls == 1 ? small : null;
  }

  /**
   * An organisation found by its head word (وزارة المالية): the recognizer already left clitics outside
   * and the head (مجلس, also a title word in رئيس مجلس) is part of the name.
   */
  private static boolean isShapedOrganisation(Candidate c) {
    return c.type() == EntityType.ORGANIZATION && c.confidence() >= ArabicOrganisationRecognizer.CONFIDENCE;
  }

  private static final String PROVINCE_PREFIX = MatchingForm.key("استان") + " ";

  private static final Set<String> SON_OF = MatchingForm.keys("بن", "ابن");

  /** Whether the word at {@code at} (before {@code end}) is an Arabic given name or بن. */
  private static boolean givenNameOrLinkAt(String d, int at, int end) {
    if (at >= end) {
      return false;
    }
    String next = MatchingForm.key(d, at, WordSpans.end(d, at, end));
    return GivenNames.arabic().contains(next) || SON_OF.contains(next);
  }

  /** The span without leading titles and clitics, or null when nothing name-like is left. */
  int[] clean(String d, int start, int end, EntityType type, String language, boolean shaped) {
    // Leading title words (الرئيس, آقای, President) are cues, not part of the name; in Persian a few
    // are also given names (امیر اسفندیاری) and stay when a name word follows.
    // Organisations keep their first word even when it is part of a title (مجلس of رئیس مجلس).
    boolean keepsTitles = type == EntityType.ORGANIZATION && ("fa".equals(language) || "en".equals(language) || shaped);
    while (start < end && !keepsTitles) {
      int we = WordSpans.end(d, start, end);
      String w = MatchingForm.key(d, start, we);
      if ("fa".equals(language) && we < end && GivenNames.persian().contains(w)) {
        break;
      }
      // Round 26: Arabic writes a title with its article (السلطان قابوس) or before the land it rules (سلطان عمان);
      // a bare title word that is also a given name, followed by a given name or بن, opens the name (سلطان محمد
      // الشهراني, سلطان بن سلمان)
      if ("ar".equals(language) && we < end && !w.startsWith("ال") && GivenNames.arabic().contains(w)
          && givenNameOrLinkAt(d, skipSpaces(d, we, end), end)) {
        break;
      }
      if (!titleKeys.contains(w) && !(w.length() > 1 && "وفبل".indexOf(w.charAt(0)) >= 0 && titleKeys.contains(w.substring(1)))) {
        break;
      }
      start = skipSpaces(d, we, end);
    }
    while (end > start && !Character.isLetterOrDigit(d.charAt(end - 1))) {
      end--;
    }
    if (end - start < 2) {
      return null;
    }
    // Persian writes و and به apart: a name's first letter is never a clitic there (وزارت، وحید).
    if (!"fa".equals(language) && !shaped) {
      start += procliticLength(d, start, end);
    }
    String key = MatchingForm.key(d, start, end);
    if (key.length() < 2) {
      return null;
    }
    if (UNITS.contains(key) || (key.startsWith("ال") && UNITS.contains(key.substring(2)))) {
      return null; // 20 مليار ريال, اليورو, 500 فدان: a currency or a unit the model took for a name
    }
    if ("fa".equals(language) && type != EntityType.ORGANIZATION) {
      for (String w : key.split(" ")) {
        if (PERSIAN_PLURALS.contains(w)) {
          return null; // استخوان‌هایی: a plural, never a person's or a place's name
        }
      }
      if (type == EntityType.PLACE && key.indexOf(' ') < 0 && key.length() >= 5 && key.endsWith("ي")) {
        return null; // اجرایی، باستانی: an adjective; places of that shape are in the KB
      }
    }
    if (MONTHS.contains(key)) {
      return null; // (نيسان) أبريل: the Levantine month, not the car maker
    }
    if (type == EntityType.PLACE && key.indexOf(' ') < 0 && key.startsWith("ال")
        && (key.endsWith("ي") || key.endsWith("يه") || key.endsWith("يين") || key.endsWith("يون"))) {
      return null; // الفلسطيني, الإيرانية: a nisba adjective, not the place
    }
    return new int[] {start, end};
  }

  /**
   * Length of an attached و/ف/ب/ل/ك in front of a name: before an article (وال، بال، لل) always; a bare
   * و only before a letter that rarely starts a name after it (so ولید and واشنطن keep theirs), and never in a
   * listed given name whose rest is none (وديع), nor ف + ال in a listed name word (فالنسيا).
   */
  static int procliticLength(String d, int start, int end) {
    String w = MatchingForm.key(d, start, WordSpans.end(d, start, end));
    if (w.length() < 4 || !Clitics.isArabicScript(w.charAt(0))) {
      return 0;
    }
    int n = 0;
    if (w.charAt(0) == 'و' || w.charAt(0) == 'ف') {
      n = 1;
    }
    if ("بلك".indexOf(w.charAt(n)) >= 0 && w.startsWith("ال", n + 1)) {
      n++;
    } else if (w.charAt(n) == 'ل' && w.startsWith("ل", n + 1) && w.length() > n + 3) {
      n++; // لل: ل + ال with the alef dropped
    }
    if (n == 1 && w.charAt(0) == 'و' && !w.startsWith("ال", 1) && "اويل".indexOf(w.charAt(1)) >= 0
        && !startsWithHamzaAlef(d, start) && !(GivenNames.arabic().contains(w.substring(1)) && !GivenNames.arabic().contains(w))) {
      n = 0; // واشنطن, وليد: the و is the name's; but وإنجلترا (hamza) and ويحيى (a given name after it) are و + name
    }
    if (n == 1 && w.charAt(0) == 'و' && GivenNames.arabic().contains(w) && !GivenNames.arabic().contains(w.substring(1))) {
      n = 0; // وديع، وفاء، وجدي: a listed given name is the word itself, whatever letter follows its و
    }
    if (n == 1 && w.charAt(0) == 'ف' && !w.startsWith("ال", 1)) {
      n = 0; // فلسطين, فرنسا: ف is too often the name's own first letter
    }
    if (n == 1 && w.charAt(0) == 'ف' && w.startsWith("ال", 1)
        && (NameWords.spelling(w, false) != null || NameWords.wikidata(w, false) != null)) {
      n = 0; // round 55: فالنسيا Valencia, فالنتينو Valentino: a listed name word opens with فال, no ف + ال
    }
    return displayChars(d, start, end, n);
  }

  private static boolean startsWithHamzaAlef(String d, int start) {
    int i = start + 1;
    while (i < d.length() && !Character.isLetter(d.charAt(i))) {
      i++;
    }
    return i < d.length() && (d.charAt(i) == 'أ' || d.charAt(i) == 'إ' || d.charAt(i) == 'آ');
  }


  private static int skipSpaces(String d, int i, int end) {
    while (i < end && Character.isWhitespace(d.charAt(i))) {
      i++;
    }
    return i;
  }


  static String scriptLanguage(String text, String language) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Clitics.isArabicScript(c)) {
          return "fa".equals(language) ? "fa" : "ar";
        }
        return "en";
      }
    }
    return language;
  }

  private static void addTo(Map<String, List<KbEntity>> index, String key, KbEntity e) {
    List<KbEntity> l = index.computeIfAbsent(key, x -> new ArrayList<>(1));
    if (!l.contains(e)) {
      l.add(e);
    }
  }

  /** A stable id for a name the KB lacks: type, script language and the matching form, dash-joined. */
  /**
   * The id of a US state the KB lacks, abbreviated ("Va.", "Mont."): the id its name written out gets in any script
   * ({@link CrossScriptId}: "Virginia", فيرجينيا), so the two spellings are one entity; a name the KB gives another
   * entity (Georgia the country, Washington, D.C.) keeps the state's own slug, as the written-out name withholds it.
   */
  private String stateId(String state) {
    String id = CrossScriptId.of(EntityType.PLACE, state);
    String nameKey = MatchingForm.key(state);
    return id != null && !aliasIndex.containsKey(nameKey) && !kbNames.contains(nameKey) ? id
        : slug(EntityType.PLACE, "us-state", nameKey);
  }

  public static String slug(EntityType type, String lang, String key) {
    String prefix = switch (type) {
      case PERSON -> "person";
      case ORGANIZATION -> "org";
      case PLACE -> "place";
      default -> "other";
    };
    return prefix + ":" + lang + ":" + dashed(key.toLowerCase(Locale.ROOT));
  }

  /** Runs of letters and digits joined by single dashes (what {@code [^\p{L}\p{N}]+ → -}, trimmed, gives). */
  private static String dashed(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp) || isNumber(cp)) {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        gap = false;
        out.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  private static boolean isNumber(int cp) {
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }
}
