package org.papergraph.ingest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.CollectingHandler;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperIds;
import org.papergraph.ingest.TestInputs;

class PaperMergerTest {

  private static final String LOGO =
      "LOGO -- Long cOntext aliGnment via efficient preference Optimization";

  @Test
  void samePaperFromThreeSourcesIsOneMergedPaper(@TempDir Path dir) throws Exception {
    Path atom = TestInputs.write(dir, "logo.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <entry>
            <id>http://arxiv.org/abs/2410.18533v2</id>
            <published>2024-10-23T08:27:26Z</published>
            <title>LOGO -- Long cOntext aliGnment via efficient preference
          Optimization</title>
            <summary>Long-context models(LCMs) have shown great potential.</summary>
            <author><name>Zecheng Tang</name></author>
            <arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.1234/logo.2024</arxiv:doi>
            <link href="http://arxiv.org/abs/2410.18533v2" rel="alternate" type="text/html"/>
            <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.CL"/>
            <category term="cs.CL"/>
            <category term="cs.LG"/>
          </entry>
        </feed>
        """);
    Path list = TestInputs.write(dir, "list.jsonl", "{\"title\": \"" + LOGO.toLowerCase()
        + "\", \"github\": \"https://github.com/example/logo\"}\n");
    TestInputs.Result result = TestInputs.read(
        TestInputs.fixture("source/hf-daily-papers.json"), atom, list);
    assertEquals(4, result.stats().papers());
    assertEquals(2, result.stats().duplicates());
    Paper logo = result.handler().byId.get("arxiv-2410.18533");
    assertEquals(List.of("cs.CL", "cs.LG"), logo.categories());
    assertEquals("10.1234/logo.2024", logo.doi());
    assertEquals("https://github.com/example/logo", logo.githubRepo());
    assertEquals(LocalDate.of(2024, 10, 23), logo.published(), "earliest date");
    assertTrue(logo.authors().size() > 1, "the fuller author list wins");
    assertTrue(logo.abstractText().length() > 200, "the first non-empty abstract stays");
    assertTrue(logo.links().contains("http://arxiv.org/abs/2410.18533v2"));
    assertTrue(logo.origin().source().endsWith("hf-daily-papers.json"));
    long deliveries = result.handler().delivered.stream()
        .filter(p -> p.id().equals("arxiv-2410.18533")).count();
    assertEquals(3, deliveries, "first record, then once per merge that changed something");
  }

  @Test
  void dailyPageAndGoldMergeByTitle() throws Exception {
    TestInputs.Result result = TestInputs.read(TestInputs.fixture("source/daily-papers-gold.jsonl"),
        TestInputs.fixture("source/daily-papers-sample.txt"));
    assertEquals(49, result.stats().papers());
    assertEquals(49, result.stats().duplicates());
    result.papers().forEach(p -> assertTrue(!p.abstractText().isEmpty(), p.title()));
  }

  @Test
  void titleMatchIsRefusedWhenArxivIdsDiffer() {
    CollectingHandler out = new CollectingHandler();
    PaperMerger merger = new PaperMerger(out);
    merger.paper(paper("2101.00001", null, "Erratum"));
    merger.paper(paper("2101.00002", null, "Erratum"));
    merger.paper(paper(null, null, "Erratum"));
    assertEquals(2, merger.distinct());
    assertEquals(1, merger.duplicates());
  }

  @Test
  void versionsAndDoisIdentifyTheSamePaper() {
    CollectingHandler out = new CollectingHandler();
    PaperMerger merger = new PaperMerger(out);
    merger.paper(paper("2101.00001", null, "One title"));
    merger.paper(paper(PaperIds.arxivId("2101.00001v3"), "10.1/x", "A retitled version"));
    merger.paper(paper(null, "10.1/x", "Yet another title"));
    assertEquals(1, merger.distinct());
    assertEquals(2, merger.duplicates());
    assertEquals("10.1/x", out.byId.get("arxiv-2101.00001").doi());
  }

  @Test
  void duplicateBeyondTheWindowIsWarnedNotDelivered() {
    CollectingHandler out = new CollectingHandler();
    PaperMerger merger = new PaperMerger(out, 2);
    merger.paper(paper("2101.00001", null, "First"));
    merger.paper(paper("2101.00002", null, "Second"));
    merger.paper(paper("2101.00003", null, "Third"));
    merger.paper(paper("2101.00001", "10.9/late", "First"));
    assertEquals(3, out.delivered.size());
    assertNull(out.byId.get("arxiv-2101.00001").doi());
    assertEquals(1, merger.ownWarnings());
    assertTrue(out.warnings.get(0).contains("same paper as arxiv-2101.00001"), out.warnings.get(0));
  }

  @Test
  void identityMemoryKeepsTwoGenerationsAndForgetsOlderPapers() {
    CollectingHandler out = new CollectingHandler();
    PaperMerger merger = new PaperMerger(out, 100, 2);
    for (String t : List.of("A", "B", "C", "D")) {
      merger.paper(paper(null, null, "Paper " + t));
    }
    // A and B form the older generation, C and D the current one: both are still recognized
    merger.paper(paper(null, null, "paper a"));
    merger.paper(paper(null, null, "PAPER D"));
    assertEquals(4, merger.distinct());
    assertEquals(2, merger.duplicates());
    // E starts a new generation and drops A and B: A is then passed on again, with the same id
    merger.paper(paper(null, null, "Paper E"));
    merger.paper(paper(null, null, "Paper A"));
    assertEquals(6, merger.distinct());
    assertEquals(2, merger.duplicates());
    assertEquals(out.delivered.get(0).id(), out.delivered.get(out.delivered.size() - 1).id(),
        "a forgotten paper comes back with the id it had, so a store keyed by id keeps it once");
  }

  @Test
  void manyPapersKeepSmallIdentityState() {
    org.papergraph.ingest.PaperHandler sink = new org.papergraph.ingest.PaperHandler() {
      @Override
      public void paper(Paper paper) {}

      @Override
      public void rejected(org.papergraph.ingest.Rejection rejection) {}
    };
    PaperMerger merger = new PaperMerger(sink);
    for (int i = 0; i < 200_000; i++) {
      merger.paper(paper(null, null, "Paper number " + i));
    }
    merger.paper(paper(null, null, "PAPER NUMBER 17"));
    assertEquals(200_000, merger.distinct());
    assertEquals(1, merger.duplicates());
  }

  private static Paper paper(String arxiv, String doi, String title) {
    return new Paper(PaperIds.forPaper(arxiv, doi, title), arxiv, doi, title, "", "", List.of(),
        null, List.of(), List.of(), null, List.of(), null);
  }
}
