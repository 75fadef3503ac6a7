package io.newswire.ingest.parsing.format;

import io.newswire.ingest.parsing.dateline.DatelineExtractor;
import io.newswire.ingest.parsing.dateline.DatelineMatch;
import io.newswire.schema.Dateline;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A dateline field of a structured format (NITF dateline, NewsML-G2 dateline/located, NewsML 1.2
 * DateLine) made into a {@link Dateline}. A dateline is a place (and an agency, a date): some feeds
 * fill the field with a bare timestamp ("20170102T222800+0000", "2018-01-03 20:13:08 GMT+0"),
 * which is no dateline at all and is dropped.
 */
final class Datelines {
  /** Digits, separators and time-zone words only: a timestamp, not a place. */
  private static final Pattern TIMESTAMP_ONLY = Pattern.compile(
      "(?i)[0-9]{1,4}[0-9T:./ +-]*(?:\\s*(?:GMT|UTC|Z|[AP]M)\\s*(?:[+-][0-9:]{1,5})?)?\\s*[0-9:+-]*");

  private Datelines() {}

  /** True when the text holds no letter beyond time words: a timestamp or a bare number. */
  static boolean isTimestamp(String text) {
    return text != null && (TIMESTAMP_ONLY.matcher(text.trim()).matches() || Timestamps.parse(text) != null);
  }

  /**
   * @param text written dateline, may be null
   * @param city city the format names separately (NITF location/city, G2 located), may be null
   * @return the dateline, or null when there is neither a place-like text nor a city
   */
  static Dateline of(String text, String city, Instant receivedAt) {
    if (isTimestamp(text)) {
      text = null;
    }
    if (isTimestamp(city)) {
      city = null;
    }
    if (text == null && city == null) {
      return null;
    }
    Dateline d;
    if (text != null) {
      DatelineMatch m = DatelineExtractor.extract(List.of(text + " -"), receivedAt);
      d = m != null ? m.dateline() : Dateline.newBuilder().setText(text).build();
      d.setText(text);
    } else {
      d = Dateline.newBuilder().setText(city).build();
    }
    if (city != null) {
      d.setCity(city);
    }
    return d;
  }
}
