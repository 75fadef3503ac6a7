package io.newswire.dashboard.view;

/** A quote with the article it comes from, for the quotes board and an entity's page. */
public record QuoteItem(QuoteView quote, String articleId, String headline, String language, String agency, long time) {

  public static QuoteItem of(QuoteView q, ArticleView a) {
    return new QuoteItem(q, a.id(), a.headline(), a.language(), a.agency(), a.time());
  }
}
