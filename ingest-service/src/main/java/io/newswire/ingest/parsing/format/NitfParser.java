package io.newswire.ingest.parsing.format;

import static io.newswire.ingest.parsing.format.SecureXml.attr;
import static io.newswire.ingest.parsing.format.SecureXml.child;
import static io.newswire.ingest.parsing.format.SecureXml.children;
import static io.newswire.ingest.parsing.format.SecureXml.descendants;
import static io.newswire.ingest.parsing.format.SecureXml.path;
import static io.newswire.ingest.parsing.format.SecureXml.text;

import io.newswire.ingest.parsing.dateline.Agencies;
import io.newswire.schema.Dateline;
import java.time.Instant;
import java.util.List;
import org.w3c.dom.Element;

/**
 * NITF 3.x ({@code <nitf>}). Read: {@code docdata/doc-id@id-string} (id), {@code du-key@version/@key}
 * (version, slugline), {@code urgency@ed-urg}, {@code date.issue@norm} (versionCreated),
 * {@code docdata@management-status} (pubStatus), {@code tobject.subject} (subjects),
 * {@code hedline/hl1} (headline; {@code head/title} as fallback), {@code hl2} and {@code abstract}
 * (highlights), {@code body.head/dateline} (with {@code location/city} and {@code story.date@norm}),
 * {@code distributor} or {@code doc.copyright@holder} (agency), {@code body.content//p} (paragraphs).
 */
final class NitfParser {
  private NitfParser() {}

  static DispatchContent read(Element nitf, Instant receivedAt) {
    DispatchContent c = new DispatchContent();
    c.format = WireFormat.NITF;
    Element head = child(nitf, "head");
    Element docdata = child(head, "docdata");
    c.id = Texts.display(attr(child(docdata, "doc-id"), "id-string"));
    Element duKey = child(docdata, "du-key");
    c.version = Texts.positiveInt(attr(duKey, "version"));
    c.slugline = Texts.display(attr(duKey, "key"));
    c.urgency = Texts.urgency(attr(child(docdata, "urgency"), "ed-urg"));
    String issued = attr(child(docdata, "date.issue"), "norm");
    c.versionCreated = Timestamps.parse(issued != null ? issued : attr(child(docdata, "date.release"), "norm"));
    c.pubStatus = Texts.pubStatus(attr(docdata, "management-status"));
    for (Element subject : descendants(head, "tobject.subject")) {
      String code = attr(subject, "tobject.subject.refnum");
      if (code == null) {
        code = attr(subject, "tobject.subject.matter");
      }
      if (code != null) {
        c.subjects.add(code.trim());
      }
    }
    String holder = attr(child(docdata, "doc.copyright"), "holder");

    Element body = child(nitf, "body");
    Element bodyHead = child(body, "body.head");
    Element hedline = child(bodyHead, "hedline");
    c.headline = Texts.display(text(child(hedline, "hl1")));
    if (c.headline == null) {
      c.headline = Texts.display(text(child(head, "title")));
    }
    for (Element hl2 : children(hedline, "hl2")) {
      Texts.add(c.highlights, text(hl2));
    }
    Element summary = child(bodyHead, "abstract");
    if (summary != null) {
      List<Element> ps = descendants(summary, "p");
      if (ps.isEmpty()) {
        Texts.add(c.highlights, text(summary));
      }
      for (Element p : ps) {
        Texts.add(c.highlights, text(p));
      }
    }
    String distributor = Texts.display(text(child(bodyHead, "distributor")));
    c.agency = Agencies.canonical(distributor != null ? distributor : holder);

    Element content = child(body, "body.content");
    List<Element> ps = descendants(content, "p");
    if (ps.isEmpty()) {
      Texts.addLines(c.paragraphs, text(content));
    }
    for (Element p : ps) {
      Texts.add(c.paragraphs, text(p));
    }
    c.dateline = dateline(child(bodyHead, "dateline"), receivedAt);
    c.declaredLanguage = lang(nitf, body);
    return c;
  }

  private static Dateline dateline(Element dl, Instant receivedAt) {
    String text = Texts.display(text(dl));
    if (text == null) {
      return null;
    }
    String city = Texts.display(text(path(dl, "location", "city")));
    Dateline d = Datelines.of(text, city, receivedAt);
    if (d == null) {
      return null;
    }
    if (d.getCity() == null && text.length() <= 40) {
      d.setCity(text); // a bare place name
    }
    String storyDate = Timestamps.isoDate(attr(child(dl, "story.date"), "norm"));
    if (storyDate != null) {
      d.setDate(storyDate);
    }
    return d;
  }

  private static String lang(Element... candidates) {
    for (Element e : candidates) {
      String l = attr(e, "xml:lang");
      if (l != null) {
        return l;
      }
    }
    return null;
  }
}
