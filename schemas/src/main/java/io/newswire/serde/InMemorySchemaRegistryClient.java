package io.newswire.serde;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A registry held in this process, reached with a {@code mem://name} URL: for topology unit tests
 * with TopologyTestDriver, which have no registry server. Ids are global per instance, as in a real
 * registry; no compatibility checks.
 */
public final class InMemorySchemaRegistryClient extends SchemaRegistryClient {
  public static final String SCHEME = "mem://";

  private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();
  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  private final Map<String, List<Integer>> subjects = new ConcurrentHashMap<>();

  InMemorySchemaRegistryClient(String url) {
    super(url);
  }

  @Override
  public synchronized int register(String subject, Schema schema) {
    int id = ids.computeIfAbsent(schema.toString(), s -> ids.size() + 1);
    schemas.putIfAbsent(id, schema);
    List<Integer> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
    if (!versions.contains(id)) {
      versions.add(id);
    }
    return id;
  }

  @Override
  public Schema getById(int id) {
    Schema s = schemas.get(id);
    if (s == null) {
      throw new SchemaRegistryException(404, 40403, "Schema " + id + " not found");
    }
    return s;
  }
}
