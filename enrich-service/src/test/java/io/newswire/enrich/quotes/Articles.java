package io.newswire.enrich.quotes;

import io.newswire.enrich.ArticleField;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import io.newswire.schema.Mention;
import io.newswire.schema.Quote;
import io.newswire.schema.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/** Builds small test articles: fields and hand-made entities whose mentions are found by their surface. */
final class Articles {
  private Articles() {}

  /** Headline, then paragraphs. */
  static List<ArticleField> fields(String headline, String... paragraphs) {
    List<ArticleField> out = new ArrayList<>();
    out.add(new ArticleField("headline", headline));
    for (int i = 0; i < paragraphs.length; i++) {
      out.add(new ArticleField("paragraphs[" + i + "]", paragraphs[i]));
    }
    return out;
  }

  /** An entity with a mention at every occurrence of every surface form, in every field (code points). */
  static Entity entity(String id, EntityType type, String name, List<ArticleField> fields, String... surfaces) {
    List<Mention> mentions = new ArrayList<>();
    for (ArticleField f : fields) {
      for (String s : surfaces) {
        for (int at = f.text().indexOf(s); at >= 0; at = f.text().indexOf(s, at + s.length())) {
          int start = f.text().codePointCount(0, at);
          mentions.add(Mention.newBuilder().setField(f.name()).setStart(start)
              .setEnd(start + s.codePointCount(0, s.length())).setText(s).build());
        }
      }
    }
    return Entity.newBuilder().setId(id).setType(type).setName(name).setMentions(mentions).setSalience(0.5).build();
  }

  static Entity person(String id, String name, List<ArticleField> fields, String... surfaces) {
    return entity(id, EntityType.PERSON, name, fields, surfaces);
  }

  static List<Quote> ofKind(List<Quote> quotes, QuoteKind kind) {
    return quotes.stream().filter(q -> q.getKind() == kind).toList();
  }

  static String speakerName(Quote q) {
    return q.getSpeaker() == null || q.getSpeaker().getName() == null ? null : q.getSpeaker().getName().toString();
  }

  static String speakerText(Quote q) {
    return q.getSpeaker() == null ? null : q.getSpeaker().getText().toString();
  }

  /** The quote's words cut from its field by its code-point offsets: offsets must reproduce the text. */
  static String cut(List<ArticleField> fields, Quote q) {
    String text = fields.stream().filter(f -> f.name().equals(q.getField().toString())).findFirst().orElseThrow().text();
    int s = text.offsetByCodePoints(0, q.getStart());
    int e = text.offsetByCodePoints(0, q.getEnd());
    return text.substring(s, e);
  }

  /** The quoted words of each quote, in order. */
  static List<String> texts(List<Quote> quotes) {
    return quotes.stream().map(q -> q.getText().toString()).toList();
  }

  /** The first quote whose text starts with {@code prefix}; fails the test, listing the quotes, when none does. */
  static Quote startingWith(List<Quote> quotes, String prefix) {
    return quotes.stream().filter(q -> q.getText().toString().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError(prefix + " not in " + texts(quotes)));
  }

  /** Whether some quote's text starts with {@code prefix}. */
  static boolean anyStartsWith(List<Quote> quotes, String prefix) {
    return quotes.stream().anyMatch(q -> q.getText().toString().startsWith(prefix));
  }

  /** The first indirect quote whose text starts with {@code start}, or null (tests assert on it with the quotes listed). */
  static Quote indirectStarting(List<Quote> quotes, String start) {
    return ofKind(quotes, QuoteKind.INDIRECT).stream().filter(q -> q.getText().toString().startsWith(start)).findFirst()
        .orElse(null);
  }
}
