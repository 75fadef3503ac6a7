package io.newswire.ingest.parsing.format;

import io.newswire.ingest.parsing.RejectReason;
import io.newswire.ingest.parsing.RejectedDispatchException;
import java.time.Instant;
import org.w3c.dom.Element;

/** XML dispatches: parsed once, securely, then read as NITF or NewsML-G2 by their root element. */
public final class XmlDispatchParser implements FormatParser {
  @Override
  public DispatchContent parse(String text, Instant receivedAt) throws RejectedDispatchException {
    Element root = SecureXml.parse(text).getDocumentElement();
    String name = SecureXml.name(root);
    if ("nitf".equals(name)) {
      return NitfParser.read(root, receivedAt);
    }
    Element item = NewsMlG2Parser.newsItem(root);
    if (item != null) {
      return NewsMlG2Parser.read(item, receivedAt);
    }
    throw RejectReason.parse(RejectReason.UNSUPPORTED_FORMAT, "XML root <" + name + "> is neither NITF nor NewsML-G2");
  }
}
