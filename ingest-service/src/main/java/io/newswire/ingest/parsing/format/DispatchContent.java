package io.newswire.ingest.parsing.format;

import io.newswire.schema.Dateline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a format parser found in a dispatch, before ids, hashes and language are settled. Text
 * fields hold display-form strings. Mutable, one per parse; fields a format does not carry stay null.
 */
public final class DispatchContent {
  public WireFormat format = WireFormat.PLAIN;
  public String id;
  public Integer version;
  public String headline;
  public final List<String> highlights = new ArrayList<>();
  public final List<String> paragraphs = new ArrayList<>();
  public Dateline dateline;
  /** Canonical agency name from metadata or a trailer (the dateline's agency is used otherwise). */
  public String agency;
  public Integer urgency;
  public String slugline;
  public final List<String> subjects = new ArrayList<>();
  /** 'usable', 'withheld' or 'canceled'; null means usable. */
  public String pubStatus;
  public Instant versionCreated;
  /** Language the dispatch declares (xml:lang, ninjs language); a hint only. */
  public String declaredLanguage;

  /**
   * Set on an item of an envelope that is not text (picture, video, package, planning, concept…):
   * its kind. Such an item becomes no article; it is counted as skipped.
   */
  public String nonTextKind;
  /** Set on an item of an envelope that could not be read; the other items still go on. */
  public io.newswire.ingest.parsing.RejectedDispatchException rejection;

  /** A non-text item of an envelope. */
  public static DispatchContent nonText(WireFormat format, String id, String kind) {
    DispatchContent c = new DispatchContent();
    c.format = format;
    c.id = id;
    c.nonTextKind = kind;
    return c;
  }

  /** An item of an envelope that failed on its own. */
  public static DispatchContent failed(WireFormat format, String id, io.newswire.ingest.parsing.RejectedDispatchException e) {
    DispatchContent c = new DispatchContent();
    c.format = format;
    c.id = id;
    c.rejection = e;
    return c;
  }
}
