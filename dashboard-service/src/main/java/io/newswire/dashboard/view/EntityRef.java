package io.newswire.dashboard.view;

/** An entity as the page shows it on an article: id, type, name, how often and how prominently it is named. */
public record EntityRef(String id, String type, String name, int mentions, double salience) {}
