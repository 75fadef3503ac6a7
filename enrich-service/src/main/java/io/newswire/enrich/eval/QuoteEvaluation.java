package io.newswire.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.enrich.ArticleField;
import io.newswire.enrich.ArticleFields;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import io.newswire.schema.Speaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores quote extraction. Pure API (the CLI wires {@code newswire eval quotes FILE}):
 * <ul>
 *   <li>{@link #gold}: the project's gold format (README), direct and indirect quotes with code-point
 *       offsets into the original text; our per-field offsets are mapped back by locating each field's
 *       display text in the original.
 *   <li>{@link #polnear}: PolNeAR JSON lines; direct attributions (content holding quotation marks).
 * </ul>
 * A predicted quote matches a gold one when their word-token F1 is at least 0.5.
 */
public final class QuoteEvaluation {
  static final double MATCH_F1 = 0.5;
  private static final int PRINTED_EXAMPLES = 40;

  private QuoteEvaluation() {}

  // ================================================================ report

  /** Named figures and a few example errors; {@link #toString()} prints it. */
  public record Report(String title, Map<String, Double> figures, Map<String, Integer> counts, List<String> examples) {
    public double figure(String name) {
      Double v = figures.get(name);
      if (v == null) {
        throw new IllegalArgumentException("no figure " + name + " in " + figures.keySet());
      }
      return v;
    }

    @Override
    public String toString() {
      return render(PRINTED_EXAMPLES);
    }

    /** The figures and every example error, not only the first few. */
    public String withAllExamples() {
      return render(Integer.MAX_VALUE);
    }

    private String render(int printed) {
      StringBuilder sb = new StringBuilder(title).append('\n');
      counts.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-34s %d%n", k, v)));
      figures.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-34s %.3f%n", k, v)));
      if (!examples.isEmpty()) {
        sb.append("  examples:\n");
        examples.stream().limit(printed).forEach(e -> sb.append("    ").append(e).append('\n'));
        if (examples.size() > printed) {
          sb.append("    … ").append(examples.size() - printed).append(" more\n");
        }
      }
      return sb.toString();
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }

  // ================================================================ gold format

  /** A quote placed in the original text: code-point offsets. */
  private record Placed(QuoteKind kind, int start, int end, String text, Speaker speaker) {}

  /**
   * @param jsonOrJsonl one gold object ({@code .json}) or one per line ({@code .jsonl})
   * @param enrich      raw dispatch text to the enriched article (parse and enrich)
   */
  public static Report gold(Path jsonOrJsonl, Function<String, EnrichedArticle> enrich) {
    return gold(readDocs(jsonOrJsonl), enrich);
  }

  /** @param docs gold documents, each with its {@code text} (see {@link GoldDocuments#read(Path, Path)}) */
  public static Report gold(List<JsonNode> docs, Function<String, EnrichedArticle> enrich) {
    Map<QuoteKind, int[]> tally = new HashMap<>(); // gold, predicted, matched, exact, speakerRight
    for (QuoteKind k : QuoteKind.values()) {
      tally.put(k, new int[5]);
    }
    List<String> examples = new ArrayList<>();
    int unmappedFields = 0;
    for (JsonNode doc : docs) {
      String where = doc.path("id").asText("?") + ": "; // which dispatch an example comes from
      String text = doc.get("text").asText();
      int[] cps = text.codePoints().toArray();
      EnrichedArticle a = enrich.apply(text);
      Map<String, Integer> fieldStart = GoldDocuments.fieldStarts(text, a);
      // display normalization may drop characters inside a field (a ZWNJ before a space, a doubled ZWNJ):
      // then the field is no longer a substring of the text, so quotes are placed through the character
      // alignment the entity scores use, a field's start offset only as the fallback
      Map<String, int[]> fieldMap = FieldAlignment.map(text, a);
      int mapped = 0;
      for (ArticleField f : ArticleFields.of(a)) {
        mapped += fieldStart.containsKey(f.name()) || fieldMap.containsKey(f.name()) ? 1 : 0;
      }
      unmappedFields += ArticleFields.of(a).size() - mapped;
      List<Placed> predicted = new ArrayList<>();
      for (Quote q : a.getQuotes()) {
        int[] m = fieldMap.get(q.getField().toString());
        Integer base = fieldStart.get(q.getField().toString());
        if (m != null && q.getEnd() > q.getStart() && q.getEnd() <= m.length) {
          predicted.add(new Placed(q.getKind(), m[q.getStart()], m[q.getEnd() - 1] + 1, q.getText().toString(), q.getSpeaker()));
        } else if (base != null) {
          predicted.add(new Placed(q.getKind(), base + q.getStart(), base + q.getEnd(), q.getText().toString(), q.getSpeaker()));
        }
      }
      // What the speaker's entity was called in this article, to compare with the gold mentions.
      Map<String, List<String>> predictedMentions = new HashMap<>();
      for (var e : a.getEntities()) {
        predictedMentions.put(e.getId().toString(), e.getMentions().stream().map(m -> m.getText().toString()).toList());
      }
      Map<String, JsonNode> entities = new HashMap<>();
      for (JsonNode e : doc.path("entities")) {
        entities.put(e.get("id").asText(), e);
      }
      for (QuoteKind kind : QuoteKind.values()) {
        List<JsonNode> golds = new ArrayList<>();
        for (JsonNode g : doc.path("quotes")) {
          if (g.get("kind").asText().equalsIgnoreCase(kind.name())) {
            golds.add(g);
          }
        }
        List<Placed> preds = predicted.stream().filter(p -> p.kind() == kind).toList();
        int[] t = tally.get(kind);
        t[0] += golds.size();
        t[1] += preds.size();
        boolean[] used = new boolean[preds.size()];
        for (JsonNode g : golds) {
          int gs = g.get("start").asInt();
          int ge = g.get("end").asInt();
          List<String> gTokens = TokenOverlap.tokens(FieldAlignment.displayForms(slice(cps, gs, ge)));
          int best = -1;
          double bestF1 = 0;
          for (int i = 0; i < preds.size(); i++) {
            double f1 = used[i] ? 0 : TokenOverlap.f1(TokenOverlap.tokens(preds.get(i).text()), gTokens);
            if (f1 > bestF1) {
              bestF1 = f1;
              best = i;
            }
          }
          if (best < 0 || bestF1 < MATCH_F1) {
            examples.add(where + "missed " + kind + " [" + gs + "," + ge + "): " + abbreviate(slice(cps, gs, ge)));
            continue;
          }
          used[best] = true;
          Placed p = preds.get(best);
          t[2]++;
          if (p.start() == gs && p.end() == ge) {
            t[3]++;
          } else {
            examples.add(where + "inexact " + kind + " predicted [" + p.start() + "," + p.end() + ") gold [" + gs + "," + ge + ")");
          }
          JsonNode speakerId = g.get("speaker");
          JsonNode entity = speakerId == null || speakerId.isNull() ? null : entities.get(speakerId.asText());
          if (speakerRight(p.speaker(), entity, speakerId, cps, predictedMentions)) {
            t[4]++;
          } else {
            examples.add(where + "wrong speaker " + describe(p.speaker()) + " (gold " + (entity == null ? "none"
                : entity.get("name").asText()) + ") for: " + abbreviate(p.text()));
          }
        }
        for (int i = 0; i < preds.size(); i++) {
          if (!used[i]) {
            examples.add(where + "spurious " + kind + " [" + preds.get(i).start() + "," + preds.get(i).end() + "): "
                + abbreviate(preds.get(i).text()));
          }
        }
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Double> figures = new LinkedHashMap<>();
    counts.put("documents", docs.size());
    counts.put("fields not found in text", unmappedFields);
    for (QuoteKind k : QuoteKind.values()) {
      int[] t = tally.get(k);
      String n = k.name().toLowerCase(Locale.ROOT);
      counts.put(n + " gold", t[0]);
      counts.put(n + " predicted", t[1]);
      counts.put(n + " matched (F1>=0.5)", t[2]);
      counts.put(n + " exact span", t[3]);
      counts.put(n + " matched, right speaker", t[4]);
      figures.put(n + " precision", ratio(t[2], t[1]));
      figures.put(n + " recall", ratio(t[2], t[0]));
      figures.put(n + " speaker accuracy", ratio(t[4], t[2]));
    }
    return new Report("quotes vs gold (" + docs.size() + " documents)", figures, counts, examples);
  }

  private static boolean speakerRight(Speaker p, JsonNode entity, JsonNode goldId, int[] cps,
      Map<String, List<String>> predictedMentions) {
    // an unresolved speaker (no entity, no name: only the words the article used) is published as
    // 'nobody known' and counts as null
    boolean unresolved = p == null || p.getEntityId() == null && p.getName() == null;
    if (entity == null) {
      return unresolved;
    }
    if (p == null) {
      return false;
    }
    String name = entity.get("name").asText();
    if (p.getName() != null && p.getName().toString().equalsIgnoreCase(name)) {
      return true;
    }
    if (p.getEntityId() != null && p.getEntityId().toString().equals(goldId.asText())) {
      return true;
    }
    // otherwise by name: the speaker's words against the gold entity's mentions (a bare role such as
    // 'رئيس الجمهورية' is not a mention, so it does not count)
    for (JsonNode m : entity.path("mentions")) {
      String mention = slice(cps, m.get(0).asInt(), m.get(1).asInt());
      if (TokenOverlap.sameName(p.getText().toString(), mention)
          || p.getName() != null && TokenOverlap.sameName(p.getName().toString(), mention)) {
        return true; // the speaker's words, or the name of the entity it resolved to ('سموه' → the prince)
      }
      // or the entity it resolved to was named so in the article: a person outside the knowledge base
      // keeps a romanized name ('وي' → person:name:… whose mentions are 'محمد البرادعي')
      if (p.getEntityId() != null) {
        for (String predicted : predictedMentions.getOrDefault(p.getEntityId().toString(), List.of())) {
          if (TokenOverlap.sameName(predicted, mention)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ================================================================ PolNeAR

  /** The fields of a PolNeAR text (first line the headline, then one paragraph per line) and where each starts. */
  public record PolnearFields(List<ArticleField> fields, int[] codePointStarts) {}

  /** Splits a PolNeAR text into fields on line breaks, as a wire text reads. */
  public static PolnearFields polnearFields(String text) {
    List<ArticleField> fields = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int i = 0;
    int paragraph = 0;
    while (i < text.length()) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? text.length() : nl;
      int s = i;
      while (s < end && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      int e = end;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        String name = fields.isEmpty() ? "headline" : "paragraphs[" + paragraph++ + "]";
        fields.add(new ArticleField(name, text.substring(s, e)));
        starts.add(text.codePointCount(0, s));
      }
      i = end + 1;
    }
    return new PolnearFields(fields, starts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** PolNeAR with the quote extractor alone: no entities, the speakers come from its own name fallback. */
  public static Report polnear(Path jsonl, io.newswire.enrich.quotes.QuoteExtractor extractor) {
    return polnear(jsonl, (fields, lang) -> extractor.extract(fields, lang, List.of()));
  }

  /**
   * Direct attributions of PolNeAR. Our side counts a quote when its words hold or are a quotation (a
   * DIRECT quote, or a reported clause that quotes: PolNeAR's own definition of direct). A gold content
   * is recalled when a predicted quote, or the run of predicted quotes inside it ("A," he said. "B"),
   * reaches token F1 0.5; the strict figures allow a single quote only. Speaker accuracy is over recalled
   * contents whose gold source is a name.
   *
   * @param extract fields and language to quotes (entities are up to the caller)
   */
  public static Report polnear(Path jsonl, BiFunction<List<ArticleField>, String, List<Quote>> extract) {
    List<JsonNode> docs = readDocs(jsonl);
    int gold = 0;
    int predicted = 0;
    int predictedDirectOnly = 0;
    int recalled = 0;
    int recalledStrict = 0;
    int truePred = 0;
    int truePredStrict = 0;
    int truePredDirectOnly = 0;
    int named = 0;
    int speakerRight = 0;
    List<String> examples = new ArrayList<>();
    Newsroom newsroom = new Newsroom();
    for (JsonNode doc : docs) {
      String text = doc.get("text").asText();
      int[] cps = text.codePoints().toArray();
      PolnearFields pf = polnearFields(text);
      List<Quote> quotes = extract.apply(pf.fields(), "en");
      Map<String, Integer> fieldIndex = new HashMap<>();
      for (int k = 0; k < pf.fields().size(); k++) {
        fieldIndex.put(pf.fields().get(k).name(), k);
      }
      List<Placed> preds = new ArrayList<>();
      List<Placed> all = new ArrayList<>();
      for (Quote q : quotes) {
        String qt = q.getText().toString();
        int base = pf.codePointStarts()[fieldIndex.get(q.getField().toString())];
        int start = base + q.getStart();
        Placed placed = new Placed(q.getKind(), start, base + q.getEnd(), qt, q.getSpeaker());
        all.add(placed);
        boolean quoting = q.getKind() == QuoteKind.DIRECT ? doubleMarkBefore(cps, start) : holdsQuotation(qt);
        if (quoting) {
          preds.add(placed);
        }
      }
      newsroom.add(Newsroom.score(doc, cps, all));
      predicted += preds.size();
      List<List<String>> predTokens = preds.stream().map(p -> TokenOverlap.tokens(p.text())).toList();
      boolean[] predTrue = new boolean[preds.size()];
      boolean[] predTrueStrict = new boolean[preds.size()];
      for (JsonNode at : doc.path("attributions")) {
        if (!at.path("direct").asBoolean()) {
          continue;
        }
        gold++;
        int cs = at.get("content").get(0).asInt();
        int ce = at.get("content").get(1).asInt();
        List<String> content = TokenOverlap.tokens(slice(cps, cs, ce));
        // strict: the best single quote
        int best = -1;
        double bestF1 = 0;
        for (int i = 0; i < preds.size(); i++) {
          double f1 = TokenOverlap.f1(predTokens.get(i), content);
          if (f1 > bestF1) {
            bestF1 = f1;
            best = i;
          }
        }
        boolean strict = bestF1 >= MATCH_F1;
        // grouped: the predicted quotes lying mostly inside the content, taken together
        List<Integer> group = new ArrayList<>();
        List<String> union = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
          Placed p = preds.get(i);
          int inside = Math.max(0, Math.min(p.end(), ce) - Math.max(p.start(), cs));
          if (inside * 2 >= p.end() - p.start() && p.end() > p.start()) {
            group.add(i);
            union.addAll(predTokens.get(i));
          }
        }
        boolean unionMatches = !group.isEmpty() && TokenOverlap.f1(union, content) >= MATCH_F1;
        boolean grouped = strict || unionMatches;
        if (strict) {
          recalledStrict++;
          predTrueStrict[best] = true;
          predTrue[best] = true;
        }
        if (grouped) {
          recalled++;
        }
        if (unionMatches) {
          group.forEach(i -> predTrue[i] = true);
        } else if (examples.size() < 400) {
          examples.add("missed: " + abbreviate(slice(cps, cs, ce)));
        }
        JsonNode src = at.get("source");
        if (grouped && src != null && !src.isNull()) {
          String source = slice(cps, src.get(0).asInt(), src.get(1).asInt());
          if (isName(source)) {
            named++;
            Placed p = strict ? preds.get(best) : preds.get(group.get(0));
            if (p.speaker() != null && (TokenOverlap.sameName(p.speaker().getText().toString(), source)
                || p.speaker().getName() != null && TokenOverlap.sameName(p.speaker().getName().toString(), source))) {
              speakerRight++;
            } else if (examples.size() < 400) {
              examples.add("speaker " + describe(p.speaker()) + " vs gold '" + source + "' for: " + abbreviate(p.text()));
            }
          }
        }
      }
      for (int i = 0; i < preds.size(); i++) {
        truePred += predTrue[i] ? 1 : 0;
        truePredStrict += predTrueStrict[i] ? 1 : 0;
        if (preds.get(i).kind() == QuoteKind.DIRECT) {
          predictedDirectOnly++;
          truePredDirectOnly += predTrue[i] ? 1 : 0;
        }
        if (!predTrue[i] && examples.size() < 400) {
          examples.add("spurious: " + abbreviate(preds.get(i).text()));
        }
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("documents", docs.size());
    counts.put("gold direct attributions", gold);
    counts.put("recalled (pieces merged, any kind covering)", newsroom.recalled);
    counts.put("predicted DIRECT pieces", newsroom.directPieces);
    counts.put("DIRECT pieces inside a gold content", newsroom.directTrue);
    counts.put("recalled with a named gold source", newsroom.named);
    counts.put("  of which speaker right", newsroom.speakerRight);
    counts.put("predicted (quoting) quotes, looser match", predicted);
    counts.put("recalled, looser match", recalled);
    counts.put("recalled, strict", recalledStrict);
    counts.put("gold sources that are names, looser match", named);
    counts.put("speaker right, looser match", speakerRight);
    Map<String, Double> figures = new LinkedHashMap<>();
    // the headline: how a newsroom reads quotes (see Newsroom)
    figures.put("recall", ratio(newsroom.recalled, gold));
    figures.put("precision", ratio(newsroom.directTrue, newsroom.directPieces));
    figures.put("speaker accuracy (named sources)", ratio(newsroom.speakerRight, newsroom.named));
    // the looser figures printed before: quoting quotes of either kind, any run of them inside a content
    figures.put("recall, looser match", ratio(recalled, gold));
    figures.put("precision, looser match", ratio(truePred, predicted));
    figures.put("speaker accuracy, looser match", ratio(speakerRight, named));
    figures.put("recall, strict single quote", ratio(recalledStrict, gold));
    figures.put("precision, strict single quote", ratio(truePredStrict, predicted));
    figures.put("precision, DIRECT kind only, looser match", ratio(truePredDirectOnly, predictedDirectOnly));
    // the headline's speaker errors first (all of them), then the looser-match examples
    List<String> listed = new ArrayList<>(newsroom.speakerErrors);
    listed.addAll(examples);
    return new Report("PolNeAR direct attributions: " + jsonl.getFileName(), figures, counts, listed);
  }

  /**
   * PolNeAR scored as a newsroom reads quotes, the headline of {@link #polnear}:
   * <ul>
   *   <li>recall: a gold direct content is found when one predicted quote of any kind reaches token F1
   *       0.5 with it; or when the DIRECT pieces of one speaker lying inside it ("A," he said. "B") do so
   *       together; or when a predicted quote of any kind covers all its words (a partial quote inside
   *       reported speech: 'said the plan was "dead"'), holding at most four times its words.
   *   <li>precision: over predicted DIRECT quotes opened by a double mark (PolNeAR's notion of direct); a
   *       piece is right when it lies mostly inside a gold direct content or matches one.
   *   <li>speaker: over found contents whose gold source names someone, the speaker of the quote that
   *       found it (the first piece of a merged run).
   * </ul>
   */
  private static final class Newsroom {
    /** A quote covering a content holds at most this many times its words. */
    static final int COVER_RATIO = 4;
    int recalled;
    int directPieces;
    int directTrue;
    int named;
    int speakerRight;
    /** The headline's errors: each content missed, each found content with a named gold source and a wrong speaker. */
    final List<String> speakerErrors = new ArrayList<>();

    Newsroom add(Newsroom o) {
      recalled += o.recalled;
      directPieces += o.directPieces;
      directTrue += o.directTrue;
      named += o.named;
      speakerRight += o.speakerRight;
      speakerErrors.addAll(o.speakerErrors);
      return this;
    }

    static Newsroom score(JsonNode doc, int[] cps, List<Placed> all) {
      Newsroom n = new Newsroom();
      List<List<String>> tokens = all.stream().map(p -> TokenOverlap.tokens(p.text())).toList();
      boolean[] directRight = new boolean[all.size()];
      for (JsonNode at : doc.path("attributions")) {
        if (!at.path("direct").asBoolean()) {
          continue;
        }
        int cs = at.get("content").get(0).asInt();
        int ce = at.get("content").get(1).asInt();
        List<String> content = TokenOverlap.tokens(slice(cps, cs, ce));
        int[] words = wordBounds(cps, cs, ce);
        Placed found = null;
        double bestF1 = MATCH_F1;
        Map<String, List<Integer>> runs = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
          Placed p = all.get(i);
          double f1 = TokenOverlap.f1(tokens.get(i), content);
          if (f1 >= bestF1) {
            bestF1 = f1;
            found = p;
          }
          int inside = Math.max(0, Math.min(p.end(), ce) - Math.max(p.start(), cs));
          if (p.kind() == QuoteKind.DIRECT && p.end() > p.start() && inside * 2 >= p.end() - p.start()) {
            directRight[i] |= doubleMarkBefore(cps, p.start());
            runs.computeIfAbsent(p.speaker() == null ? "" : p.speaker().getText().toString(), k -> new ArrayList<>()).add(i);
          }
        }
        if (found == null) {
          for (List<Integer> run : runs.values()) {
            List<String> union = new ArrayList<>();
            run.forEach(i -> union.addAll(tokens.get(i)));
            if (TokenOverlap.f1(union, content) >= MATCH_F1) {
              found = all.get(run.get(0));
              break;
            }
          }
        }
        if (found == null && words != null) {
          for (int i = 0; i < all.size(); i++) {
            Placed p = all.get(i);
            // covering, not swallowing: a whole paragraph around a short content does not find it
            if (p.start() <= words[0] && p.end() >= words[1] && tokens.get(i).size() <= COVER_RATIO * content.size()) {
              found = p;
              break;
            }
          }
        }
        if (found == null) {
          n.speakerErrors.add("missed (headline) " + doc.path("id").asText() + ": " + abbreviate(slice(cps, cs, ce)));
          continue;
        }
        n.recalled++;
        JsonNode src = at.get("source");
        if (src != null && !src.isNull()) {
          String source = slice(cps, src.get(0).asInt(), src.get(1).asInt());
          if (isName(source)) {
            n.named++;
            Speaker sp = found.speaker();
            if (sp != null && (TokenOverlap.sameName(sp.getText().toString(), source)
                || sp.getName() != null && TokenOverlap.sameName(sp.getName().toString(), source))) {
              n.speakerRight++;
            } else {
              n.speakerErrors.add("speaker (headline) " + doc.path("id").asText() + ": " + describe(sp) + " vs gold '"
                  + source + "' for: " + abbreviate(slice(cps, cs, ce)));
            }
          }
        }
      }
      for (int i = 0; i < all.size(); i++) {
        Placed p = all.get(i);
        if (p.kind() == QuoteKind.DIRECT && doubleMarkBefore(cps, p.start())) {
          n.directPieces++;
          n.directTrue += directRight[i] ? 1 : 0;
        }
      }
      return n;
    }

    /** Code-point start of the first word and end of the last word in [cs, ce), or null. */
    private static int[] wordBounds(int[] cps, int cs, int ce) {
      int s = cs;
      while (s < ce && !Character.isLetterOrDigit(cps[s])) {
        s++;
      }
      int e = ce;
      while (e > s && !Character.isLetterOrDigit(cps[e - 1])) {
        e--;
      }
      return e > s ? new int[] {s, e} : null;
    }
  }

  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "they", "it", "we", "i",
      "his", "her", "their", "this", "that", "these", "those", "you", "one", "some", "many", "who");

  /** A gold source names someone when it holds a capitalised word that is not a pronoun or article. */
  static boolean isName(String source) {
    Matcher m = Pattern.compile("\\p{L}[\\p{L}'’.-]*").matcher(source);
    while (m.find()) {
      String w = m.group();
      if (Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * PolNeAR calls content direct when it holds a double quotation mark (" “ ”); quotes in '' … '' or
   * ‘ … ’ are not. Our quotes are held to the same definition, so both sides count the same thing.
   */
  private static final String POLNEAR_MARKS = "\"“”";

  private static boolean holdsQuotation(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (POLNEAR_MARKS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The mark opening a DIRECT quote (the last non-space before its words) is a double one. */
  private static boolean doubleMarkBefore(int[] cps, int start) {
    int k = start - 1;
    while (k >= 0 && Character.isWhitespace(cps[k])) {
      k--;
    }
    return k >= 0 && POLNEAR_MARKS.indexOf(cps[k]) >= 0 && !(k > 0 && cps[k] == '"' && cps[k - 1] == '\'');
  }

  // ================================================================ helpers

  private static List<JsonNode> readDocs(Path path) {
    try {
      return GoldDocuments.read(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String slice(int[] cps, int start, int end) {
    int s = Math.max(0, Math.min(start, cps.length));
    int e = Math.max(s, Math.min(end, cps.length));
    return new String(cps, s, e - s);
  }

  private static String describe(Speaker s) {
    if (s == null) {
      return "none";
    }
    return "'" + s.getText() + "'" + (s.getEntityId() != null ? " (" + s.getEntityId() + ")" : "");
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 90 ? one : one.substring(0, 87) + "...";
  }
}
