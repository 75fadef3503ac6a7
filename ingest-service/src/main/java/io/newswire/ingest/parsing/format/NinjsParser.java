package io.newswire.ingest.parsing.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newswire.ingest.parsing.RejectReason;
import io.newswire.ingest.parsing.RejectedDispatchException;
import io.newswire.ingest.parsing.dateline.Agencies;
import io.newswire.ingest.parsing.plain.PlainTextParser;
import io.newswire.schema.Dateline;
import java.time.Instant;
import java.util.Locale;

/**
 * ninjs 1.x, 2.x and 3.x JSON. The versions differ in spelling more than in meaning, so each field
 * is looked up under all its names: {@code uri}; {@code version}; {@code versioncreated} (1.x/2.x) or
 * {@code versionCreated} (3.x); {@code pubstatus}/{@code pubStatus} ('canceled' is a kill);
 * {@code urgency}; {@code slugline}; {@code headline} (1.x/2.x) or {@code headlines[].value} (3.x);
 * {@code description_text}/{@code description_html} or {@code descriptions[].value} (highlights);
 * {@code body_text}/{@code body_html} or {@code bodies[].value}; {@code subject}/{@code subjects}
 * (name, else code or uri); {@code copyrightholder}, {@code infosource(s)}/{@code infoSources}
 * (agency); {@code located} (dateline city when the body opens without a dateline, 2.x);
 * {@code language}.
 */
public final class NinjsParser implements FormatParser {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // "{..} junk" is malformed, not ninjs
      .build();

  @Override
  public DispatchContent parse(String text, Instant receivedAt) throws RejectedDispatchException {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw RejectReason.parse(RejectReason.MALFORMED_JSON, "JSON does not parse: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw RejectReason.parse(RejectReason.MALFORMED_JSON, "JSON dispatch is not an object");
    }
    if (!looksLikeNinjs(root)) {
      throw RejectReason.parse(RejectReason.UNSUPPORTED_FORMAT, "JSON object has none of the ninjs fields");
    }
    DispatchContent c = new DispatchContent();
    c.format = WireFormat.NINJS;
    c.id = Texts.display(string(root, "uri", "guid"));
    c.version = Texts.positiveInt(string(root, "version"));
    c.versionCreated = Timestamps.parse(string(root, "versioncreated", "versionCreated", "firstcreated", "firstCreated"));
    c.pubStatus = Texts.pubStatus(string(root, "pubstatus", "pubStatus"));
    c.urgency = Texts.urgency(string(root, "urgency"));
    c.slugline = Texts.display(string(root, "slugline"));
    c.declaredLanguage = string(root, "language");

    c.headline = Texts.display(string(root, "headline"));
    if (c.headline == null) {
      c.headline = Texts.display(valueByRole(root.get("headlines"), "main"));
    }
    String descText = string(root, "description_text");
    String descHtml = string(root, "description_html");
    if (descText != null) {
      Texts.addLines(c.highlights, descText);
    } else if (descHtml != null) {
      c.highlights.addAll(HtmlText.paragraphs(descHtml));
    } else {
      String d = valueByRole(root.get("descriptions"), "summary");
      Texts.addLines(c.highlights, d);
    }

    String bodyText = string(root, "body_text");
    String bodyHtml = string(root, "body_html");
    if (bodyText != null) {
      Texts.addLines(c.paragraphs, bodyText);
    } else if (bodyHtml != null) {
      c.paragraphs.addAll(HtmlText.paragraphs(bodyHtml));
    } else {
      readBodies(root.get("bodies"), c);
    }

    JsonNode subjects = first(root, "subject", "subjects");
    if (subjects != null && subjects.isArray()) {
      for (JsonNode s : subjects) {
        String v = s.isTextual() ? s.asText() : string(s, "name", "code", "uri");
        if (v != null && !v.isBlank()) {
          c.subjects.add(v.trim());
        }
      }
    }
    String agency = string(root, "copyrightholder", "copyrightHolder");
    JsonNode sources = first(root, "infosource", "infosources", "infoSources", "infoSource");
    if (sources != null) {
      JsonNode s0 = sources.isArray() && !sources.isEmpty() ? sources.get(0) : sources;
      String name = s0.isTextual() ? s0.asText() : string(s0, "name", "uri");
      if (name != null) {
        agency = name;
      }
    }
    c.agency = Agencies.canonical(agency);
    // A dateline opening the body is richer (agency, date) than 'located'; 'located' fills in otherwise.
    PlainTextParser.applyDateline(c, c.paragraphs, receivedAt);
    String located = Texts.display(string(root, "located"));
    if (located != null && c.dateline == null) {
      c.dateline = Dateline.newBuilder().setText(located).setCity(located).build();
    } else if (located != null && c.dateline.getCity() == null) {
      c.dateline.setCity(located);
    }
    return c;
  }

  private static boolean looksLikeNinjs(JsonNode root) {
    for (String k : new String[] {"uri", "headline", "headlines", "body_text", "body_html", "bodies", "type"}) {
      if (root.has(k)) {
        return true;
      }
    }
    return false;
  }

  /** 3.x bodies: prefer text/plain, else HTML. */
  private static void readBodies(JsonNode bodies, DispatchContent c) {
    if (bodies == null || !bodies.isArray()) {
      return;
    }
    String html = null;
    for (JsonNode b : bodies) {
      String type = string(b, "contenttype", "contentType");
      String value = string(b, "value");
      if (value == null) {
        continue;
      }
      if (type == null || type.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
        Texts.addLines(c.paragraphs, value);
        return;
      }
      if (html == null) {
        html = value;
      }
    }
    if (html != null) {
      c.paragraphs.addAll(HtmlText.paragraphs(html));
    }
  }

  /** The value of the array item with the given role, else of the first item. */
  private static String valueByRole(JsonNode array, String role) {
    if (array == null || !array.isArray() || array.isEmpty()) {
      return null;
    }
    for (JsonNode n : array) {
      if (role.equals(string(n, "role"))) {
        return string(n, "value");
      }
    }
    return string(array.get(0), "value");
  }

  private static JsonNode first(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && !v.isNull()) {
        return v;
      }
    }
    return null;
  }

  /** First of the named fields that is a scalar, as text. */
  private static String string(JsonNode node, String... names) {
    if (node == null || !node.isObject()) {
      return null;
    }
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && v.isValueNode() && !v.isNull()) {
        return v.asText();
      }
    }
    return null;
  }
}
