package io.newswire.enrich;

import io.newswire.schema.Dateline;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.ParsedArticle;
import java.util.ArrayList;
import java.util.List;

/** The fields of an article in reading order: headline, highlights, dateline, paragraphs. */
public final class ArticleFields {
  private ArticleFields() {}

  public static List<ArticleField> of(ParsedArticle article) {
    return of(article.getHeadline(), article.getHighlights(), article.getDateline(), article.getParagraphs());
  }

  /** The same fields of a published event (what offsets in its mentions and quotes refer to). */
  public static List<ArticleField> of(EnrichedArticle article) {
    return of(article.getHeadline(), article.getHighlights(), article.getDateline(), article.getParagraphs());
  }

  private static List<ArticleField> of(String headline, List<String> highlights, Dateline dateline, List<String> paragraphs) {
    List<ArticleField> fields = new ArrayList<>(2 + highlights.size() + paragraphs.size());
    fields.add(new ArticleField("headline", headline));
    for (int i = 0; i < highlights.size(); i++) {
      fields.add(new ArticleField("highlights[" + i + "]", highlights.get(i)));
    }
    if (dateline != null) {
      fields.add(new ArticleField("dateline", dateline.getText()));
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      fields.add(new ArticleField("paragraphs[" + i + "]", paragraphs.get(i)));
    }
    return fields;
  }

  /** Converts a UTF-16 index into a code-point offset, the unit of every published offset. */
  public static int codePointOffset(String text, int charIndex) {
    return text.codePointCount(0, charIndex);
  }
}
