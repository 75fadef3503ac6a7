import java.io.FileWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scores spellings of Wikidata pair lines (english TAB arabic letters TAB count [TAB prediction]): with a
 * prediction column, that column; without, CrossScriptName's letter rules. Prints exact-after-folding and
 * same-phonetic-key rates over the lines. Run with the CLI jar on the class path:
 * java -cp "newswire-cli/target/newswire-cli.jar:newswire-cli/target/lib/*" tools/letter-groups-wikidata/RulesOnPairs.java PAIRS
 */
public class RulesOnPairs {
  public static void main(String[] args) throws Exception {
    Class<?> c = Class.forName("io.newswire.enrich.entities.link.CrossScriptName");
    Method letters = c.getDeclaredMethod("letters", String.class, boolean.class);
    letters.setAccessible(true);
    Method key = c.getDeclaredMethod("key", String.class);
    int n = 0, exact = 0, sameKey = 0;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] f = line.split("\t", -1);
      String spelled = f.length > 3 ? f[3]
          : (String) letters.invoke(null, io.newswire.normalization.MatchingForm.key(f[1].replace(" ", "")), false);
      n++;
      exact += ascii(spelled).equals(ascii(f[0])) ? 1 : 0;
      sameKey += key.invoke(null, spelled).equals(key.invoke(null, f[0])) ? 1 : 0;
    }
    System.out.printf("lines %d exact %.3f key %.3f%n", n, exact / (double) n, sameKey / (double) n);
  }

  /** Lower-case ASCII letters only, accents taken off (Kösen: kosen). */
  private static String ascii(String s) {
    return java.text.Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD).replaceAll("[^a-z]", "");
  }
}
