package io.newswire.ingest.parsing.format;

import io.newswire.ingest.parsing.RejectReason;
import io.newswire.ingest.parsing.RejectedDispatchException;
import java.time.Instant;
import java.util.List;
import org.w3c.dom.Element;

/**
 * XML dispatches: parsed once, securely, then read by their root element: NITF ({@code nitf}),
 * NewsML-G2 ({@code newsItem}, {@code newsMessage}, other G2 items), NewsML 1.2 ({@code NewsML},
 * {@code NewsItem}), Atom ({@code feed}, {@code entry}) and RSS ({@code rss}, RDF).
 */
public final class XmlDispatchParser implements FormatParser {
  @Override
  public DispatchContent parse(String text, Instant receivedAt) throws RejectedDispatchException {
    return Items.firstText(parseItems(text, receivedAt));
  }

  @Override
  public List<DispatchContent> parseItems(String text, Instant receivedAt) throws RejectedDispatchException {
    Element root = SecureXml.parse(text).getDocumentElement();
    String name = SecureXml.name(root);
    if ("nitf".equals(name)) {
      return List.of(NitfParser.read(root, receivedAt));
    }
    if (NewsMlG2Parser.isG2(name)) {
      return NewsMlG2Parser.items(root, receivedAt);
    }
    if (NewsMl1Parser.isNewsMl1(name)) {
      return NewsMl1Parser.items(root, receivedAt);
    }
    if (FeedParser.isFeed(name)) {
      return FeedParser.items(root, receivedAt);
    }
    throw RejectReason.parse(RejectReason.UNSUPPORTED_FORMAT,
        "XML root <" + name + "> is none of NITF, NewsML-G2, NewsML 1.2, Atom, RSS");
  }
}
