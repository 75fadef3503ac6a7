package io.newswire.ingest.parsing.format;

import static io.newswire.ingest.parsing.format.SecureXml.attr;
import static io.newswire.ingest.parsing.format.SecureXml.child;
import static io.newswire.ingest.parsing.format.SecureXml.children;
import static io.newswire.ingest.parsing.format.SecureXml.descendants;
import static io.newswire.ingest.parsing.format.SecureXml.text;

import io.newswire.ingest.parsing.dateline.Agencies;
import io.newswire.schema.Dateline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * NewsML-G2: a {@code newsItem} alone, or every item of a {@code newsMessage} (its
 * {@code itemSet}s). Read: {@code @guid} (id), {@code @version}, {@code itemMeta/versionCreated},
 * {@code itemMeta/pubStatus@qcode}, {@code itemMeta/provider} and {@code contentMeta/infoSource}
 * (agency), {@code contentMeta/urgency}, {@code headline}, {@code slugline}, {@code subject} (name,
 * else qcode), {@code description} (highlights), {@code located}/{@code dateline},
 * {@code contentSet/inlineXML} (its {@code p} elements, XHTML or NITF) or {@code inlineData} (one
 * paragraph per line). A newsItem whose {@code itemClass} is a picture, video, audio or graphic, and
 * every packageItem, planningItem, conceptItem and knowledgeItem, is a non-text item.
 */
final class NewsMlG2Parser {
  private static final Set<String> ITEMS = Set.of("newsItem", "packageItem", "planningItem", "conceptItem", "knowledgeItem");

  private NewsMlG2Parser() {}

  static boolean isG2(String rootName) {
    return "newsMessage".equals(rootName) || ITEMS.contains(rootName);
  }

  /** Every item of a newsMessage (or the root item itself), in document order. */
  static List<DispatchContent> items(Element root, Instant receivedAt) {
    List<Element> found = new ArrayList<>();
    if (ITEMS.contains(SecureXml.name(root))) {
      found.add(root);
    } else {
      collectItems(root, found);
    }
    List<DispatchContent> out = new ArrayList<>(found.size());
    for (Element item : found) {
      String kind = nonTextKind(item);
      String guid = Texts.display(attr(item, "guid"));
      out.add(kind != null ? DispatchContent.nonText(WireFormat.NEWSML_G2, guid, kind) : read(item, receivedAt));
    }
    return out;
  }

  /** Items anywhere under the envelope (itemSet, or directly), not inside another item. */
  private static void collectItems(Element parent, List<Element> into) {
    for (Element child : children(parent, null)) {
      if (ITEMS.contains(SecureXml.name(child))) {
        into.add(child);
      } else if (!"header".equals(SecureXml.name(child))) {
        collectItems(child, into);
      }
    }
  }

  /** "picture", "video", "package", "planning"… for a non-text item; null for text. */
  private static String nonTextKind(Element item) {
    String name = SecureXml.name(item);
    if (!"newsItem".equals(name)) {
      return name.substring(0, name.length() - "Item".length());
    }
    String cls = attr(child(child(item, "itemMeta"), "itemClass"), "qcode");
    if (cls == null) {
      return null;
    }
    String v = cls.substring(cls.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    if (v.equals("composite")) {
      // A composite newsItem with inline text reads as text; one that only points at its parts does not.
      Element contentSet = child(item, "contentSet");
      return child(contentSet, "inlineXML") != null || child(contentSet, "inlineData") != null ? null : v;
    }
    return v.equals("text") || v.isEmpty() ? null : v;
  }

  static DispatchContent read(Element item, Instant receivedAt) {    DispatchContent c = new DispatchContent();
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
    return Datelines.of(Texts.display(text(child(contentMeta, "dateline"))),
        Texts.display(text(child(child(contentMeta, "located"), "name"))), receivedAt);
  }
}
