package io.newswire.bench;

import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.link.RoleResolver;
import io.newswire.enrich.entities.match.NameMatcher;
import io.newswire.enrich.entities.match.PhraseScanner;
import io.newswire.normalization.MatchingForm;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The knowledge-base scan alone: the shipped automaton over every alias and office phrase
 * ({@link PhraseScanner}, the larger part of the {@code entities.kb-scan} step) run over one field's
 * matching form, without the tagger and rules around it. One short paragraph per language is scanned
 * again and again, so the automaton's states it visits stay in cache: this measures the scan's work per
 * char, not the cache misses of a real mix (compare with {@code enrich --profile-steps} for those).
 * Invented paragraphs, not pool text. {@code benchmarks/run KbScanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class KbScanBenchmark {
  @Param({"ar", "en", "fa"})
  public String lang;

  private PhraseScanner scanner;
  private String text;

  @Setup
  public void setUp() {
    KnowledgeBase kb = KnowledgeBase.load();
    NameMatcher matcher = new NameMatcher(kb);
    scanner = new PhraseScanner(matcher.aliasKeys(), new RoleResolver(kb).phrases());
    String display = switch (lang) {
      case "ar" -> "قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة مساء الثلاثاء إن الحكومة ستواصل المحادثات "
          + "مع الدول المجاورة حول المياه والطاقة، وإن رئيس الوزراء سيزور عدة عواصم خلال الشهر المقبل.";
      case "fa" -> "وزیر امور خارجه روز سه‌شنبه در نشستی خبری در پایتخت گفت که دولت گفت‌وگو با کشورهای همسایه "
          + "درباره آب و انرژی را ادامه می‌دهد و رئیس‌جمهور ماه آینده به چند کشور سفر خواهد کرد.";
      default -> "The foreign minister told a news conference in the capital on Tuesday that the government would "
          + "keep talking to its neighbours about water and energy, and that the prime minister would visit "
          + "several capitals next month.";
    };
    text = MatchingForm.of(display).text();
  }

  @Benchmark
  public Object scan() {
    return scanner.scan(text);
  }
}
