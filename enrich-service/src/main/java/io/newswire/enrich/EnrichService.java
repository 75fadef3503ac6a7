package io.newswire.enrich;

import io.newswire.enrich.topology.EnrichTopology;
import io.newswire.runtime.ServiceConfig;
import io.newswire.runtime.StreamsService;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.ParsedArticle;
import io.newswire.serde.AvroSerde;

/** The enrich-service: configuration from the environment, runs until SIGTERM / Ctrl-C. */
public final class EnrichService {
  public static final String DEFAULT_APPLICATION_ID = "newswire-enrich";
  public static final int DEFAULT_HTTP_PORT = 7072;

  private EnrichService() {}

  public static StreamsService create(ServiceConfig config, Enricher enricher) {
    return new StreamsService("enrich-service",
        EnrichTopology.build(config.topics(),
            AvroSerde.forValues(ParsedArticle.class, config.registryUrl()),
            AvroSerde.forValues(EnrichedArticle.class, config.registryUrl()),
            enricher.loadModels(), config.failover().storesInMemory()),
        config);
  }

  public static void main(String[] args) throws Exception {
    ServiceConfig config = ServiceConfig.fromEnv(System.getenv(), DEFAULT_APPLICATION_ID, DEFAULT_HTTP_PORT);
    StreamsService service = create(config, Enricher.forLiveFeeds(System.getenv())).start();
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "enrich-shutdown"));
    service.awaitShutdown();
  }
}
