package io.newswire.dashboard.query;

import io.newswire.dashboard.view.ArticleView;
import io.newswire.dashboard.view.QuoteItem;
import java.util.List;

/** An entity's page: who it is, its recent articles, what it said, its trend in both windows. */
public record EntityPage(String id, String type, String name, List<ArticleView> articles, List<QuoteItem> quotes,
    List<TrendItem> trends) {}
