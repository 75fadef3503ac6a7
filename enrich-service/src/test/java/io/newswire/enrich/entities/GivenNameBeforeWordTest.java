package io.newswire.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GivenNameBeforeWordTest {
  private static boolean endsWith(String name, String d, String word) {
    int start = d.indexOf(word);
    return GivenNameBefore.endsWithWord(name, d, start, start + word.length());
  }

  @Test
  void theKnowledgeBaseNameEndsWithTheMentionsOneWord() {
    String d = "Officials said Benjamin Netanyahu met Tony Blair on Monday.";
    assertTrue(endsWith("Benjamin Netanyahu", d, "Netanyahu"));
    assertTrue(endsWith("Tony Blair", d, "Blair"));
    assertFalse(endsWith("Netanyahu", d, "Netanyahu")); // no word before it in the name
    assertFalse(endsWith("Benjamin Netanyahu", d, "Blair"));
    assertFalse(endsWith("Iain Blairs", d, "Blair"));
    assertFalse(endsWith("Mr Tony Blair", d, "Tony Blair")); // two words in the mention
    assertFalse(endsWith("Tony Blair", d, "Tony"));
  }
}
