package io.newswire.enrich.entities.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * An office phrase: either it names the holder of one office ({@code terms}, for أمير قطر: every known term of that
 * office, each with its holder), or it names a role class to resolve against the people the article named before
 * ({@code roleClass}, for رئيس الجمهورية).
 */
public record RolePhrase(List<Term> terms, String roleClass) {
  /** One holder's term of the office. */
  public record Term(KbEntity holder, RoleTerm term) {}

  public RolePhrase {
    terms = terms == null ? null : List.copyOf(terms);
  }

  /**
   * The one person holding the office on {@code date}: none on an unknown date, before the first known start or between
   * known terms (an archive's "foreign minister of the United States" is not today's holder), nor when two terms the
   * knowledge base gives overlap.
   */
  public KbEntity holderOn(LocalDate date) {
    KbEntity found = null;
    for (Term t : terms == null ? List.<Term>of() : terms) {
      if (t.term().heldOn(date)) {
        if (found != null && found != t.holder()) {
          return null;
        }
        found = t.holder();
      }
    }
    return found;
  }
}
