package io.newswire.ingest.parsing.format;

import static io.newswire.ingest.parsing.format.SecureXml.attr;
import static io.newswire.ingest.parsing.format.SecureXml.child;
import static io.newswire.ingest.parsing.format.SecureXml.children;
import static io.newswire.ingest.parsing.format.SecureXml.descendants;
import static io.newswire.ingest.parsing.format.SecureXml.path;
import static io.newswire.ingest.parsing.format.SecureXml.text;

import io.newswire.ingest.parsing.dateline.Agencies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * NewsML 1.2 ({@code <NewsML>} with a {@code NewsEnvelope} and one or more {@code NewsItem}s, as AFP,
 * ANA and others send): each NewsItem is one item. Read from a NewsItem:
 * {@code Identification/NewsIdentifier} ({@code PublicIdentifier}, else ProviderId:NewsItemId, is
 * the id; {@code RevisionId} the version), {@code NewsManagement} ({@code ThisRevisionCreated} or
 * {@code FirstCreated}, {@code Status}, {@code Urgency}, else the envelope's {@code Priority}), the
 * text {@code ContentItem} (MediaType Text, or a text/NITF/XHTML MIME type; the longest when there
 * are several) and the {@code NewsLines} of the NewsComponent around it ({@code HeadLine},
 * {@code SubHeadLine} as highlight, {@code DateLine}, {@code SlugLine}, {@code CreditLine} as agency),
 * {@code DescriptiveMetadata/Language}, {@code SubjectCode} and the Provider party. The body is the
 * DataContent: NITF (read by {@link NitfParser}), XHTML or plain text. A NewsItem without a text
 * ContentItem (photos, graphics) is a non-text item of the ContentItem's MediaType.
 */
final class NewsMl1Parser {
  private NewsMl1Parser() {}

  static boolean isNewsMl1(String rootName) {
    return "NewsML".equals(rootName) || "NewsItem".equals(rootName);
  }

  static List<DispatchContent> items(Element root, Instant receivedAt) {
    List<Element> newsItems = "NewsItem".equals(SecureXml.name(root)) ? List.of(root) : descendants(root, "NewsItem");
    Integer envelopePriority = Texts.urgency(attr(path(root, "NewsEnvelope", "Priority"), "FormalName"));
    List<DispatchContent> out = new ArrayList<>(newsItems.size());
    for (Element item : newsItems) {
      out.add(read(item, envelopePriority, receivedAt));
    }
    return out;
  }

  private static DispatchContent read(Element item, Integer envelopePriority, Instant receivedAt) {
    Element ident = path(item, "Identification", "NewsIdentifier");
    String id = Texts.display(text(child(ident, "PublicIdentifier")));
    if (id == null && child(ident, "NewsItemId") != null) {
      String provider = Texts.display(text(child(ident, "ProviderId")));
      id = (provider == null ? "" : provider + ":") + Texts.display(text(child(ident, "NewsItemId")));
    }
    Element textItem = textContentItem(item);
    if (textItem == null) {
      Element any = descendants(item, "ContentItem").stream().findFirst().orElse(null);
      String media = any == null ? null : attr(child(any, "MediaType"), "FormalName");
      if (any != null) {
        return DispatchContent.nonText(WireFormat.NEWSML_1, id, media == null ? "non-text" : media.toLowerCase(Locale.ROOT));
      }
    }
    DispatchContent c = body(textItem, receivedAt);
    c.format = WireFormat.NEWSML_1;
    if (id != null) {
      c.id = id;
    }
    Integer revision = Texts.positiveInt(text(child(ident, "RevisionId")));
    if (revision != null) {
      c.version = revision;
    }
    Element mgmt = child(item, "NewsManagement");
    Instant created = Timestamps.parse(text(child(mgmt, "ThisRevisionCreated")));
    c.versionCreated = created != null ? created : Timestamps.parse(text(child(mgmt, "FirstCreated")));
    String status = Texts.pubStatus(attr(child(mgmt, "Status"), "FormalName"));
    if (status != null) {
      c.pubStatus = status;
    }
    Integer urgency = Texts.urgency(attr(child(mgmt, "Urgency"), "FormalName"));
    c.urgency = urgency != null ? urgency : c.urgency != null ? c.urgency : envelopePriority;

    Element lines = newsLines(textItem != null ? textItem : item, item);
    String headline = Texts.display(text(child(lines, "HeadLine")));
    if (headline != null) {
      c.headline = headline;
    }
    for (Element sub : children(lines, "SubHeadLine")) {
      Texts.add(c.highlights, text(sub));
    }
    String slug = Texts.display(text(child(lines, "SlugLine")));
    if (slug != null) {
      c.slugline = slug;
    }
    String dateline = Texts.display(text(child(lines, "DateLine")));
    if (dateline != null) {
      var d = Datelines.of(dateline, null, receivedAt);
      if (d != null) {
        c.dateline = d;
      }
    }
    String credit = Texts.display(text(child(lines, "CreditLine")));
    String provider = party(path(item, "NewsComponent", "AdministrativeMetadata", "Provider"));
    if (provider == null) {
      provider = Texts.display(text(child(ident, "ProviderId")));
    }
    String agency = credit != null && credit.length() <= 40 ? credit : provider;
    if (agency != null) {
      c.agency = Agencies.canonical(agency);
    }
    for (Element lang : descendants(item, "Language")) {
      String l = attr(lang, "FormalName");
      if (l != null) {
        c.declaredLanguage = l;
        break;
      }
    }
    if (c.declaredLanguage == null) {
      c.declaredLanguage = attr(item, "xml:lang");
    }
    for (Element subject : descendants(item, "Subject")) {
      String code = attr(subject, "FormalName");
      if (code != null && !c.subjects.contains(code)) {
        c.subjects.add(code);
      }
    }
    return c;
  }

  /** The text ContentItem with the most text; null when the item has none. */
  private static Element textContentItem(Element item) {
    Element best = null;
    int bestLength = -1;
    for (Element ci : descendants(item, "ContentItem")) {
      if (!isText(ci)) {
        continue;
      }
      int length = String.valueOf(text(child(ci, "DataContent"))).length();
      if (length > bestLength) {
        best = ci;
        bestLength = length;
      }
    }
    return best;
  }

  private static boolean isText(Element contentItem) {
    String media = attr(child(contentItem, "MediaType"), "FormalName");
    if (media != null) {
      return media.equalsIgnoreCase("Text");
    }
    String mime = attr(child(contentItem, "MimeType"), "FormalName");
    String format = attr(child(contentItem, "Format"), "FormalName");
    String kind = ((mime == null ? "" : mime) + " " + (format == null ? "" : format)).toLowerCase(Locale.ROOT);
    return kind.contains("text") || kind.contains("nitf") || kind.contains("html") || child(contentItem, "DataContent") != null;
  }

  /** NewsLines of the nearest NewsComponent around the content item, else the NewsItem's first. */
  private static Element newsLines(Element from, Element item) {
    for (Node n = from; n instanceof Element e && n != item.getParentNode(); n = n.getParentNode()) {
      Element lines = child(e, "NewsLines");
      if (lines != null) {
        return lines;
      }
    }
    List<Element> all = descendants(item, "NewsLines");
    return all.isEmpty() ? null : all.get(0);
  }

  /** The DataContent as an article body: embedded NITF, XHTML paragraphs, or lines of text. */
  private static DispatchContent body(Element contentItem, Instant receivedAt) {
    Element data = child(contentItem, "DataContent");
    Element nitf = descendants(data, "nitf").stream().findFirst().orElse(null);
    if (nitf != null) {
      return NitfParser.read(nitf, receivedAt);
    }
    DispatchContent c = new DispatchContent();
    if (data == null) {
      return c;
    }
    List<Element> ps = descendants(data, "p");
    if (ps.isEmpty()) {
      String raw = text(data);
      // Plain text, or escaped HTML (&lt;p&gt;) as some feeds send it.
      if (raw != null && raw.contains("<") && raw.contains(">")) {
        c.paragraphs.addAll(HtmlText.paragraphs(raw));
      } else {
        Texts.addLines(c.paragraphs, raw);
      }
    }
    for (Element p : ps) {
      Texts.add(c.paragraphs, text(p));
    }
    return c;
  }

  private static String party(Element e) {
    Element p = child(e, "Party");
    return p == null ? null : Texts.display(attr(p, "FormalName"));
  }
}
