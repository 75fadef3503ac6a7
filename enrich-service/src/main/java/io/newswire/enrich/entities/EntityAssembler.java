package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.CrossScriptId;
import io.newswire.enrich.entities.link.CrossScriptName;
import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.names.LegalForms;
import io.newswire.schema.Entity;
import io.newswire.schema.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups resolved mentions by entity into published {@link Entity} records, most salient first. */
final class EntityAssembler {
  private EntityAssembler() {}

  /**
   * A firm the KB lacks is called without its legal form, as the annotations' canonical names are (Xerox for
   * Xerox Corp, Wells Fargo for Wells Fargo and Co); the mentions keep it. Latin names only.
   */
  static String withoutLegalForm(String name) {
    String n = name.replace('\n', ' ').strip();
    while (true) {
      int sp = n.lastIndexOf(' ');
      if (sp <= 0) {
        return n;
      }
      String last = n.substring(sp + 1).toLowerCase(java.util.Locale.ROOT);
      if (last.endsWith(".")) {
        last = last.substring(0, last.length() - 1);
      }
      if (!LegalForms.WORDS.contains(last) && !last.equals("and") && !last.equals("&")) {
        return n;
      }
      String rest = n.substring(0, sp).strip();
      if (rest.endsWith(",")) {
        rest = rest.substring(0, rest.length() - 1);
      }
      n = rest;
    }
  }

  /**
   * Round 49: a firm the KB lacks has one id with or without its legal form, as it has one name: the id made of its
   * name ({@link CrossScriptId}) is made of the name without the form. "Drexel Burnham Lambert Inc" and "Drexel
   * Burnham Lambert" were two ids under one published name, and "Chrysler Corp" beside a headline's "CHRYSLER" two
   * entities of one dispatch. An id made otherwise (a rule's own, a slug) is kept. Round 49b: an id made of the name
   * before {@link FirmInitials} gave it the founder's initials is remade of the whole name ("E.F. Hutton Group Inc" had
   * hutton-group-inc, "E.F. Hutton Group" hutton-group: both ef-hutton-group).
   */
  static String firmId(Mention m, java.util.function.Predicate<String> isKnown) {
    String id = m.entityId();
    if (m.type() != EntityType.ORGANIZATION || !id.startsWith("org:name:") || m.name() == null || isKnown.test(id)) {
      return id;
    }
    String name = m.name().strip();
    if (!id.equals(CrossScriptId.of(EntityType.ORGANIZATION, name))
        && !id.equals(CrossScriptId.of(EntityType.ORGANIZATION, FirmInitials.withoutInitials(name)))) {
      return id;
    }
    String bareId = CrossScriptId.of(EntityType.ORGANIZATION, withoutLegalForm(name));
    return bareId != null ? bareId : id;
  }

  private static boolean allCaps(String name) {
    return name != null && name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT))
        && !name.equals(name.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The name an entity is published under. A name the KB lacks is called by its longest mention (محمد العلي rather
   * than العلي). Each mention carries its own name (romanized for Arabic and Persian script): the longest mention's
   * name, not its text, so "Ebrahim Raisi" is not replaced by the longer Persian spelling.
   */
  static String publishedName(List<Mention> ms, java.util.function.Predicate<String> isKnown) {
    Mention first = ms.get(0);
    String name = first.name();
    if (!isKnown.test(first.entityId())) {
      int longest = first.end() - first.start();
      for (Mention m : ms) {
        if (m.role()) {
          continue;
        }
        // as long, but written as a name rather than in a capitals headline (McDonnell, not MCDONNELL)
        boolean caseBetter = m.end() - m.start() == longest && allCaps(name) && !allCaps(m.name());
        if (m.end() - m.start() > longest || caseBetter) {
          longest = m.end() - m.start();
          name = m.name();
        }
      }
    }
    if (first.type() == EntityType.ORGANIZATION && !isKnown.test(first.entityId())) {
      name = withoutLegalForm(name);
    }
    return name;
  }

  /**
   * Round 57: a person the KB lacks has the key of the English name it is published under, whatever the script it
   * was written in. The key of the letters as written split one name by script where Arabic copy spells a
   * foreign name with other consonants than English copy (ديفيد dfd and David d, جون jn and John jhn, تومسون and
   * Thompson): both are published as the same English name and are now one id. Names still in Arabic script
   * key as written, as before; entities of one dispatch that now share an id are one entity.
   */
  static Map<String, List<Mention>> withPersonNameIds(Map<String, List<Mention>> byEntity,
      java.util.function.Predicate<String> isKnown) {
    Map<String, List<Mention>> out = new LinkedHashMap<>();
    boolean renamed = false;
    for (Map.Entry<String, List<Mention>> e : byEntity.entrySet()) {
      String id = e.getKey();
      List<Mention> ms = e.getValue();
      String name = id.startsWith("person:name:") && !isKnown.test(id) ? publishedName(ms, isKnown) : null;
      String key = name == null ? "" : CrossScriptName.key(name);
      String newId = key.isEmpty() ? id : "person:name:" + key;
      if (newId.equals(id)) {
        out.computeIfAbsent(id, x -> new ArrayList<>()).addAll(ms);
        continue;
      }
      renamed = true;
      List<Mention> to = out.computeIfAbsent(newId, x -> new ArrayList<>());
      for (Mention m : ms) {
        to.add(m.withId(newId));
      }
    }
    if (renamed) {
      for (List<Mention> ms : out.values()) {
        ms.sort(Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
      }
    }
    return out;
  }

  static List<Entity> assemble(List<FieldText> fields, List<Mention> mentions, java.util.function.Predicate<String> isKnown) {
    Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
    List<Mention> ordered = new ArrayList<>(mentions);
    ordered.sort(Comparator.comparingInt(Mention::field).thenComparingInt(Mention::start));
    // an entity's id is renamed as a whole: its mentions carry different names (E.F. Hutton Group Inc, Hutton)
    Map<String, String> firmIds = new java.util.HashMap<>();
    Map<String, Integer> firmIdSpans = new java.util.HashMap<>();
    for (Mention m : ordered) {
      String id = firmId(m, isKnown);
      int span = m.end() - m.start();
      // the longest mention's, as the published name is (E.F. Hutton LBO Inc's, not a repeat's Hutton LBO Inc)
      if (!id.equals(m.entityId()) && span > firmIdSpans.getOrDefault(m.entityId(), 0)) {
        firmIds.put(m.entityId(), id);
        firmIdSpans.put(m.entityId(), span);
      }
    }
    for (int k = 0; k < ordered.size(); k++) {
      Mention m = ordered.get(k);
      String id = firmIds.getOrDefault(m.entityId(), m.entityId());
      if (!id.equals(m.entityId())) {
        m = m.withId(id);
        ordered.set(k, m);
      }
      byEntity.computeIfAbsent(id, x -> new ArrayList<>()).add(m);
    }
    byEntity = withPersonNameIds(byEntity, isKnown);
    int length = 0;
    for (FieldText f : fields) {
      length = Math.max(length, f.offset() + f.display().length());
    }
    int maxCount = 0;
    for (List<Mention> ms : byEntity.values()) {
      maxCount = Math.max(maxCount, ms.size());
    }
    List<Entity> out = new ArrayList<>(byEntity.size());
    for (List<Mention> ms : byEntity.values()) {
      // A role reference is published only for an entity the article never names (see EntityExtractor).
      List<Mention> names = Mention.without(ms, Mention::role);
      List<Mention> published = names.isEmpty() ? ms : names;
      boolean headline = false;
      boolean highlight = false;
      List<io.newswire.schema.Mention> avro = new ArrayList<>(published.size());
      for (Mention m : published) {
        FieldText f = fields.get(m.field());
        headline |= f.isHeadline();
        highlight |= f.isHighlight();
        String d = f.display();
        // the constructor, not Avro's builder: a builder copies the schema's field list per record, and the
        // mentions are the most numerous records of an article (every field here is set and never null)
        avro.add(new io.newswire.schema.Mention(f.name(), d.codePointCount(0, m.start()),
            d.codePointCount(0, m.end()), d.substring(m.start(), m.end())));
      }
      Mention first = ms.get(0);
      String name = publishedName(ms, isKnown);
      int firstOffset = fields.get(first.field()).offset() + first.start();
      double salience = Salience.score(headline, highlight, ms.size(), maxCount, firstOffset, length);
      out.add(Entity.newBuilder()
          .setId(first.entityId())
          .setType(first.type())
          .setName(name)
          .setMentions(avro)
          .setSalience(salience)
          .build());
    }
    out.sort(Comparator.comparingDouble(Entity::getSalience).reversed()
        .thenComparing(Entity::getId));
    return out;
  }
}
