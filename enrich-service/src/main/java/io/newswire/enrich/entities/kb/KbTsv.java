package io.newswire.enrich.entities.kb;

import io.newswire.schema.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the entity TSV format documented in {@code kb/README.md}:
 * {@code id, type, name, ar, fa, en, attrs}; aliases '|'-separated, '~' partial, '@' context-only;
 * attrs 'key=value;key=value'. Lines starting with '#' are comments.
 */
public final class KbTsv {
  public static final List<String> LANGS = List.of("ar", "fa", "en");

  private KbTsv() {}

  public static List<KbEntity> read(Reader in, String source) throws IOException {
    List<KbEntity> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(in);
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 6) {
        throw new IOException(source + ":" + no + ": expected at least 6 tab-separated columns");
      }
      List<KbAlias> aliases = new ArrayList<>();
      for (int i = 0; i < LANGS.size(); i++) {
        for (String a : c[3 + i].split("\\|")) {
          String t = a.strip();
          if (t.isEmpty()) {
            continue;
          }
          AliasStrength s = AliasStrength.ofMarker(t.charAt(0));
          if (s != AliasStrength.STRONG) {
            t = t.substring(1).strip();
          }
          aliases.add(new KbAlias(t, LANGS.get(i), s));
          if (i == 2) {
            String spaced = spacedHyphens(t);
            if (spaced != null) {
              aliases.add(new KbAlias(spaced, LANGS.get(i), s));
            }
          }
        }
      }
      out.add(new KbEntity(c[0].strip(), type(c[1].strip(), source, no), c[2].strip(),
          aliases.size() > 1 ? List.copyOf(new LinkedHashSet<>(aliases)) : aliases,
          c.length > 6 ? attrs(c[6]) : Map.of()));
    }
    return out;
  }

  /**
   * An English alias whose hyphen joins two capitalised words (Agence France-Presse, Paris Saint-Germain,
   * Guinea-Bissau) with spaces for those hyphens, or null when it has none: English copy writes such names
   * either way ("Agence France Presse"), and a name the KB missed got an id of its own in English copy while
   * Arabic and Persian copy had the KB's (round 43b, issue 13). A lower-case particle (al-Qaeda, Deir ez-Zor)
   * keeps its hyphen: that spelling is an alias of its own where the press writes it apart.
   */
  static String spacedHyphens(String alias) {
    char[] c = null;
    for (int i = 1; i + 1 < alias.length(); i++) {
      if (alias.charAt(i) == '-' && Character.isLetter(alias.charAt(i - 1)) && Character.isUpperCase(alias.charAt(i + 1))
          && Character.isUpperCase(alias.charAt(wordStart(alias, i - 1)))) {
        if (c == null) {
          c = alias.toCharArray();
        }
        c[i] = ' ';
      }
    }
    return c == null ? null : new String(c);
  }

  /** Where the word that holds {@code end} begins (after a space or hyphen). */
  private static int wordStart(String s, int end) {
    int i = end;
    while (i > 0 && s.charAt(i - 1) != ' ' && s.charAt(i - 1) != '-') {
      i--;
    }
    return i;
  }

  static EntityType type(String t, String source, int no) throws IOException {
    return switch (t) {
      case "PERSON" -> EntityType.PERSON;
      case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "PLACE", "LOC" -> EntityType.PLACE;
      case "EVENT" -> EntityType.EVENT;
      case "OTHER" -> EntityType.OTHER;
      default -> throw new IOException(source + ":" + no + ": unknown type " + t);
    };
  }

  static Map<String, String> attrs(String cell) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String kv : cell.split(";")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        m.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
      }
    }
    return m;
  }

  /** One TSV line for {@code e} (the inverse of {@link #read}). */
  public static String line(KbEntity e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.id()).append('\t').append(e.type() == EntityType.ORGANIZATION ? "ORG" : e.type().name())
        .append('\t').append(e.name());
    for (String lang : LANGS) {
      sb.append('\t');
      boolean first = true;
      for (KbAlias a : e.aliases()) {
        if (!a.lang().equals(lang)) {
          continue;
        }
        if (!first) {
          sb.append('|');
        }
        first = false;
        if (a.strength() == AliasStrength.PARTIAL) {
          sb.append('~');
        } else if (a.strength() == AliasStrength.CONTEXT) {
          sb.append('@');
        }
        sb.append(a.text());
      }
    }
    sb.append('\t');
    boolean first = true;
    for (Map.Entry<String, String> kv : e.attrs().entrySet()) {
      if (!first) {
        sb.append(';');
      }
      first = false;
      sb.append(kv.getKey()).append('=').append(kv.getValue());
    }
    return sb.toString();
  }
}
