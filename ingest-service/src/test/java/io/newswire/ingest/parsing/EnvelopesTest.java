package io.newswire.ingest.parsing;

import static io.newswire.ingest.parsing.Dispatches.parseAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.ParsedArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Envelopes and feeds: one raw dispatch, many items, each with one outcome. The samples in
 * src/test/resources/samples were written for this project after the formats' public specifications.
 */
class EnvelopesTest {

  private static ParseResult.Item item(ParseResult r, int i) {
    return r.items().get(i);
  }

  @Test
  void newsMl12TextItemAndPhotoItem() throws Exception {
    ParseResult r = parseAll("newsml12-afp-fr.xml");
    assertEquals(2, r.items().size());
    ParsedArticle a = item(r, 0).article();
    assertEquals("newsml-1.2", a.getFormat());
    assertEquals("urn:newsml:afp.com:20241005:TX-PAR-NWS01:2", a.getId());
    assertEquals(2, a.getVersion());
    assertEquals(3, a.getUrgency());
    assertEquals("La Bretagne se prépare à une tempête d'automne exceptionnelle", a.getHeadline());
    assertEquals(List.of("Les ports de pêche restent fermés jusqu'à dimanche"), a.getHighlights());
    assertEquals("France-météo-tempête", a.getSlugline());
    assertEquals("AFP", a.getSource().getAgency());
    assertEquals("BREST", a.getDateline().getCity());
    assertEquals(Instant.parse("2024-10-05T09:15:00Z"), a.getVersionCreated());
    assertEquals(List.of("17000000"), a.getSubjects());
    assertEquals(2, a.getParagraphs().size());
    assertTrue(a.getParagraphs().get(1).startsWith("« Nous n'avons pas vu"));
    assertEquals("photo", item(r, 1).skippedKind());
    assertEquals("afp.com:PH-PAR-NWS02", item(r, 1).ref());
  }

  @Test
  void newsMl12PlainTextBodyTimestampIsNoDatelineAndUtf8BeatsTheLatin1Declaration() throws Exception {
    ParseResult r = parseAll("newsml12-ana-es.xml");
    ParsedArticle a = r.articles().get(0);
    assertEquals("agencia.example:ES-0457", a.getId());
    assertEquals(5, a.getUrgency(), "the envelope's priority when the item has no urgency");
    assertEquals("El Gobierno aprueba un plan para reducir las listas de espera en la sanidad pública", a.getHeadline());
    // The DateLine field holds "20241005T104000+0200": a timestamp, so the body's own dateline is used.
    assertEquals("Madrid", a.getDateline().getCity());
    assertEquals("UTF-8", a.getCharset());
    assertTrue(a.getCharsetDetected());
    assertTrue(a.getParagraphs().get(0).contains("quirúrgicas"));
  }

  @Test
  void g2NewsMessageEveryItemOnce() throws Exception {
    ParseResult r = parseAll("g2-newsmessage-de.xml");
    assertEquals(4, r.items().size());
    ParsedArticle de = item(r, 0).article();
    assertEquals("newsml-g2", de.getFormat());
    assertEquals("urn:newsml:agentur.example:20241005:de-bahn-streik", de.getId());
    assertEquals(3, de.getVersion());
    assertEquals(2, de.getUrgency());
    assertEquals("Lokführer kündigen neuen Streik im Güterverkehr an", de.getHeadline());
    assertEquals("Frankfurt/Main", de.getDateline().getCity());
    assertEquals("dpa", de.getSource().getAgency());
    assertEquals("picture", item(r, 1).skippedKind());
    ParsedArticle fi = item(r, 2).article();
    assertEquals("Hallitus esittää lisärahaa kuntien terveyspalveluihin", fi.getHeadline());
    assertNull(fi.getDateline(), "a timestamp in the dateline element is no dateline");
    assertEquals(2, fi.getParagraphs().size());
    assertEquals("planning", item(r, 3).skippedKind());
  }

  @Test
  void ninjsFeedListEachItemWithItsOwnId() throws Exception {
    ParseResult r = parseAll("ninjs-feed-no-da.json");
    assertEquals(3, r.items().size());
    ParsedArticle no = item(r, 0).article();
    assertEquals("urn:example:ntb:2024-10-05:strompriser", no.getId());
    assertEquals("Strømprisene stiger kraftig i Sør-Norge", no.getHeadline());
    assertEquals("Oslo", no.getDateline().getCity());
    ParsedArticle da = item(r, 1).article();
    assertEquals("urn:example:ritzau:2024-10-05:folketinget", da.getId());
    assertEquals(2, da.getVersion());
    assertEquals(2, da.getParagraphs().size());
    assertEquals("picture", item(r, 2).skippedKind());
  }

  @Test
  void ninjsInsideAnApiResponse() throws Exception {
    ParseResult r = parseAll("ninjs-api-sv.json");
    assertEquals(1, r.items().size());
    ParsedArticle a = r.articles().get(0);
    assertEquals("Regeringen vill sänka skatten för pensionärer", a.getHeadline());
    assertEquals("urn:example:tt:2024-10-05:riksdagen", a.getId());
  }

  @Test
  void atomEntriesHtmlAndXhtmlContent() throws Exception {
    ParseResult r = parseAll("atom-it.xml");
    assertEquals(2, r.articles().size());
    ParsedArticle a = r.articles().get(0);
    assertEquals("atom", a.getFormat());
    assertEquals("urn:example:ansa:2024-10-05:roma-metro", a.getId());
    assertEquals("Roma, chiusa per lavori la linea A della metropolitana", a.getHeadline());
    assertEquals(List.of("Servizio sostitutivo con autobus fino a domenica"), a.getHighlights());
    assertEquals(2, a.getParagraphs().size());
    assertFalse(a.getParagraphs().get(0).contains("<p>"));
    ParsedArticle b = r.articles().get(1);
    assertEquals(Instant.parse("2024-10-05T10:00:00Z"), b.getVersionCreated());
    assertTrue(b.getParagraphs().get(1).startsWith("Secondo il presidente"));
  }

  @Test
  void wordPressExportPostAndAttachment() throws Exception {
    ParseResult r = parseAll("rss-wxr-pt.xml");
    assertEquals(2, r.items().size());
    ParsedArticle a = item(r, 0).article();
    assertEquals("rss", a.getFormat());
    assertEquals("https://jornal.example/?p=101", a.getId());
    assertEquals("Governo aprova aumento do salário mínimo para 2025", a.getHeadline());
    assertEquals(List.of("O aumento entra em vigor em janeiro."), a.getHighlights());
    assertEquals(Instant.parse("2024-10-05T10:00:00Z"), a.getVersionCreated());
    assertEquals(List.of("Economia"), a.getSubjects());
    assertEquals(2, a.getParagraphs().size());
    assertEquals("attachment", item(r, 1).skippedKind());
  }

  @Test
  void rssDescriptionAsBody() throws Exception {
    ParsedArticle a = parseAll("rss-nl.xml").articles().get(0);
    assertEquals("Kabinet trekt extra geld uit voor dijkversterking", a.getHeadline());
    assertEquals("DEN HAAG", a.getDateline().getCity());
    assertEquals(2, a.getParagraphs().size());
  }

  @Test
  void statusPrefixOfAFeedHeadlineGoesToMetadata() throws Exception {
    String json = "{\"uri\": \"urn:x:refile\", \"headline\": \"REFILE-UPDATE 2-Kraftpriser stiger i Sør-Norge\","
        + " \"body_text\": \"Strømprisene i Sør-Norge ventes å bli mer enn doblet neste uke.\"}";
    ParsedArticle a = Dispatches.parse(json);
    assertEquals("Kraftpriser stiger i Sør-Norge", a.getHeadline());
    assertEquals(3, a.getVersion(), "UPDATE 2: the third version");
  }

  @Test
  void wordPressRestApiList() throws Exception {
    String json = """
        [{"id": 7, "date_gmt": "2024-10-05T09:00:00", "guid": {"rendered": "https://blogi.example/?p=7"}, "type": "post",
          "link": "https://blogi.example/2024/10/05/vaalit/", "title": {"rendered": "Kuntavaalien ennakko&shy;äänestys alkaa keskiviikkona"},
          "content": {"rendered": "<p>Ennakkoäänestys kuntavaaleissa alkaa keskiviikkona kaikissa kunnissa.</p><p>Oikeusministeriön mukaan äänestyspaikkoja on yli 800.</p>"},
          "excerpt": {"rendered": "<p>Ennakkoäänestys alkaa.</p>"}},
         {"id": 8, "type": "attachment", "title": {"rendered": "vaalikuva"}, "guid": {"rendered": "https://blogi.example/kuva.jpg"}}]
        """;
    ParseResult r = new DispatchParser().parseAll(Dispatches.raw(json));
    assertEquals(2, r.items().size());
    ParsedArticle a = item(r, 0).article();
    assertEquals("https://blogi.example/?p=7", a.getId());
    assertEquals("Kuntavaalien ennakko\u00ADäänestys alkaa keskiviikkona".replace("\u00AD", ""), a.getHeadline().replace("\u00AD", ""));
    assertEquals(2, a.getParagraphs().size());
    assertEquals(Instant.parse("2024-10-05T09:00:00Z"), a.getVersionCreated());
    assertEquals("fi", a.getLanguage());
    assertEquals("attachment", item(r, 1).skippedKind());
  }

  @Test
  void itemWithoutIdInAnEnvelopeGetsTheKeyAndItsPosition() throws Exception {
    String feed = """
        <rss version="2.0"><channel>
        <item><title>Erste Meldung zum Haushalt</title><description>Der Bundestag berät am Dienstag über den Haushalt für das kommende Jahr.</description></item>
        <item><title>Zweite Meldung zum Wetter</title><description>Am Wochenende wird es in ganz Deutschland deutlich kühler und regnerisch.</description></item>
        <item><title>Dritte Meldung ohne Text</title></item>
        </channel></rss>""";
    RawDispatch raw = new RawDispatch("feed-42", feed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.util.Map.of(), Dispatches.RECEIVED_2024_10_05);
    ParseResult r = new DispatchParser().parseAll(raw);
    assertEquals("feed-42#1", item(r, 0).article().getId());
    assertEquals("feed-42#2", item(r, 1).article().getId());
    assertEquals("no-body", item(r, 2).rejection().reason(), "a bad item fails alone");
  }
}
