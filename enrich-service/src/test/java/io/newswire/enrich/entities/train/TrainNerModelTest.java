package io.newswire.enrich.entities.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.enrich.entities.ner.ArabicStem;
import io.newswire.enrich.entities.ner.PerceptronTagger;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's word-list option, on a tiny corpus written for this test. */
class TrainNerModelTest {
  private static final String CORPUS = String.join("\n",
      "وقال O", "الأمير O", "فيصل B-PERS", "بن I-PERS", "سلمان I-PERS", "في O", "جدة B-LOC", "أمس O", "",
      "واستقبل O", "وزير O", "الداخلية O", "في O", "الرياض B-LOC", "وفدا O", "من O", "شركة O", "أرامكو B-ORG", "",
      "وصل O", "رئيس O", "الوزراء O", "اللبناني O", "إلى O", "باريس B-LOC", "صباح O", "الثلاثاء O", "",
      "وأعلنت O", "وزارة B-ORG", "الصحة I-ORG", "في O", "أبوظبي B-LOC", "عن O", "حملة O", "جديدة O", "");

  private static PerceptronTagger train(Path dir, Path wordListFrom, String name) throws Exception {
    TrainNerModel.Options o = TrainNerModel.Options.parse(wordListFrom == null
        ? new String[] {"--lang", "ar", "--epochs", "2", "--mix", "1", "--bits", "16"}
        : new String[] {"--lang", "ar", "--epochs", "2", "--mix", "1", "--bits", "16", "--word-list-from", wordListFrom.toString()});
    o.dataDir = dir;
    o.out = dir.resolve(name);
    return TrainNerModel.run(o, new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void aModelsWordListCanBeReusedSoAnOldModelRetrainsAfterKbEdits(@TempDir Path dir) throws Exception {
    URL shippedUrl = PerceptronTagger.class.getClassLoader().getResource(PerceptronTagger.resource("ar"));
    assumeTrue(shippedUrl != null && "file".equals(shippedUrl.getProtocol()), "the shipped Arabic model as a file");
    Path shipped = Path.of(shippedUrl.toURI());
    for (String f : new String[] {"anercorp-train.conll", "wikiann-ar-train.conll", "wikiann-ar-dev.conll"}) {
      Files.writeString(dir.resolve(f), CORPUS, StandardCharsets.UTF_8);
    }
    PerceptronTagger fromKb = train(dir, null, "kb.bin");
    PerceptronTagger reused = train(dir, shipped, "reused.bin");
    train(dir, shipped, "again.bin");
    PerceptronTagger donor;
    try (InputStream in = Files.newInputStream(shipped)) {
      donor = PerceptronTagger.load(in);
    }
    String stem = ArabicStem.of("أبوظبي");
    // The donor's list (built from an older KB and all of WikiANN) travels as it is; a list built now differs.
    assertEquals(donor.gazetteer().tags(stem), reused.gazetteer().tags(stem));
    assertNotEquals(donor.gazetteer().tags(stem), fromKb.gazetteer().tags(stem));
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("kb.bin")), Files.readAllBytes(dir.resolve("reused.bin"))));
    assertArrayEquals(Files.readAllBytes(dir.resolve("reused.bin")), Files.readAllBytes(dir.resolve("again.bin")));
  }
}
