package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.Fixtures;
import java.util.List;

/**
 * English (round 28): a name that ends with a company's head noun ("Corvane Foods", "Halden Motor", "Brightwater Films",
 * "Marlow Holdings") is a firm, whoever it was named after: no person's name ends with such a noun. The runs or the model
 * typed a firm named after its founder a person ("X Foods" as Mr X), and its bare repeats followed. Every mention of a person
 * entity one of whose mentions ends with such a head becomes the organisation.
 */
final class FirmHeads {
  private FirmHeads() {}

  /** Head nouns that end a company's name, as written. */
  private static final String[] HEADS = {"Films", "Foods", "Motor", "Motors", "Studios", "Records", "Pictures", "Airlines",
      "Airways", "Holdings", "Industries", "Electronics", "Pharmaceuticals", "Petroleum", "Corp", "Corporation", "Inc", "Ltd",
      "plc", "Group", "Insurance", "Securities", "Productions", "Communications", "Technologies",
      "Research"}; // round 58: Argus Research, Jupiter Research (survey and research firms)

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    return PersonsAsBodies.retype(fields, mentions, FirmHeads::endsWithHead);
  }

  /** Two words or more, the last one a company head. */
  static boolean endsWithHead(String d, int start, int end) {
    return Fixtures.endsWithHead(d, start, end, HEADS);
  }
}
