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
 * {@code language}. APIs close to ninjs are read too: {@code title}/{@code content}/{@code excerpt}
 * as plain strings or WordPress REST {@code {"rendered": …}} objects, dpa-style {@code article_html},
 * {@code urn}/{@code id}, {@code date_gmt}/{@code modified_gmt}.
 */
public final class NinjsParser implements FormatParser {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // "{..} junk" is malformed, not ninjs
      .build();

  /** Keys under which feeds and APIs wrap ninjs items: {"data": …}, {"total", "item": [...]}, {"_items": [...]}. */
  private static final String[] WRAPPERS = {"data", "item", "items", "_items", "results", "result", "hits", "response"};
  private static final java.util.Set<String> NON_TEXT = java.util.Set.of("picture", "video", "audio", "graphic", "attachment");
  private static final int MAX_WRAPPER_DEPTH = 4;

  @Override
  public DispatchContent parse(String text, Instant receivedAt) throws RejectedDispatchException {
    return Items.firstText(parseItems(text, receivedAt));
  }

  /**
   * A ninjs object, a JSON array of them, or a wrapper that holds them (feed lists
   * {@code {"total": 2, "item": [...]}}, API responses {@code {"data": {"item": …}}}).
   */
  @Override
  public java.util.List<DispatchContent> parseItems(String text, Instant receivedAt) throws RejectedDispatchException {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw RejectReason.parse(RejectReason.MALFORMED_JSON, "JSON does not parse: " + e.getOriginalMessage(), e);
    }
    if (root == null || !(root.isObject() || root.isArray())) {
      throw RejectReason.parse(RejectReason.MALFORMED_JSON, "JSON dispatch is not an object");
    }
    java.util.List<JsonNode> found = new java.util.ArrayList<>();
    if (!collect(root, found, 0)) {
      if (root.isArray()) {
        throw RejectReason.parse(RejectReason.MALFORMED_JSON, "JSON array holds no ninjs object");
      }
      throw RejectReason.parse(RejectReason.UNSUPPORTED_FORMAT, "JSON object has none of the ninjs fields");
    }
    java.util.List<DispatchContent> out = new java.util.ArrayList<>(found.size());
    for (JsonNode item : found) {
      if (!item.isObject() || !looksLikeNinjs(item)) {
        out.add(DispatchContent.failed(WireFormat.NINJS, null,
            RejectReason.parse(RejectReason.UNSUPPORTED_FORMAT, "feed entry is not a ninjs object")));
        continue;
      }
      String type = string(item, "type");
      String kind = type == null ? null : type.toLowerCase(Locale.ROOT);
      boolean hasBody = item.has("body_text") || item.has("body_html") || item.has("bodies");
      if (kind != null && (NON_TEXT.contains(kind) || (kind.equals("composite") && !hasBody))) {
        out.add(DispatchContent.nonText(WireFormat.NINJS, Texts.display(string(item, "uri", "guid")), kind));
      } else {
        out.add(read(item, receivedAt));
      }
    }
    return out;
  }

  /** Finds the ninjs items in a document; false when it holds nothing that looks like ninjs. */
  private static boolean collect(JsonNode node, java.util.List<JsonNode> into, int depth) {
    if (node.isArray()) {
      boolean any = false;
      for (JsonNode n : node) {
        if (n.isObject() && !looksLikeNinjs(n) && depth < MAX_WRAPPER_DEPTH && collect(n, into, depth + 1)) {
          any = true;
        } else {
          into.add(n);
          any |= n.isObject() && looksLikeNinjs(n);
        }
      }
      return any;
    }
    if (!node.isObject()) {
      return false;
    }
    if (looksLikeNinjs(node) && !isListWrapper(node)) {
      into.add(node);
      return true;
    }
    if (depth >= MAX_WRAPPER_DEPTH) {
      return false;
    }
    for (String w : WRAPPERS) {
      JsonNode inner = node.get(w);
      if (inner != null && (inner.isObject() || inner.isArray()) && collect(inner, into, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** {"uri": feed-uri, "item": [...]}: a list that happens to carry a ninjs-like key of its own. */
  private static boolean isListWrapper(JsonNode node) {
    for (String w : WRAPPERS) {
      JsonNode inner = node.get(w);
      if (inner != null && inner.isArray() && !inner.isEmpty() && inner.get(0).isObject() && looksLikeNinjs(inner.get(0))
          && !node.has("headline") && !node.has("body_text") && !node.has("body_html") && !node.has("bodies")) {
        return true;
      }
    }
    return false;
  }

  private static DispatchContent read(JsonNode root, Instant receivedAt) {
    DispatchContent c = new DispatchContent();
    c.format = WireFormat.NINJS;
    c.id = Texts.display(rendered(root, "uri", "guid"));
    if (c.id == null) {
      c.id = Texts.display(string(root, "urn", "link", "id"));
    }
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
    if (c.headline == null) {
      // WordPress REST API posts: {"title": {"rendered": "…"}}; "title" in ninjs-like agency APIs
      String title = rendered(root, "title");
      c.headline = title == null ? null : Texts.display(String.join(" ", HtmlText.paragraphs(title)));
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
    if (c.paragraphs.isEmpty()) {
      // Agency and CMS APIs close to ninjs: dpa-style "article_html", WordPress "content.rendered", "text".
      String html = rendered(root, "article_html", "content", "body");
      if (html != null) {
        c.paragraphs.addAll(HtmlText.paragraphs(html));
      } else {
        Texts.addLines(c.paragraphs, string(root, "text", "article_text"));
      }
      if (c.highlights.isEmpty()) {
        String excerpt = rendered(root, "excerpt", "teaser", "lead");
        if (excerpt != null) {
          c.highlights.addAll(HtmlText.paragraphs(excerpt));
        }
      }
    }
    if (c.versionCreated == null) {
      c.versionCreated = Timestamps.parse(string(root, "modified_gmt", "date_gmt", "updated", "published"));
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

  /** A string field, or the "rendered" string of an object field (WordPress REST). */
  private static String rendered(JsonNode node, String... names) {
    String s = string(node, names);
    if (s != null) {
      return s;
    }
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null && v.isObject()) {
        String r = string(v, "rendered", "raw", "value");
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  private static boolean looksLikeNinjs(JsonNode root) {
    for (String k : new String[] {"uri", "headline", "headlines", "body_text", "body_html", "bodies", "type", "article_html"}) {
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
