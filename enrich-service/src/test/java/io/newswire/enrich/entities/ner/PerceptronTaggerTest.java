package io.newswire.enrich.entities.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.enrich.entities.kb.KnowledgeBase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PerceptronTaggerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void lists() throws Exception {
    gazetteer = Gazetteer.build(KnowledgeBase.load((Path) null));
  }

  @Test
  void handWrittenListsReachTheGazetteer() {
    assertTrue(gazetteer.tags(ArabicStem.of("بوش")).contains("FAMILY"));
    assertTrue(gazetteer.tags(ArabicStem.of("الأمريكية")).contains("NAT"));
    assertTrue(gazetteer.tags(ArabicStem.of("واشنطن")).contains("PLACENAME"));
    assertTrue(gazetteer.tags(ArabicStem.of("حماس")).contains("ORGNAME"));
    assertTrue(gazetteer.tags(ArabicStem.of("أبو")).contains("NAMEPART"));
  }

  /**
   * The shipped models read a word's own weights, pair blocks and neighbour rows from per-word caches;
   * tagging with every feature hashed and looked up at each position must give the same chunks and the
   * same margins, float for float (the sums keep their order).
   */
  @Test
  void perWordCachesChangeNoScore() {
    assertSameTagging("ar", List.of(
        "وقال وزير الخارجية السعودي فيصل بن فرحان إن المملكة تدعم الحل السياسي في اليمن",
        "وأضاف « نحن لا نقبل ذلك » خلال مؤتمر صحفي في الرياض مع نظيره الأردني أيمن الصفدي",
        "وكان الرئيس الإيراني مسعود بزشكيان قد وصل إلى الدوحة صباح اليوم"));
    assertSameTagging("fa", List.of(
        "به گزارش خبرگزاری فارس ، عباس عراقچی وزیر امور خارجه ایران در تهران گفت",
        "رئیس سازمان انرژی اتمی با اشاره به همکاری با آژانس بین‌المللی انرژی اتمی افزود",
        "تیم ملی فوتبال ایران در ورزشگاه آزادی به مصاف کره جنوبی می‌رود"));
    assertSameTagging("en", List.of(
        "Foreign Minister Ayman Safadi told reporters in Amman on Tuesday that talks would continue",
        "\" We will not accept this , \" said Maria Lopez , a spokeswoman for the Red Cross",
        "Shares of General Motors Corp rose 2 pct on the New York Stock Exchange"));
  }

  private static void assertSameTagging(String lang, List<String> sentences) {
    PerceptronTagger model = PerceptronTagger.loadShipped(lang);
    if (model == null) {
      return; // a build without the model files has nothing to compare
    }
    List<String[]> tokens = new ArrayList<>();
    sentences.forEach(s -> tokens.add(s.split(" ")));
    // Twice: the second pass reads every word from the warm cache.
    for (int pass = 0; pass < 2; pass++) {
      List<List<PerceptronTagger.ScoredChunk>> cached = model.tagDocument(tokens);
      List<List<PerceptronTagger.ScoredChunk>> uncached = model.tagDocumentUncached(tokens);
      assertEquals(uncached, cached, lang + " pass " + pass);
      assertTrue(cached.stream().mapToInt(List::size).sum() > 0, lang + ": the sentences name someone");
    }
  }

  @Test
  void trainingIsReproducibleAndTheSavedModelTagsAlike() throws Exception {
    List<List<ConllSentence>> docs = List.of(toySentences());
    byte[] first = save(PerceptronTagger.trainMixed(docs, 5, new long[] {7, 8}, 16, gazetteer, WordClusters.NONE));
    PerceptronTagger model = PerceptronTagger.trainMixed(docs, 5, new long[] {7, 8}, 16, gazetteer, WordClusters.NONE);
    assertArrayEquals(first, save(model));

    PerceptronTagger loaded = PerceptronTagger.load(new ByteArrayInputStream(first));
    List<String[]> tokens = new ArrayList<>();
    docs.get(0).forEach(s -> tokens.add(s.tokens()));
    assertEquals(model.findDocument(tokens), loaded.findDocument(tokens));
    // The model fits its own small training set.
    assertEquals(List.of(new Chunk(1, 3, "PERS"), new Chunk(4, 5, "LOC")), loaded.findDocument(tokens).get(0));
  }

  @Test
  void wordClassesTravelInTheModelFile() throws Exception {
    List<List<ConllSentence>> docs = List.of(toySentences());
    List<String[]> text = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      docs.get(0).forEach(s -> text.add(s.tokens()));
    }
    WordClusters clusters = io.newswire.enrich.entities.train.DistributionalClustering.cluster(text);
    byte[] first = save(PerceptronTagger.trainMixed(docs, 5, new long[] {7}, 16, gazetteer, clusters));
    byte[] second = save(PerceptronTagger.trainMixed(docs, 5, new long[] {7}, 16, gazetteer,
        io.newswire.enrich.entities.train.DistributionalClustering.cluster(text)));
    assertArrayEquals(first, second);
    PerceptronTagger loaded = PerceptronTagger.load(new ByteArrayInputStream(first));
    assertArrayEquals(first, save(loaded));
    assertEquals(List.of(new Chunk(1, 3, "PERS"), new Chunk(4, 5, "LOC")),
        loaded.findDocument(List.<String[]>of(docs.get(0).get(0).tokens())).get(0));
  }

  @Test
  void featureGroupsTravelInTheModelFileAndChangeOnlyTheirModel() throws Exception {
    List<List<ConllSentence>> docs = List.of(toySentences());
    List<String[]> tokens = new ArrayList<>();
    docs.get(0).forEach(x -> tokens.add(x.tokens()));
    byte[] plain = save(PerceptronTagger.trainMixed(docs, 5, new long[] {7}, 16, gazetteer, WordClusters.NONE));
    byte[] arabic = save(PerceptronTagger.trainMixed(docs, 5, new long[] {7}, 16, gazetteer, WordClusters.NONE,
        TaggerFeatures.AR_CONTEXT));
    // A model without feature groups is written as before (NER3), so older and other-language models keep their bytes.
    assertEquals(0x4e455233, java.nio.ByteBuffer.wrap(gunzip(plain)).getInt());
    assertEquals(0x4e455234, java.nio.ByteBuffer.wrap(gunzip(arabic)).getInt());
    assertArrayEquals(plain, save(PerceptronTagger.trainMixed(docs, 5, new long[] {7}, 16, gazetteer, WordClusters.NONE, 0)));
    PerceptronTagger loaded = PerceptronTagger.load(new ByteArrayInputStream(arabic));
    assertArrayEquals(arabic, save(loaded));
    assertEquals(List.of(new Chunk(1, 3, "PERS"), new Chunk(4, 5, "LOC")), loaded.findDocument(tokens).get(0));
    // The group adds context features: a token sees more of them than in a model without it.
    long[] feats = new long[TaggerFeatures.MAX];
    String[] sentence = tokens.get(0);
    TaggerFeatures.Sentence without = new TaggerFeatures.Sentence(sentence, gazetteer, WordClusters.NONE, 0);
    TaggerFeatures.Sentence with = new TaggerFeatures.Sentence(sentence, gazetteer, WordClusters.NONE, TaggerFeatures.AR_CONTEXT);
    assertTrue(TaggerFeatures.observation(with, 2, 0, feats) >= TaggerFeatures.observation(without, 2, 0, feats) + 9);
  }

  @Test
  void theShippedModelsReadBackToTheirOwnWeights() throws Exception {
    for (String lang : List.of("ar", "fa", "en")) {
      byte[] shipped;
      try (var in = PerceptronTagger.class.getClassLoader().getResourceAsStream(PerceptronTagger.resource(lang))) {
        shipped = in.readAllBytes();
      }
      var onDemand = PerceptronTagger.shippedOnDemand(lang);
      PerceptronTagger model = onDemand.get();
      assertTrue(model == onDemand.get(), "read once");
      // Read straight into the compact table, saved again: the same weights, word lists and classes.
      assertArrayEquals(gunzip(shipped), gunzip(save(model)), lang);
    }
    assertEquals(null, PerceptronTagger.shippedOnDemand("xx"));
  }

  @Test
  void compactRowsArePackedAndEachBucketFindsItsOwn() {
    // 3,000 buckets spread over a table of 8,192 slots: runs of used and empty slots across many 64-slot words.
    int nt = 3;
    java.util.Random random = new java.util.Random(12);
    java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
    while (chosen.size() < 3000) {
      chosen.add(random.nextInt(1 << 20));
    }
    int[] buckets = chosen.stream().mapToInt(Integer::intValue).toArray();
    float[] rows = new float[buckets.length * nt];
    for (int r = 0; r < buckets.length; r++) {
      for (int t = 0; t < nt; t++) {
        rows[r * nt + t] = buckets[r] * 10 + t;
      }
    }
    PerceptronTagger.CompactWeights w = new PerceptronTagger.CompactWeights(buckets, rows);
    assertEquals(buckets.length * nt, w.rows.length, "no room kept for empty slots");
    for (int b : buckets) {
      int at = w.row(b);
      for (int t = 0; t < nt; t++) {
        assertEquals(b * 10 + t, w.rows[at + t], 0f, "bucket " + b);
      }
    }
    int absent = 0;
    for (int b = 0; b < 20000; b++) {
      if (!chosen.contains(b)) {
        assertEquals(-1, w.row(b));
        absent++;
      }
    }
    assertTrue(absent > 19000);
  }

  private static byte[] gunzip(byte[] b) throws Exception {
    return new java.util.zip.GZIPInputStream(new ByteArrayInputStream(b)).readAllBytes();
  }

  /** Hand-written sentences (not from any corpus). */
  private static List<ConllSentence> toySentences() {
    String[][] rows = {
        {"قال O", "سامي B-PERS", "الخطيب I-PERS", "في O", "بيروت B-LOC", "أمس O"},
        {"وصل O", "وزير O", "خارجية O", "قطر B-LOC", "إلى O", "طهران B-LOC"},
        {"أعلنت O", "شركة O", "نوكيا B-ORG", "أرباحها O"},
        {"زار O", "محمد B-PERS", "العلي I-PERS", "دمشق B-LOC"},
    };
    List<ConllSentence> out = new ArrayList<>();
    for (String[] r : rows) {
      String[] tokens = new String[r.length];
      String[] tags = new String[r.length];
      for (int i = 0; i < r.length; i++) {
        tokens[i] = r[i].split(" ")[0];
        tags[i] = r[i].split(" ")[1];
      }
      out.add(new ConllSentence(tokens, List.<String[]>of(tags)));
    }
    return out;
  }

  private static byte[] save(PerceptronTagger model) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    model.save(b);
    return b.toByteArray();
  }
}
