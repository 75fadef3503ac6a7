package io.newswire.ingest.parsing.format;

import static io.newswire.ingest.parsing.format.SecureXml.attr;
import static io.newswire.ingest.parsing.format.SecureXml.child;
import static io.newswire.ingest.parsing.format.SecureXml.children;
import static io.newswire.ingest.parsing.format.SecureXml.descendants;
import static io.newswire.ingest.parsing.format.SecureXml.text;

import io.newswire.ingest.parsing.dateline.Agencies;
import io.newswire.ingest.parsing.dateline.DatelineExtractor;
import io.newswire.ingest.parsing.dateline.DatelineMatch;
import io.newswire.schema.Dateline;
import java.time.Instant;
import java.util.List;
import org.w3c.dom.Element;

/**
 * NewsML-G2 {@code newsItem} (alone, or the first one in a {@code newsMessage}). Read: {@code @guid}
 * (id), {@code @version}, {@code itemMeta/versionCreated}, {@code itemMeta/pubStatus@qcode},
 * {@code itemMeta/provider} and {@code contentMeta/infoSource} (agency), {@code contentMeta/urgency},
 * {@code headline}, {@code slugline}, {@code subject} (name, else qcode), {@code description}
 * (highlights), {@code located}/{@code dateline}, {@code contentSet/inlineXML} (its {@code p}
 * elements, XHTML or NITF) or {@code inlineData} (one paragraph per line).
 */
final class NewsMlG2Parser {
  private NewsMlG2Parser() {}

  /** The newsItem to read: the root itself, or the first one in a newsMessage; null if none. */
  static Element newsItem(Element root) {
    if ("newsItem".equals(SecureXml.name(root))) {
      return root;
    }
    List<Element> items = descendants(root, "newsItem");
    return items.isEmpty() ? null : items.get(0);
  }

  static DispatchContent read(Element item, Instant receivedAt) {
    DispatchContent c = new DispatchContent();
    c.format = WireFormat.NEWSML_G2;
    c.id = Texts.display(attr(item, "guid"));
    c.version = Texts.positiveInt(attr(item, "version"));
    Element itemMeta = child(item, "itemMeta");
    c.versionCreated = Timestamps.parse(text(child(itemMeta, "versionCreated")));
    c.pubStatus = Texts.pubStatus(attr(child(itemMeta, "pubStatus"), "qcode"));
    Element contentMeta = child(item, "contentMeta");
    c.urgency = Texts.urgency(text(child(contentMeta, "urgency")));
    c.headline = Texts.display(text(child(contentMeta, "headline")));
    c.slugline = Texts.display(text(child(contentMeta, "slugline")));
    for (Element subject : children(contentMeta, "subject")) {
      String name = Texts.display(text(child(subject, "name")));
      String code = name != null ? name : attr(subject, "qcode");
      if (code != null) {
        c.subjects.add(code);
      }
    }
    for (Element d : children(contentMeta, "description")) {
      Texts.add(c.highlights, text(d));
    }
    c.agency = Agencies.canonical(party(child(contentMeta, "infoSource")));
    if (c.agency == null) {
      c.agency = Agencies.canonical(party(child(itemMeta, "provider")));
    }
    c.declaredLanguage = attr(child(contentMeta, "language"), "tag");
    if (c.declaredLanguage == null) {
      c.declaredLanguage = attr(item, "xml:lang");
    }

    Element contentSet = child(item, "contentSet");
    Element inlineXml = child(contentSet, "inlineXML");
    if (inlineXml != null) {
      List<Element> ps = descendants(inlineXml, "p");
      if (ps.isEmpty()) {
        Texts.addLines(c.paragraphs, text(inlineXml));
      }
      for (Element p : ps) {
        Texts.add(c.paragraphs, text(p));
      }
    } else {
      Texts.addLines(c.paragraphs, text(child(contentSet, "inlineData")));
    }
    c.dateline = dateline(contentMeta, receivedAt);
    return c;
  }

  private static String party(Element e) {
    if (e == null) {
      return null;
    }
    String literal = attr(e, "literal");
    if (literal != null) {
      return literal;
    }
    String name = Texts.display(text(child(e, "name")));
    if (name != null) {
      return name;
    }
    String qcode = attr(e, "qcode");
    return qcode == null ? null : qcode.substring(qcode.indexOf(':') + 1);
  }

  private static Dateline dateline(Element contentMeta, Instant receivedAt) {
    String text = Texts.display(text(child(contentMeta, "dateline")));
    String located = Texts.display(text(child(child(contentMeta, "located"), "name")));
    if (text == null && located == null) {
      return null;
    }
    Dateline d;
    if (text != null) {
      DatelineMatch m = DatelineExtractor.extract(List.of(text + " -"), receivedAt);
      d = m != null ? m.dateline() : Dateline.newBuilder().setText(text).build();
      d.setText(text);
    } else {
      d = Dateline.newBuilder().setText(located).build();
    }
    if (located != null) {
      d.setCity(located);
    }
    return d;
  }
}
