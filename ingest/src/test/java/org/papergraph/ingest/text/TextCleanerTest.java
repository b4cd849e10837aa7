package org.papergraph.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      gains of $\\sim$10% on MMLU            | gains of ~10% on MMLU
      a \\emph{new} method                    | a new method
      a \\textbf{\\emph{bold}} claim          | a bold claim
      {\\bf strong} results                   | strong results
      runs 2\\times faster                    | runs 2× faster
      models with \\geq 175B parameters       | models with ≥ 175B parameters
      $O(n^2)$ time                           | O(n^2) time
      error $\\epsilon \\leq 0.1$             | error ϵ ≤ 0.1
      weights in $\\mathbb{R}^d$              | weights in ℝ^d
      over $\\real^{n}$                       | over ℝ^n
      Bal\\'azs and Schr\\"{o}dinger          | Balázs and Schrödinger
      50\\% of \\#tokens                      | 50% of #tokens
      see \\href{https://x.org}{our page}     | see our page
      """)
  void latexRemnants(String raw, String clean) {
    assertEquals(clean, TextCleaner.clean(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      FlashConv yields 2times speedup         | FlashConv yields 2× speedup
      text 2.4times faster                    | text 2.4× faster
      a single 8timesA800 GPU machine         | a single 8×A800 GPU machine
      models with ge 175B parameters          | models with ≥ 175B parameters
      accuracy le 5% and approx 3 points      | accuracy ≤ 5% and ≈ 3 points
      reaching sim10% gains                   | reaching ~10% gains
      scores 71.2 pm 0.3 overall              | scores 71.2 ± 0.3 overall
      large models x2014 even small ones      | large models — even small ones
      modelsx2014and data                     | models—and data
      the first dataset of \\real deepfake tweets | the first dataset of real deepfake tweets
      """)
  void remnantsOfALossyConverter(String raw, String clean) {
    assertEquals(clean, TextCleaner.clean(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "sometimes the edge of the age of large models matters",
      "The times we live in; leverage 5 models; college 2 years",
      "It costs $5 and $10 per run.",
      "A 3-times larger model, 10 times faster, in 2014.",
      "Max2014 and LLM-x200 are names; simple 5 tests; the sim 2 game",
      "e-mail me at ge@le.com or see le monde",
      "Precision@5 is 0.7 and F1 is 71.2%.",
      "Linux kernel x86 v2.1 -- no"})
  void ordinaryTextIsUnchanged(String text) {
    String expected = text.replace(" -- ", " – ");
    assertEquals(expected, TextCleaner.clean(text));
  }

  @Test
  void htmlEntitiesAndTags() {
    assertEquals("A & B <C> “quoted” — done é",
        TextCleaner.clean("A &amp; B &lt;C&gt; &ldquo;quoted&rdquo; &#x2014; done &#233;"));
    assertEquals("Abstract with italic and CO2.",
        TextCleaner.clean("<jats:p>Abstract with <i>italic</i> and CO<sub>2</sub>.</jats:p>"));
    assertEquals("unknown &foo; stays", TextCleaner.clean("unknown &foo; stays"));
  }

  @Test
  void footnoteMarksOfArxivHtmlPagesComeUnglued() {
    assertEquals("we introduce SWE-Zorb https://example.org/zorb, a benchmark",
        TextCleaner.clean("we introduce SWE-Zorb111https://example.org/zorb, a benchmark"));
    assertEquals("We present XZorb Models are trained",
        TextCleaner.clean("We present XZorb222Models are trained"));
    assertEquals("code at project https://example.org/zorb.",
        TextCleaner.clean("code at project 333https://example.org/zorb."));
    assertEquals("reliable SLMs. ZorbEval data is at",
        TextCleaner.clean("reliable SLMs.111ZorbEval data is at"));
    // numbers that are no marks stay
    assertEquals("GPT-4111 and Zorb-111B and 1111 steps and v333x and 2.111B",
        TextCleaner.clean("GPT-4111 and Zorb-111B and 1111 steps and v333x and 2.111B"));
  }

  @Test
  void lineBreaksAndOddUnicode() {
    assertEquals("Large language models are trained on data.",
        TextCleaner.clean("Large language\nmodels are  trained\r\n  on\tdata.\n"));
    assertEquals("state-of-the-art results",
        TextCleaner.clean("state-of-the-\nart results"));
    assertEquals("zero width and no break",
        TextCleaner.clean("zero\u200Bwidth\u00ADand\u00A0no\u202Fbreak".replace("\u200Bwidth",
            " \u200Bwidth").replace("\u00ADand", " \u00ADand")));
    assertEquals("bell gone", TextCleaner.clean("bell\u0007 gone"));
  }

  @Test
  void outputIsNfc() {
    String decomposed = "Cafe\u0301 model";
    String clean = TextCleaner.clean(decomposed);
    assertEquals("Café model", clean);
    assertEquals(Normalizer.normalize(clean, Normalizer.Form.NFC), clean);
  }

  @Test
  void dashesAndQuotes() {
    assertEquals("LOGO – Long cOntext", TextCleaner.clean("LOGO -- Long cOntext"));
    assertEquals("pages 10–20 and a pause—then “quoted”",
        TextCleaner.clean("pages 10--20 and a pause---then ``quoted''"));
  }

  @Test
  void nullAndEmptyGiveEmpty() {
    assertEquals("", TextCleaner.clean(null));
    assertEquals("", TextCleaner.clean(" \n\t "));
  }

  @Test
  void cleaningIsIdempotentOnItsOutput() {
    String once = TextCleaner.clean("a $\\sim$5 \\emph{x} 2times y x2014 z &amp; w");
    assertEquals(once, TextCleaner.clean(once));
  }
}
