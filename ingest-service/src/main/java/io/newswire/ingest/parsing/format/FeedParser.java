package io.newswire.ingest.parsing.format;

import static io.newswire.ingest.parsing.format.SecureXml.attr;
import static io.newswire.ingest.parsing.format.SecureXml.child;
import static io.newswire.ingest.parsing.format.SecureXml.children;
import static io.newswire.ingest.parsing.format.SecureXml.text;

import io.newswire.ingest.parsing.dateline.Agencies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Syndication feeds, one item per entry:
 * <ul>
 *   <li><b>Atom</b> ({@code feed} or a lone {@code entry}, RFC 4287): {@code id}, {@code title},
 *       {@code updated}/{@code published}, {@code summary} (highlight), {@code content} (text, html
 *       or xhtml; the summary is the body when there is no content), {@code category@term},
 *       {@code author/name} and the feed's {@code xml:lang}.</li>
 *   <li><b>RSS</b> 2.0, 0.9x and 1.0 (RDF) {@code item}: {@code guid} (else {@code link}),
 *       {@code title}, {@code pubDate}/{@code dc:date}, {@code content:encoded} (else
 *       {@code description}) as body, {@code description} as highlight when both exist,
 *       {@code category}, {@code dc:creator}/{@code author}, channel {@code language}/{@code dc:language}.
 *       WordPress WXR exports are RSS: {@code wp:post_type} other than post/page (attachments,
 *       menu items, revisions) is a non-text item, {@code wp:status} trash/draft/private is withheld.</li>
 * </ul>
 */
final class FeedParser {
  private static final Set<String> WXR_TEXT_TYPES = Set.of("post", "page");

  private FeedParser() {}

  static boolean isFeed(String rootName) {
    return "feed".equals(rootName) || "entry".equals(rootName) || "rss".equals(rootName) || "RDF".equals(rootName)
        || "channel".equals(rootName);
  }

  static List<DispatchContent> items(Element root, Instant receivedAt) {
    String name = SecureXml.name(root);
    List<DispatchContent> out = new ArrayList<>();
    if ("entry".equals(name)) {
      out.add(atomEntry(root, attr(root, "xml:lang")));
    } else if ("feed".equals(name)) {
      for (Element e : children(root, "entry")) {
        out.add(atomEntry(e, attr(root, "xml:lang")));
      }
    } else {
      Element channel = "channel".equals(name) ? root : child(root, "channel");
      String lang = Texts.display(text(child(channel, "language")));
      if (lang == null) {
        lang = attr(root, "xml:lang");
      }
      // RSS 2.0 puts items in the channel; RSS 1.0 (RDF) next to it.
      List<Element> items = new ArrayList<>(children(channel, "item"));
      if (channel != root) {
        items.addAll(children(root, "item"));
      }
      for (Element item : items) {
        out.add(rssItem(item, lang));
      }
    }
    return out;
  }

  private static DispatchContent atomEntry(Element e, String feedLang) {
    DispatchContent c = new DispatchContent();
    c.format = WireFormat.ATOM;
    c.id = Texts.display(text(child(e, "id")));
    c.headline = inline(child(e, "title"));
    Instant updated = Timestamps.parse(text(child(e, "updated")));
    c.versionCreated = updated != null ? updated : Timestamps.parse(text(child(e, "published")));
    Element content = child(e, "content");
    Element summary = child(e, "summary");
    if (content != null && attr(content, "src") == null) {
      addBody(c.paragraphs, content);
      addBody(c.highlights, summary);
    } else {
      addBody(c.paragraphs, summary);
    }
    for (Element cat : children(e, "category")) {
      String term = attr(cat, "label") != null ? attr(cat, "label") : attr(cat, "term");
      if (term != null) {
        c.subjects.add(term.trim());
      }
    }
    String author = Texts.display(text(child(child(e, "author"), "name")));
    c.agency = author == null ? null : Agencies.canonical(author);
    c.declaredLanguage = attr(e, "xml:lang") != null ? attr(e, "xml:lang") : feedLang;
    if (content != null && attr(content, "src") != null && c.paragraphs.isEmpty()) {
      String type = attr(content, "type");
      if (type != null && !type.startsWith("text")) {
        return DispatchContent.nonText(WireFormat.ATOM, c.id, mediaKind(type));
      }
    }
    return c;
  }

  /** Atom text construct: text, html (escaped markup) or xhtml (inline elements). */
  private static void addBody(List<String> to, Element construct) {
    if (construct == null) {
      return;
    }
    String type = attr(construct, "type");
    String t = text(construct);
    if ("xhtml".equals(type) || "html".equals(type) || (t != null && t.contains("</"))) {
      if ("xhtml".equals(type)) {
        List<Element> ps = SecureXml.descendants(construct, "p");
        if (!ps.isEmpty()) {
          for (Element p : ps) {
            Texts.add(to, text(p));
          }
          return;
        }
      }
      to.addAll(HtmlText.paragraphs(t));
    } else {
      Texts.addLines(to, t);
    }
  }

  private static DispatchContent rssItem(Element item, String channelLang) {
    DispatchContent c = new DispatchContent();
    c.format = WireFormat.RSS;
    String guid = Texts.display(text(child(item, "guid")));
    c.id = guid != null ? guid : Texts.display(text(child(item, "link")));
    if (c.id == null) {
      c.id = attr(item, "rdf:about");
    }
    String postType = Texts.display(text(child(item, "post_type")));
    if (postType != null && !WXR_TEXT_TYPES.contains(postType.toLowerCase(Locale.ROOT))) {
      return DispatchContent.nonText(WireFormat.RSS, c.id, postType.toLowerCase(Locale.ROOT));
    }
    c.headline = inline(child(item, "title"));
    Instant date = Timestamps.parse(text(child(item, "pubDate")));
    c.versionCreated = date != null ? date : Timestamps.parse(text(child(item, "date")));
    String encoded = text(child(item, "encoded"));
    String description = text(child(item, "description"));
    if (encoded != null && !encoded.isBlank()) {
      c.paragraphs.addAll(HtmlText.paragraphs(encoded));
      if (description != null) {
        c.highlights.addAll(HtmlText.paragraphs(description));
      }
    } else if (description != null) {
      c.paragraphs.addAll(HtmlText.paragraphs(description));
    }
    if (c.paragraphs.isEmpty() && c.headline != null) {
      Element enclosure = child(item, "enclosure");
      String type = attr(enclosure, "type");
      if (type != null && !type.startsWith("text")) {
        return DispatchContent.nonText(WireFormat.RSS, c.id, mediaKind(type));
      }
    }
    for (Element cat : children(item, "category")) {
      Texts.add(c.subjects, text(cat));
    }
    for (Element cat : children(item, "subject")) {
      Texts.add(c.subjects, text(cat));
    }
    String status = Texts.display(text(child(item, "status")));
    if (status != null && Set.of("trash", "draft", "private", "pending").contains(status.toLowerCase(Locale.ROOT))) {
      c.pubStatus = "withheld";
    }
    String creator = Texts.display(text(child(item, "creator")));
    if (creator == null) {
      creator = Texts.display(text(child(item, "author")));
    }
    c.agency = creator == null ? null : Agencies.canonical(creator);
    String lang = Texts.display(text(child(item, "language")));
    c.declaredLanguage = lang != null ? lang : channelLang;
    return c;
  }

  /** "image/jpeg" → "picture", "video/mp4" → "video", "audio/mpeg" → "audio". */
  private static String mediaKind(String mimeType) {
    String t = mimeType.toLowerCase(Locale.ROOT);
    if (t.startsWith("image")) {
      return "picture";
    }
    int slash = t.indexOf('/');
    return slash > 0 ? t.substring(0, slash) : t;
  }

  /** A title: text, or HTML markup some feeds put in it. */
  private static String inline(Element e) {
    String t = text(e);
    if (t == null) {
      return null;
    }
    if (t.indexOf('<') >= 0 || t.indexOf('&') >= 0) {
      return Texts.display(String.join(" ", HtmlText.paragraphs(t)));
    }
    return Texts.display(t);
  }
}
