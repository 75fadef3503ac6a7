package io.newswire.enrich.entities.names;

import io.newswire.text.StringSet;
import java.util.Set;

/** The legal-form words that end a firm's name (Wells Fargo and Co, Siemens AG), lower case and undotted. */
public final class LegalForms {
  private LegalForms() {}

  public static final Set<String> WORDS = StringSet.of("co", "inc", "corp", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh", "cos",
      "bancorp");
}
