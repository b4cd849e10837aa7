package org.papergraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.Rejection;
import org.papergraph.ingest.TestInputs;

class OpenAlexTest {

  @Test
  void worksLinesRebuildAbstractsAndRejectGaps() throws Exception {
    TestInputs.Result result = TestInputs.read(TestInputs.fixture("source/openalex-works.jsonl"));
    assertEquals(2, result.papers().size());
    Paper mmlu = result.papers().get(0);
    assertEquals("arxiv-2009.03300", mmlu.id(), "arXiv id from the arXiv landing page");
    assertEquals("10.48550/arxiv.2009.03300", mmlu.doi());
    assertEquals("We propose a new test to measure text model's multitask a accuracy.",
        mmlu.abstractText());
    assertEquals(List.of("Dan Hendrycks", "Collin Burns", "Steven Basart"), mmlu.authors());
    assertEquals(LocalDate.of(2020, 9, 7), mmlu.published());
    assertEquals(List.of("Multitask Accuracy"), mmlu.keywords());
    assertTrue(mmlu.links().contains("https://openalex.org/W3118615836"));

    Rejection gap = result.rejections().get(0);
    assertEquals("2", gap.where().position());
    assertEquals("/abstract_inverted_index: index has gaps: no words at positions [3, 4]"
        + " (positions run 0..5)", gap.reason().replace("no word at", "no words at"));

    Paper parrots = result.papers().get(1);
    assertEquals("doi-10.1145-3442188.3445922", parrots.id());
    assertEquals("", parrots.abstractText());
    assertTrue(result.handler().warnings.stream().anyMatch(w -> w.contains(":3: empty abstract")));
  }

  @Test
  void apiPageStreamsItsResultsArray() throws Exception {
    TestInputs.Result result = TestInputs.read(TestInputs.fixture("source/openalex-page.json"));
    assertEquals(2, result.papers().size());
    assertEquals("/results/0", result.papers().get(0).origin().position());
    assertEquals("/results/1", result.rejections().get(0).where().position());
  }

  @Test
  void positionClaimedTwiceIsRejected(@TempDir Path dir) throws Exception {
    Path file = TestInputs.write(dir, "w.jsonl", "{\"id\":\"https://openalex.org/W1\",\"title\":"
        + "\"T\",\"abstract_inverted_index\":{\"a\":[0,1],\"b\":[1]}}\n");
    Rejection r = TestInputs.read(file).rejections().get(0);
    assertEquals("/abstract_inverted_index: position 1 holds two words, 'a' and 'b'", r.reason());
  }
}
