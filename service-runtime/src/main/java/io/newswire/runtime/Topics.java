package io.newswire.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's topics. Names come from the environment (see {@link ServiceConfig}), defaults below.
 *
 * @param raw      raw dispatch bytes in: {@code news.dispatch.raw}
 * @param parsed   ParsedArticle (Avro, Confluent wire format): {@code news.article.parsed}
 * @param enriched EnrichedArticle (Avro, Confluent wire format): {@code news.article.enriched}
 * @param dlq      original bytes and headers of what could not be processed: {@code news.dispatch.dlq}
 */
public record Topics(String raw, String parsed, String enriched, String dlq) {
  public static final Topics DEFAULT =
      new Topics("news.dispatch.raw", "news.article.parsed", "news.article.enriched", "news.dispatch.dlq");
  /** Partitions bound how many instances of a service share the work: 6 lets 1, 2, 3 or 6 instances split it evenly. */
  public static final int DEFAULT_PARTITIONS = 6;
  private static final Logger log = LoggerFactory.getLogger(Topics.class);

  /** {@code NEWSWIRE_PARTITIONS}: partitions of the pipeline topics when they are created. */
  public static int partitionsFromEnv(Map<String, String> env) {
    String v = env.get("NEWSWIRE_PARTITIONS");
    return v == null || v.isBlank() ? DEFAULT_PARTITIONS : Integer.parseInt(v.strip());
  }

  public static Topics fromEnv(Map<String, String> env) {
    return new Topics(
        env.getOrDefault("NEWSWIRE_TOPIC_RAW", DEFAULT.raw),
        env.getOrDefault("NEWSWIRE_TOPIC_PARSED", DEFAULT.parsed),
        env.getOrDefault("NEWSWIRE_TOPIC_ENRICHED", DEFAULT.enriched),
        env.getOrDefault("NEWSWIRE_TOPIC_DLQ", DEFAULT.dlq));
  }

  public List<String> all() {
    return List.of(raw, parsed, enriched, dlq);
  }

  /** Creates any missing topic (idempotent); used by the local stack and tests, not required in production. */
  public void ensure(Admin admin, int partitions, short replication) throws InterruptedException {
    Set<String> existing;
    try {
      existing = admin.listTopics().names().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot list topics", e.getCause());
    }
    warnIfFewer(admin, all().stream().filter(existing::contains).toList(), partitions);
    List<NewTopic> missing = all().stream().filter(t -> !existing.contains(t))
        .map(t -> new NewTopic(t, partitions, replication)).toList();
    if (missing.isEmpty()) {
      return;
    }
    try {
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topics " + missing, e.getCause());
      }
    }
  }

  /**
   * Existing topics are never widened here: adding partitions moves keys to other partitions, away
   * from the story-version state kept for them, so a re-send could come out as a new version.
   */
  private static void warnIfFewer(Admin admin, List<String> topics, int partitions) throws InterruptedException {
    if (topics.isEmpty()) {
      return;
    }
    try {
      admin.describeTopics(topics).allTopicNames().get().forEach((name, d) -> {
        if (d.partitions().size() < partitions) {
          log.warn("topic {} has {} partitions, fewer than the {} asked for; it is left as it is "
              + "(at most {} instances of a service share its work)", name, d.partitions().size(), partitions,
              d.partitions().size());
        }
      });
    } catch (ExecutionException e) {
      log.warn("cannot describe topics {}: {}", topics, e.getCause().toString());
    }
  }
}
