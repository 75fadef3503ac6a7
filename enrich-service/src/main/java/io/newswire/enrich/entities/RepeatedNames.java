package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionEdits;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.enrich.entities.names.PersianNounUse;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Document-level name consistency for Arabic and Persian copy, where no capital marks a bare surname: once
 * a person is named with two words or more, the same dispatch's bare mentions of the surname (the name's
 * last word: شارون after آریل شارون, before it in the headline too) are that person. A Persian surname of
 * two words is learnt the same way: when the word after a person's name repeats with the name's last word
 * elsewhere in the dispatch (محمد حسن اکبری مطلق … اکبری مطلق گفت), both words are the surname and the
 * name takes the second. Guards against common words: a surname of three letters or more that is no given
 * name and no function word, not the text of another entity of the article, not shared by two people of
 * the article, and not right after a given name (another person of the same surname).
 */
final class RepeatedNames {
  /** Function words, pronouns and verbs that may end a cut name or follow one (matching form). */
  private static final Set<String> FUNCTION = MatchingForm.keys(
      "و", "در", "به", "از", "که", "با", "را", "این", "آن", "برای", "گفت", "است", "بود", "شد", "کرد", "نیز", "هم", "تا",
      "یا", "اما", "بر", "امروز", "دیروز", "روز", "وی", "او", "ایشان", "پس", "پیش", "بین", "طی", "افزود", "همچنین",
      "ضمن", "درباره", "هنگام", "گفته", "کرده", "نمود", "داشت", "دارد", "ابتدا", "سپس", "اکنون", "هفته", "سال", "ماه",
      "في", "من", "على", "الى", "إلى", "عن", "مع", "أن", "إن", "ان", "التي", "الذي", "هذا", "هذه", "ذلك", "قال", "وقال",
      "كما", "لكن", "أو", "ثم", "قد", "لم", "كان", "كانت", "هو", "هي", "أمس", "اليوم", "يوم", "حيث", "بين", "خلال", "بعد",
      "قبل", "عند", "منذ", "لدى", "أيضا", "الله", "الدين", "بن", "ابن", "بنت", "أبو", "ابو", "آل", "عبد",
      // role nouns in apposition after a name (X جانشین فرمانده): they end it
      "جانشین", "فرمانده", "معاون", "مدیر", "مدیرکل", "دبیر", "دبیرکل", "عضو", "نماینده", "سرپرست", "مشاور", "سفیر",
      "استاندار", "فرماندار", "سرمربی", "رئیس", "وزیر", "سخنگوی", "مسئول", "کارشناس", "بازیکن", "مربی", "نخست",
      // titles and ordinals a cut or over-long name may end with (ولي العهد، جورج الخامس), and a father's or son's
      // epithet (جورج بوش الأب، بوش پدر: alone it is any father, a priest)
      "الأب", "الابن", "پدر", "پسر", "ولي", "العهد", "الأول", "أول", "الثاني", "الثالث", "الرابع", "الخامس", "الحاج", "الشيخ", "السيد", "الأمير", "الملك",
      "المهندس", "الدكتور", "اللواء", "العميد", "حاج", "شیخ", "سید", "دکتر", "مهندس", "اسلام", "انقلاب");
  /**
   * Words that chain an Arabic name (لبيد بن ربيعة): the word after them is no surname of its own; and (round 43) the
   * nouns of a family (عائلة دوابشة، أسرة الخطيب): the family, not the one person named.
   */
  private static final Set<String> CHAIN = MatchingForm.keys("بن", "ابن", "بنت", "أبو", "ابو", "آل", "عبد", "أبي", "ابي",
      "عائلة", "أسرة", "العائلة", "الأسرة");
  private static final String ARABIC_CLITICS = "وبلف";
  private static final String ABD = MatchingForm.key("عبد") + " ";
  private static final String FINAL_YEH = MatchingForm.key("ی");
  /** کشور and a space: "the country" before a place named as one (کشور کامرون). */
  private static final String COUNTRY_WORD = MatchingForm.key("کشور") + " ";
  /** Persian surname suffixes (matching form). */
  private static final List<String> SURNAME_SUFFIXES = List.copyOf(MatchingForm.keys("زاده", "پور", "نیا", "فر", "راد", "نژاد", "وند", "کیا", "منش", "لو"));

  private final Set<String> given = GivenNames.persian();
  private final Set<String> arabicGiven = GivenNames.arabic();

  /**
   * @param isKb whether an entity id is the knowledge base's (a known person's surname is repeated whatever
   *             his given name; an unknown one's only in Persian and when his name opens with a given name:
   *             سرطان البنكرياس is no person's name)
   */
  List<Mention> add(List<FieldText> fields, List<Mention> names, String language, Predicate<String> isKb) {
    boolean arabic = "ar".equals(language);
    MentionEdits edits = new MentionEdits(names); // two-word surnames the recognizer cut, taken whole
    Map<String, String> surnames = new HashMap<>(); // surname key -> entity id, "" when two people share it
    Map<String, Mention> people = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.PERSON || m.role()) {
        continue;
      }
      String d = fields.get(m.field()).display();
      int sp = d.lastIndexOf(' ', m.end() - 1);
      if (sp < m.start()) {
        continue; // one word: no surname of its own
      }
      boolean known = isKb.test(m.entityId());
      if (!known) {
        // a person the KB lacks, opened by a given name (سرطان البنكرياس is no one's name); in Arabic only the
        // shipped list's given names count, and the repeats are guarded further (see guardedArabic)
        int firstEnd = d.indexOf(' ', m.start());
        String first = MatchingForm.key(d.substring(m.start(), firstEnd));
        if (arabic) {
          if (!arabicGiven.contains(first) || !guardedArabic(fields, d, sp + 1, m.end())) {
            continue;
          }
        }
        int joined = first.indexOf(' '); // جمال‌الدین: a given name joined by a ZWNJ, its first part counts
        if (joined > 0) {
          first = first.substring(0, joined);
        }
        if (!arabic && !given.contains(first) && !arabicGiven.contains(first) && !GivenNames.persianAfterMohammad(first)) {
          continue;
        }
      }
      String last = MatchingForm.key(d.substring(sp + 1, m.end()));
      if (!arabic) {
        Mention longer = twoWordSurname(fields, names, m, last);
        if (longer != m) {
          edits.set(i, longer);
          last = last + " " + MatchingForm.key(d.substring(m.end(), longer.end()).strip());
          m = longer;
        }
      }
      // موسوی‌مبارکه: the first part of a ZWNJ compound is a surname of its own (also when the whole is no surname shape)
      String head = arabic ? null : compoundHead(d, sp + 1, m.end());
      if (head != null) {
        register(surnames, head, m.entityId());
      }
      if (!surnameShaped(last) || (arabic && last.startsWith("ال") && last.endsWith("ي")) || (!known && !arabic && !persianSurname(last))) {
        if (head != null) {
          people.putIfAbsent(m.entityId(), m);
        }
        continue; // الروسي، المصري: a nisba after a name may be a nationality, not the surname
      }
      register(surnames, last, m.entityId());
      if (arabic && !known && !surnames.get(last).isEmpty() && SharedSurnames.shared(fields, names, m.entityId(), last)) {
        surnames.put(last, ""); // فاتن حمامة beside أحمد حمامة: a second person the recognizer missed shares it
      }
      people.putIfAbsent(m.entityId(), m);
    }
    List<Mention> current = edits.current();
    if (surnames.isEmpty()) {
      return current;
    }
    // زندگی of شیرین زندگی written after این elsewhere: a noun the given name ran into, not an unknown person's surname
    Set<String> nouns = arabic ? Set.of() : nounSurnames(fields, surnames, isKb);
    Set<String> others = new HashSet<>();
    Set<String> places = new HashSet<>();
    for (Mention m : current) {
      if (m.type() != EntityType.PERSON) {
        String text = MatchingForm.key(fields.get(m.field()).display().substring(m.start(), m.end()));
        (m.type() == EntityType.PLACE ? places : others).add(text);
      }
    }
    // کامرون after دیوید کامرون: a known person's surname that also names a place (Cameroon) is the person where the
    // dispatch never names that place as such (کشور کامرون، کامرونی); the place otherwise, as any other entity's text
    for (String key : places) {
      String id = surnames.get(key);
      if (id == null || id.isEmpty() || !isKb.test(id) || namedAsCountry(fields, key)) {
        others.add(key);
      }
    }
    List<Mention> added = new ArrayList<>();
    Map<Mention, Mention> replaced = new HashMap<>();
    for (Map.Entry<String, String> e : surnames.entrySet()) {
      String key = e.getKey();
      if (e.getValue().isEmpty() || others.contains(key) || nouns.contains(key)) {
        continue;
      }
      Mention person = people.get(e.getValue());
      for (FieldText f : fields) {
        String form = f.form().text();
        for (int at = form.indexOf(key); at >= 0; at = form.indexOf(key, at + 1)) {
          int end = at + key.length();
          if (!boundaryBefore(form, at, arabic) || !boundaryAfter(form, end)) {
            continue;
          }
          int ds = f.form().displayIndex(at);
          int de = f.form().displayEnd(end);
          Mention inside = Mention.overlapping(current, f.index(), ds, de);
          if (inside != null && inside.entityId().equals(person.entityId()) && inside.start() == ds && inside.end() < de
              && !inside.role()) {
            replaced.put(inside, new Mention(f.index(), ds, de, person.entityId(), EntityType.PERSON, inside.name(), false));
            continue; // اکبری found alone where the dispatch writes the two-word surname: the whole surname
          }
          if (inside != null && inside.type() == EntityType.PLACE && inside.start() == ds && inside.end() == de) {
            replaced.put(inside, new Mention(f.index(), ds, de, person.entityId(), EntityType.PERSON, person.name(), false));
            continue; // the bare surname the linker took for the place of the same name (kept above only when no such place)
          }
          if (inside != null || Mention.overlapping(added, f.index(), ds, de) != null || afterGivenName(form, at)) {
            continue;
          }
          added.add(new Mention(f.index(), ds, de, person.entityId(), EntityType.PERSON, person.name(), false));
        }
      }
    }
    if (added.isEmpty() && replaced.isEmpty()) {
      return current;
    }
    List<Mention> all = new ArrayList<>(current.size() + added.size());
    for (Mention m : current) {
      all.add(replaced.getOrDefault(m, m));
    }
    all.addAll(added);
    return all;
  }

  /**
   * Round 43: the surname of an Arabic person the KB lacks (سعيد المولد … وبات المولد محترفا) may be repeated when it is
   * four letters or more and, if it carries the article, the article never uses it as an adjective after another
   * word with the article (الألماني المولد: "German-born"): such a word is a common word of the article, no one's
   * name; nor when the article writes it after a glued ب or ك (بالأطفال, بالنهار; ل goes before names too), nor when its shape is an
   * adverb's, a plural's or a glued preposition's (زعيما، زميلاتي، بعنوان: the model's guesses after a given name).
   * The full name's first word must be a listed given name (checked by the caller).
   */
  private static boolean guardedArabic(List<FieldText> fields, String d, int start, int end) {
    String key = MatchingForm.key(d.substring(start, end));
    if (key.length() < 4 || key.endsWith("ا") || key.endsWith("ات") || key.endsWith("اتي")
        || key.charAt(0) == 'ب' && "اوي".indexOf(key.charAt(1)) < 0) {
      return false; // زعيما، خارجا (an adverb), زميلاتي (a plural), بهدوء، بعنوان (a glued preposition): the model's guess
    }
    if (!key.startsWith("ال")) {
      return true;
    }
    String stem = key.substring(2);
    for (FieldText f : fields) {
      String form = f.form().text();
      if (form.contains("بال" + stem) || form.contains("كال" + stem)) {
        return false; // بالنهار، كالأطفال: the word takes a preposition in the article, a common noun (not ل: للمولد)
      }
      for (int at = form.indexOf(key); at >= 0; at = form.indexOf(key, at + 1)) {
        if (at < 2 || form.charAt(at - 1) != ' ' || !boundaryAfter(form, at + key.length())) {
          continue;
        }
        int ps = form.lastIndexOf(' ', at - 2) + 1;
        if (form.startsWith("ال", ps) && at - 1 - ps > 3 && !(ps >= ABD.length() && form.startsWith(ABD, ps - ABD.length()))) {
          return false; // after another ال word (not عبد الرحمن's): an adjective somewhere in the article
        }
      }
    }
    return true;
  }

  /** The surnames of persons the knowledge base lacks that the dispatch uses as common nouns ({@link PersianNounUse}). */
  private static Set<String> nounSurnames(List<FieldText> fields, Map<String, String> surnames, Predicate<String> isKb) {
    Set<String> unknown = new HashSet<>();
    for (Map.Entry<String, String> e : surnames.entrySet()) {
      if (!e.getValue().isEmpty() && !isKb.test(e.getValue())) {
        unknown.add(e.getKey());
      }
    }
    if (unknown.isEmpty()) {
      return Set.of();
    }
    List<String[]> keys = new ArrayList<>();
    for (FieldText f : fields) {
      keys.addAll(f.sentenceKeys());
    }
    return PersianNounUse.nouns(keys, unknown, RepeatedNames::persianSurname);
  }

  /** The dispatch names the place {@code key} as a country: کشور کامرون, or its nationality (کامرونی). */
  private static boolean namedAsCountry(List<FieldText> fields, String key) {
    String country = COUNTRY_WORD + key;
    String nationality = key + FINAL_YEH;
    for (FieldText f : fields) {
      String form = f.form().text();
      if (form.contains(country)) {
        return true;
      }
      for (int at = form.indexOf(nationality); at >= 0; at = form.indexOf(nationality, at + 1)) {
        if (boundaryBefore(form, at, false) && boundaryAfter(form, at + nationality.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static void register(Map<String, String> surnames, String key, String id) {
    String prior = surnames.putIfAbsent(key, id);
    if (prior != null && !prior.equals(id)) {
      surnames.put(key, ""); // two people share it: no one's
    }
  }

  /**
   * The first part of a surname of two parts joined by a ZWNJ (موسوی‌مبارکه, هاشمی‌طباطبایی), when that part is
   * itself shaped like a surname (ends in ی): later copy often names the person by it alone. Else null.
   */
  private String compoundHead(String d, int start, int end) {
    int z = d.indexOf('\u200c', start);
    if (z <= start || z >= end - 1 || d.indexOf('\u200c', z + 1) >= 0 && d.indexOf('\u200c', z + 1) < end) {
      return null; // no ZWNJ, or more than one (a plural or verb ending, not two names)
    }
    String head = MatchingForm.key(d.substring(start, z));
    String tail = MatchingForm.key(d.substring(z + 1, end));
    if (!head.endsWith(FINAL_YEH) || head.indexOf(' ') >= 0 || tail.length() < 3 || !surnameShaped(head)
        || SURNAME_SUFFIXES.contains(tail)) {
      return null; // a suffix (حسینی‌زاده, کاظمی‌نژاد): one surname, its stem no name alone
    }
    return head;
  }

  /**
   * The person mention {@code m} with the word after it when that word and the name's last word repeat
   * together elsewhere in the dispatch (a two-word surname the recognizer cut), else {@code m}.
   */
  private Mention twoWordSurname(List<FieldText> fields, List<Mention> names, Mention m, String last) {
    FieldText f = fields.get(m.field());
    String d = f.display();
    int s = m.end();
    if (s >= d.length() || d.charAt(s) != ' ') {
      return m;
    }
    s++;
    int w = s;
    while (w < d.length() && (Character.isLetter(d.charAt(w)) || d.charAt(w) == '\u200c' || Character.getType(d.charAt(w)) == Character.NON_SPACING_MARK)) {
      w++;
    }
    if (w == s || (w < d.length() && !Character.isWhitespace(d.charAt(w)) && !isPunctuation(d.charAt(w)))) {
      return m;
    }
    String next = MatchingForm.key(d.substring(s, w));
    if (!surnameShaped(next) || !persianSurname(next) || Mention.overlapping(names, m.field(), s, w) != null) {
      return m;
    }
    String pair = last + " " + next;
    for (FieldText o : fields) {
      String form = o.form().text();
      for (int at = form.indexOf(pair); at >= 0; at = form.indexOf(pair, at + 1)) {
        int end = at + pair.length();
        if (o == f) {
          int ds = o.form().displayIndex(at);
          if (ds >= m.start() && ds < m.end()) {
            continue; // the occurrence inside this name is not a repeat
          }
        }
        if (boundaryBefore(form, at, false) && boundaryAfter(form, end) && !afterGivenName(form, at)) {
          return new Mention(m.field(), m.start(), w, m.entityId(), m.type(), m.name(), m.role());
        }
      }
    }
    return m;
  }

  /**
   * Shaped like a Persian surname: its last word ends in ی (حسینی، تخت روانچی، صالحی امیری) or in a surname
   * suffix after a stem (حسین‌زاده، علی‌پور، بزرگ‌نیا); nouns and verbs (باعث، نظر، گرفته‌اند) are not.
   */
  private static boolean persianSurname(String key) {
    int sp = key.lastIndexOf(' ');
    String word = sp < 0 ? key : key.substring(sp + 1);
    if (word.endsWith(FINAL_YEH)) {
      return true;
    }
    for (String suffix : SURNAME_SUFFIXES) {
      if (word.endsWith(suffix) && (word.length() > suffix.length() + 1 || sp > 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPunctuation(char c) {
    return !Character.isLetterOrDigit(c) && c != '\u200c';
  }

  private boolean surnameShaped(String key) {
    int letters = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c != ' ') {
        return false;
      }
    }
    return letters >= 3 && !FUNCTION.contains(key) && !given.contains(key) && !arabicGiven.contains(key);
  }

  private static boolean boundaryBefore(String form, int at, boolean arabic) {
    if (at == 0 || !Character.isLetter(form.charAt(at - 1))) {
      return true;
    }
    // Arabic: one clitic (و، ب، ل، ف) glued before the name, which the mention leaves out
    return arabic && ARABIC_CLITICS.indexOf(form.charAt(at - 1)) >= 0 && (at == 1 || !Character.isLetter(form.charAt(at - 2)));
  }

  private static boolean boundaryAfter(String form, int end) {
    return end == form.length() || !Character.isLetter(form.charAt(end));
  }

  /** The word before {@code at} is a given name: another person sharing the surname, or a name found cut. */
  private boolean afterGivenName(String form, int at) {
    int e = at;
    while (e > 0 && !Character.isLetter(form.charAt(e - 1))) {
      if (form.charAt(e - 1) != ' ') {
        return false; // punctuation between: no name run
      }
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(form.charAt(s - 1))) {
      s--;
    }
    if (s == e) {
      return false;
    }
    String w = form.substring(s, e);
    return given.contains(w) || arabicGiven.contains(w) || CHAIN.contains(w);
  }
}
