package io.newswire.enrich;

import io.newswire.schema.ParsedArticle;
import java.util.ArrayList;
import java.util.List;

/** The fields of an article in reading order: headline, highlights, dateline, paragraphs. */
public final class ArticleFields {
  private ArticleFields() {}

  public static List<ArticleField> of(ParsedArticle article) {
    List<ArticleField> fields = new ArrayList<>(2 + article.getHighlights().size() + article.getParagraphs().size());
    fields.add(new ArticleField("headline", article.getHeadline()));
    for (int i = 0; i < article.getHighlights().size(); i++) {
      fields.add(new ArticleField("highlights[" + i + "]", article.getHighlights().get(i)));
    }
    if (article.getDateline() != null) {
      fields.add(new ArticleField("dateline", article.getDateline().getText()));
    }
    for (int i = 0; i < article.getParagraphs().size(); i++) {
      fields.add(new ArticleField("paragraphs[" + i + "]", article.getParagraphs().get(i)));
    }
    return fields;
  }

  /** Converts a UTF-16 index into a code-point offset, the unit of every published offset. */
  public static int codePointOffset(String text, int charIndex) {
    return text.codePointCount(0, charIndex);
  }
}
