package io.newswire.enrich.entities;

import io.newswire.enrich.ArticleField;
import io.newswire.text.StepClock;
import io.newswire.enrich.entities.kb.KbEntity;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.link.ArabicFullNames;
import io.newswire.enrich.entities.link.CueIndex;
import io.newswire.enrich.entities.link.KbLinker;
import io.newswire.enrich.entities.link.LatinLetters;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.PartialNameMerger;
import io.newswire.enrich.entities.link.Provinces;
import io.newswire.enrich.entities.link.QuotedNewspapers;
import io.newswire.enrich.entities.link.RoleResolver;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.enrich.entities.link.ClubShortNames;
import io.newswire.enrich.entities.link.UnknownNameLinker;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.match.NameMatcher;
import io.newswire.enrich.entities.match.PhraseHit;
import io.newswire.enrich.entities.match.PhraseScanner;
import io.newswire.enrich.entities.names.ArabicOrganisationRecognizer;
import io.newswire.enrich.entities.names.EnglishNameRecognizer;
import io.newswire.enrich.entities.names.Fixtures;
import io.newswire.enrich.entities.names.PersianNameRecognizer;
import io.newswire.enrich.entities.names.TitleCase;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import io.newswire.enrich.entities.ner.Candidate;
import io.newswire.enrich.entities.ner.CapitalizationRecognizer;
import io.newswire.enrich.entities.ner.CueRecognizer;
import io.newswire.enrich.entities.ner.EnglishModelNames;
import io.newswire.enrich.entities.ner.NameRecognizer;
import io.newswire.enrich.entities.ner.StatisticalRecognizer;
import io.newswire.language.LanguageSupport;
import io.newswire.schema.Entity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds, types, links and merges the entities of an article: knowledge-base names first (Aho-Corasick
 * over the matching form, linked with the whole article as context), then names the KB lacks (the
 * ANERcorp model for Arabic, titles, English capitalised runs typed by evidence, Persian given names
 * and organisation heads; see {@code names}) with stable slug ids, then partial names and role
 * references merged into their person, then salience. Pure: the knowledge base is loaded at
 * construction and each model once, on first use; no other I/O per call; thread-safe.
 */
public final class EntityExtractor {
  private final KnowledgeBase kb;
  private final QuotedNewspapers newspapers;
  private final ArabicClubs clubs;
  private final NisbaAdjectives nisbas;
  private final MilitiaGroups militias;
  private final LeaderForces leaderForces;
  private final SeyedNames seyeds = new SeyedNames();
  private final RepeatedNames repeats = new RepeatedNames();
  private final NameMatcher matcher;
  private final PhraseScanner scanner;
  private final KbLinker linker;
  private final UnknownNameLinker unknowns;
  /** Persian clubs the KB names with their head (باشگاه استقلال), by their bare name. */
  private final ClubShortNames clubNames;
  private final RuleNameIds ruleIds;
  private final Map<String, KbEntity> sameNameCapitals;
  private final RoleResolver roles;
  private final StatisticalRecognizer statistical;
  private final StatisticalRecognizer statisticalFa;
  private final NameRecognizer cues;
  private final NameRecognizer capitals = new CapitalizationRecognizer();
  private final NameRecognizer english;
  private final NameRecognizer persian = new PersianNameRecognizer();
  private final NameRecognizer arabicOrganisations = new ArabicOrganisationRecognizer();
  private final NameRecognizer listedCompanies = new io.newswire.enrich.entities.names.ListedCompanies();
  private final NameRecognizer persianListedFirms = new io.newswire.enrich.entities.names.PersianListedFirms();
  /** The English model where the rules are unsure, or null (see {@link EnglishModelNames}). */
  private final EnglishModelNames englishModel;

  /**
   * The shipped knowledge base (plus {@code NEWSWIRE_KB_PATH}) and models; each model is read when
   * the first text that needs it arrives, or at {@link #loadModels()}.
   */
  public EntityExtractor() {
    this(KnowledgeBase.load(), new ShippedModels());
  }

  private EntityExtractor(KnowledgeBase kb, ShippedModels models) {
    this(kb, models.ar, models.fa, models.en);
  }

  /** {@code kb} with the shipped models of {@code models}, each still read on first use (or at its prefetch). */
  public static EntityExtractor withModels(KnowledgeBase kb, ShippedModels models) {
    return new EntityExtractor(kb, models);
  }

  /**
   * The shipped models, each read on first use. Made apart from the extractor so that a caller who
   * learns a text's language before the knowledge base is loaded (the offline command, once it has
   * parsed its first input) can read that language's model on another core meanwhile.
   */
  public static final class ShippedModels {
    private final Supplier<PerceptronTagger> ar = PerceptronTagger.shippedOnDemand("ar");
    private final Supplier<PerceptronTagger> fa = PerceptronTagger.shippedOnDemand("fa");
    private final Supplier<PerceptronTagger> en = PerceptronTagger.shippedOnDemand("en");

    /**
     * Reads now the model that {@link #analyze} reads for every text in {@code language}: Arabic's for
     * {@code ar}, Persian's for {@code fa}. Nothing for other languages (the English model is read only
     * when a sentence has a name the rules left open, so reading it early would often be waste).
     */
    public void prefetch(String language) {
      Supplier<PerceptronTagger> m = "ar".equals(language) ? ar : "fa".equals(language) ? fa : null;
      if (m != null) {
        m.get();
      }
    }
  }

  /**
   * @param tagger the Arabic statistical model, or null to run on the knowledge base and cues alone
   */
  public EntityExtractor(KnowledgeBase kb, PerceptronTagger tagger) {
    this(kb, tagger, null);
  }

  /** @param persianTagger the Persian statistical model, or null */
  public EntityExtractor(KnowledgeBase kb, PerceptronTagger tagger, PerceptronTagger persianTagger) {
    this(kb, tagger, persianTagger, null);
  }

  /** @param englishTagger the English statistical model, or null (the English rules alone) */
  public EntityExtractor(KnowledgeBase kb, PerceptronTagger tagger, PerceptronTagger persianTagger, PerceptronTagger englishTagger) {
    this(kb, tagger == null ? null : () -> tagger, persianTagger == null ? null : () -> persianTagger,
        englishTagger == null ? null : () -> englishTagger);
  }

  private EntityExtractor(KnowledgeBase kb, Supplier<PerceptronTagger> tagger, Supplier<PerceptronTagger> persianTagger,
      Supplier<PerceptronTagger> englishTagger) {
    this.kb = kb;
    this.matcher = new NameMatcher(kb);
    this.linker = new KbLinker(new CueIndex(kb.titles()));
    this.clubNames = new ClubShortNames(kb);
    this.unknowns = new UnknownNameLinker(kb, clubNames);
    this.ruleIds = new RuleNameIds(matcher.aliasKeys());
    this.sameNameCapitals = SameNameCapitals.of(kb);
    this.newspapers = new QuotedNewspapers(kb);
    this.clubs = new ArabicClubs(matcher.aliasKeys());
    this.nisbas = new NisbaAdjectives(kb);
    this.militias = new MilitiaGroups(kb);
    this.leaderForces = new LeaderForces(kb);
    this.roles = new RoleResolver(kb);
    this.scanner = new PhraseScanner(matcher.aliasKeys(), roles.phrases());
    this.statistical = tagger == null ? null : new StatisticalRecognizer(tagger);
    this.statisticalFa = persianTagger == null ? null : StatisticalRecognizer.persian(persianTagger);
    this.cues = new CueRecognizer(kb.titles());
    this.english = new EnglishNameRecognizer(kb.titles());
    this.englishModel = englishTagger == null ? null : new EnglishModelNames(englishTagger);
  }

  /** Reads the statistical models now rather than on first use: a service's first record should not wait for them. */
  public void loadModels() {
    if (statistical != null) {
      statistical.load();
    }
    if (statisticalFa != null) {
      statisticalFa.load();
    }
    if (englishModel != null) {
      englishModel.load();
    }
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  /** The entities of an article whose date is unknown: an office phrase alone names no one. */
  public List<Entity> extract(List<ArticleField> fields, String language) {
    return extract(fields, language, null);
  }

  /** The entities of an article written on {@code date} (null when unknown), which dates its office phrases. */
  public List<Entity> extract(List<ArticleField> fields, String language, LocalDate date) {
    return analyze(fields, language, date).entities();
  }

  /** {@link #analyze(List, String, LocalDate)} on an unknown date. */
  public EntityAnalysis analyze(List<ArticleField> articleFields, String language) {
    return analyze(articleFields, language, null);
  }

  /** The entities and every mention, role references included (for quote attribution). */
  public EntityAnalysis analyze(List<ArticleField> articleFields, String language, LocalDate date) {
    long t = StepClock.start();
    List<FieldText> fields = prepare(articleFields);
    List<List<PhraseHit>> hits = new ArrayList<>(fields.size());
    List<List<NameMatch>> matches = new ArrayList<>(fields.size());
    for (FieldText f : fields) {
      List<PhraseHit> h = scanner.scanWords(f.form().text(), language);
      hits.add(h);
      matches.add(matcher.find(f.form(), language, h));
    }
    t = StepClock.lap("entities.kb-scan", t);
    List<Candidate> candidates = new ArrayList<>();
    if (!LanguageSupport.hasRules(language)) {
      // A language without recognizers of its own: knowledge-base names only, no other language's rules.
      List<Mention> known = linker.link(fields, matches, candidates);
      known.sort(java.util.Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
      return new EntityAnalysis(EntityAssembler.assemble(fields, known, id -> kb.get(id) != null), known, fields);
    }
    if (statistical != null && !"en".equals(language) && !"fa".equals(language)) {
      candidates.addAll(statistical.recognize(fields, language));
      t = StepClock.lap("entities.ar-model", t);
    }
    for (Candidate c : cues.recognize(fields, language)) {
      // In a Title Case headline every word after a title looks like a name (Minister Extends Trip);
      // the English recognizer repeats the body's names there instead.
      FieldText f = fields.get(c.field());
      if (!("en".equals(language) && f.isHeadline() && TitleCase.isTitleCase(f.display()))) {
        candidates.add(c);
      }
    }
    t = StepClock.lap("entities.cues", t);
    if ("en".equals(language)) {
      linker.dropUnvouchedPartialPersons(fields, matches); // actors Selma Blair: no match on a KB man's surname
      candidates.addAll(english.recognize(fields, language));
      t = StepClock.lap("entities.en-rules", t);
      if (englishModel != null) {
        englishModel.apply(fields, matches, candidates);
        t = StepClock.lap("entities.en-model", t);
      }
    } else {
      candidates.addAll(capitals.recognize(fields, language));
      t = StepClock.lap("entities.capitals", t);
    }
    if ("ar".equals(language)) {
      candidates.addAll(arabicOrganisations.recognize(fields, language));
      t = StepClock.lap("entities.ar-organisations", t);
      candidates.addAll(listedCompanies.recognize(fields, language)); // أسهم شركات سابك ,وموبايلي: the firms
      t = StepClock.lap("entities.ar-listed-companies", t);
    }
    if ("fa".equals(language)) {
      if (statisticalFa != null) {
        candidates.addAll(statisticalFa.recognize(fields, language));
        t = StepClock.lap("entities.fa-model", t);
      }
      candidates.addAll(persian.recognize(fields, language));
      t = StepClock.lap("entities.fa-rules", t);
      candidates.addAll(persianListedFirms.recognize(fields, language)); // نمادهای پالایش نفت اصفهان، …: the firms
      t = StepClock.lap("entities.fa-listed-firms", t);
      PersianDepartments.mark(fields, matches, candidates); // آموزش و پرورش مشهد: the department
      PersianDepartments.joinPlaces(fields, matches, candidates); // اداره کل X چهارمحال و بختیاری: one body
      PersianDepartments.freeZones(fields, candidates); // منطقه آزاد ارس: the zone's organisation, not a place آزاد ارس
      PersianDepartments.iribCentres(fields, matches, candidates); // صدا و سیمای مرکز مازندران: IRIB's centre, one body
      PersianProvinceOffices.mark(fields, matches, candidates); // مدیرکل بیمه خدمات درمانی استان زنجان: the office
      CountryParliaments.join(fields, matches, candidates); // کمیسیون X پارلمان سوئد، مجلس پاکستان: one body
      PersianEmbassies.join(fields, matches, candidates); // سفارت آمریکا در ابوظبی: one body, no places apart
      PersianTeams.mark(fields, matches, candidates); // تیم فوتبال استقلال: the club, and استقلال alone after it
      PersianClubWords.mark(fields, matches, candidates); // مقابل فولاد، تیم سایپا: a club whose name is a common word
      NestedBodies.join(fields, candidates); // کمیته X کمیسیون Y مجلس: one organisation
      // after the join: a unit before a corps the KB names (بسیج جامعه زنان | سپاه کربلا) must not be joined to it and lost
      PersianForceUnits.mark(fields, matches, candidates); // سپاه ناحیه X، بسیج دانشجویی: the unit, not the force
      PersianDeputyships.mark(fields, matches, candidates); // معاونت فرهنگی دانشگاه آزاد: the unit, body and all
      NestedNames.endAtNestedPlace(matches, candidates);
      NestedNames.dropParentAtTheEnd(fields, matches, candidates);
      NestedNames.growShapedOrganisations(fields, matches, candidates, language);
      PersianMunicipalities.dropUnplaced(fields, matches, candidates); // نگاه مردم به شهرداری مثبت است: no municipality's name
    }
    if ("en".equals(language) || "ar".equals(language)) {
      if ("ar".equals(language)) {
        StateNames.join(fields, matches); // جمهورية النيجر: the country, head and all
        t = StepClock.lap("entities.nested-and-local-bodies", t);
        LocalBodies.join(fields, matches, candidates); // مركز التنمية الاجتماعية بمحافظة القطيف: one body
        t = StepClock.lap("entities.LocalBodies", t);
        SporClubs.mark(fields, candidates); // كونيا سبور، غازي عنتاب سبور: the Turkish club, not its town
        CliticNames.trim(fields, candidates); // زج المدرب بمحمد X: the preposition is no part of the name
        t = StepClock.lap("entities.CliticNames", t);
        GivenNameChains.extend(fields, candidates); // مارسيل خليفة، عبدربه منصور هادي: the whole chain, not its first name
        t = StepClock.lap("entities.GivenNameChains", t);
      }
      NestedNames.growShapedOrganisations(fields, matches, candidates, language);
    }
    if ("en".equals(language)) {
      NestedNames.dropParentAtTheEnd(fields, matches, candidates); // American Pork Congress: not the KB's Congress
      ConjoinedPersons.cut(fields, candidates); // Prince Frederik and Crown Princess Mary: no name holds "and"
      ConjoinedBodies.cut(fields, candidates); // Grafton County and Merrow County: two names, each with its head
    }
    if ("en".equals(language) || "fa".equals(language)) {
      NestedNames.dropInsideStructural(matches, candidates);
    } else if ("ar".equals(language)) {
      // only names shaped by a head word: the model's confident guesses (لإيران) must not hide the KB's
      NestedNames.dropInsideStructural(matches, candidates.stream()
          .filter(c -> c.confidence() >= ArabicOrganisationRecognizer.CONFIDENCE).toList());
      NestedNames.dropNamesakes(fields, matches, candidates);
      NestedNames.dropPatronymics(fields, matches, candidates);
      NestedNames.dropPurposeEnded(fields, candidates);
      LatinLetters.extendOverV(fields, candidates); // «إم تي في»: MTV, not «إم تي» and في
      LatinLetters.acronymOrganisations(fields, candidates, ArabicOrganisationRecognizer.CONFIDENCE); // «جي إم سي يوكون»: GMC
    }
    t = StepClock.lap("entities.nested-and-local-bodies", t);
    List<Mention> names = linker.link(fields, matches, candidates, language);
    if ("ar".equals(language)) {
      names = ArabicChains.namesakes(fields, names, candidates); // X بن عبدالعزيز الربيعة: not the KB's X بن عبدالعزيز
    }
    t = StepClock.lap("entities.link-kb", t);
    names.addAll(unknowns.link(fields, names, candidates, language));
    t = StepClock.lap("entities.link-unknown", t);
    if ("fa".equals(language)) {
      KbEntity iran = kb.get(IslamicRepublicAlone.IRAN);
      if (iran != null) {
        names = IslamicRepublicAlone.add(fields, names, iran.name()); // مقام‌های جمهوری اسلامی: Iran
      }
    }
    names = PartialNameMerger.merge(fields, names, id -> kb.get(id) != null);
    t = StepClock.lap("entities.partial-names", t);
    if ("en".equals(language)) {
      // Chester have won, Player (Club): the club. After the merge: a one-word person still alone is no known
      // person's surname.
      // Whether the article holds a word of sport, asked once: the three sport passes below all need it.
      boolean sport = Fixtures.sport(fields);
      names = EnglishClubs.retype(fields, names, kb::get, sport);
      t = StepClock.lap("entities.EnglishClubs", t);
      names = SportsGrounds.drop(fields, names, sport); // a victory at Lansdowne Road: a ground, not a place
      t = StepClock.lap("entities.SportsGrounds", t);
      names = EventNames.drop(fields, names, kb::get, sport); // the Kelby International, the Harwick Games: an event
      t = StepClock.lap("entities.EventNames", t);
      names = GatheringNames.drop(fields, names, kb::get); // the Harwick Solid State Conference: an event, in any article
      t = StepClock.lap("entities.GatheringNames", t);
      names = LineUps.mark(fields, names, sport); // Cech, Terry, Duff (Cole 73), ...: a team sheet's players
      t = StepClock.lap("entities.LineUps", t);
      names = ClericalTitles.trim(fields, names); // Archbishop Dube, the Rt Rev Alan Marsh: the name without the title
      t = StepClock.lap("entities.ClericalTitles", t);
      names = OfficeSees.retype(fields, names); // the Archbishop of Wessex: the see, a place, not a body
      t = StepClock.lap("entities.OfficeSees", t);
      names = ParticipleOpeners.trim(fields, names); // Trouble-hit Mitsubishi Motors: the name without its describing word
      t = StepClock.lap("entities.ParticipleOpeners", t);
      names = FirmHeads.retype(fields, names); // Corvane Foods, Halden Motor: a firm, not a person
      t = StepClock.lap("entities.FirmHeads", t);
      names = BandNames.retype(fields, names); // rock band Harrow Street, Harrow Street bassist X: the band
      t = StepClock.lap("entities.BandNames", t);
      names = PluralVerbBodies.retype(fields, names); // Grey Harbour have topped the poll: a band, not a man
      t = StepClock.lap("entities.PluralVerbBodies", t);
      names = FirmKindPersons.retype(fields, names); // handset maker Ericsson, regulator Ofcom: the body, not a person
      t = StepClock.lap("entities.FirmKindPersons", t);
      names = ItsFirms.retype(fields, names); // Nissan has increased its share: the body, not a person
      t = StepClock.lap("entities.ItsFirms", t);
      names = SpokesmanBodies.retype(fields, names); // said Harbrook Bet spokesman Tom Reed: the firm, not a person
      t = StepClock.lap("entities.SpokesmanBodies", t);
      names = StaffFirms.retype(fields, names); // an analyst at Harbrook Trust: the firm, not a person
      t = StepClock.lap("entities.StaffFirms", t);
      names = FirmSignPersons.retype(fields, names); // Corvella's shares, shares in Corvella: the firm, not a person
      t = StepClock.lap("entities.FirmSignPersons", t);
      names = GivenNamePlaces.retype(fields, names); // John Houston, Elizabeth France: a person, not the town or country
      t = StepClock.lap("entities.GivenNamePlaces", t);
      names = SurnameRepeats.add(fields, names); // Minister Subroto ... Subroto, attending: the bare repeats the rules left
      t = StepClock.lap("entities.SurnameRepeats", t);
      names = SurnameRepeats.retypePlaces(fields, names, kb::get); // Matt Dawson ... Dawson played: not the town
      t = StepClock.lap("entities.SurnameRepeats.places", t);
      names = SurnameRepeats.retypeBodies(fields, names, kb::get); // Kostas Vantaris ... Vantaris won: not a body
      t = StepClock.lap("entities.SurnameRepeats.bodies", t);
      // after the bare repeats are added (Lycos said …), before sentence openers that are common words are dropped (Beryllium)
      names = FirmFirstWords.join(fields, names); // Lycos Europe … Lycos said: the firm, not a man called Lycos
      t = StepClock.lap("entities.FirmFirstWords", t);
      names = FirmWordPersons.retype(fields, names); // Sony … Sony Ericsson: the firm's kin, not a man
      t = StepClock.lap("entities.FirmWordPersons", t);
      names = ArticleBodies.retype(fields, names); // La Scala, Le Figaro: a body named in its own language, not a man
      t = StepClock.lap("entities.ArticleBodies", t);
      names = WorkTitles.drop(fields, names); // the biopic Kinsey, historical epic Alexander: a work's title
      t = StepClock.lap("entities.WorkTitles", t);
      names = AwardNames.drop(fields, names); // her second Oscar, the Golden Globes: an award, not annotated
      t = StepClock.lap("entities.AwardNames", t);
      names = FiscalEvents.drop(fields, names); // ahead of the Budget, his last Budget: the Chancellor's statement, no body
      t = StepClock.lap("entities.FiscalEvents", t);
      names = TourNames.drop(fields, names, kb::get); // her Velvet Lantern tour: the tour's name, an event
      t = StepClock.lap("entities.TourNames", t);
      names = RoleTitles.drop(fields, names, kb::get); // her leading role in Marigold: a film's title
      t = StepClock.lap("entities.RoleTitles", t);
      names = ShapeNotNames.drop(fields, names); // flight MH17, thin TVs: a code, a plural acronym
      t = StepClock.lap("entities.ShapeNotNames", t);
      names = RetailStreets.drop(fields, names); // sales on the High Street: the retail trade, no street
      t = StepClock.lap("entities.RetailStreets", t);
      names = StreetBodies.retype(fields, names); // at 10 Downing Street: the street, not the office the KB names by it
      t = StepClock.lap("entities.StreetBodies", t);
      names = PressTitles.add(fields, names, kb::get); // told the Independent, the Herald newspaper: the paper
      t = StepClock.lap("entities.PressTitles", t);
      names = AwardNameBodies.drop(fields, names); // the Evening Standard Theatre Awards: the award's name, no paper
      t = StepClock.lap("entities.AwardNameBodies", t);
      names = ProductNames.drop(fields, names); // the Linux-based machine, the new Mac Mini: a product, no name
      t = StepClock.lap("entities.ProductNames", t);
      names = RatingGrades.drop(fields, names); // debt cut to BB from BBB, Baa-2 debentures: a credit grade, no name
      t = StepClock.lap("entities.RatingGrades", t);
      names = SentenceOpeners.drop(fields, names, kb::get); // Subscribers will ..., Later, the firm ...: a common word
      t = StepClock.lap("entities.SentenceOpeners", t);
      names = HeadlineOpeners.trim(fields, names); // Ailing EuroDisney vows …: the headline's first word is no part of the name
      t = StepClock.lap("entities.HeadlineOpeners", t);
      names = GivenNameBefore.extend(fields, names, kb::get); // finance minister Binyamin Netanyahu: the whole name
      t = StepClock.lap("entities.GivenNameBefore", t);
      names = AndJoinedBodies.extend(fields, names); // the Department for Education and Skills: the name goes on past "and"
      t = StepClock.lap("entities.AndJoinedBodies", t);
      names = AmpersandFirms.join(fields, names); // Ernst & Young, Procter & Gamble: one firm, not "Ernst" or "Procter"
      t = StepClock.lap("entities.AmpersandFirms", t);
      names = PluralPossessiveBodies.join(fields, names); // the Musicians' Union: one body, not "Workers" or "Equity Association"
      t = StepClock.lap("entities.PluralPossessiveBodies", t);
      names = BracketInitials.add(fields, names); // the Federal Communications Commission (FCC) ... the FCC: the body
      t = StepClock.lap("entities.BracketInitials", t);
      names = AcronymRepeats.add(fields, names); // General Motors (GM) … He said GM will …: every bare GM is the firm
      t = StepClock.lap("entities.AcronymRepeats", t);
      names = HonorificPersons.retype(fields, names); // Mr Davis told ...: the person, not the town
      t = StepClock.lap("entities.HonorificPersons", t);
      names = StakeFirms.retype(fields, names, kb::get); // Shares in Harbrook, a stake in Corvane: the firm, not a place
      t = StepClock.lap("entities.StakeFirms", t);
      names = BodyWordPlaces.retype(fields, names); // an emergency question in Parliament: the body, not a place
      t = StepClock.lap("entities.BodyWordPlaces", t);
      names = TickerFirms.retype(fields, names); // HOUSTON OIL <HO>, USAIR <U>: a ticker follows a firm's name
      t = StepClock.lap("entities.TickerFirms", t);
      names = SlashFirms.join(fields, names); // ROYAL BANK/CANADA, BLACK/DECKER: the slash joins the firm's words
      t = StepClock.lap("entities.SlashFirms", t);
      names = OpenerFirmRepeats.add(fields, names); // First Union Corp … First Union said: the firm again, its opener kept
      t = StepClock.lap("entities.OpenerFirmRepeats", t);
      names = CoordinatedBodies.retype(fields, names, kb::get); // Corvane and the Northfield Workers Union: two bodies
      t = StepClock.lap("entities.CoordinatedBodies", t);
      names = FirmLists.retype(fields, names, kb::get); // Sony, Hitachi, Toshiba and others: firms, not a town or a man
      t = StepClock.lap("entities.FirmLists", t);
      names = CompassPlaces.extend(fields, names, kb::get, ruleIds, language); // West Germany, Great Britain: the whole, not the country inside
      t = StepClock.lap("entities.CompassPlaces", t);
      names = GluedPlaceNames.join(fields, names, kb::get, ruleIds, language); // Statistics Canada, Air China: the body, not the place inside
      t = StepClock.lap("entities.GluedPlaceNames", t);
      names = PossessiveFirms.extend(fields, names); // McDonald's said ...: the firm's name holds its 's
      t = StepClock.lap("entities.PossessiveFirms", t);
      names = DottedCountryBodies.join(fields, names); // the U.S. Environmental Protection Agency: one body, as "US ..." is
      t = StepClock.lap("entities.DottedCountryBodies", t);
      names = FirmInitials.extend(fields, names); // E.F. Hutton Group Inc, J.C. Penney Co: the founder's initials are the firm's
      t = StepClock.lap("entities.FirmInitials", t);
      names = NumberedStations.join(fields, names); // BBC Radio 4: the station, its number included
      t = StepClock.lap("entities.NumberedStations", t);
      names = PartyAdjectives.trimMembers(fields, names); // 34 Labour MPs: the party, the member noun outside
      t = StepClock.lap("entities.PartyAdjectives.members", t);
      names = PartyAdjectives.drop(fields, names); // Tory leader X, a Republican: a member noun, not the party
      t = StepClock.lap("entities.PartyAdjectives", t);
      names = QualifiedDemocrats.join(fields, names, ruleIds, language); // Germany's Free Democrats: not the US party
      t = StepClock.lap("entities.QualifiedDemocrats", t);
      // again, for the firms GluedPlaceNames made (Lycos Europe, Pemex Japan: a person and a place until then)
      names = FirmFirstWords.join(fields, names);
      t = StepClock.lap("entities.FirmFirstWords", t);
      names = HeadlineFirmOpeners.add(fields, names); // SENIOR ENGINEERING MAKES … over Senior Engineering Group Plc: the firm
      t = StepClock.lap("entities.HeadlineFirmOpeners", t);
      names = BareBodyWords.add(fields, names); // the Treasury was planning, Labour MP X: the ministry, the party
      names = io.newswire.enrich.entities.link.TreasuryCountry.link(fields, names, kb::get); // the Treasury in BBC copy: HM Treasury
      t = StepClock.lap("entities.BareBodyWords", t);
      names = ParticleSurnames.extend(fields, names); // Gerhard de Kock … De Kock said: the repeat with its particle
      t = StepClock.lap("entities.ParticleSurnames", t);
      names = FundsRates.drop(fields, names); // Fed funds were trading at 6 pct: the interbank rate, not the Fed
      t = StepClock.lap("entities.FundsRates", t);
      names = LegalFormStops.extend(fields, names); // Harwick Holdings N.V.: the legal form keeps its last stop
      t = StepClock.lap("entities.LegalFormStops", t);
      names = BracketedFirms.join(fields, names, kb::get); // <Seattle Trust and Savings Bank>: Reuters' whole firm name
      t = StepClock.lap("entities.BracketedFirms", t);
      names = PartialNameMerger.townsOfTheirBodies(fields, names, id -> kb.get(id) != null); // in Blackpool, beside the Blackpool Hotel Association
      t = StepClock.lap("entities.townsOfTheirBodies", t);
      names = DatelineTowns.wholeEnglishTown(fields, names, ruleIds, language); // KANSAS CITY, Mo.: the town, not the state
      t = StepClock.lap("entities.DatelineTowns", t);
    }
    if ("ar".equals(language) || "fa".equals(language)) {
      names = io.newswire.enrich.entities.link.ClubCities.retype(fields, names); // نادي روما … ويخوض روما
      t = StepClock.lap("entities.ClubCities", t);
      names = newspapers.retype(fields, names); // لـ«الشرق الأوسط»: the newspaper
      t = StepClock.lap("entities.QuotedNewspapers", t);
    }
    if ("ar".equals(language)) {
      names = clubs.mark(fields, names); // فريقا النصر والهلال … ويلعب النصر: the club
      t = StepClock.lap("entities.ArabicClubs", t);
      names = ArabicChains.open(fields, names); // الأمير سلطان بن سلمان: the chain, not بن سلمان's KB person
      names = ArabicChains.closeFamily(fields, names); // محمد بن نايف بن عبدالعزيز آل سعود: the family name too
      t = StepClock.lap("entities.ArabicChains", t);
      names = HeadedPlaces.add(fields, names, ruleIds); // بمحافظة إب، مدينة الرمادي، بلدة الجارودية: the place after its head word
      t = StepClock.lap("entities.HeadedPlaces", t);
      names = MaliNames.mark(fields, names); // في مالي، حكومة مالي: the country; محلل مالي: "financial"
      t = StepClock.lap("entities.MaliNames", t);
      names = CommonWordPlaces.drop(fields, names); // بتصوير مشهد آخر: a scene, not Mashhad; بنين وبنات: boys
      t = StepClock.lap("entities.CommonWordPlaces", t);
      names = AdverbPlaces.drop(fields, names, kb::get); // ميدانيا: "on the ground", an adverb, no place
      t = StepClock.lap("entities.AdverbPlaces", t);
      names = CommonWordBodies.drop(fields, names); // أهل السنة، المسجد الحرام: a creed, an adjective, no body
      t = StepClock.lap("entities.CommonWordBodies", t);
      names = YemeniDistricts.retype(fields, names); // في مديرية الحزم: the district, a place, not "Hazm Directorate"
      t = StepClock.lap("entities.YemeniDistricts", t);
      names = LegitimateGovernments.add(fields, names); // دعم الحكومة الشرعية في اليمن: the Government of Yemen
      names = CountryGovernments.addAdjectival(fields, names); // الحكومة الفرنسية: the Government of France
      names = ApexCourts.add(fields, names); // المحكمة الدستورية العليا: a country's highest court, a body
      t = StepClock.lap("entities.LegitimateGovernments", t);
      names = JoinedBodyNames.extend(fields, names); // حزب العدالة والتنمية: the و-joined noun completes the name
      t = StepClock.lap("entities.JoinedBodyNames", t);
      names = BranchBodies.join(fields, names); // فرع وزارة X بمنطقة جازان: the branch with its region, one body
      t = StepClock.lap("entities.BranchBodies", t);
      names = Provinces.governorates(fields, names); // في محافظة لحج: Lahij Governorate
      names = Provinces.saudiRegions(fields, names); // في منطقة مكة المكرمة: Makkah Region, not the city
      t = StepClock.lap("entities.Provinces", t);
      names = ArabicPlaceLists.add(fields, names, ruleIds); // محافظات: أضم، رابغ، جدة: the list's other items are places too
      t = StepClock.lap("entities.ArabicPlaceLists", t);
      names = DatelineTowns.add(fields, names, ruleIds, language, sameNameCapitals); // كانبيرا 25 شوال … واس: the dateline's town, known or not
      t = StepClock.lap("entities.DatelineTowns", t);
      names = ArtistTitles.add(fields, names, ruleIds); // الفنانة اللبنانية إليسا: a singer named after her trade and nationality
      t = StepClock.lap("entities.ArtistTitles", t);
      names = PremierOffices.drop(fields, names); // رئيس الحكومة المغربية: the head's title, no organisation
      t = StepClock.lap("entities.PremierOffices", t);
      names = MinisterOffices.drop(fields, names); // وزير الحرس الوطني: the minister's title, no organisation
      t = StepClock.lap("entities.MinisterOffices", t);
      names = MayorTowns.retype(fields, names, ruleIds); // رئيس بلدية روما: the mayor's town, not the municipality
      t = StepClock.lap("entities.MayorTowns", t);
      names = EmbassyCountries.retype(fields, names, ruleIds); // سفارة سويسرا: the country, not the embassy
      t = StepClock.lap("entities.EmbassyCountries", t);
      names = CountryGovernments.retype(fields, names, ruleIds, kb::get); // حكومة الهند، حكومة ولاية كارناتاكا: the government, a body
      t = StepClock.lap("entities.CountryGovernments", t);
      names = FashionHouses.mark(fields, names, ruleIds); // دار «فندي»، دار الأزياء شانيل: the fashion house, a firm
      t = StepClock.lap("entities.FashionHouses", t);
      names = GenericBoards.drop(fields, names); // مجلس الأمناء، محكمة الاستئناف: a kind of organ, no name
      t = StepClock.lap("entities.GenericBoards", t);
      names = OfficeHolders.add(fields, names); // رئيس الحكومة اللبنانية تمام سلام: a person named after office and nationality
      t = StepClock.lap("entities.OfficeHolders", t);
      names = SpeakerNames.add(fields, names); // وقال X Y، المتحدث باسم …: the speaker named before the comma
      t = StepClock.lap("entities.SpeakerNames", t);
      names = CalledNames.add(fields, names); // شاب يدعى X Y: a person, whatever the name's words
      names = CalledNames.kin(fields, names); // شقيقتها الصغرى تالا التي … أما تالا: a relative named by one word
      t = StepClock.lap("entities.CalledNames", t);
      names = SpokenSurnames.add(fields, names); // … وأوضح الطاير أن: an unknown person's bare surname after a speech verb
      t = StepClock.lap("entities.SpokenSurnames", t);
      names = ArabicSurnameRepeats.add(fields, names); // مبروك العيوني … ولم يخف العيوني: the family name alone, anywhere
      t = StepClock.lap("entities.ArabicSurnameRepeats", t);
      names = ArabicPersonLists.add(fields, names); // زينات صدقي، فريد شوقي، ونجيب محفوظ: a list's other names are persons too
      t = StepClock.lap("entities.ArabicPersonLists", t);
      names = JoinedPersonPairs.add(fields, names); // عبد الله العويشير ومحمد البريه: the person after و too
      t = StepClock.lap("entities.JoinedPersonPairs", t);
      names = NumberedUnits.add(fields, names); // «الفرقة 30 مشاة»، اللواء 55: an army unit by its number
      t = StepClock.lap("entities.NumberedUnits", t);
      names = ArabicGivenNameBefore.open(fields, names, kb::get); // وكامل الموسى: the given name the model left out
      t = StepClock.lap("entities.ArabicGivenNameBefore", t);
      names = leaderForces.retype(fields, names); // قوات صالح: the forces of a person, the person
      names = militias.mark(fields, names); // ميليشيات الحوثي: the group the KB knows as جماعة الحوثي
      names = militias.withHeads(fields, names); // لحركة طالبان، حركة بوكو حرام: the group with its head word
      t = StepClock.lap("entities.LeaderForces", t);
      names = Ligaments.drop(fields, names); // الرباط الصليبي: the ligament, not Rabat
      names = BaseNouns.drop(fields, names); // داخل القاعدة العسكرية, never «القاعدة»: the base, not al-Qaeda
      t = StepClock.lap("entities.Ligaments", t);
      names = ArabicFullNames.add(fields, names, id -> kb.get(id) != null); // رأفت الصباغ … الصباغ
      t = StepClock.lap("entities.ArabicFullNames", t);
      names = LatinGlosses.add(fields, names, id -> kb.get(id) != null); // مارك بلوك Marc Bloch: one person, named as he writes it
      t = StepClock.lap("entities.LatinGlosses", t);
      names = FacilityNames.dropArabicPersons(fields, names); // مطار الملك خالد الدولي: an airport, not the king
      t = StepClock.lap("entities.FacilityNames", t);
      names = VerbEndedPersons.trim(fields, names, id -> kb.get(id) != null); // الربيعة يستقبل: the name, not the verb
      t = StepClock.lap("entities.VerbEndedPersons", t);
      names = ParticleOpenedPersons.trim(fields, names, id -> kb.get(id) != null); // فإن عشماوي: the name, not the particle
      t = StepClock.lap("entities.ParticleOpenedPersons", t);
    }
    if ("fa".equals(language)) {
      names = Provinces.withoutHead(fields, names); // استان مرکزی: مرکزی
      t = StepClock.lap("entities.Provinces", t);
      names = Provinces.split(fields, names, kb::get); // استان کرمانشاه
      t = StepClock.lap("entities.Provinces", t);
      names = TwoWordPlaces.split(fields, names, kb::get); // شهرستان راور تجلیل … راور: the town, not "Ravar Tajlil"
      t = StepClock.lap("entities.TwoWordPlaces", t);
      names = ProvinceNouns.drop(fields, names, kb::get); // در استان فراهم است: the predicate's word, no province
      t = StepClock.lap("entities.ProvinceNouns", t);
      names = MarkedPersonNames.widen(fields, names); // «لیلی عبدالامیر العلوجی»: the marks bound a person's name
      t = StepClock.lap("entities.MarkedPersonNames", t);
      names = seyeds.trim(fields, names); // سیداحمد خاتمی: the glued honorific is no part of the name
      t = StepClock.lap("entities.SeyedNames", t);
      names = PersianNewspaperHeads.trim(fields, names); // روزنامه واشنگتن پست: the paper without its head word
      t = StepClock.lap("entities.PersianNewspaperHeads", t);
      names = PersianParticipation.drop(fields, names); // با شرکت چهار تیم: taking part, not a firm
      t = StepClock.lap("entities.PersianParticipation", t);
      names = FeverPlaces.drop(fields, names); // تب مالت، تب کریمه کنگو: a disease, not Malta or Crimea
      t = StepClock.lap("entities.FeverPlaces", t);
      names = PersianCityClubs.retype(fields, names, kb::get); // بازیکنان میلان، پیروزی بر رم: in sport copy the club
      t = StepClock.lap("entities.PersianCityClubs", t);
      names = GivenNameBefore.persian(fields, names, kb::get); // هادی خامنه‌ای: another person of the KB's surname
      t = StepClock.lap("entities.GivenNameBefore", t);
      names = FacilityNames.drop(fields, names); // خیابان شهید مفتح، مسجد امام حسین: a street's or mosque's name
      t = StepClock.lap("entities.FacilityNames", t);
      names = CampaignOffices.retype(fields, names); // ستاد موسوی: the person, not a body
      t = StepClock.lap("entities.CampaignOffices", t);
      // تیم راه ساری … بازیکن راه ساری: the club, city included. After the passes above, which settle the places
      // and people whose words it must leave alone.
      names = PersianClubs.withoutHead(fields, names); // باشگاه ماشین‌سازی تبریز: the club without its head word
      t = StepClock.lap("entities.PersianClubHeads", t);
      names = PersianClubs.mark(fields, names, kb::get, clubNames);
      t = StepClock.lap("entities.PersianClubs", t);
    }
    if ("ar".equals(language) || "fa".equals(language)) {
      // آریل شارون … شارون: the surname alone is the same person. Last of the retypes: it needs the people's final
      // spans (honorific trimmed) and the other entities' texts (clubs, newspapers), which are no surname; the drops
      // below apply to its repeats too.
      names = repeats.add(fields, names, language, id -> kb.get(id) != null);
      t = StepClock.lap("entities.RepeatedNames", t);
    }
    if ("fa".equals(language)) {
      names = OrganisationRepeats.add(fields, names); // مدیرکل گمرک ارومیه … در گمرک ارومیه: the body again
      t = StepClock.lap("entities.OrganisationRepeats", t);
      names = ProvinceRepeats.add(fields, names, kb::get); // استان گلستان … استاندار گلستان: the province again, bare
      t = StepClock.lap("entities.ProvinceRepeats", t);
      names = MajlisMembers.add(fields, names, kb::get); // نمایندگان مجلس در …: Iran's parliament named bare
      t = StepClock.lap("entities.MajlisMembers", t);
      names = PressOffices.cut(fields, names); // به نقل از ستاد خبری حوزه هنری: the body, not its press office
      t = StepClock.lap("entities.PressOffices", t);
      names = UnnamedBodies.drop(fields, names); // شورای اداری شهرستان، کمیته فنی: a kind of body, none named
      t = StepClock.lap("entities.UnnamedBodies", t);
      names = PersianTitlePersons.drop(fields, names); // آیت‌الله حاج …, رسول اکرم: a title alone, no name (repeats too)
      t = StepClock.lap("entities.PersianTitlePersons", t);
    }
    if ("ar".equals(language)) {
      names = LamNames.trim(fields, names, id -> kb.get(id) != null); // قال لي يوسف، لمارسيل خليفة: the preposition, no name
      t = StepClock.lap("entities.LamNames", t);
      names = WholeNameRepeats.widen(fields, names); // سعد الدوابشة … التحق سعد الدوابشة: the whole name again, not سعد
      t = StepClock.lap("entities.WholeNameRepeats", t);
      names = SplitPersonNames.join(fields, names); // أسامة النجيفي … «النجيفي» أكد: one person, not a given name and a leftover
      t = StepClock.lap("entities.SplitPersonNames", t);
      // after the passes that add names (ArabicFullNames reads على as علي before a one-word person)
      names = PrepositionAli.drop(fields, names); // على الأراضي السورية: the preposition, not a man named Ali
      names = PronounNames.drop(fields, names, id -> kb.get(id) != null); // قال لي، «أنا …»: the pronoun, not Lee
      names = MarkedThings.drop(fields, names); // نظام «أندرويد»، بنك «ميلي»: a thing's name, no person
      names = MarkedWorks.drop(fields, names, id -> kb.get(id) != null); // تطبيق «…»، فيلم «…»: a work's title, no body
      names = DefiniteNounPersons.drop(fields, names, id -> kb.get(id) != null); // جمال … الجمال: the essay's noun, no man
      t = StepClock.lap("entities.PrepositionAli", t);
      names = IndefiniteBodies.drop(fields, names); // لجنة للخبراء، حزب يدافع عن: a body described, not named
      t = StepClock.lap("entities.IndefiniteBodies", t);
      names = OccupationBodies.drop(fields, names); // قوات الاحتلال، شرطة الاحتلال: named only through the occupation
      names = PresidencyRaces.drop(fields, names); // المرشح للرئاسة الأميركية: the office run for, no body
      names = ForeignPolicies.drop(fields, names); // السياسة الخارجية الأميركية: the policy, not the State Department
      t = StepClock.lap("entities.OccupationBodies", t);
    }
    if (!"en".equals(language)) {
      names = IndexNames.drop(fields, names);
      t = StepClock.lap("entities.IndexNames", t);
      names = io.newswire.enrich.entities.link.GenericBodies.withCountry(fields, names, kb::get); // وزارة المالية in SPA copy: (Saudi Arabia)
      t = StepClock.lap("entities.GenericBodies", t);
    }
    names = io.newswire.enrich.entities.link.SharedBodyNames.link(fields, names, kb::get); // مجلس الشيوخ in copy on America: the US Senate
    names = PartialNameMerger.mergeLatePersons(fields, names, id -> kb.get(id) != null); // النائب شومر after تشاك شومر: one person
    if ("ar".equals(language)) {
      names = nisbas.drop(fields, names); // الطائرة السعودية، شخصيات سعودية: the adjective
      names = OwnNameNisbas.trim(fields, names, kb::get); // حزب الله اللبناني: the body's own name, not its nationality
      t = StepClock.lap("entities.NisbaAdjectives", t);
    } else if ("fa".equals(language)) {
      names = NisbaAdjectives.dropPersian(fields, names); // تجار ترکیه‌ای: the adjective
      t = StepClock.lap("entities.NisbaAdjectives.persian", t);
    }
    List<Mention> all = new ArrayList<>(names);
    List<Mention> references = roles.resolve(fields, hits, names, date);
    if ("fa".equals(language)) {
      references = PersianRoleReferences.named(fields, references, names); // نخست وزیر عراق alone: maybe a predecessor
    } else {
      references = references.stream().filter(r -> r.entityId() != null).toList(); // an office no one held that day
    }
    all.addAll(references);
    t = StepClock.lap("entities.roles", t);
    all.sort(java.util.Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
    EntityAnalysis analysis = new EntityAnalysis(EntityAssembler.assemble(fields, all, id -> kb.get(id) != null), all, fields);
    StepClock.lap("entities.assemble", t);
    return analysis;
  }

  static List<FieldText> prepare(List<ArticleField> articleFields) {
    List<FieldText> out = new ArrayList<>(articleFields.size());
    int offset = 0;
    for (int i = 0; i < articleFields.size(); i++) {
      ArticleField f = articleFields.get(i);
      FieldText t = new FieldText(i, f.name(), f.analysis(), offset);
      out.add(t);
      offset += t.display().length() + 1;
    }
    return out;
  }
}
