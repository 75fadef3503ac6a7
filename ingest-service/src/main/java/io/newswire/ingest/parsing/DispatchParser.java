package io.newswire.ingest.parsing;

import io.newswire.language.LanguageDetector;
import io.newswire.normalization.DisplayNormalizer;
import io.newswire.schema.Dateline;
import io.newswire.schema.ParsedArticle;
import io.newswire.schema.Source;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw dispatch bytes to a {@link ParsedArticle}: a pure function, used by the ingest topology and by
 * the offline {@code enrich} command alike.
 */
public final class DispatchParser {
  public static final int DEFAULT_MAX_BYTES = 1 << 20;

  // "طهران-مهر:-" : city, agency, then ":-" ; also "CITY (AGENCY) -" and "CITY, Date -".
  private static final Pattern MEHR_STYLE = Pattern.compile("^(\\p{L}[\\p{L} ]{0,30}?)\\s*-\\s*(\\p{L}[\\p{L} ]{0,20}?)\\s*:\\s*-\\s*");
  private static final Pattern AGENCY_IN_PARENS = Pattern.compile("^([\\p{Lu}][\\p{Lu} .'-]{1,40}?)\\s*(?:,\\s*([^()]{3,30}?))?\\s*\\(([\\p{L} .]{2,30})\\)\\s*[-—–]+\\s*");
  private static final Pattern CITY_DATE = Pattern.compile("^([\\p{Lu}][\\p{Lu} .'-]{1,40}?),\\s*([\\p{L}]{3,9}\\.? \\d{1,2})\\s*[-—–]+\\s*");

  private final int maxBytes;
  private final LanguageDetector languageDetector = new LanguageDetector();

  public DispatchParser() {
    this(DEFAULT_MAX_BYTES);
  }

  public DispatchParser(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  public ParsedArticle parse(RawDispatch raw) throws RejectedDispatchException {
    byte[] body = raw.body();
    if (body == null || body.length == 0) {
      throw new RejectedDispatchException("empty", "decode", "dispatch has no bytes");
    }
    if (body.length > maxBytes) {
      throw new RejectedDispatchException("too-large", "decode",
          "dispatch is " + body.length + " bytes, limit is " + maxBytes);
    }
    String text = decodeUtf8(body);
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String clean = DisplayNormalizer.normalize(line);
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    if (lines.isEmpty()) {
      throw new RejectedDispatchException("no-text", "parse", "dispatch holds no visible text");
    }
    String headline = lines.get(0);
    List<String> highlights = new ArrayList<>();
    int i = 1;
    while (i < lines.size() && lines.get(i).startsWith("*")) {
      highlights.add(lines.get(i).substring(1).trim());
      i++;
    }
    List<String> paragraphs = new ArrayList<>();
    Dateline dateline = null;
    for (; i < lines.size(); i++) {
      String p = lines.get(i);
      if (paragraphs.isEmpty() && dateline == null) {
        DatelineMatch m = matchDateline(p);
        if (m != null) {
          dateline = m.dateline;
          p = p.substring(m.length).trim();
        }
      }
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    if (paragraphs.isEmpty()) {
      throw new RejectedDispatchException("no-body", "parse", "dispatch has a headline but no body");
    }
    String language = languageDetector.detect(String.join(" ", paragraphs));
    String feed = raw.header(RawDispatch.SOURCE) != null ? raw.header(RawDispatch.SOURCE) : "unknown";
    String id = raw.key() != null && !raw.key().isBlank() ? raw.key() : null;
    String hash = contentHash(headline, highlights, paragraphs);
    if (id == null) {
      id = "sha256:" + hash.substring(0, 24);
    }
    String contentType = raw.header(RawDispatch.CONTENT_TYPE) != null ? raw.header(RawDispatch.CONTENT_TYPE) : "text/plain";
    return ParsedArticle.newBuilder()
        .setId(id)
        .setVersion(1)
        .setSource(Source.newBuilder()
            .setAgency(dateline != null ? dateline.getAgency() : null)
            .setFeed(feed)
            .setReceivedAt(Instant.ofEpochMilli(raw.timestamp()))
            .build())
        .setLanguage(language)
        .setHeadline(headline)
        .setHighlights(highlights)
        .setDateline(dateline)
        .setParagraphs(paragraphs)
        .setContentType(contentType)
        .setCharset("UTF-8")
        .setContentHash(hash)
        .build();
  }

  private static String decodeUtf8(byte[] body) throws RejectedDispatchException {
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new RejectedDispatchException("undecodable", "decode", "bytes are not valid UTF-8", e);
    }
  }

  private record DatelineMatch(Dateline dateline, int length) {}

  private static DatelineMatch matchDateline(String p) {
    Matcher m = MEHR_STYLE.matcher(p);
    if (m.find()) {
      String agency = Agencies.canonical(m.group(2).trim());
      return new DatelineMatch(Dateline.newBuilder().setText(p.substring(0, m.end()).trim())
          .setCity(m.group(1).trim()).setAgency(agency).build(), m.end());
    }
    m = AGENCY_IN_PARENS.matcher(p);
    if (m.find()) {
      return new DatelineMatch(Dateline.newBuilder().setText(p.substring(0, m.end()).trim())
          .setCity(m.group(1).trim()).setAgency(Agencies.canonical(m.group(3).trim())).build(), m.end());
    }
    m = CITY_DATE.matcher(p);
    if (m.find()) {
      return new DatelineMatch(Dateline.newBuilder().setText(p.substring(0, m.end()).trim())
          .setCity(m.group(1).trim()).build(), m.end());
    }
    return null;
  }

  static String contentHash(String headline, List<String> highlights, List<String> paragraphs) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(headline.getBytes(StandardCharsets.UTF_8));
      for (String h : highlights) {
        sha.update((byte) '\n');
        sha.update(h.getBytes(StandardCharsets.UTF_8));
      }
      for (String p : paragraphs) {
        sha.update((byte) '\n');
        sha.update(p.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
