package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaperIdsTest {

  @ParameterizedTest
  @CsvSource({
      "2410.17243, 2410.17243",
      "2410.17243v3, 2410.17243",
      "arXiv:2410.17243v1, 2410.17243",
      "http://arxiv.org/abs/2410.17243v1, 2410.17243",
      "https://arxiv.org/pdf/2410.17243v2.pdf, 2410.17243",
      "0704.0001, 0704.0001",
      "hep-ph/0701001v2, hep-ph/0701001",
      "http://arxiv.org/abs/math.CO/0701001, math.CO/0701001"})
  void arxivIdsLoseVersionAndPrefix(String text, String id) {
    assertEquals(id, PaperIds.arxivId(text));
  }

  @ParameterizedTest
  @CsvSource({"dp-01", "10.1103/PhysRevD.76.013009", "2410.1724", "see 2410.17243", "''"})
  void nonArxivTextIsNoArxivId(String text) {
    assertNull(PaperIds.arxivId(text));
  }

  @Test
  void idsPreferArxivThenDoiThenTitle() {
    assertEquals("arxiv-2410.17243", PaperIds.forPaper("2410.17243", "10.1/x", "T"));
    assertEquals("arxiv-hep-ph-0701001", PaperIds.forPaper("hep-ph/0701001", null, "T"));
    assertEquals("doi-10.1103-physrevd.76.013009",
        PaperIds.forPaper(null, PaperIds.doi("https://doi.org/10.1103/PhysRevD.76.013009"), "T"));
    assertTrue(PaperIds.forPaper(null, null, "A Title").matches("title-[0-9a-f]{16}"));
  }

  @Test
  void doiSlugsStayDistinctWhenCharactersAreReplaced() {
    String a = PaperIds.forPaper(null, "10.1000/a<b", "T");
    String b = PaperIds.forPaper(null, "10.1000/a>b", "T");
    assertNotEquals(a, b);
    assertTrue(a.matches("doi-[a-z0-9._-]+"), a);
  }

  @Test
  void doisAreNormalized() {
    assertEquals("10.1063/1.2975338", PaperIds.doi("doi:10.1063/1.2975338"));
    assertEquals("10.1063/1.2975338", PaperIds.doi("https://dx.doi.org/10.1063/1.2975338"));
    assertNull(PaperIds.doi("not a doi"));
  }

  @Test
  void titleHashIsSha256OfTheNormalizedTitle() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest("logo long context alignment".getBytes(StandardCharsets.UTF_8));
    String expected = "title-" + HexFormat.of().formatHex(digest).substring(0, 16);
    assertEquals(expected, PaperIds.forPaper(null, null, "LOGO -- Long cOntext  Alignment!"));
  }

  @Test
  void normalizedTitlesIgnoreCaseWidthAndPunctuation() {
    assertEquals(PaperIds.titleHash("Breaking the Memory Barrier: Near Infinite Batch Size"),
        PaperIds.titleHash("breaking  the memory barrier —\n near infinite batch size"));
    assertEquals("strasse full", PaperIds.normalizeTitle("Straße ＦＵＬＬ"));
    assertNotEquals(PaperIds.titleHash("Model A"), PaperIds.titleHash("Model B"));
  }

  @Test
  void aPaperNeedsSomething() {
    assertThrows(IllegalArgumentException.class, () -> PaperIds.forPaper(null, null, " -- "));
  }
}
