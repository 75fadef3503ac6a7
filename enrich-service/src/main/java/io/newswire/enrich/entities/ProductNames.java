package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * Round 34: the names of computers, operating systems, consoles, browsers and media standards (Mac, Linux, Xbox,
 * Firefox, DVD, USB), alone or with a model's words after them (Mac Mini, Windows XP Media Center), are products, which
 * the conventions leave out (r11's Cray X-MP/14, r33's Macintosh); the rules and the model took them for a body, a
 * place ("Linux-based") or a person. A name that only opens or ends on one stays when another word is a name's own
 * (Freddie Mac, PC Acquisition Inc, Wireless USB Promoter Group).
 */
final class ProductNames {
  private ProductNames() {}

  /** Product names, as written (case matters: "windows" and "mac" in lower case are other words). */
  private static final Set<String> PRODUCTS = StringSet.of("Mac", "Macintosh", "iMac", "iPod", "iTunes", "Linux", "Unix",
      "Windows", "Xbox", "PlayStation", "GameCube", "Firefox", "DVD", "DVDs", "USB", "PC", "PCs", "Wi-Fi", "Bluetooth", "MP3",
      // round 40b: consoles, television, telephone and broadband standards, read as bodies' acronyms
      "PSP", "HDTV", "GSM", "3G", "ADSL", "DSL", "VoIP", "MP3s", "SMS", "PDA", "PDAs", "LCD", "HD-DVD", "Blu-ray");

  /** Words of a model or an edition after a product's name (Mac Mini, iPod Shuffle, Windows Media Center). */
  private static final Set<String> MODEL_WORDS = StringSet.of("mini", "plus", "classic", "messenger", "media", "center",
      "centre", "player", "live", "nano", "shuffle", "photo", "portable", "os", "osx", "server", "edition", "home");

  static List<Mention> drop(List<FieldText> fields, List<Mention> mentions) {
    return Mention.without(mentions, m -> !m.role() && (product(fields.get(m.field()).display(), m.start(), m.end())
        || spelledOut(fields.get(m.field()).display(), m.end())));
  }

  /**
   * Round 41: a name right before a product's initials in brackets is that product spelled out ("Asymmetric Digital
   * Subscriber Line (ADSL)"): the rules took it for a body defined by its initials, and BracketInitials then gave the
   * initials back to it after {@link #drop} had removed them.
   */
  static boolean spelledOut(String d, int end) {
    if (end + 2 >= d.length() || d.charAt(end) != ' ' || d.charAt(end + 1) != '(') {
      return false;
    }
    int close = d.indexOf(')', end + 2);
    return close > end + 2 && close - end <= 12 && PRODUCTS.contains(d.substring(end + 2, close));
  }

  /** The span is a product's name, then only model words or model codes (II, SE, XP, 360). */
  static boolean product(String d, int start, int end) {
    int sp = start;
    while (sp < end && d.charAt(sp) != ' ' && d.charAt(sp) != '\n') {
      sp++;
    }
    if (!PRODUCTS.contains(d.substring(start, sp))) {
      return false;
    }
    int k = sp;
    while (k < end) {
      int a = k + 1;
      int b = a;
      while (b < end && d.charAt(b) != ' ' && d.charAt(b) != '\n') {
        b++;
      }
      if (b == a || !modelWord(d.substring(a, b))) {
        return false;
      }
      k = b;
    }
    return true;
  }

  private static boolean modelWord(String w) {
    if (MODEL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    if (w.length() > 4) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!(c >= 'A' && c <= 'Z') && !Character.isDigit(c)) {
        return false;
      }
    }
    return true; // II, SE, XP, G5, 360
  }
}
