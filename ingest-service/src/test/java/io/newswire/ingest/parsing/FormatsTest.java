package io.newswire.ingest.parsing;

import static io.newswire.ingest.parsing.Dispatches.parse;
import static io.newswire.ingest.parsing.Dispatches.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.ParsedArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per wire format, sniffed and declared. All fixtures are invented. */
class FormatsTest {

  static final String NITF = """
      <?xml version="1.0" encoding="UTF-8"?>
      <nitf version="-//IPTC//DTD NITF 3.6//EN">
        <head>
          <title>Port expansion</title>
          <tobject tobject.type="news"><tobject.subject tobject.subject.refnum="04000000"/></tobject>
          <docdata management-status="usable">
            <doc-id id-string="nitf-2024-0001"/>
            <urgency ed-urg="3"/>
            <date.issue norm="20241005T091500Z"/>
            <du-key version="2" key="port-expansion"/>
            <doc.copyright holder="Reuters"/>
          </docdata>
        </head>
        <body>
          <body.head>
            <hedline><hl1>Port of Salalah to double container capacity</hl1><hl2>Work starts next year</hl2></hedline>
            <dateline><location><city>SALALAH</city></location>, Oct 5</dateline>
          </body.head>
          <body.content>
            <p>The port authority said on Saturday it would double container capacity by 2027.</p>
            <p>The expansion will cost about 400 million dollars.</p>
          </body.content>
        </body>
      </nitf>
      """;

  @Test
  void nitf() throws Exception {
    ParsedArticle a = parse(NITF);
    assertEquals("nitf", a.getFormat());
    assertEquals("application/nitf+xml", a.getContentType());
    assertEquals("nitf-2024-0001", a.getId());
    assertEquals(2, a.getVersion());
    assertEquals(3, a.getUrgency());
    assertEquals("port-expansion", a.getSlugline());
    assertEquals(List.of("04000000"), a.getSubjects());
    assertEquals(Instant.parse("2024-10-05T09:15:00Z"), a.getVersionCreated());
    assertEquals("Port of Salalah to double container capacity", a.getHeadline());
    assertEquals(List.of("Work starts next year"), a.getHighlights());
    assertEquals("SALALAH", a.getDateline().getCity());
    assertEquals("2024-10-05", a.getDateline().getDate());
    assertEquals(2, a.getParagraphs().size());
    assertEquals("Reuters", a.getSource().getAgency());
    assertEquals("usable", a.getPubStatus());
    assertEquals("en", a.getLanguage());
  }

  @Test
  void nitfBasicDateWithOffset() throws Exception {
    ParsedArticle a = parse(NITF.replace("20241005T091500Z", "20241005T121500+0300"));
    assertEquals(Instant.parse("2024-10-05T09:15:00Z"), a.getVersionCreated());
  }

  @Test
  void nitfCanceledByManagementStatus() throws Exception {
    ParsedArticle a = parse(NITF.replace("management-status=\"usable\"", "management-status=\"canceled\""));
    assertEquals("canceled", a.getPubStatus());
  }

  @Test
  void ninjs1() throws Exception {
    String json = """
        {"uri": "urn:newswire:ninjs1:77", "type": "text", "version": "3", "versioncreated": "2024-10-05T08:00:00Z",
         "pubstatus": "usable", "urgency": 2, "slugline": "Gulf-Water", "language": "ar",
         "headline": "وزراء الخليج يبحثون الأمن المائي",
         "description_text": "اجتماع طارئ في الدوحة",
         "body_text": "الدوحة (قنا) - بحث وزراء المياه في دول الخليج اليوم سبل تعزيز الأمن المائي.\\nواتفق الوزراء على خطة مشتركة.",
         "subject": [{"code": "medtop:20000420", "name": "water"}],
         "copyrightholder": "QNA"}
        """;
    ParsedArticle a = parse(json);
    assertEquals("ninjs", a.getFormat());
    assertEquals("urn:newswire:ninjs1:77", a.getId());
    assertEquals(3, a.getVersion());
    assertEquals(2, a.getUrgency());
    assertEquals("Gulf-Water", a.getSlugline());
    assertEquals(List.of("water"), a.getSubjects());
    assertEquals(List.of("اجتماع طارئ في الدوحة"), a.getHighlights());
    assertEquals("الدوحة", a.getDateline().getCity());
    assertEquals("QNA", a.getDateline().getAgency());
    assertEquals(2, a.getParagraphs().size());
    assertEquals("ar", a.getLanguage());
    assertEquals("QNA", a.getSource().getAgency());
  }

  @Test
  void ninjs2HtmlBodyAndCanceled() throws Exception {
    String json = """
        {"uri": "urn:newswire:ninjs2:5", "version": "1", "versioncreated": "2024-10-05T10:00:00+03:00",
         "pubstatus": "canceled", "headline": "Storm warning withdrawn",
         "body_html": "<p>MUSCAT, Oct 5 (Reuters) - The weather office withdrew its storm warning &amp; reopened ports.</p><p>Flights resumed.</p>",
         "located": "Muscat", "infosources": [{"name": "Reuters"}]}
        """;
    ParsedArticle a = parse(json);
    assertEquals("canceled", a.getPubStatus());
    assertEquals(Instant.parse("2024-10-05T07:00:00Z"), a.getVersionCreated());
    assertEquals("MUSCAT", a.getDateline().getCity(), "the body's dateline wins over 'located'");
    assertEquals("Reuters", a.getDateline().getAgency());
    assertEquals("2024-10-05", a.getDateline().getDate());
    assertEquals(List.of("The weather office withdrew its storm warning & reopened ports.", "Flights resumed."), a.getParagraphs());
    assertEquals("Reuters", a.getSource().getAgency());
  }

  @Test
  void ninjs3() throws Exception {
    String json = """
        {"uri": "urn:newswire:ninjs3:9", "version": "4", "versionCreated": "2024-10-05T11:00:00Z",
         "pubStatus": "canceled", "urgency": 1,
         "headlines": [{"role": "main", "value": "زلزله ۵ ریشتری در کرمان"}],
         "descriptions": [{"role": "summary", "value": "خسارت جانی گزارش نشده است"}],
         "bodies": [{"contentType": "text/plain", "value": "به گزارش خبرگزاری تسنیم از کرمان، زلزله‌ای به بزرگی ۵ ریشتر امروز این شهر را لرزاند.\\nتاکنون خسارتی گزارش نشده است."}],
         "subjects": [{"name": "earthquake"}]}
        """;
    ParsedArticle a = parse(json);
    assertEquals("canceled", a.getPubStatus());
    assertEquals(4, a.getVersion());
    assertEquals(1, a.getUrgency());
    assertEquals("زلزله ۵ ریشتری در کرمان", a.getHeadline());
    assertEquals(List.of("خسارت جانی گزارش نشده است"), a.getHighlights());
    assertEquals("fa", a.getLanguage());
    assertEquals("کرمان", a.getDateline().getCity());
    assertEquals("Tasnim", a.getDateline().getAgency());
    assertEquals(List.of("earthquake"), a.getSubjects());
  }

  @Test
  void newsMlG2() throws Exception {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:newswire:20241005:g2-1" version="5" standard="NewsML-G2" standardversion="2.33">
          <itemMeta>
            <itemClass qcode="ninat:text"/>
            <provider literal="AFP"/>
            <versionCreated>2024-10-05T12:30:00Z</versionCreated>
            <pubStatus qcode="stat:withheld"/>
          </itemMeta>
          <contentMeta>
            <urgency>4</urgency>
            <located><name>Amman</name></located>
            <subject qcode="medtop:04000000"><name>economy</name></subject>
            <headline>Jordan plans new solar plants</headline>
            <slugline>Jordan-Energy</slugline>
            <description role="drol:summary">Three plants by 2026</description>
          </contentMeta>
          <contentSet>
            <inlineXML contenttype="application/xhtml+xml">
              <html xmlns="http://www.w3.org/1999/xhtml"><body>
                <p>Jordan will build three solar plants, the energy ministry said.</p>
                <p>They will add 600 megawatts.</p>
              </body></html>
            </inlineXML>
          </contentSet>
        </newsItem>
        """;
    ParsedArticle a = parse(xml);
    assertEquals("newsml-g2", a.getFormat());
    assertEquals("urn:newsml:newswire:20241005:g2-1", a.getId());
    assertEquals(5, a.getVersion());
    assertEquals("withheld", a.getPubStatus());
    assertEquals(4, a.getUrgency());
    assertEquals("Jordan-Energy", a.getSlugline());
    assertEquals(List.of("economy"), a.getSubjects());
    assertEquals(List.of("Three plants by 2026"), a.getHighlights());
    assertEquals("Amman", a.getDateline().getCity());
    assertEquals("AFP", a.getSource().getAgency());
    assertEquals(2, a.getParagraphs().size());
    assertEquals(Instant.parse("2024-10-05T12:30:00Z"), a.getVersionCreated());
  }

  @Test
  void iptc7901() throws Exception {
    String text = "\u0001AFP0456 3 POL 0120 Iraq-Vote\r\n\u0002Iraq-Vote\r\nIraqis vote in provincial elections\r\n"
        + "BAGHDAD, Oct 5 (AFP) - Iraqis voted on Saturday in provincial elections.\r\n"
        + "Turnout was expected to be high.\r\n\u0003\u0004";
    ParsedArticle a = parse(text);
    assertEquals("iptc7901", a.getFormat());
    assertEquals(3, a.getUrgency());
    assertEquals(List.of("POL"), a.getSubjects());
    assertEquals("Iraq-Vote", a.getSlugline());
    assertEquals("Iraqis vote in provincial elections", a.getHeadline());
    assertEquals("BAGHDAD", a.getDateline().getCity());
    assertEquals("AFP", a.getSource().getAgency());
    assertEquals("2024-10-05", a.getDateline().getDate());
    assertEquals(2, a.getParagraphs().size());
  }

  @Test
  void anpa1312WithArabicInWindows1256() throws Exception {
    String text = "\u0001a0789 u i BC-Kuwait-Oil 10-05 0098\r\n\u0002BC-Kuwait-Oil,0098<\r\n"
        + "الكويت ترفع إنتاج النفط\r\n"
        + "الكويت (كونا) - قررت الحكومة اليوم رفع إنتاج النفط الخام بنسبة خمسة في المئة.\r\n"
        + "وقال وزير النفط إن القرار يأتي استجابة لزيادة الطلب في الأسواق.\r\n"
        + "AP-NY-10-05-24 1423GMT<\r\n\u0003";
    ParsedArticle a = Dispatches.parse(raw(text, Charset.forName("windows-1256"), null));
    assertEquals("anpa1312", a.getFormat());
    assertEquals("windows-1256", a.getCharset(), "framing does not force Latin-1");
    assertTrue(a.getCharsetDetected());
    assertEquals(3, a.getUrgency());
    assertEquals("BC-Kuwait-Oil", a.getSlugline());
    assertEquals(List.of("i"), a.getSubjects());
    assertEquals("الكويت ترفع إنتاج النفط", a.getHeadline());
    assertEquals("KUNA", a.getDateline().getAgency());
    assertEquals("ar", a.getLanguage());
    assertEquals(2, a.getParagraphs().size(), "slug and sign-off lines are not body");
  }

  @Test
  void anpaWritethruAndKill() throws Exception {
    String lead = "\u0001a0790 u i BC-Kuwait-Oil 1st Ld-Writethru 10-05 0120\r\n\u0002Kuwait raises oil output\r\nKUWAIT CITY (AP) - Kuwait raised output.\r\n\u0003";
    ParsedArticle a = parse(lead);
    assertEquals(2, a.getVersion());
    assertEquals("usable", a.getPubStatus());
    String kill = "\u0001a0791 f i BC-Kuwait-Oil-Kill 10-05 0030\r\n\u0002KILL Kuwait raises oil output\r\nEditors: the story is withdrawn.\r\n\u0003";
    ParsedArticle k = parse(kill);
    assertEquals("canceled", k.getPubStatus());
    assertEquals(1, k.getUrgency());
  }

  @Test
  void idHeaderBeforeKey() throws Exception {
    RawDispatch r = new RawDispatch("key-1", "Headline\nBody.".getBytes(StandardCharsets.UTF_8), java.util.Map.of("id", "doc-7"), 0L);
    assertEquals("doc-7", new DispatchParser().parse(r).getId());
  }

  @Test
  void contentTypeChoosesTheFormat() throws Exception {
    String text = "\u0001a0001 r a BC-Test 10-05 0010\n\u0002Headline line\nBody line here.\n\u0003";
    ParsedArticle a = Dispatches.parse(raw(text.getBytes(StandardCharsets.US_ASCII), "text/vnd.anpa.1312", null));
    assertEquals("anpa1312", a.getFormat());
    assertEquals("text/vnd.anpa.1312", a.getContentType());
    assertEquals(5, a.getUrgency());
    ParsedArticle xml = Dispatches.parse(raw(NITF.getBytes(StandardCharsets.UTF_8), "application/xml; charset=utf-8", null));
    assertEquals("nitf", xml.getFormat());
    assertEquals("application/xml; charset=utf-8", xml.getContentType());
    assertFalse(xml.getCharsetDetected());
  }

  @Test
  void plainTextStartingWithATicker() throws Exception {
    ParsedArticle a = parse("<ACME> SETS PAYOUT\nNEW YORK, March 2 - Acme said it set a payout.\n");
    assertEquals("plain", a.getFormat());
    assertNull(a.getSlugline());
  }
}
