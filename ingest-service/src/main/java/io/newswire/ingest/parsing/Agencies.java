package io.newswire.ingest.parsing;

import java.util.Map;

/** Canonical names of news agencies as they are written in datelines. */
final class Agencies {
  private static final Map<String, String> CANONICAL = Map.ofEntries(
      Map.entry("مهر", "Mehr News Agency"),
      Map.entry("ارنا", "IRNA"),
      Map.entry("إرنا", "IRNA"),
      Map.entry("فارس", "Fars"),
      Map.entry("تسنيم", "Tasnim"),
      Map.entry("واس", "Saudi Press Agency"),
      Map.entry("قنا", "QNA"),
      Map.entry("وام", "WAM"),
      Map.entry("كونا", "KUNA"),
      Map.entry("AP", "AP"),
      Map.entry("AFP", "AFP"),
      Map.entry("REUTERS", "Reuters"),
      Map.entry("Reuters", "Reuters"));

  private Agencies() {}

  static String canonical(String written) {
    return CANONICAL.getOrDefault(written, written);
  }
}
