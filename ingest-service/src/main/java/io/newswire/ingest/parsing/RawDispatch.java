package io.newswire.ingest.parsing;

import java.util.Map;

/**
 * A dispatch exactly as it arrived: the bytes, and what the transport said about them.
 *
 * @param key       Kafka record key or input id; null when the feed sent none
 * @param body      raw bytes, never modified
 * @param headers   transport metadata by lower-case name: 'content-type', 'charset', 'source', 'id'
 * @param timestamp receive time, epoch milliseconds
 */
public record RawDispatch(String key, byte[] body, Map<String, String> headers, long timestamp) {
  public static final String CONTENT_TYPE = "content-type";
  public static final String CHARSET = "charset";
  public static final String SOURCE = "source";

  public RawDispatch {
    headers = Map.copyOf(headers);
  }

  public String header(String name) {
    return headers.get(name);
  }
}
