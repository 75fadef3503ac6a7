package io.newswire.ingest.parsing;

import io.newswire.ingest.parsing.format.DispatchContent;
import io.newswire.ingest.parsing.format.StatusWords;
import io.newswire.ingest.parsing.format.WireFormat;
import io.newswire.ingest.parsing.plain.PlainTextParser;
import io.newswire.language.LanguageDetector;
import io.newswire.normalization.DisplayNormalizer;
import io.newswire.schema.Dateline;
import io.newswire.schema.ParsedArticle;
import io.newswire.schema.Source;
import io.newswire.text.StepClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Turns what a format parser found into a {@link ParsedArticle}: id, language, hash, defaults. */
final class ArticleAssembler {
  /** Enough text for a confident language call; more only costs time. */
  private static final int LANGUAGE_SAMPLE_CHARS = 2000;

  private final LanguageDetector languageDetector = new LanguageDetector();

  /** @param itemIndex position of the item in a many-item envelope, or -1 for a single story */
  ParsedArticle assemble(DispatchContent c, RawDispatch raw, String charset, boolean charsetDetected, int itemIndex)
      throws RejectedDispatchException {
    long t = StepClock.start();
    if (c.format != WireFormat.PLAIN) {
      c.headline = StatusWords.cutFromHeadline(c.headline, c); // feeds repeat the wire's "REFILE-" prefixes
    }
    String headline = c.headline == null ? "" : DisplayNormalizer.normalize(c.headline);
    if (!DisplayNormalizer.hasVisibleText(headline)) {
      throw RejectReason.parse(RejectReason.NO_HEADLINE, "no headline found in the " + c.format.wireName() + " dispatch");
    }
    // Parsers hand over display-form text (DispatchContent's contract); only empties are dropped here.
    List<String> paragraphs = new ArrayList<>(c.paragraphs.size());
    for (String p : c.paragraphs) {
      if (p != null && !p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    Instant receivedAt = Instant.ofEpochMilli(raw.timestamp());
    PlainTextParser.applyDateline(c, paragraphs, receivedAt); // structured formats may open the body with one
    // A kill or withhold notice often carries only a headline; it must still reach subscribers.
    boolean notice = "canceled".equals(c.pubStatus) || "withheld".equals(c.pubStatus);
    if (paragraphs.isEmpty() && !notice) {
      throw RejectReason.parse(RejectReason.NO_BODY, "dispatch has a headline but no body");
    }
    List<String> highlights = new ArrayList<>(c.highlights.size());
    for (String h : c.highlights) {
      if (h != null && !h.isEmpty()) {
        highlights.add(h);
      }
    }
    Dateline dateline = c.dateline;
    String agency = c.agency != null ? c.agency : dateline != null ? dateline.getAgency() : null;
    String hash = contentHash(headline, highlights, paragraphs);
    String feed = raw.header(RawDispatch.SOURCE);
    String contentType = raw.header(RawDispatch.CONTENT_TYPE);
    t = StepClock.lap("parse.assemble", t);
    String language = language(headline, highlights, paragraphs, c.declaredLanguage);
    t = StepClock.lap("parse.language", t);
    ParsedArticle article = ParsedArticle.newBuilder()
        .setId(id(c, raw, agency, headline, itemIndex))
        .setVersion(c.version != null ? c.version : 1)
        .setSource(Source.newBuilder()
            .setAgency(agency)
            .setFeed(feed != null && !feed.isBlank() ? feed : "unknown")
            .setReceivedAt(receivedAt)
            .build())
        .setLanguage(language)
        .setHeadline(headline)
        .setHighlights(highlights)
        .setDateline(dateline)
        .setParagraphs(paragraphs)
        .setContentType(contentType != null && !contentType.isBlank() ? contentType.trim() : c.format.contentType())
        .setCharset(charset)
        .setCharsetDetected(charsetDetected)
        .setFormat(c.format.wireName())
        .setPubStatus(c.pubStatus != null ? c.pubStatus : "usable")
        .setSlugline(c.slugline)
        .setUrgency(c.urgency)
        .setSubjects(new ArrayList<>(c.subjects))
        .setVersionCreated(c.versionCreated)
        .setContentHash(hash)
        .build();
    StepClock.lap("parse.assemble", t);
    return article;
  }

  private String language(String headline, List<String> highlights, List<String> paragraphs, String declared) {
    // Sized first, by the same stop rule as the loop below: growing the builder copied the sample up to
    // four times, the largest cost of the parse after the detector itself.
    int size = headline.length();
    for (String h : highlights) {
      size += 1 + h.length();
    }
    for (String p : paragraphs) {
      if (size >= LANGUAGE_SAMPLE_CHARS) {
        break;
      }
      size += 1 + p.length();
    }
    StringBuilder sample = new StringBuilder(size).append(headline);
    for (String h : highlights) {
      sample.append('\n').append(h);
    }
    for (String p : paragraphs) {
      if (sample.length() >= LANGUAGE_SAMPLE_CHARS) {
        break;
      }
      sample.append('\n').append(p);
    }
    return languageDetector.detect(sample.toString(), declared);
  }

  /**
   * The dispatch's own id (ninjs uri, NITF doc-id, NewsML guid), else an 'id' header, else the Kafka
   * key, else "nw-" + a stable hash of agency and headline (so a re-send of an anonymous dispatch
   * keeps its id, and a new text under the same headline becomes a new version of it).
   */
  private static String id(DispatchContent c, RawDispatch raw, String agency, String headline, int itemIndex) {
    if (c.id != null && !c.id.isBlank()) {
      return c.id;
    }
    // The transport's id names the whole envelope: each item gets its position after it (stable on a re-send).
    String suffix = itemIndex < 0 ? "" : "#" + (itemIndex + 1);
    String header = raw.header("id");
    if (header != null && !header.isBlank()) {
      return header.trim() + suffix;
    }
    if (raw.key() != null && !raw.key().isBlank()) {
      return raw.key() + suffix;
    }
    return "nw-" + sha256(agency == null ? "" : agency, headline).substring(0, 32);
  }

  static String contentHash(String headline, List<String> highlights, List<String> paragraphs) {
    List<String> parts = new ArrayList<>(1 + highlights.size() + paragraphs.size());
    parts.add(headline);
    parts.addAll(highlights);
    parts.addAll(paragraphs);
    return sha256(parts.toArray(new String[0]));
  }

  private static String sha256(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          sha.update((byte) '\n');
        }
        sha.update(parts[i].getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
