package io.newswire.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

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
}
