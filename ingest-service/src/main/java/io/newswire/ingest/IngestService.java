package io.newswire.ingest;

import io.newswire.ingest.parsing.DispatchParser;
import io.newswire.ingest.topology.IngestTopology;
import io.newswire.runtime.ServiceConfig;
import io.newswire.runtime.StreamsService;
import io.newswire.schema.ParsedArticle;
import io.newswire.serde.AvroSerde;

/** The ingest-service: configuration from the environment, runs until SIGTERM / Ctrl-C. */
public final class IngestService {
  public static final String DEFAULT_APPLICATION_ID = "newswire-ingest";
  public static final int DEFAULT_HTTP_PORT = 7071;

  private IngestService() {}

  public static StreamsService create(ServiceConfig config) {
    return new StreamsService("ingest-service",
        IngestTopology.build(config.topics(), AvroSerde.forValues(ParsedArticle.class, config.registryUrl()),
            new DispatchParser(config.maxDispatchBytes())),
        config);
  }

  public static void main(String[] args) throws Exception {
    ServiceConfig config = ServiceConfig.fromEnv(System.getenv(), DEFAULT_APPLICATION_ID, DEFAULT_HTTP_PORT);
    StreamsService service = create(config).start();
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "ingest-shutdown"));
    service.awaitShutdown();
  }
}
