package io.newswire.cli;

import io.newswire.enrich.DispatchDate;
import io.newswire.enrich.Enricher;
import io.newswire.enrich.entities.EntityExtractor;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.quotes.QuoteExtractor;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The start of {@code newswire enrich} on two cores. The entity extractor (knowledge base, name
 * matcher, phrase automaton: most of a one-file run) is built on its own thread from the first lines
 * of {@code main}, while the main thread parses the command line and builds the dispatch parser and
 * the quote lexicons, and the workers parse the inputs and read the model their language needs
 * ({@link #prefetch}). The enricher is the same as {@code new Enricher()}: only the order of the
 * loads changes.
 */
final class EnrichStart {
  private static volatile EnrichStart begun;

  private final EntityExtractor.ShippedModels models = new EntityExtractor.ShippedModels();
  private final CompletableFuture<EntityExtractor> entities = new CompletableFuture<>();
  private volatile Enricher enricher;
  private QuoteExtractor quotes;
  private volatile boolean transliteratorsStarted;
  private volatile DispatchDate.Undated undated = DispatchDate.Undated.NONE;

  private EnrichStart() {
    this(m -> EntityExtractor.withModels(KnowledgeBase.load(), m));
  }

  /** {@code build} makes the extractor on the start thread (a test gives one that fails). */
  EnrichStart(Function<EntityExtractor.ShippedModels, EntityExtractor> build) {
    Thread t = new Thread(() -> {
      try {
        entities.complete(build.apply(models));
      } catch (Throwable e) {
        entities.completeExceptionally(e);
      }
    }, "enrich-start");
    t.setDaemon(true); // an `enrich --help` or a usage error exits without waiting for it
    t.start();
  }

  /** Starts building the extractor if the command is {@code enrich}; called first thing in {@code main}. */
  static void begin(String[] args) {
    if (args.length > 0 && args[0].equals("enrich")) {
      begun = new EnrichStart();
    }
  }

  /** The start {@link #begin} made, or a new one (the command run without {@code main}, as in tests). */
  static EnrichStart take() {
    EnrichStart s = begun;
    begun = null;
    return s != null ? s : new EnrichStart();
  }

  /** Builds the quote lexicons on the calling thread while the extractor is still being built. */
  void buildQuotes() {
    synchronized (this) {
      if (quotes == null) {
        quotes = new QuoteExtractor();
      }
    }
  }

  /** Reads the model a text in {@code language} needs, on the calling thread (a worker, before it waits for the extractor). */
  void prefetch(String language) {
    if ("fa".equals(language) && !transliteratorsStarted) {
      startTransliterators();
    }
    models.prefetch(language);
  }

  /**
   * Persian text romanizes names the knowledge base lacks with ICU (Arabic-Latin, Any-Latin), whose
   * build is the largest cost of a one-file Persian run after the extractor; Arabic seed text does not
   * reach it. A thread of its own: on the worker it lengthened the longest thread, while the main
   * thread idles by now. It is a daemon, so a run that never needs ICU does not wait for it. The
   * recording run of the class archive enriches the Persian sample, so ICU's classes are archived too.
   */
  private synchronized void startTransliterators() {
    if (transliteratorsStarted) {
      return;
    }
    transliteratorsStarted = true;
    Thread t = new Thread(() -> {
      try {
        CrossScriptName.prepareTransliterators();
      } catch (Throwable e) {
        // nothing to report here: the enrich that needs ICU meets the same failure and reports it
      }
    }, "enrich-icu");
    t.setDaemon(true);
    t.start();
  }

  /** The day of undated copy for the enricher to come (the command's {@code --undated-day}); set before any work. */
  void dating(DispatchDate.Undated u) {
    undated = u;
  }

  /** The enricher, once the extractor is built (waits for it). */
  Enricher enricher() {
    Enricher e = enricher;
    if (e == null) {
      // wait outside the lock: buildQuotes() on the main thread must not queue behind the extractor's load
      EntityExtractor entityExtractor = join();
      synchronized (this) {
        e = enricher;
        if (e == null) {
          buildQuotes();
          enricher = e = new Enricher(entityExtractor, quotes, Clock.systemUTC()).dating(undated);
        }
      }
    }
    return e;
  }

  private EntityExtractor join() {
    try {
      return entities.join();
    } catch (CompletionException e) {
      // A new exception for each caller, naming what failed: every waiting worker gets one, and
      // OrderedWorkers rethrows them within one try-with-resources, where the same object twice would
      // surface as "Self-suppression not permitted" instead of the load's own error.
      throw new IllegalStateException("enrich: loading the knowledge base and entity extractor failed: "
          + e.getCause(), e.getCause());
    }
  }
}
