package io.newswire.enrich.entities;

import io.newswire.enrich.ArticleField;
import io.newswire.enrich.entities.kb.KnowledgeBase;
import io.newswire.enrich.entities.link.CueIndex;
import io.newswire.enrich.entities.link.KbLinker;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.match.NameMatch;
import io.newswire.enrich.entities.match.NameMatcher;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds, types, links and merges the entities of an article. Pure: the knowledge base and model are
 * loaded once at construction, no I/O per call; thread-safe.
 */
public final class EntityExtractor {
  private final KnowledgeBase kb;
  private final NameMatcher matcher;
  private final KbLinker linker;

  /** The shipped knowledge base (plus {@code NEWSWIRE_KB_PATH}) and model. */
  public EntityExtractor() {
    this(KnowledgeBase.load());
  }

  public EntityExtractor(KnowledgeBase kb) {
    this.kb = kb;
    this.matcher = new NameMatcher(kb);
    this.linker = new KbLinker(new CueIndex(kb.titles()));
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  public List<Entity> extract(List<ArticleField> fields, String language) {
    return analyze(fields, language).entities();
  }

  /** The entities and every mention, role references included (for quote attribution). */
  public EntityAnalysis analyze(List<ArticleField> articleFields, String language) {
    List<FieldText> fields = prepare(articleFields);
    List<List<NameMatch>> matches = new ArrayList<>(fields.size());
    for (FieldText f : fields) {
      matches.add(matcher.find(f.form(), language));
    }
    List<Mention> mentions = linker.link(fields, matches);
    return new EntityAnalysis(EntityAssembler.assemble(fields, mentions), mentions, fields);
  }

  static List<FieldText> prepare(List<ArticleField> articleFields) {
    List<FieldText> out = new ArrayList<>(articleFields.size());
    int offset = 0;
    for (int i = 0; i < articleFields.size(); i++) {
      ArticleField f = articleFields.get(i);
      String text = f.text() == null ? "" : f.text();
      out.add(new FieldText(i, f.name(), text, MatchingForm.of(text), offset));
      offset += text.length() + 1;
    }
    return out;
  }
}
