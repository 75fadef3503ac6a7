package io.newswire.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Entity;
import io.newswire.schema.Mention;
import io.newswire.enrich.entities.link.CrossScriptName;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores enrich output against the project's gold annotation ({@code *.gold.json}, or one object per
 * line in {@code *.jsonl}; format in the shared data README). Our mention offsets are per field, the
 * gold ones are code points into the original dispatch text, so each field is first located in that
 * text (display text is usually a verbatim substring; otherwise it is found modulo whitespace).
 *
 * <p>Mention score: a predicted mention is right when span and type equal a gold mention. Entity score:
 * a predicted entity is right when it has the type of a gold entity and shares a mention span with it
 * (one-to-one).
 */
public final class GoldEntityEvaluation {

  private GoldEntityEvaluation() {}

  /**
   * Scores every gold document in {@code gold} against {@code enrich(text)}.
   *
   * @param enrich the pipeline under test: original dispatch text to enriched article (the caller
   *               parses and enriches; this class only scores)
   */
  public static Report run(Path gold, Function<String, EnrichedArticle> enrich) throws IOException {
    return run(readGold(gold), enrich);
  }

  /** Scores gold documents that already carry their {@code text} (see {@link GoldDocuments#read(Path, Path)}). */
  public static Report run(List<JsonNode> gold, Function<String, EnrichedArticle> enrich) {
    Report report = new Report();
    for (JsonNode doc : gold) {
      report.add(score(doc, enrich.apply(doc.path("text").asText())));
    }
    return report;
  }

  /** Gold documents of a file: one object, or one per line. */
  public static List<JsonNode> readGold(Path gold) throws IOException {
    return GoldDocuments.read(gold);
  }

  /** Scores one gold document against one enriched article. */
  public static Report score(JsonNode gold, EnrichedArticle predicted) {
    String text = gold.path("text").asText();
    Map<String, int[]> fieldMap = FieldAlignment.map(text, predicted);
    Report r = new Report();
    r.documents = 1;
    // gold mentions: span -> type; entity -> spans
    Map<Span, String> goldType = new HashMap<>();
    List<Set<Span>> goldEntities = new ArrayList<>();
    List<String> goldEntityType = new ArrayList<>();
    List<String> goldNames = new ArrayList<>();
    for (JsonNode e : gold.path("entities")) {
      goldNames.add(e.path("name").asText());
      String type = normalizeType(e.path("type").asText());
      Set<Span> spans = new HashSet<>();
      for (JsonNode m : e.path("mentions")) {
        Span sp = new Span(m.get(0).asInt(), m.get(1).asInt());
        goldType.put(sp, type);
        spans.add(sp);
      }
      goldEntities.add(spans);
      goldEntityType.add(type);
    }
    Set<Span> matchedGold = new HashSet<>();
    // a dateline or highlight may repeat text of the body: the same original span counts once
    Set<Span> scored = new HashSet<>();
    List<Set<Span>> predEntities = new ArrayList<>();
    List<String> predEntityType = new ArrayList<>();
    for (Entity e : predicted.getEntities()) {
      String type = normalizeType(e.getType().name());
      if (isLinked(e.getId())) {
        r.linked++;
        if (e.getId().startsWith("wikidata:")) {
          r.wikidata++;
        }
      }
      Set<Span> spans = new HashSet<>();
      for (Mention m : e.getMentions()) {
        int[] map = fieldMap.get(m.getField());
        if (map == null || m.getEnd() > map.length || m.getEnd() <= m.getStart()) {
          r.unlocated++;
          continue;
        }
        Span sp = new Span(map[m.getStart()], map[m.getEnd() - 1] + 1);
        spans.add(sp);
        if (!scored.add(sp)) {
          continue;
        }
        if (type.equals(goldType.get(sp)) && matchedGold.add(sp)) {
          r.mentions(type).tp();
        } else {
          r.mentions(type).fp();
          r.errors.add("FP " + type + " " + sp + " " + cut(text, sp) + " (" + e.getName() + ")");
        }
      }
      predEntities.add(spans);
      predEntityType.add(type);
    }
    for (Map.Entry<Span, String> g : goldType.entrySet()) {
      if (!matchedGold.contains(g.getKey())) {
        r.mentions(g.getValue()).fn();
        r.errors.add("FN " + g.getValue() + " " + g.getKey() + " " + cut(text, g.getKey()));
      }
    }
    boolean[] goldUsed = new boolean[goldEntities.size()];
    for (int p = 0; p < predEntities.size(); p++) {
      int hit = -1;
      for (int g = 0; g < goldEntities.size() && hit < 0; g++) {
        if (!goldUsed[g] && goldEntityType.get(g).equals(predEntityType.get(p))
            && intersects(goldEntities.get(g), predEntities.get(p))) {
          hit = g;
        }
      }
      if (hit >= 0) {
        goldUsed[hit] = true;
        r.entities(predEntityType.get(p)).tp();
        String predictedName = predicted.getEntities().get(p).getName();
        r.names++;
        if (sameName(goldNames.get(hit), predictedName)) {
          r.namesExact++;
        } else {
          r.errors.add("NAME " + predEntityType.get(p) + " gold '" + goldNames.get(hit) + "' predicted '" + predictedName + "'");
        }
        if (CrossScriptName.key(plainName(goldNames.get(hit))).equals(CrossScriptName.key(plainName(predictedName)))) {
          r.namesByKey++;
        }
      } else {
        r.entities(predEntityType.get(p)).fp();
      }
    }
    for (int g = 0; g < goldEntities.size(); g++) {
      if (!goldUsed[g]) {
        r.entities(goldEntityType.get(g)).fn();
      }
    }
    return r;
  }

  /**
   * Linked to the knowledge base: a Wikidata id or a curated slug, not an id made for a name the KB
   * lacks ({@code person:name:…}, {@code org:name:…}, {@code place:name:…}, {@code org:ar:…}, {@code place:fa:…} with
   * the name in it).
   */
  static boolean isLinked(String id) {
    if (id.startsWith("wikidata:")) {
      return true;
    }
    if (id.startsWith("person:name:") || id.startsWith("org:name:") || id.startsWith("place:name:")
        || id.matches("(person|org|other):(ar|fa|en):.*")) {
      return false;
    }
    // places: KB slugs are place:<iso2>:<ascii>, unknown ones place:<lang>:<name in its script>
    return !(id.startsWith("place:en:") || id.matches("place:(ar|fa):.*[^\\x00-\\x7F].*"));
  }

  /** Canonical names compared without case, accents, punctuation, articles and a (qualifier). */
  static boolean sameName(String gold, String predicted) {
    return plainName(gold).equals(plainName(predicted));
  }

  static String plainName(String name) {
    String s = Normalizer.normalize(name.replaceAll("\\([^)]*\\)", ""), Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    s = s.replaceAll("^the ", "").replaceAll("\\b(al|el)-", "al ");
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static boolean intersects(Set<Span> a, Set<Span> b) {
    for (Span s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static String cut(String text, Span sp) {
    int s = text.offsetByCodePoints(0, Math.min(sp.start, text.codePointCount(0, text.length())));
    int e = text.offsetByCodePoints(0, Math.min(sp.end, text.codePointCount(0, text.length())));
    return "'" + text.substring(s, e) + "'";
  }

  static String normalizeType(String t) {
    return switch (t) {
      case "ORGANIZATION", "ORG" -> "ORG";
      case "PLACE", "LOC", "GPE" -> "PLACE";
      case "PERSON", "PER", "PERS" -> "PERSON";
      default -> t;
    };
  }

  record Span(int start, int end) {
    @Override
    public String toString() {
      return "[" + start + "," + end + ")";
    }
  }

  /** Mention and entity scores per type; prints itself. */
  public static final class Report {
    private final Map<String, PrfCounts> mentions = new TreeMap<>();
    private final Map<String, PrfCounts> entities = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();
    private int documents;
    private int unlocated;
    private int names;
    private int namesExact;
    private int namesByKey;
    private int linked;
    private int wikidata;

    PrfCounts mentions(String type) {
      return mentions.computeIfAbsent(type, k -> new PrfCounts());
    }

    PrfCounts entities(String type) {
      return entities.computeIfAbsent(type, k -> new PrfCounts());
    }

    void add(Report o) {
      o.mentions.forEach((k, v) -> mentions(k).add(v));
      o.entities.forEach((k, v) -> entities(k).add(v));
      errors.addAll(o.errors);
      documents += o.documents;
      unlocated += o.unlocated;
      names += o.names;
      namesExact += o.namesExact;
      namesByKey += o.namesByKey;
      linked += o.linked;
      wikidata += o.wikidata;
    }

    private static double share(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    /** Share of the matched entities whose predicted canonical name equals the gold one. */
    public double canonicalNameAccuracy() {
      return share(namesExact, names);
    }

    public PrfCounts mentionTotal() {
      PrfCounts t = new PrfCounts();
      mentions.values().forEach(t::add);
      return t;
    }

    public PrfCounts entityTotal() {
      PrfCounts t = new PrfCounts();
      entities.values().forEach(t::add);
      return t;
    }

    public Map<String, PrfCounts> mentionsByType() {
      return mentions;
    }

    public Map<String, PrfCounts> entitiesByType() {
      return entities;
    }

    public List<String> errors() {
      return errors;
    }

    public void print(PrintStream out, boolean withErrors) {
      out.println("documents: " + documents + (unlocated > 0 ? " (mentions in unlocated fields: " + unlocated + ")" : ""));
      out.println("mentions (exact span and type):");
      mentions.forEach((k, v) -> out.println("  " + v.row(k)));
      out.println("  " + mentionTotal().row("ALL"));
      out.println("entities (type and a shared mention):");
      entities.forEach((k, v) -> out.println("  " + v.row(k)));
      out.println("  " + entityTotal().row("ALL"));
      out.printf(java.util.Locale.ROOT, "canonical names of the entities found: %d of %d right (%.2f), %d of %d with the gold name's phonetic key (%.2f)%n",
          namesExact, names, share(namesExact, names), namesByKey, names, share(namesByKey, names));
      int predicted = entityTotal().truePositives() + entityTotal().falsePositives();
      out.printf(java.util.Locale.ROOT, "linked to the knowledge base: %d of %d entities (%.2f), %d with a Wikidata id%n",
          linked, predicted, share(linked, predicted), wikidata);
      if (withErrors) {
        errors.forEach(e -> out.println("  " + e));
      }
    }

    @Override
    public String toString() {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      print(new PrintStream(b, true, StandardCharsets.UTF_8), false);
      return b.toString(StandardCharsets.UTF_8);
    }
  }
}
