package io.newswire.enrich.entities;

import io.newswire.enrich.entities.link.Mention;
import io.newswire.enrich.entities.link.MentionAdditions;
import io.newswire.normalization.MatchingForm;
import io.newswire.schema.EntityType;
import io.newswire.text.WordSpans;
import java.util.List;
import java.util.Set;

/**
 * Arabic (round 35): مالي is Mali and the adjective "financial" (محلل مالي، برنامج إنقاذ مالي، مبلغ مالي). The word
 * that governs it tells them apart: after a preposition, a word of place or state (في مالي، لدى مالي، وسط مالي، حكومة
 * مالي، شعب مالي) or glued to ب/ل (بمالي، لمالي) it can only be the country, which the model finds in one dispatch and
 * not the next; after a noun that "financial" describes (محلل، برنامج، مبلغ …) it is the adjective, and a place the
 * model gave there is dropped. A country mention the linker gave elsewhere in the dispatch supplies the id and name; without one nothing
 * is added (the knowledge base names the country, but a dispatch that never names it so is no evidence of it).
 */
final class MaliNames {
  private MaliNames() {}

  private static final String MALI = "مالي";
  /** Words after which مالي is the country (matching form). */
  private static final Set<String> GOVERNORS = MatchingForm.keys("في", "لدى", "إلى", "الى", "من", "عن", "حكومة", "سلطات",
      "شعب", "وسط", "شمال", "جنوب", "شرق", "غرب", "مملكة", "دولة", "جمهورية", "رئيس", "حتى", "وحتى", "بين", "مع", "داخل",
      "خارج", "عاصمة", "جيش", "حدود", "أراضي", "اراضي");

  /**
   * Nouns that "financial" describes in news copy (محلل مالي، برنامج إنقاذ مالي، مبلغ مالي): only after them is a
   * place the model gave the adjective. After other words (إن مالي تحتاج، زار مالي) the model's country stands.
   */
  private static final Set<String> FINANCIAL_NOUNS = MatchingForm.keys("محلل", "خبير", "مستشار", "وسيط", "مدير",
      "برنامج", "إنقاذ", "انقاذ", "دعم", "عجز", "مبلغ", "بيان", "وضع", "نظام", "مركز", "سوق", "قطاع", "تقرير", "فساد",
      "حساب", "تحليل", "عام", "استقرار", "تمويل", "مردود", "عائد", "التزام", "ضمان", "إصلاح", "اصلاح", "دعما", "حافز");

  static List<Mention> mark(List<FieldText> fields, List<Mention> mentions) {
    Mention country = null;
    for (Mention m : mentions) {
      if (m.type() == EntityType.PLACE && !m.role() && m.end() - m.start() == MALI.length()
          && fields.get(m.field()).display().startsWith(MALI, m.start())) {
        country = m;
        break;
      }
    }
    if (country == null) {
      return mentions;
    }
    Mention mali = country;
    // مالي as the adjective (محلل مالي) goes; then the country where the copy names it bare
    MentionAdditions out = new MentionAdditions(Mention.without(mentions, m -> m.entityId().equals(mali.entityId())
        && m.end() - m.start() == MALI.length() && fields.get(m.field()).display().startsWith(MALI, m.start())
        && adjective(fields.get(m.field()).display(), m.start())));
    for (FieldText f : fields) {
      String d = f.display();
      int p = d.indexOf(MALI);
      while (p >= 0) {
        int e = p + MALI.length();
        if ((e >= d.length() || !Character.isLetter(d.charAt(e))) && country(d, p) && out.free(f.index(), p, e)) {
          out.add(new Mention(f.index(), p, e, country.entityId(), EntityType.PLACE, country.name(), false));
        }
        p = d.indexOf(MALI, e);
      }
    }
    return out.result();
  }

  /** Whether مالي at {@code p} is the country: glued to ب/ل (with an optional و), or after a governing word. */
  private static boolean country(String d, int p) {
    int b = p;
    while (b > 0 && Character.isLetter(d.charAt(b - 1))) {
      b--;
    }
    String glued = d.substring(b, p);
    if (!glued.isEmpty()) {
      return glued.equals("ب") || glued.equals("ل") || glued.equals("وب") || glued.equals("ول");
    }
    String before = WordSpans.wordBefore(d, p);
    if (before == null) {
      return false;
    }
    String key = MatchingForm.key(before);
    // بوسط مالي، وحكومة مالي: a clitic glued to the governing word
    return GOVERNORS.contains(key) || key.length() > 3 && "وفبل".indexOf(key.charAt(0)) >= 0
        && GOVERNORS.contains(key.substring(1));
  }

  /** Whether مالي at {@code p} follows a noun "financial" describes (no mark between). */
  private static boolean adjective(String d, int p) {
    if (p > 0 && Character.isLetter(d.charAt(p - 1))) {
      return false; // بمالي: glued, the country
    }
    String before = WordSpans.wordBefore(d, p);
    if (before == null) {
      return false;
    }
    String key = MatchingForm.key(before);
    // ومحلل مالي: the conjunction glued to the noun
    return FINANCIAL_NOUNS.contains(key)
        || key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') && FINANCIAL_NOUNS.contains(key.substring(1));
  }
}
