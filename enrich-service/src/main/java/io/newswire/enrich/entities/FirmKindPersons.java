package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.text.StringSet;
import java.util.List;
import java.util.Set;

/**
 * English (round 38): a name right after a lower-case kind of firm or regulator ("handset maker X", "parts maker X",
 * "telecommunications regulator X", "financial watchdog X", "carmaker X") is that body, not a person: the model reads a
 * one-word firm (or one named after its founder) as a surname. Every mention of such a person entity becomes the
 * organisation ({@link PersonsAsBodies}). A maker of films, documentaries or programmes is a person ("film maker X"),
 * and so is one with a capitalised or hyphenated kind ("Documentary maker X", "film-maker X"), and anyone the article also
 * calls Mr, Mrs, Ms or Dr ("computer games maker X … Mr X said").
 */
final class FirmKindPersons {
  private FirmKindPersons() {}

  /** Lower-case kinds of firm or regulator written right before its name. */
  private static final Set<String> KINDS = StringSet.of("maker", "carmaker", "automaker", "drugmaker", "chipmaker",
      "steelmaker", "regulator", "watchdog");
  /** What a person makes: "film maker X" is a director, not a firm. */
  private static final Set<String> PERSON_MAKERS = StringSet.of("film", "films", "movie", "documentary", "programme",
      "program", "music", "record", "policy", "peace", "decision", "trouble", "mischief", "game", "games");

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    return PersonsAsBodies.retypeUnlessPerson(fields, mentions, FirmKindPersons::cued, PersonsAsBodies.ADDRESSED);
  }

  /** A kind right before the name; "maker" only after a lower-case product word that is no person's trade. */
  static boolean cued(String d, int start, int end) {
    String kind = WorkTitles.wordBefore(d, start);
    if (!KINDS.contains(kind)) {
      return false;
    }
    if (!kind.equals("maker")) {
      return true;
    }
    String product = WorkTitles.wordBefore(d, start - 1 - kind.length()); // "" after a capital: "Documentary maker X"
    return !product.isEmpty() && !PERSON_MAKERS.contains(product);
  }
}
