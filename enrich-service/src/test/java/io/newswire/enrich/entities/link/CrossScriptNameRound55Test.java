package io.newswire.enrich.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Round 55 (issue 13): a Latin name's final -ov/-ev keys its v as f, as Arabic and Persian copy write it ف; the
 * particles van/von written فان/فون before a surname key as the Latin ones.
 */
class CrossScriptNameRound55Test {
  @Test
  void slavicFinalVMeetsArabicAndPersianFeh() {
    assertEquals(CrossScriptName.key("Mikhail Gorbachev"), CrossScriptName.key("ميخائيل غورباتشوف"));
    assertEquals(CrossScriptName.key("Mikhail Gorbachev"), CrossScriptName.key("میخائیل گورباچف"));
    assertEquals(CrossScriptName.key("Yevgeny Primakov"), CrossScriptName.key("یوگنی پریماکف"));
    assertEquals(CrossScriptName.key("Dmitry Medvedev"), CrossScriptName.key("دیمیتری مدودف"));
  }

  @Test
  void aVElsewhereStaysAVowelLetter() {
    // Persian copy writes Vahid's and Parviz's v as و, which keys as nothing
    assertEquals(CrossScriptName.key("Vahid Davoudi"), CrossScriptName.key("وحید داوودی"));
    assertEquals(CrossScriptName.key("Parviz Rahimi"), CrossScriptName.key("پرویز رحیمی"));
    // short words keep their v: Lev is not Leif
    assertNotEquals(CrossScriptName.key("Lev"), CrossScriptName.key("Lef"));
    assertEquals("lrf", CrossScriptName.fold("Lavrov".toLowerCase(java.util.Locale.ROOT), true));
  }

  @Test
  void vanAndVonBeforeASurnameKeyAsTheLatinParticles() {
    assertEquals(CrossScriptName.key("Louis van Gaal"), CrossScriptName.key("لويس فان غال"));
    assertEquals(CrossScriptName.key("Ursula von der Leyen"), CrossScriptName.key("أورسولا فون دير لاين"));
    // last in the name the word is no particle (the Turkish city Van, a Chinese Fan): it keeps its f
    assertEquals("fn", CrossScriptName.key("فان"));
  }
}
