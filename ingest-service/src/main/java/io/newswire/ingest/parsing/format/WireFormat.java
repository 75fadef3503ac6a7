package io.newswire.ingest.parsing.format;

/** The wire formats the parser reads, with the {@code format} value and default content type. */
public enum WireFormat {
  PLAIN("plain", "text/plain"),
  NITF("nitf", "application/nitf+xml"),
  NINJS("ninjs", "application/ninjs+json"),
  NEWSML_G2("newsml-g2", "application/vnd.iptc.g2.newsitem+xml"),
  NEWSML_1("newsml-1.2", "application/vnd.iptc.newsml+xml"),
  ATOM("atom", "application/atom+xml"),
  RSS("rss", "application/rss+xml"),
  EMAIL("email", "message/rfc822"),
  IPTC7901("iptc7901", "text/vnd.iptc.7901"),
  ANPA1312("anpa1312", "text/vnd.anpa.1312");

  private final String wireName;
  private final String contentType;

  WireFormat(String wireName, String contentType) {
    this.wireName = wireName;
    this.contentType = contentType;
  }

  /** The value of ParsedArticle.format. */
  public String wireName() {
    return wireName;
  }

  /** Content type reported when the dispatch came without one. */
  public String contentType() {
    return contentType;
  }
}
