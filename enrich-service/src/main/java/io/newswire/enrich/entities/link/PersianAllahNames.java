package io.newswire.enrich.entities.link;

import io.newswire.normalization.MatchingForm;
import java.util.HashMap;
import java.util.Map;

/**
 * First halves of Persian given names in -الله (لطف‌الله, حجت‌الله, نعمت‌الله) as Iranian agencies' English copy
 * spells them before -ollah: Lotfollah, Hojjatollah, Nematollah. Letter by letter the script's unwritten short
 * vowels come out Arabic-shaped (Latafollah, Nasarollah), and the word tables spell the half alone as an Arab
 * name (Fadl for فضل, Assad for اسد), not as the Persian compound has it. Written for this project from general
 * knowledge of Iranian names.
 */
final class PersianAllahNames {
  private PersianAllahNames() {}

  private static final Map<String, String> FIRST_HALVES = table(
      "لطف", "Lotf", "نصر", "Nasr", "فضل", "Fazl", "فتح", "Fath", "حجت", "Hojjat", "روح", "Rouh", "شکر", "Shokr",
      "رحمت", "Rahmat", "نعمت", "Nemat", "عزت", "Ezzat", "اسد", "Asad", "قدرت", "Ghodrat", "حشمت", "Heshmat",
      "سیف", "Seif", "ذبیح", "Zabih", "خلیل", "Khalil", "حبیب", "Habib", "ولی", "Vali", "عطا", "Ata", "نور", "Nour",
      "امان", "Aman", "ید", "Yad", "عین", "Eyn", "کرم", "Karam", "هدایت", "Hedayat", "کرامت", "Keramat",
      "عنایت", "Enayat", "فیض", "Feiz", "حمد", "Hamd", "فرج", "Faraj", "خیر", "Kheir", "جان", "Jan");

  private static Map<String, String> table(String... pairs) {
    Map<String, String> out = new HashMap<>(pairs.length);
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(MatchingForm.key(pairs[i]), pairs[i + 1]);
    }
    return out;
  }

  /** The English first half of a Persian -ollah name (matching form of the word before الله), or null when the list lacks it. */
  static String firstHalf(String matchingForm) {
    return FIRST_HALVES.get(matchingForm);
  }
}
