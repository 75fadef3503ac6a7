package io.newswire.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every published schema must stay BACKWARD compatible with each version committed before it in
 * src/test/resources/schema-history ({@code <Name>.v<N>.avsc}): consumers upgraded to the new schema
 * must read every event already on the topics. Changing a schema? Add it there as the next version.
 */
class SchemaEvolutionTest {

  static List<Schema> history(String name) throws IOException {
    List<Schema> versions = new ArrayList<>();
    for (int v = 1; ; v++) {
      try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/schema-history/" + name + ".v" + v + ".avsc")) {
        if (in == null) {
          return versions;
        }
        versions.add(new Schema.Parser().parse(in));
      }
    }
  }

  static Schema current(String name) {
    return switch (name) {
      case "ParsedArticle" -> ParsedArticle.getClassSchema();
      case "EnrichedArticle" -> EnrichedArticle.getClassSchema();
      case "EntityTrend" -> EntityTrend.getClassSchema();
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"ParsedArticle", "EnrichedArticle", "EntityTrend"})
  void currentSchemaReadsEveryCommittedVersion(String name) throws IOException {
    List<Schema> versions = history(name);
    assertFalse(versions.isEmpty(), "no committed history for " + name);
    for (int i = 0; i < versions.size(); i++) {
      var result = SchemaCompatibility.checkReaderWriterCompatibility(current(name), versions.get(i));
      assertEquals(SchemaCompatibilityType.COMPATIBLE, result.getType(),
          name + " is not BACKWARD compatible with v" + (i + 1) + ": " + result.getResult().getIncompatibilities());
    }
  }

  @Test
  void theCheckCatchesABreakingChange() throws IOException {
    // A new required field without default breaks old events: the same check must refuse it.
    Schema old = history("ParsedArticle").get(0);
    String broken = ParsedArticle.getClassSchema().toString()
        .replaceFirst("\\{\"name\":\"id\"", "{\"name\":\"mandatoryNewField\",\"type\":\"string\"},{\"name\":\"id\"");
    Schema brokenSchema = new Schema.Parser().parse(broken);
    assertNotEquals(SchemaCompatibilityType.COMPATIBLE,
        SchemaCompatibility.checkReaderWriterCompatibility(brokenSchema, old).getType());
  }
}
