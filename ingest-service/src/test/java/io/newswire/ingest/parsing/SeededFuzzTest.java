package io.newswire.ingest.parsing;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The same guarantee as {@link DispatchParserPropertiesTest}, with plain JUnit and fixed seeds: mutated
 * valid dispatches of every format (bytes flipped, cut, spliced) only ever parse or are rejected with
 * a documented reason. Reproducible, and independent of the property-testing library.
 */
class SeededFuzzTest {
  private static final String[] SEEDS = {
      FormatsTest.NITF,
      "{\"uri\":\"u\",\"headline\":\"عنوان الخبر\",\"body_text\":\"الدوحة (قنا) - نص الخبر هنا.\"}",
      "\u0001a0789 u i BC-Test 10-05 0098\r\n\u0002Headline\r\nWASHINGTON (AP) - Body.\r\n\u0003",
      "\u0001AFP0456 3 POL 0120 Iraq-Vote\r\n\u0002Iraq-Vote\r\nHeadline\r\nBody text.\r\n\u0003",
      "سياسي / عنوان\n الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n نص.\n // انتهى //\n",
      "عنوان\n*نقطة\nطهران-مهر:- نص الخبر.\n",
      "<newsItem guid=\"g\"><contentMeta><headline>H</headline></contentMeta><contentSet><inlineData>B</inlineData></contentSet></newsItem>"};

  @Test
  void mutatedDispatchesParseOrAreRejected() {
    DispatchParser parser = new DispatchParser();
    Random random = new Random(20241005L);
    int rejected = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] bytes = SEEDS[i % SEEDS.length].getBytes(StandardCharsets.UTF_8);
      byte[] mutated = mutate(bytes, random);
      try {
        parser.parse(new RawDispatch(null, mutated, Map.of(), 0L));
      } catch (RejectedDispatchException e) {
        rejected++;
        assertNotEquals(RejectReason.INTERNAL_ERROR, e.reason(), () -> "bug: " + e.getCause());
      }
    }
    System.out.println("seeded fuzz: 3000 inputs, " + rejected + " rejected with documented reasons");
  }

  private static byte[] mutate(byte[] in, Random r) {
    byte[] out = in.clone();
    switch (r.nextInt(3)) {
      case 0 -> {
        for (int k = 0; k < 1 + r.nextInt(8); k++) {
          out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
      }
      case 1 -> out = java.util.Arrays.copyOf(out, r.nextInt(out.length + 1));
      default -> {
        int at = r.nextInt(out.length);
        byte[] spliced = new byte[out.length + 16];
        System.arraycopy(out, 0, spliced, 0, at);
        for (int k = 0; k < 16; k++) {
          spliced[at + k] = (byte) "<>&{}[]\"\u0001\u0002\u0003:,-/\n".charAt(r.nextInt(16));
        }
        System.arraycopy(out, at, spliced, at + 16, out.length - at);
        out = spliced;
      }
    }
    return out;
  }
}
