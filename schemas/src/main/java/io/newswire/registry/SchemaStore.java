package io.newswire.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's state: schemas by global id, versions by subject, compatibility settings. Every
 * change is first written to the compacted Kafka topic (in the same key/value JSON layout as
 * Confluent's {@code _schemas} topic) and only then applied in memory, so a restart that replays the
 * topic loses nothing. One writer per topic is assumed (the embedded registry is a single node).
 */
final class SchemaStore implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SchemaStore.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  record Version(String subject, int version, int id) {}

  private final String topic;
  private final KafkaProducer<String, String> producer;
  private final Map<Integer, Schema> schemasById = new TreeMap<>();
  private final Map<String, Integer> idByCanonical = new java.util.HashMap<>();
  private final Map<String, List<Version>> subjects = new TreeMap<>();
  private final Map<String, Compatibility> subjectCompatibility = new TreeMap<>();
  private Compatibility globalCompatibility = Compatibility.BACKWARD;

  SchemaStore(String bootstrapServers, String topic) {
    this.topic = topic;
    createTopic(bootstrapServers, topic);
    replay(bootstrapServers, topic);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "newswire-schema-registry");
    this.producer = new KafkaProducer<>(p);
  }

  private static void createTopic(String bootstrap, String topic) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      NewTopic t = new NewTopic(topic, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"));
      admin.createTopics(List.of(t)).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create registry topic " + topic, e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void replay(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    int records = 0;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      TopicPartition tp = new TopicPartition(topic, 0);
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      long end = consumer.endOffsets(List.of(tp)).get(tp);
      while (consumer.position(tp) < end) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          apply(r.key(), r.value());
          records++;
        }
      }
    }
    log.info("schema registry loaded {} records from {}: {} schemas, {} subjects",
        records, topic, schemasById.size(), subjects.size());
  }

  private void apply(String keyJson, String valueJson) {
    try {
      JsonNode key = JSON.readTree(keyJson);
      JsonNode value = valueJson == null ? null : JSON.readTree(valueJson);
      switch (key.path("keytype").asText()) {
        case "SCHEMA" -> {
          if (value == null || value.path("deleted").asBoolean(false)) {
            return;
          }
          Schema schema = new Schema.Parser().parse(value.path("schema").asText());
          int id = value.path("id").asInt();
          schemasById.put(id, schema);
          idByCanonical.putIfAbsent(schema.toString(), id);
          List<Version> versions = subjects.computeIfAbsent(value.path("subject").asText(), s -> new ArrayList<>());
          versions.add(new Version(value.path("subject").asText(), value.path("version").asInt(), id));
          versions.sort((a, b) -> Integer.compare(a.version(), b.version()));
        }
        case "CONFIG" -> {
          Compatibility level = value == null ? null : Compatibility.parse(value.path("compatibilityLevel").asText());
          if (key.hasNonNull("subject")) {
            if (level == null) {
              subjectCompatibility.remove(key.get("subject").asText());
            } else {
              subjectCompatibility.put(key.get("subject").asText(), level);
            }
          } else if (level != null) {
            globalCompatibility = level;
          }
        }
        default -> log.debug("ignoring registry record with key {}", keyJson);
      }
    } catch (Exception e) {
      log.warn("skipping unreadable registry record {}: {}", keyJson, e.toString());
    }
  }

  private void persist(ObjectNode key, ObjectNode value) {
    try {
      producer.send(new ProducerRecord<>(topic, key.toString(), value == null ? null : value.toString())).get();
    } catch (ExecutionException e) {
      throw new RegistryError(500, 50001, "Error while storing in the registry topic: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryError(500, 50001, "Interrupted while storing in the registry topic");
    }
    apply(key.toString(), value == null ? null : value.toString());
  }

  static Schema parse(String schema) {
    try {
      return new Schema.Parser().parse(schema);
    } catch (SchemaParseException | NullPointerException e) {
      throw new RegistryError(422, 42201, "Invalid schema: " + e.getMessage());
    }
  }

  synchronized int register(String subject, Schema schema) {
    Optional<Version> existing = find(subject, schema);
    if (existing.isPresent()) {
      return existing.get().id();
    }
    List<Version> versions = subjects.getOrDefault(subject, List.of());
    List<Schema> previous = versions.stream().map(v -> schemasById.get(v.id())).toList();
    if (!compatibility(subject).allows(schema, previous)) {
      throw new RegistryError(409, 409, "Schema being registered is incompatible with an earlier schema for subject \""
          + subject + "\" (compatibility " + compatibility(subject) + ")");
    }
    int id = idByCanonical.getOrDefault(schema.toString(),
        schemasById.isEmpty() ? 1 : ((TreeMap<Integer, Schema>) schemasById).lastKey() + 1);
    int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
    ObjectNode key = JSON.createObjectNode().put("keytype", "SCHEMA").put("subject", subject)
        .put("version", version).put("magic", 1);
    ObjectNode value = JSON.createObjectNode().put("subject", subject).put("version", version).put("id", id)
        .put("schema", schema.toString()).put("deleted", false);
    persist(key, value);
    log.info("registered schema id {} as version {} of {}", id, version, subject);
    return id;
  }

  synchronized Optional<Version> find(String subject, Schema schema) {
    String canonical = schema.toString();
    return subjects.getOrDefault(subject, List.of()).stream()
        .filter(v -> schemasById.get(v.id()).toString().equals(canonical))
        .findFirst();
  }

  synchronized Optional<Schema> byId(int id) {
    return Optional.ofNullable(schemasById.get(id));
  }

  synchronized List<Version> idUsage(int id) {
    return subjects.values().stream().flatMap(List::stream).filter(v -> v.id() == id).toList();
  }

  synchronized Set<String> subjects() {
    return Set.copyOf(subjects.keySet());
  }

  synchronized List<Version> versions(String subject) {
    List<Version> v = subjects.get(subject);
    if (v == null || v.isEmpty()) {
      throw RegistryError.subjectNotFound(subject);
    }
    return List.copyOf(v);
  }

  synchronized Version version(String subject, String version) {
    List<Version> all = versions(subject);
    if ("latest".equals(version) || "-1".equals(version)) {
      return all.get(all.size() - 1);
    }
    int n;
    try {
      n = Integer.parseInt(version);
    } catch (NumberFormatException e) {
      throw new RegistryError(422, 42202, "The specified version '" + version + "' is not a valid version id.");
    }
    return all.stream().filter(v -> v.version() == n).findFirst()
        .orElseThrow(() -> RegistryError.versionNotFound(version));
  }

  synchronized Schema schemaOf(Version v) {
    return schemasById.get(v.id());
  }

  synchronized Compatibility compatibility(String subject) {
    return subject != null && subjectCompatibility.containsKey(subject)
        ? subjectCompatibility.get(subject) : globalCompatibility;
  }

  synchronized Optional<Compatibility> subjectCompatibility(String subject) {
    return Optional.ofNullable(subjectCompatibility.get(subject));
  }

  synchronized void setCompatibility(String subjectOrNull, Compatibility level) {
    ObjectNode key = JSON.createObjectNode().put("keytype", "CONFIG").put("magic", 0);
    if (subjectOrNull == null) {
      key.putNull("subject");
    } else {
      key.put("subject", subjectOrNull);
    }
    persist(key, JSON.createObjectNode().put("compatibilityLevel", level.name()));
  }

  /** Compatibility check for the REST endpoint, against one version or the latest. */
  synchronized boolean isCompatible(String subject, String version, Schema candidate) {
    List<Version> versions = subjects.getOrDefault(subject, List.of());
    if (versions.isEmpty()) {
      return true;
    }
    Compatibility level = compatibility(subject);
    if (level.name().endsWith("_TRANSITIVE") || "latest".equals(version)) {
      return level.allows(candidate, versions.stream().map(v -> schemasById.get(v.id())).toList());
    }
    return level.allows(candidate, List.of(schemaOf(version(subject, version))));
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
