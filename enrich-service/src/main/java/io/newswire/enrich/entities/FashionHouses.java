package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.RuleNameIds;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic (round 55): a fashion house is named after دار, "house", in guillemets (دار «فندي»، دار «غوتشي») or after دار
 * الأزياء, "the fashion house" (دار الأزياء شانيل): the name is a firm, without the head word (r4's دار «رالف أند
 * روسو», r22's فندي and فالنتينو, r55's فالنتينو and شانيل), while the tagger left most of them out or read one as a
 * man. The name becomes an organisation: a mention on exactly that span is retyped, a free span is added; one that
 * overlaps the span otherwise is left. A bare دار X (دار السويدي، دار الساقي: publishers named whole, دار سعد: a place)
 * is not read.
 */
final class FashionHouses {
  private FashionHouses() {}

  /** دار «name» (at most four words in the marks), or دار الأزياء and one word (دار أزياء ومصمم: indefinite, no name). */
  private static final Pattern HOUSE = Pattern.compile(
      "(?<![\\p{L}])[وبل]?دار (?:«([\\p{L}]+(?: [\\p{L}]+){0,3})»|الأزياء ([\\p{L}]+))");

  static List<Mention> mark(List<FieldText> fields, List<Mention> names, RuleNameIds ids) {
    List<Mention> out = null;
    for (FieldText f : fields) {
      Matcher m = HOUSE.matcher(f.display());
      while (m.find()) {
        int g = m.group(1) != null ? 1 : 2;
        int s = m.start(g);
        int e = m.end(g);
        String text = m.group(g);
        if (g == 2 && text.startsWith("ال")) {
          continue; // دار الأزياء العالمية: an adjective, no name
        }
        List<Mention> cur = out == null ? names : out;
        Mention at = Mention.overlapping(cur, f.index(), s, e);
        if (at != null && (at.start() != s || at.end() != e || at.type() == EntityType.ORGANIZATION)) {
          continue;
        }
        Mention house = ids.mention(f.index(), s, e, EntityType.ORGANIZATION, text,
            at != null ? at.name() : CrossScriptName.romanize(text, "ar", true), "ar");
        List<Mention> next = new ArrayList<>(cur.size() + 1);
        for (Mention x : cur) {
          if (x != at) {
            next.add(x);
          }
        }
        next.add(house);
        out = next;
      }
    }
    return out == null ? names : out;
  }
}
