package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import java.util.List;

/**
 * English: a name written right before "spokesman" as its attribute ("said Harbrook Bet spokesman Tom Reed") is the
 * body the spokesman speaks for. A person's spokesman is written with the possessive ("Mr Reed's spokesman"); in the
 * free English pool every capitalised name before a bare "spokesman" was a firm, party, ministry or club. The model
 * reads a firm named after its founder (a given name and a surname) as a person; every mention of such a person entity
 * becomes the organisation ({@link PersonsAsBodies}), unless one follows Mr, Mrs, Ms or Dr.
 */
final class SpokesmanBodies {
  private SpokesmanBodies() {}

  static List<Mention> retype(List<FieldText> fields, List<Mention> mentions) {
    return PersonsAsBodies.retypeUnlessPerson(fields, mentions, SpokesmanBodies::cued, PersonsAsBodies.ADDRESSED);
  }

  /** " spokesman", " spokeswoman", " spokesperson" or " spokesmen" right after the name, a whole word. */
  static boolean cued(String d, int start, int end) {
    if (!d.startsWith(" spokes", end)) {
      return false;
    }
    int e = end + 7;
    int w = e;
    while (w < d.length() && Character.isLetter(d.charAt(w))) {
      w++;
    }
    String rest = d.substring(e, w);
    return rest.equals("man") || rest.equals("woman") || rest.equals("person") || rest.equals("men");
  }
}
