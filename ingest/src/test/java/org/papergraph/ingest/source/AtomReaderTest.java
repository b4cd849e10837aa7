package org.papergraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.TestInputs;

class AtomReaderTest {

  @Test
  void arxivFeedEntriesBecomePapers() throws Exception {
    TestInputs.Result result = TestInputs.read(TestInputs.fixture("source/arxiv-query.atom.xml"));
    List<Paper> papers = result.papers();
    assertEquals(2, papers.size());
    Paper mmlu = papers.get(0);
    assertEquals("arxiv-2009.03300", mmlu.id());
    assertEquals("2009.03300", mmlu.arxivId());
    assertEquals("Measuring Massive Multitask Language Understanding", mmlu.title());
    assertTrue(mmlu.abstractText().startsWith("We propose a new test to measure a text model's"));
    assertTrue(mmlu.rawAbstract().contains("\ncovers 57 tasks"), "raw keeps line breaks");
    assertEquals(List.of("Dan Hendrycks", "Collin Burns", "Steven Basart"), mmlu.authors());
    assertEquals(LocalDate.of(2020, 9, 7), mmlu.published());
    assertEquals(List.of("cs.CY", "cs.AI", "cs.CL", "cs.LG"), mmlu.categories());
    assertEquals(List.of("http://arxiv.org/abs/2009.03300v3", "http://arxiv.org/pdf/2009.03300v3"),
        mmlu.links());
    List<String> lines = java.nio.file.Files.readAllLines(
        TestInputs.fixture("source/arxiv-query.atom.xml"));
    int entryLine = 1 + java.util.stream.IntStream.range(0, lines.size())
        .filter(i -> lines.get(i).contains("<entry>")).findFirst().orElseThrow();
    assertEquals(Integer.toString(entryLine), mmlu.origin().position(), "line of <entry>");

    Paper old = papers.get(1);
    assertEquals("arxiv-hep-ph-0701001", old.id());
    assertEquals("10.1103/physrevd.75.000001", old.doi());
    assertEquals("An Old-Style Identifier with ~1 TeV Physics", old.title());
    assertEquals("We study signals at energies E ≥ 1 TeV and predict rates.", old.abstractText());
    assertEquals(LocalDate.of(2006, 12, 31), old.published());
  }

  @Test
  void categoryFilterKeepsMatchingEntries() throws Exception {
    TestInputs.Result result = TestInputs.read(IngestOptions.defaults().withCategories(
        java.util.Set.of("cs.CL")), TestInputs.fixture("source/arxiv-query.atom.xml"));
    assertEquals(List.of("arxiv-2009.03300"), result.papers().stream().map(Paper::id).toList());
    TestInputs.Result archive = TestInputs.read(IngestOptions.defaults().withCategories(
        java.util.Set.of("hep-ph")), TestInputs.fixture("source/arxiv-query.atom.xml"));
    assertEquals(List.of("arxiv-hep-ph-0701001"),
        archive.papers().stream().map(Paper::id).toList());
  }

  @Test
  void apiErrorEntryIsRejectedAndEmptyFeedGivesNothing() throws Exception {
    TestInputs.Result error = TestInputs.read(TestInputs.fixture("source/arxiv-error.atom.xml"));
    assertEquals(0, error.papers().size());
    assertEquals("arXiv API error: incorrect id format for 1234.12345",
        error.rejections().get(0).reason());
    TestInputs.Result empty = TestInputs.read(TestInputs.fixture("source/arxiv-empty.atom.xml"));
    assertEquals(0, empty.stats().papers());
    assertEquals(0, empty.stats().rejected());
  }

  @Test
  void xmlThatIsNotAtomIsRefusedWhole(@TempDir Path dir) {
    Path rss = TestInputs.write(dir, "feed.xml",
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
    IngestException e = assertThrows(IngestException.class, () -> TestInputs.read(rss));
    assertTrue(e.getMessage().startsWith(rss + ": XML that is not an Atom feed: the root element"
        + " is <rss> without namespace"), e.getMessage());
  }

  @Test
  void brokenXmlNamesLineAndKeepsEarlierEntries(@TempDir Path dir) throws Exception {
    String feed = java.nio.file.Files.readString(
        TestInputs.fixture("source/arxiv-query.atom.xml"));
    Path cut = TestInputs.write(dir, "cut.xml", feed.substring(0, feed.indexOf("<entry>",
        feed.indexOf("</entry>")) + 60));
    org.papergraph.ingest.CollectingHandler handler = new org.papergraph.ingest.CollectingHandler();
    IngestException e = assertThrows(IngestException.class, () -> org.papergraph.ingest.PaperInputs
        .read(List.of(cut.toString()), IngestOptions.defaults(), handler));
    assertTrue(e.getMessage().matches(".*cut\\.xml:\\d+:\\d+: malformed XML: .*"), e.getMessage());
    assertEquals(1, handler.papers().size(), "the entry before the break was delivered");
  }

  @Test
  void externalEntitiesAreNotResolved(@TempDir Path dir) throws Exception {
    Path secret = TestInputs.write(dir, "secret.txt", "TOPSECRET");
    Path xxe = TestInputs.write(dir, "xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE feed ["
        + "<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<entry><id>http://arxiv.org/abs/2101.00001v1</id><title>T &x;</title>"
        + "<summary>S</summary></entry></feed>");
    org.papergraph.ingest.CollectingHandler handler = new org.papergraph.ingest.CollectingHandler();
    try {
      org.papergraph.ingest.PaperInputs.read(List.of(xxe.toString()), IngestOptions.defaults(),
          handler);
    } catch (IngestException expected) {
      // refusing the document is fine too
    }
    handler.papers().forEach(p -> assertTrue(!p.title().contains("TOPSECRET"), p.title()));
  }
}
