package io.newswire.ingest.parsing;

import java.util.List;

/** Builds well-formed envelopes of every kind from a list of item kinds, for property tests. */
public final class Envelopes {
  public static final int TEXT = 0;
  public static final int PICTURE = 1;
  /** A text item with a headline and no body: rejected alone ('no-body'). */
  public static final int EMPTY_TEXT = 2;
  public static final int FORMATS = 6;

  private static final String[] HEADLINES = {
      "Hallitus esittää lisärahaa kuntien terveyspalveluihin", "Lokführer kündigen neuen Streik an",
      "Regjeringen vil ruste opp jernbanen", "El Gobierno aprueba un plan de choque"};
  private static final String BODY = "Der Bundestag berät am Dienstag über den Haushalt für das kommende Jahr.";

  private Envelopes() {}

  /** Random item kinds for an envelope of up to {@code max} items. */
  public static net.jqwik.api.Arbitrary<List<Integer>> itemKinds(int max) {
    return net.jqwik.api.Arbitraries.of(TEXT, PICTURE, EMPTY_TEXT).list().ofMaxSize(max);
  }

  public static net.jqwik.api.Arbitrary<Integer> formats() {
    return net.jqwik.api.Arbitraries.integers().between(0, FORMATS - 1);
  }

  public static String build(int format, List<Integer> kinds) {
    StringBuilder b = new StringBuilder();
    switch (format) {
      case 0 -> b.append("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><header/><itemSet>");
      case 1 -> b.append("<NewsML Version=\"1.2\"><NewsEnvelope><Priority FormalName=\"4\"/></NewsEnvelope>");
      case 2 -> b.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">");
      case 3 -> b.append("<rss version=\"2.0\"><channel>");
      case 4 -> b.append("{\"total\": ").append(kinds.size()).append(", \"item\": [");
      default -> b.append("[");
    }
    for (int i = 0; i < kinds.size(); i++) {
      int kind = kinds.get(i);
      String headline = HEADLINES[i % HEADLINES.length] + " " + (i + 1);
      String body = kind == EMPTY_TEXT ? "" : BODY;
      String id = "urn:test:item:" + i;
      switch (format) {
        case 0 -> b.append("<newsItem guid=\"").append(id).append("\"><itemMeta><itemClass qcode=\"ninat:")
            .append(kind == PICTURE ? "picture" : "text").append("\"/></itemMeta><contentMeta><headline>").append(headline)
            .append("</headline></contentMeta><contentSet>")
            .append(kind == PICTURE ? "<remoteContent href=\"p.jpg\"/>" : "<inlineData>" + body + "</inlineData>")
            .append("</contentSet></newsItem>");
        case 1 -> b.append("<NewsItem><Identification><NewsIdentifier><ProviderId>test</ProviderId><NewsItemId>").append(i)
            .append("</NewsItemId></NewsIdentifier></Identification><NewsComponent><NewsLines><HeadLine>").append(headline)
            .append("</HeadLine></NewsLines><ContentItem><MediaType FormalName=\"").append(kind == PICTURE ? "Photo" : "Text")
            .append("\"/>").append(kind == PICTURE ? "" : "<DataContent>" + body + "</DataContent>")
            .append("</ContentItem></NewsComponent></NewsItem>");
        case 2 -> b.append("<entry><id>").append(id).append("</id><title>").append(headline).append("</title>")
            .append(kind == PICTURE ? "<content type=\"image/jpeg\" src=\"p.jpg\"/>" : "<content>" + body + "</content>")
            .append("</entry>");
        case 3 -> b.append("<item><guid>").append(id).append("</guid><title>").append(headline).append("</title>")
            .append(kind == PICTURE ? "<enclosure url=\"p.jpg\" type=\"image/jpeg\"/>" : "<description>" + body + "</description>")
            .append("</item>");
        default -> b.append(i > 0 ? "," : "").append("{\"uri\": \"").append(id).append("\", \"type\": \"")
            .append(kind == PICTURE ? "picture" : "text").append("\", \"headline\": \"").append(headline)
            .append("\", \"body_text\": \"").append(body).append("\"}");
      }
    }
    switch (format) {
      case 0 -> b.append("</itemSet></newsMessage>");
      case 1 -> b.append("</NewsML>");
      case 2 -> b.append("</feed>");
      case 3 -> b.append("</channel></rss>");
      default -> b.append("]").append(format == 4 ? "}" : "");
    }
    return b.toString();
  }
}
