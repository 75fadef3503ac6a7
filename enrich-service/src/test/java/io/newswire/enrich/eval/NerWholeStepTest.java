package io.newswire.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval ner --whole}: hand-written CoNLL sentences (written for this project) in each language go
 * through the same {@code EntityExtractor} as the pipeline, and its mentions come back on the tokens.
 */
class NerWholeStepTest {

  @Test
  void englishConll2003ColumnsThroughTheWholeStep(@TempDir Path dir) throws Exception {
    Path conll = write(dir, "en.conll",
        "-DOCSTART- -X- -X- O", "",
        "President NNP B-NP O", "Emmanuel NNP I-NP B-PER", "Macron NNP I-NP I-PER", "met VBD B-VP O",
        "Vladimir NNP B-NP B-PER", "Putin NNP I-NP I-PER", "in IN B-PP O", "Paris NNP B-NP B-LOC", ". . O O", "",
        "The DT B-NP O", "United NNP I-NP B-ORG", "Nations NNP I-NP I-ORG", "welcomed VBD B-VP O", "the DT B-NP O",
        "talks NNS I-NP O", ". . O O", "");
    Path out = dir.resolve("en.pred");
    NerEvaluation.Report r = NerEvaluation.evaluate(conll, "en", true, 50, out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.contains("Macron I-PER I-PER"), lines.toString());
    assertTrue(lines.contains("Paris B-LOC B-LOC"), lines.toString());
    assertTrue(lines.contains("United B-ORG B-ORG"), lines.toString());
    // The POS and chunk columns are not tags: only the last column is gold.
    assertEquals(4, r.overall().truePositives() + r.overall().falseNegatives());
    assertTrue(r.overall().truePositives() >= 3, r.toString());
  }

  @Test
  void arabicAnercorpTypesMapToPer(@TempDir Path dir) throws Exception {
    Path conll = write(dir, "ar.conll",
        "التقى O", "الرئيس O", "الفرنسي B-MISC", "إيمانويل B-PERS", "ماكرون I-PERS", "نظيره O", "الروسي B-MISC",
        "فلاديمير B-PERS", "بوتين I-PERS", "في O", "باريس B-LOC", ". O", "");
    Path out = dir.resolve("ar.pred");
    NerEvaluation.Report r = NerEvaluation.evaluate(conll, "ar", true, 50, out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.contains("إيمانويل B-PER B-PER"), lines.toString());
    assertTrue(lines.contains("بوتين I-PER I-PER"), lines.toString());
    assertTrue(lines.contains("باريس B-LOC B-LOC"), lines.toString());
    // MISC is not one of the scored types.
    assertTrue(lines.contains("الفرنسي O O"), lines.toString());
    assertEquals(3, r.overall().truePositives(), r.toString());
  }

  @Test
  void persianArmanTypesThroughTheWholeStep(@TempDir Path dir) throws Exception {
    Path conll = write(dir, "fa.conll",
        "امانوئل B-pers", "مکرون I-pers", "رئیس‌جمهور O", "فرانسه B-loc", "روز O", "دوشنبه O", "در O", "تهران B-loc",
        "با O", "ولادیمیر B-pers", "پوتین I-pers", "دیدار O", "کرد O", ". O", "",
        "سازمان B-org", "ملل I-org", "متحد I-org", "از O", "این O", "دیدار O", "استقبال O", "کرد O", ". O", "");
    Path out = dir.resolve("fa.pred");
    NerEvaluation.Report r = NerEvaluation.evaluate(conll, "fa", true, 50, out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.contains("مکرون I-PER I-PER"), lines.toString());
    assertTrue(lines.contains("تهران B-LOC B-LOC"), lines.toString());
    assertTrue(lines.contains("سازمان B-ORG B-ORG"), lines.toString());
    assertEquals(5, r.overall().truePositives() + r.overall().falseNegatives());
    assertTrue(r.overall().truePositives() >= 4, r.toString());
  }

  @Test
  void aLanguageWithoutAModelNeedsWhole(@TempDir Path dir) throws Exception {
    Path conll = write(dir, "de.conll", "Paris B-LOC", "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NerEvaluation.evaluate(conll, "de", false, 50, null));
    assertTrue(e.getMessage().contains("--whole"), e.getMessage());
  }

  @Test
  void statisticalEnglishModelAloneScoresMappedTypes(@TempDir Path dir) throws Exception {
    Path conll = write(dir, "en.conll",
        "Prime B-MISC", "Minister O", "Helen B-PER", "Marsh I-PER", "flew O", "to O", "Ottawa B-LOC", "on O", "Monday O", ". O", "");
    NerEvaluation.Report r = NerEvaluation.evaluate(conll, "en", false, 50, null);
    assertEquals(2, r.overall().truePositives() + r.overall().falseNegatives(), "MISC is not scored");
    assertTrue(r.byType().keySet().stream().allMatch(t -> List.of("PER", "LOC", "ORG").contains(t)), r.toString());
  }

  @Test
  void statisticalPersianModelAloneScoresMappedTypes(@TempDir Path dir) throws Exception {
    Path conll = write(dir, "fa.conll",
        "ولادیمیر B-pers", "پوتین I-pers", "به O", "تهران B-loc", "سفر O", "کرد O", ". O", "");
    NerEvaluation.Report r = NerEvaluation.evaluate(conll, "fa", false, 50, null);
    assertEquals(2, r.overall().truePositives() + r.overall().falseNegatives());
    assertTrue(r.byType().keySet().stream().allMatch(t -> List.of("PER", "LOC", "ORG").contains(t)), r.toString());
  }

  static Path write(Path dir, String name, String... lines) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }
}
