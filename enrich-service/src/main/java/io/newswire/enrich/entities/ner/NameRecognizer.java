package io.newswire.enrich.entities.ner;

import io.newswire.enrich.entities.FieldText;
import java.util.List;

/** Finds names the knowledge base lacks. Implementations are thread-safe. */
public interface NameRecognizer {
  List<Candidate> recognize(List<FieldText> fields, String language);
}
