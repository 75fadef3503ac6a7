package io.newswire.enrich.quotes;

import io.newswire.text.StringSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * English definite descriptions that go on with a source the story has already named, when nothing
 * closer names it: 'the company' or 'the firm' after a business spoke ('Acme said …. …, the company
 * estimated'), and an office held by the story's main person qualified by party or country ('the Tory
 * leader', 'the Democratic presidential nominee') with no name apposed to that role anywhere.
 */
final class EnglishDefiniteSpeakers {
  /** Kind nouns of a business; 'the government' or 'the party' name other kinds of body and stay apart. */
  private static final Set<String> COMPANY_NOUNS = StringSet.of("company", "firm", "group", "corporation", "carmaker",
      "drugmaker", "retailer", "bank", "airline", "insurer", "lender");
  /**
   * Offices held by one person that a story uses for its protagonist; spokesmen, officials, aides and
   * analysts are left out, as they bring someone new in.
   */
  private static final Set<String> OFFICES = StringSet.of("leader", "president", "minister", "chairman", "chairwoman",
      "secretary", "governor", "senator", "candidate", "nominee", "premier", "chancellor", "mayor", "congressman",
      "congresswoman");
  /** Lower-case qualifiers an office takes besides capitalised ones (party, country): 'prime', 'presidential'. */
  private static final Set<String> OFFICE_QUALIFIERS = StringSet.of("prime", "presidential", "vice");
  /** Longest qualified office read: 'the', three qualifiers and the office ('the Democratic presidential nominee' is four). */
  private static final int MAX_OFFICE_WORDS = 5;

  /**
   * Kind nouns of a body that a story names once and then goes on with: a business, a broadcaster or
   * paper, a party or union. Documents ('the statement'), 'the government' (a country's) and 'the group'
   * (as often an investor group never named) are left out.
   */
  private static final Set<String> BODY_NOUNS = StringSet.of("company", "firm", "corporation", "carmaker",
      "drugmaker", "retailer", "bank", "airline", "insurer", "lender", "station", "network", "broadcaster",
      "channel", "magazine", "paper", "newspaper", "party", "union", "agency", "association", "federation",
      "club", "institute", "foundation", "charity", "organisation", "organization");

  private EnglishDefiniteSpeakers() {}

  /** 'The station', 'the party': 'the' and a body kind noun, nothing else. */
  static boolean bodyNoun(String text) {
    return theAnd(text, BODY_NOUNS);
  }

  /** Whether {@code text} is 'the' and one word of {@code nouns}, nothing else. */
  private static boolean theAnd(String text, Set<String> nouns) {
    return theAnd(text, (Predicate<String>) nouns::contains);
  }

  /** Whether {@code text} is 'the' and one word, nothing else, whose lower case {@code noun} accepts. */
  private static boolean theAnd(String text, Predicate<String> noun) {
    if (text == null) {
      return false;
    }
    int space = text.indexOf(' ');
    return space > 0 && text.indexOf(' ', space + 1) < 0 && text.substring(0, space).equalsIgnoreCase("the")
        && noun.test(text.substring(space + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * The organisation named last before position {@code at} of field {@code v}, outside quotations, in
   * that field or an earlier one: whom 'the station' or 'the party' goes on from when no body has spoken.
   */
  static SpeakerRef lastBodyNamed(List<FieldView> views, int v, int at) {
    for (int w = v; w >= 0; w--) {
      FieldView f = views.get(w);
      MentionRef found = null;
      for (MentionRef m : f.mentions) {
        if (w == v && m.end() > at) {
          break;
        }
        if (m.entity().getType() == io.newswire.schema.EntityType.ORGANIZATION && f.spanAt(m.start()) == null) {
          found = m;
        }
      }
      if (found != null) {
        return SpeakerRef.of(found, found.text());
      }
    }
    return null;
  }

  /** Kind nouns of a newspaper or broadcaster: 'the paper said' goes on with the medium, not any body. */
  private static final Set<String> MEDIUM_NOUNS = StringSet.of("paper", "newspaper", "daily", "weekly", "magazine",
      "broadcaster", "station", "channel", "network");
  /** Words of a medium's title ('Financial Times', 'China Daily', 'Radio Free Europe'), lower-cased. */
  private static final Set<String> MEDIUM_TITLE_WORDS = StringSet.of("times", "post", "journal", "daily", "news",
      "herald", "tribune", "telegraph", "guardian", "gazette", "observer", "independent", "mail", "express", "mirror",
      "chronicle", "economist", "newsweek", "press", "newspaper", "magazine", "weekly", "radio", "tv", "television",
      "broadcasting", "shimbun", "zeitung", "handelsblatt", "monde", "spiegel", "pravda", "izvestia", "bbc", "cnn");
  /** Most words of a medium's name read back from its title word ('The Wall Street Journal' is four). */
  private static final int MAX_TITLE_WORDS = 4;

  /** 'The paper', 'the newspaper', 'the station': 'the' and a medium's kind noun, nothing else. */
  static boolean mediumNoun(String text) {
    return theAnd(text, MEDIUM_NOUNS);
  }

  /**
   * The medium named last before position {@code at} of field {@code v}, outside quotations, in that field or
   * an earlier one: an organisation whose name holds a title word ('the Financial Times Deutschland reported
   * … the newspaper reported') or that the copy calls by a medium noun ('the Handelsblatt newspaper'), else
   * capitalised words ending in a title word the entity step did not know ('China Daily'), as a name of its
   * own. Null when the story names no medium ('the paper' may then be a document of the body named last).
   */
  static SpeakerRef lastMediumNamed(List<FieldView> views, int v, int at) {
    for (int w = v; w >= 0; w--) {
      FieldView f = views.get(w);
      int limit = w == v ? at : f.text.length();
      MentionRef mention = null;
      for (MentionRef m : f.mentions) {
        if (m.end() > limit) {
          break;
        }
        if (m.entity().getType() == io.newswire.schema.EntityType.ORGANIZATION && f.spanAt(m.start()) == null
            && medium(f, m)) {
          mention = m;
        }
      }
      int title = lastTitleWord(f, limit, mention == null ? -1 : mention.end());
      if (title >= 0) {
        return titled(f, title);
      }
      if (mention != null) {
        return SpeakerRef.of(mention, mention.text());
      }
    }
    return null;
  }

  private static boolean medium(FieldView f, MentionRef m) {
    if (titleWordIn(m.text()) || titleWordIn(m.entity().getName().toString())) {
      return true;
    }
    List<Token> toks = f.tokens;
    int after = f.tokenAtOrAfter(m.end());
    int before = f.tokenAtOrAfter(m.start()) - 1;
    return after < toks.size() && f.blankBetween(m.end(), toks.get(after).start()) && mediumWord(toks.get(after))
        || before >= 0 && f.blankBetween(toks.get(before).end(), m.start()) && mediumWord(toks.get(before));
  }

  /** 'the X newspaper', 'the Spanish daily X': a medium's kind noun right beside the name. */
  private static boolean mediumWord(Token t) {
    return MEDIUM_NOUNS.contains(t.form().toLowerCase(Locale.ROOT));
  }

  private static boolean titleWordIn(String name) {
    int from = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == '.' || " \t\n\u000B\f\r".indexOf(name.charAt(i)) >= 0) {
        if (i > from && MEDIUM_TITLE_WORDS.contains(name.substring(from, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        from = i + 1; // words split at white space and full stops ('U.S. News'), as a name is written
      }
    }
    return false;
  }

  /**
   * The last capitalised title word after another capitalised word in [from, to), outside quotations and
   * not inside a mention (a place may open the title: 'China Daily'): its token index, or -1.
   */
  private static int lastTitleWord(FieldView f, int to, int from) {
    List<Token> toks = f.tokens;
    for (int j = Math.min(f.tokenAtOrAfter(to), toks.size()) - 1; j >= 1 && toks.get(j).start() >= from; j--) {
      Token t = toks.get(j);
      if (t.capitalized() && MEDIUM_TITLE_WORDS.contains(t.form().toLowerCase(Locale.ROOT))
          && toks.get(j - 1).capitalized() && f.blankBetween(toks.get(j - 1).end(), t.start())
          && f.spanAt(t.start()) == null && f.mentionAt(t) == null
          && f.sentenceStart(t.start()) < toks.get(j - 1).start()) {
        return j;
      }
    }
    return -1;
  }

  /** The capitalised words ending in the title word at token {@code j} and its kind noun, 'The' left out ('the China Daily'). */
  private static SpeakerRef titled(FieldView f, int j) {
    List<Token> toks = f.tokens;
    Token title = toks.get(j);
    int k = j;
    while (k - 1 >= 0 && j - k + 1 < MAX_TITLE_WORDS && toks.get(k - 1).capitalized()
        && !toks.get(k - 1).form().equalsIgnoreCase("the") && f.blankBetween(toks.get(k - 1).end(), toks.get(k).start())) {
      k--;
    }
    Token last = title;
    if (j + 1 < toks.size() && mediumWord(toks.get(j + 1)) && f.blankBetween(title.end(), toks.get(j + 1).start())) {
      last = toks.get(j + 1); // 'Harbour Weekly magazine': the name as written with its kind noun (see kindNamed)
    }
    return new SpeakerRef(null, f.text.substring(toks.get(k).start(), last.end()), null);
  }

  /** Kind nouns of a body whose name the copy writes with that noun ('the U.S. Embassy', 'Newsweek magazine'). */
  private static final Set<String> NAMED_KINDS = StringSet.of("embassy", "ministry", "department", "commission",
      "council", "committee", "court", "board", "bureau", "magazine", "newspaper", "station", "network",
      "agency", "union", "party", "institute", "foundation", "association", "federation");

  /**
   * 'The magazine', 'the embassy' with no organisation the entity step knows: the name written before
   * with that kind noun, outside quotations, in this field or an earlier one ('Newsweek magazine', 'the
   * U.S. Embassy'), as a name of its own; null when none is.
   */
  static SpeakerRef kindNamed(String text, List<FieldView> views, int v, int at) {
    if (!theAnd(text, NAMED_KINDS)) {
      return null;
    }
    String noun = text.substring(text.indexOf(' ') + 1).toLowerCase(Locale.ROOT);
    for (int w = v; w >= 0; w--) {
      FieldView f = views.get(w);
      List<Token> toks = f.tokens;
      for (int j = toks.size() - 1; j >= 1; j--) {
        Token t = toks.get(j);
        if (w == v && t.end() > at || !t.form().equalsIgnoreCase(noun) || f.spanAt(t.start()) != null) {
          continue;
        }
        int k = j;
        while (k - 1 >= 0 && toks.get(k - 1).capitalized() && !toks.get(k - 1).form().equalsIgnoreCase("the")
            && f.text.substring(toks.get(k - 1).end(), toks.get(k).start()).matches("\\.?\\s*")) {
          k--;
        }
        if (k < j && f.sentenceStart(t.start()) < toks.get(k).start()) {
          String name = f.text.substring(toks.get(k).start(), t.end());
          return new SpeakerRef(null, name, text);
        }
      }
    }
    return null;
  }

  /** A Reuters name in angle brackets: words, not a ticker ('<AB Nordvik>', not '<NRD.ST>'). */
  private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("<([^<>]{2,60})>");

  /**
   * 'the company' with no organisation known: the firm Reuters named last in angle brackets before
   * position {@code at} of field {@code v} ('… director of <AB Nordvik>, …, has resigned, the company
   * said'), outside quotations, as a name of its own; null when none is.
   */
  static SpeakerRef bracketedFirm(String text, List<FieldView> views, int v, int at) {
    if (!companyNoun(text)) {
      return null;
    }
    for (int w = v; w >= 0; w--) {
      FieldView f = views.get(w);
      String last = null;
      java.util.regex.Matcher m = BRACKETED.matcher(f.text);
      while (m.find() && (w != v || m.end() <= at)) {
        String inside = m.group(1).strip();
        if (!inside.matches("[A-Z0-9.&-]+") && Character.isUpperCase(inside.charAt(0)) && f.spanAt(m.start()) == null) {
          last = inside.replaceAll("\\s+", " ");
        }
      }
      if (last != null) {
        return new SpeakerRef(null, last, text);
      }
    }
    return null;
  }

  /** Most words of a firm's name read from the headline ('Krispy Kreme Doughnuts' is three). */
  private static final int MAX_HEADLINE_NAME_WORDS = 3;

  /**
   * 'the firm' or 'the company' that nothing before resolved: the business the headline names, when the
   * entity step did not know it as one ('Acmex cuts jobs' …, 'the firm said'). A run of capitalised words
   * in a mixed-case headline, not a place, not opened by a title ('Actor Jo Doe'), that the story's body
   * writes again, once at least away from a sentence's start (so 'Weak sales …' or 'Consumers …' are no
   * name), as a name of its own or the mention the entity step gave it. Null otherwise.
   */
  static SpeakerRef headlineFirm(String text, List<FieldView> views) {
    if (!companyNoun(text) || views.isEmpty() || !"headline".equals(views.get(0).name())) {
      return null;
    }
    FieldView h = views.get(0);
    if (h.text.equals(h.text.toUpperCase(Locale.ROOT))) {
      return null; // a wire headline in capitals: every word looks like a name
    }
    List<Token> toks = h.tokens;
    for (int i = 0; i < toks.size(); i++) {
      if (!toks.get(i).capitalized() || i > 0 && toks.get(i - 1).capitalized() && h.blankBetween(toks.get(i - 1).end(), toks.get(i).start())) {
        continue;
      }
      int e = i;
      while (e + 1 < toks.size() && e - i + 1 < MAX_HEADLINE_NAME_WORDS && toks.get(e + 1).capitalized()
          && h.blankBetween(toks.get(e).end(), toks.get(e + 1).start())) {
        e++;
      }
      MentionRef m = h.mentionAt(toks.get(i));
      if (h.lexicon.matchAny(toks, i, CueKind.ROLE, CueKind.HONORIFIC) != null || h.spanAt(toks.get(i).start()) != null
          || m != null && (m.entity().getType() == io.newswire.schema.EntityType.PLACE || surnameAlone(m))) {
        i = e;
        continue;
      }
      String name = h.text.substring(toks.get(i).start(), toks.get(e).end());
      if (name.endsWith("'s") || name.endsWith("’s")) {
        name = name.substring(0, name.length() - 2);
      }
      if (name.length() > 1 && !properAdjective(name) && writtenInBody(name, views)) {
        return m != null && m.start() == toks.get(i).start() ? SpeakerRef.of(m, text) : new SpeakerRef(null, name, text);
      }
      i = e;
    }
    return null;
  }

  /** Endings of a one-word proper adjective of nation, region or faith ('Islamic', 'Canadian', 'Danish', 'Chinese'). */
  private static final String[] ADJECTIVE_ENDINGS = {"ic", "ian", "ish", "ese"};

  private static boolean properAdjective(String name) {
    if (name.indexOf(' ') >= 0) {
      return false;
    }
    for (String ending : ADJECTIVE_ENDINGS) {
      if (name.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code name} occurs in a body field as a name of its own (no capitalised word right before or after it:
   * 'Bond' in 'James Bond' is part of another name) once at least where no sentence starts.
   */
  private static boolean writtenInBody(String name, List<FieldView> views) {
    for (int w = 1; w < views.size(); w++) {
      FieldView f = views.get(w);
      for (int at = f.text.indexOf(name); at >= 0; at = f.text.indexOf(name, at + 1)) {
        int end = at + name.length();
        boolean whole = (at == 0 || !Character.isLetterOrDigit(f.text.charAt(at - 1)))
            && (end == f.text.length() || !Character.isLetterOrDigit(f.text.charAt(end)))
            && !capitalisedWordBefore(f.text, at) && !capitalisedWordAfter(f.text, end);
        if (whole && f.sentenceStart(at) < at && !f.text.substring(f.sentenceStart(at), at).isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A person mention that is the tail of its longer name ('Bond' for James Bond): a person called by the
   * surname. A firm is shortened at its tail instead ('Nortel' for Nortel Networks), so a head stays.
   */
  private static boolean surnameAlone(MentionRef m) {
    String full = m.entity().getName().toString();
    return m.person() && full.length() > m.text().length() && full.endsWith(" " + m.text());
  }

  /** A capitalised word ends one space before {@code at}. */
  private static boolean capitalisedWordBefore(String text, int at) {
    if (at < 2 || text.charAt(at - 1) != ' ' || !Character.isLetter(text.charAt(at - 2))) {
      return false;
    }
    int k = at - 2;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    return Character.isUpperCase(text.charAt(k));
  }

  /** A capitalised word starts one space after {@code end}. */
  private static boolean capitalisedWordAfter(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
  }

  /** Endings of nationality adjectives: Australian, Swedish, Japanese, Dutch, Israeli. */
  private static final String[] NATIONALITY_ENDINGS = {"an", "ish", "ese", "ch", "i"};
  /** Shortest nationality adjective read ('Thai' is too short to tell from a name, and rare). */
  private static final int MIN_ADJECTIVE = 5;

  /**
   * 'The Australian firm' → 'The firm': a nationality adjective before a kind noun says where the body
   * is from, not which body it is; the story has named it already (round 30). Anything else unchanged.
   */
  static String withoutNationality(String text) {
    if (text == null) {
      return null;
    }
    int a = text.indexOf(' ');
    int b = a < 0 ? -1 : text.indexOf(' ', a + 1);
    if (a <= 0 || b < 0 || text.indexOf(' ', b + 1) >= 0 || !text.substring(0, a).equalsIgnoreCase("the")) {
      return text;
    }
    String adjective = text.substring(a + 1, b);
    if (adjective.length() < MIN_ADJECTIVE || !Character.isUpperCase(adjective.charAt(0))
        || !Character.isLowerCase(adjective.charAt(1))) {
      return text;
    }
    for (String ending : NATIONALITY_ENDINGS) {
      if (adjective.endsWith(ending)) {
        return text.substring(0, a) + text.substring(b);
      }
    }
    return text;
  }

  /**
   * Qualifiers that make a business another one than the story's: 'the rival firm', 'the parent company', 'the
   * acquiring bank'.
   */
  private static final Set<String> OTHER_BUSINESS = StringSet.of("rival", "other", "parent", "target", "acquiring",
      "acquired", "new", "former", "sister", "partner", "subsidiary", "merged", "combined", "joint");
  /** Words that join two descriptions ('the clothing and home furnishing retailer'): not one qualified kind. */
  private static final Set<String> JOINERS = StringSet.of("and", "or", "of", "for", "with");
  /** Most lower-case qualifiers read before a business kind noun ('the UK's biggest mortgage lender' has three). */
  private static final int MAX_KIND_QUALIFIERS = 4;

  /**
   * 'The UK's biggest mortgage lender' → 'The lender', 'the Swedish firm' → 'the firm': a description of a
   * business by its kind, qualified by lower-case words (and a possessive first: 'the UK's', 'the world's'),
   * goes on with the business that spoke, as the bare kind does (the caller asks that it spoke last); a
   * capitalised qualifier may name another body and stays, as do 'the rival firm' and 'the investor group' (a
   * group is often a bidder never named). Anything else unchanged.
   */
  static String kindOnly(String text) {
    String bare = withoutNationality(text);
    if (bare == null || !bare.equals(text)) {
      return bare; // 'the Swedish firm'
    }
    String[] w = text.split(" ");
    int n = w.length;
    if (n < 3 || n > 2 + MAX_KIND_QUALIFIERS || !w[0].equalsIgnoreCase("the")) {
      return text;
    }
    String head = w[n - 1].toLowerCase(Locale.ROOT);
    if (head.equals("group") || !COMPANY_NOUNS.contains(head) && !EnglishCompanyWords.trade(head)) {
      return text;
    }
    for (int k = 1; k < n - 1; k++) {
      String q = w[k];
      boolean possessive = k == 1 && (q.endsWith("'s") || q.endsWith("’s")) && q.length() > 2;
      if (!possessive && (OTHER_BUSINESS.contains(q) || JOINERS.contains(q)
          || !q.chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '-'))) {
        return text;
      }
    }
    return w[0] + " " + w[n - 1];
  }

  /** 'the company', 'The firm': 'the' and a business kind noun, nothing else. */
  static boolean companyNoun(String text) {
    return theAnd(text, w -> COMPANY_NOUNS.contains(w) || EnglishCompanyWords.trade(w));
  }

  /**
   * 'the Tory leader', 'the Republican presidential nominee', 'the prime minister': 'the', one to three
   * qualifiers (capitalised, or prime/presidential/vice) and an office noun last. A bare 'the president'
   * is left to the role binding ('the spokesman' right after a named person is handled apart).
   */
  static boolean qualifiedOffice(String text, String lang) {
    if (text == null) {
      return false;
    }
    List<Token> words = Tokenizer.tokenize(text, lang);
    int n = words.size();
    if (n < 3 || n > MAX_OFFICE_WORDS || !words.get(0).form().equalsIgnoreCase("the")
        || !OFFICES.contains(words.get(n - 1).form().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = 1; k < n - 1; k++) {
      Token w = words.get(k);
      if (!w.capitalized() && !OFFICE_QUALIFIERS.contains(w.form().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
