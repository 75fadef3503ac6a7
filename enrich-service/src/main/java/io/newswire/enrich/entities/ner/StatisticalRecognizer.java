package io.newswire.enrich.entities.ner;

import io.newswire.enrich.entities.FieldText;
import io.newswire.enrich.entities.names.GivenNames;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.StringSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names from a trained tagger: Arabic (ANERcorp + WikiANN) or Persian (WikiANN). MISC chunks (nationalities, events) are not published
 * entities; chunks whose weakest token wins by less than {@link #MIN_MARGIN} are dropped because a
 * wrong name costs more in the published stream than a missed one.
 */
public final class StatisticalRecognizer implements NameRecognizer {
  static final double MIN_MARGIN = 0;
  /**
   * The Persian model learned from Wikipedia, not news: read by eye on Fars dispatches it over-calls
   * ordinary words (حوزه, شبکه, امام) as names and takes head words into places (شهرستان بابل). Persian
   * places and organisations come from the knowledge base and the rule recognizers; the model adds only
   * what those miss most, persons of two to four words, when it is sure, no word of the chunk is a cue
   * or stop word, the first word is a given name and the last looks like a name.
   */
  static final double PERSIAN_MIN_MARGIN = 20;
  private static final java.util.regex.Pattern CUE_TAGS =
      java.util.regex.Pattern.compile("\\b(STOP|NOTNAME|ORGTRIG|LOCTRIG|PERSTRIG|ROLEAFTER|SURSUF|PLACE1|ORG1)\\b");
  /** The model, possibly read on first use ({@link PerceptronTagger#shippedOnDemand}). */
  private final Supplier<PerceptronTagger> model;
  private final boolean persian;

  public StatisticalRecognizer(PerceptronTagger tagger) {
    this(() -> tagger, false);
  }

  public StatisticalRecognizer(Supplier<PerceptronTagger> model) {
    this(model, false);
  }

  private StatisticalRecognizer(Supplier<PerceptronTagger> model, boolean persian) {
    this.model = model;
    this.persian = persian;
  }

  /** The recognizer for the Persian model (persons only, see {@link #PERSIAN_MIN_MARGIN}). */
  public static StatisticalRecognizer persian(PerceptronTagger tagger) {
    return persian(() -> tagger);
  }

  public static StatisticalRecognizer persian(Supplier<PerceptronTagger> model) {
    return new StatisticalRecognizer(model, true);
  }

  /** Reads the model now if it is read on first use (a service would rather not pay on its first record). */
  public void load() {
    model.get();
  }

  @Override
  public List<Candidate> recognize(List<FieldText> fields, String language) {
    List<Candidate> out = new ArrayList<>();
    List<String[]> sentences = new ArrayList<>();
    List<List<Tokenizer.Token>> tokens = new ArrayList<>();
    List<Integer> fieldOf = new ArrayList<>();
    for (FieldText f : fields) {
      if (!hasArabicLetters(f.display())) {
        continue;
      }
      for (List<Tokenizer.Token> s : f.sentences()) {
        sentences.add(Tokenizer.texts(s));
        tokens.add(s);
        fieldOf.add(f.index());
      }
    }
    if (sentences.isEmpty()) {
      return out;
    }
    List<List<PerceptronTagger.ScoredChunk>> found = model.get().tagDocument(sentences);
    for (int i = 0; i < found.size(); i++) {
      for (PerceptronTagger.ScoredChunk sc : found.get(i)) {
        EntityType type = NerTags.entityType(sc.chunk().type());
        if (type == null || sc.margin() < MIN_MARGIN
            || persian && (type != EntityType.PERSON || !surePersianPerson(sentences.get(i), sc))) {
          continue;
        }
        List<Tokenizer.Token> ts = tokens.get(i);
        if (type == EntityType.PERSON && !persian && !personEvidence(sentences.get(i), sc.chunk(), sc.margin())) {
          continue;
        }
        if (ts.get(sc.chunk().end() - 1).text().indexOf('\u064B') >= 0) {
          continue; // باكرًا، تمامًا: the indefinite accusative ending (ً) marks an adverb or common noun, not a name
        }
        if (!persian && (functionWord(ts.get(sc.chunk().start()).text()) || functionWord(ts.get(sc.chunk().end() - 1).text()))) {
          continue; // المنظمة إنها: a name neither opens nor closes with a particle or a preposition
        }
        int end = sc.chunk().end();
        if (type == EntityType.PLACE && !persian && sc.chunk().end() - sc.chunk().start() == 1
            && GivenNames.arabic().contains(MatchingForm.key(ts.get(sc.chunk().start()).text()))) {
          // في المملكة ابراهيم علام: a given name the model took for a place opens a person's name
          int next = sc.chunk().end();
          if (next < ts.size() && plainWord(ts.get(next).text()) && !functionWord(ts.get(next).text())) {
            out.add(new Candidate(fieldOf.get(i), ts.get(sc.chunk().start()).start(), ts.get(next).end(), EntityType.PERSON,
                0.5 + Math.min(0.49, sc.margin() / 100), false));
          }
          continue;
        }
        if (type == EntityType.PERSON && !persian) {
          if (verbBeforeTitle(sentences.get(i), sc.chunk())) {
            continue;
          }
          end = beforeCrownPrince(sentences.get(i), sc.chunk());
        }
        out.add(new Candidate(fieldOf.get(i), ts.get(sc.chunk().start()).start(), ts.get(end - 1).end(),
            // Persian: below the rule recognizers, so their extent wins where both found a name.
            type, persian ? 0.2 : 0.5 + Math.min(0.49, sc.margin() / 100), false));
      }
    }
    return out;
  }

  private boolean surePersianPerson(String[] tokens, PerceptronTagger.ScoredChunk sc) {
    Chunk c = sc.chunk();
    if (sc.margin() < PERSIAN_MIN_MARGIN || c.end() - c.start() < 2 || c.end() - c.start() > 4) {
      return false;
    }
    for (int k = c.start(); k < c.end(); k++) {
      String tags = model.get().gazetteer().tags(ArabicStem.of(tokens[k]));
      if (tags != null && CUE_TAGS.matcher(tags).find() || !tokens[k].codePoints().allMatch(ch -> Character.isLetter(ch) || ch == 0x200C)) {
        return false;
      }
    }
    String first = model.get().gazetteer().tags(ArabicStem.of(tokens[c.start()]));
    String last = model.get().gazetteer().tags(ArabicStem.of(tokens[c.end() - 1]));
    String lastKey = MatchingForm.key(tokens[c.end() - 1]);
    // Given name first, and a name-like last word: a known name word, or a surname in -ی (موسوی).
    // A conjunction or preposition glued to the first word (وفی) is prose, not a name.
    boolean bare = ArabicStem.of(tokens[c.start()]).equals(MatchingForm.key(tokens[c.start()]));
    return bare && first != null && first.contains("GIVEN")
        && (last != null && (last.contains("GIVEN") || last.contains("PERSON")) || lastKey.length() >= 4 && lastKey.endsWith("ي"));
  }

  private static final String WALI = MatchingForm.key("ولي");
  private static final String AHD = MatchingForm.key("العهد");
  /** Office nouns that open the subject right after a sentence's verb (كرم رئيس الاتحاد, استقبل وزير …). */
  private static final Set<String> SUBJECT_OFFICES = MatchingForm.keys("رئيس", "وزير", "أمير", "نائب", "مدير", "محافظ",
      "أمين", "سفير", "قائد", "مساعد", "وكيل", "رئيسة", "وزيرة", "مديرة");

  /**
   * The crown prince's title after a prince's name (محمد بن نايف ولي العهد نائب …) is no part of it: the
   * chunk ends before ولي العهد (and ولي ولي العهد). Returns the chunk's end, cut or not.
   */
  private static int beforeCrownPrince(String[] tokens, Chunk c) {
    for (int k = c.start() + 1; k < c.end(); k++) {
      if (MatchingForm.key(tokens[k]).equals(WALI) && k + 1 < tokens.length
          && (MatchingForm.key(tokens[k + 1]).equals(AHD) || MatchingForm.key(tokens[k + 1]).equals(WALI))) {
        return k;
      }
    }
    return c.end();
  }

  /**
   * A one-word person opening its sentence right before an office noun is the sentence's verb, its subject
   * the office holder (كرم رئيس الاتحاد …: honoured, not Karam); Arabic copy opens with the verb.
   */
  private static boolean verbBeforeTitle(String[] tokens, Chunk c) {
    return c.start() == 0 && c.end() == 1 && tokens.length > 1 && SUBJECT_OFFICES.contains(MatchingForm.key(tokens[1]));
  }

  /** Margin above which a person chunk needs no other evidence. */
  static final double SURE_MARGIN = 20;

  /**
   * The tagger over-calls persons on ordinary noun phrases (يرأس جلسة, إدارة المؤسسة); a person is kept
   * when its first word is a known given name or part of a known person's name, a title or reporting
   * verb stands before it, it has a patronymic (بن), or the tagger is very sure.
   */
  private boolean personEvidence(String[] tokens, Chunk c, double margin) {
    if (margin >= SURE_MARGIN) {
      return true;
    }
    String first = model.get().gazetteer().tags(ArabicStem.of(tokens[c.start()]));
    if (first != null && (first.contains("GIVEN") || first.contains("PERSON"))) {
      return true;
    }
    if (c.start() > 0) {
      String before = model.get().gazetteer().tags(ArabicStem.of(tokens[c.start() - 1]));
      if (before != null && (before.contains("TITLE") || before.contains("SAY") || before.contains("PERSTRIG"))) {
        return true;
      }
    }
    for (int k = c.start() + 1; k < c.end(); k++) {
      String w = MatchingForm.key(tokens[k]);
      if (w.equals("بن") || w.equals("ابن") || w.equals("ابو")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words no Arabic name opens or closes with: prepositions, particles (also with their pronoun: إنها،
   * أنه، لكنهم), conjunctions and relative pronouns. Matching form.
   */
  private static final Set<String> FUNCTION_WORDS = functionWords();

  private static Set<String> functionWords() {
    Set<String> out = new HashSet<>(MatchingForm.keys(("في من على إلى الى عن مع منذ لدى حول ضد خلال بين عند أن إن لأن"
        + " وأن بأن لكن ولكن أو ثم قد لم لن إلا التي الذي الذين هذا هذه ذلك تلك حيث كما فيما بما"
        // interrogatives: a listicle's or a review's field label (أين: …) is no name either
        + " أين متى كيف ماذا لماذا هل").split(" ")));
    for (String particle : new String[] {"إن", "أن", "لأن", "وأن", "بأن", "لكن", "ولكن"}) {
      for (String pronoun : new String[] {"ه", "ها", "هم", "هما", "هن", "نا"}) {
        out.add(MatchingForm.key(particle + pronoun));
      }
    }
    return StringSet.copyOf(out);
  }

  static boolean functionWord(String token) {
    return FUNCTION_WORDS.contains(MatchingForm.key(token));
  }

  /** Arabic letters only (no digit, mark of punctuation or Latin letter). */
  private static boolean plainWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '\u0620' || c > '\u064A') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  static boolean hasArabicLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0620' && c <= '\u064A') {
        return true;
      }
    }
    return false;
  }
}
