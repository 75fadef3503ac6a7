package io.newswire.ingest.parsing;

import static io.newswire.ingest.parsing.Dispatches.parseAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.schema.ParsedArticle;
import org.junit.jupiter.api.Test;

/** Single-story wire formats in the project's own samples: ANPA-1312, IPTC 7901, NITF with a DOCTYPE. */
class WireSamplesTest {

  private static ParsedArticle only(String sample) throws Exception {
    ParseResult r = parseAll(sample);
    assertEquals(1, r.items().size());
    return r.articles().get(0);
  }

  private static void noMarkers(ParsedArticle a) {
    for (String p : a.getParagraphs()) {
      assertFalse(p.startsWith("^") || p.endsWith("<") || p.endsWith("="), p);
      assertFalse(p.chars().anyMatch(ch -> ch < 0x20 && ch != '\t'), "control characters left in " + p);
    }
  }

  @Test
  void anpaHeadlineIsTheHeadlineNotTheKeywordLine() throws Exception {
    ParsedArticle a = only("anpa-ap-es.txt");
    assertEquals("anpa1312", a.getFormat());
    assertEquals("Sobrevivientes de cáncer desfilan en un concurso de belleza", a.getHeadline());
    assertEquals("BC-LT--Argentina-Cancer Beauty", a.getSlugline());
    assertEquals(5, a.getUrgency());
    assertEquals("BUENOS AIRES", a.getDateline().getCity());
    assertEquals("AP", a.getDateline().getAgency());
    assertTrue(a.getParagraphs().get(a.getParagraphs().size() - 1).startsWith("Los fondos"), "sign-off dropped");
    noMarkers(a);
  }

  @Test
  void iptc7901StatusWordsAndKeywordLineAreNotTheHeadline() throws Exception {
    ParsedArticle a = only("iptc7901-dpa-de.txt");
    assertEquals("iptc7901", a.getFormat());
    assertEquals("Lokführer kündigen neuen Streik im Güterverkehr an", a.getHeadline());
    assertEquals("Frankfurt/Main", a.getDateline().getCity());
    assertEquals("dpa", a.getDateline().getAgency());
    assertEquals(2, a.getParagraphs().size(), "trailer lines dropped: " + a.getParagraphs());
    noMarkers(a);
  }

  @Test
  void iptc7901UrgentAndFirstLeadGoToMetadata() throws Exception {
    ParsedArticle a = only("iptc7901-afp-fr.txt");
    assertEquals("Le gouvernement annonce un plan d'économies de dix milliards d'euros", a.getHeadline());
    assertEquals(3, a.getUrgency(), "the header's priority stays");
    assertEquals(2, a.getVersion(), "1ST LEAD: the second version");
    assertEquals("AFP", a.getSource().getAgency());
    assertEquals("PARIS", a.getDateline().getCity());
    assertEquals(2, a.getParagraphs().size());
  }

  @Test
  void reutersStyleStatusPrefixIsCut() throws Exception {
    ParsedArticle a = only("iptc7901-stt-fi.txt");
    assertEquals("Suomen talous kasvaa ensi vuonna hitaasti", a.getHeadline());
    assertEquals("HELSINKI", a.getDateline().getCity());
    assertEquals("STT", a.getDateline().getAgency());
  }

  @Test
  void anpaControlCharactersAreNotBinary() throws Exception {
    // AP tape: SYN SYN SOH header, SI/SO font shifts, DC2 formatting codes, DEL fill, US/RS separators.
    String text = "\u0016\u0016\u0001a0511 b i BC-Storm Warning 10-05 0120\u001f\r\n\u0002^BC-Storm Warning,0120<\r\n"
        + "^\u000eStorm forces evacuation of coastal towns\u000f<\r\n\u007f\u007f\u007f\r\n"
        + "\tMIAMI (AP) _ \u0012Thousands\u0012 of residents left coastal towns on Saturday as the storm approached.\r\n"
        + "\tOfficials opened shelters in \u0012three\u0012 counties.\u001e\r\n\u0003\u0004";
    ParsedArticle a = Dispatches.parse(Dispatches.raw(text));
    assertEquals("Storm forces evacuation of coastal towns", a.getHeadline());
    assertEquals(2, a.getUrgency(), "priority b: bulletin");
    assertEquals("MIAMI", a.getDateline().getCity());
    assertTrue(a.getParagraphs().get(0).startsWith("Thousands of residents"), a.getParagraphs().toString());
    noMarkers(a);
  }

  @Test
  void writethruSlugAndEditorsNoteBeforeTheHeadline() throws Exception {
    String text = "\u0016\u0016\u0001a0620 u i BC-US--Election-Recount 1st Ld-Writethru 10-05 0310\u001f\r\n"
        + "\u0002^BC-US--Election-Recount,1st Ld-Writethru,0310<\r\n^Eds: UPDATES with county results. Will be updated.<\r\n"
        + "^URGENT<\r\n^County begins hand recount of disputed ballots<\r\n^By JANE ROE=\r\n^Associated Press=\r\n"
        + "\tMADISON, Wis. (AP) _ Election officials began a hand recount of 20,000 disputed ballots on Saturday.\r\n\u0003";
    ParsedArticle a = Dispatches.parse(Dispatches.raw(text));
    assertEquals("County begins hand recount of disputed ballots", a.getHeadline());
    assertEquals(2, a.getVersion());
    assertEquals(3, a.getUrgency());
    assertEquals("MADISON", a.getDateline().getCity());
    assertEquals(1, a.getParagraphs().size(), a.getParagraphs().toString());
  }

  @Test
  void telexMarkersAroundAnIptcMessage() throws Exception {
    String text = "\u0001ZCZC ANS0321 3 POL 0090\r\n\u0002URGENTE\r\nGoverno, via libera alla manovra in Consiglio dei ministri\r\n"
        + "ROMA, 5 OTT - Il Consiglio dei ministri ha approvato la manovra economica per il prossimo anno.\r\nNNNN\r\n\u0003";
    ParsedArticle a = Dispatches.parse(Dispatches.raw(text));
    assertEquals("iptc7901", a.getFormat());
    assertEquals("Governo, via libera alla manovra in Consiglio dei ministri", a.getHeadline());
    assertEquals(3, a.getUrgency());
    assertEquals("ROMA", a.getDateline().getCity());
    assertEquals("it", a.getLanguage());
    assertEquals(1, a.getParagraphs().size(), a.getParagraphs().toString());
  }

  @Test
  void nitfWithDoctypeIsReadWithoutTheDtd() throws Exception {
    ParsedArticle a = only("nitf-doctype-de.xml");
    assertEquals("agentur-20241005-hochwasser-dresden", a.getId());
    assertEquals("Elbe-Hochwasser in Dresden erreicht den Höchststand", a.getHeadline());
    assertTrue(a.getParagraphs().get(a.getParagraphs().size() - 1).contains("Wohnhäuser überflutet"));
    // <dateline> holds a timestamp: the body's own dateline is found instead.
    assertEquals("Dresden", a.getDateline().getCity());
    assertEquals("dpa", a.getDateline().getAgency());
    assertNull(a.getHighlights().isEmpty() ? null : a.getHighlights().get(0));
  }
}
