package io.newswire.enrich.topology;

/**
 * What the pipeline last published for an article id: its version, content hash and status. Stored
 * as one tab-separated string in the changelogged versions store.
 */
record StoryVersion(int version, String contentHash, String pubStatus) {
  static StoryVersion decode(String s) {
    if (s == null) {
      return null;
    }
    String[] p = s.split("\t", -1);
    return new StoryVersion(Integer.parseInt(p[0]), p[1], p.length > 2 ? p[2] : "usable");
  }

  String encode() {
    return version + "\t" + contentHash + "\t" + pubStatus;
  }

  /** A re-send: the same text in the same status, which must not produce a new event. */
  boolean sameAs(String hash, String status) {
    return contentHash.equals(hash) && pubStatus.equals(status);
  }
}
