package org.papergraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.TestInputs;

class ArxivMetadataTest {

  private static final Path FILE = TestInputs.fixture("source/arxiv-metadata.jsonl");

  @Test
  void everySnapshotLineIsAPaperWithItsMetadata() throws Exception {
    List<String> lines = Files.readAllLines(FILE);
    List<Paper> papers = TestInputs.read(FILE).papers();
    assertEquals(lines.size(), papers.size());
    ObjectMapper json = new ObjectMapper();
    for (Paper paper : papers) {
      JsonNode line = json.readTree(lines.get(Integer.parseInt(paper.origin().position()) - 1));
      assertEquals("arxiv-" + line.get("id").asText(), paper.id());
      assertEquals(List.of(line.get("categories").asText().split(" ")), paper.categories());
      assertEquals(line.get("authors_parsed").size(), paper.authors().size());
      assertEquals(line.get("abstract").asText(), paper.rawAbstract());
      if (!line.get("doi").isNull()) {
        assertEquals(line.get("doi").asText().toLowerCase(java.util.Locale.ROOT), paper.doi());
      }
    }
    Paper first = papers.get(0);
    assertEquals("C. Balázs", first.authors().get(0));
    assertEquals("C. -P. Yuan", first.authors().get(3));
    assertEquals(LocalDate.of(2007, 4, 2), first.published(), "date of v1");
    assertTrue(first.title().startsWith("Calculation of prompt diphoton production cross"
        + " sections at Tevatron and LHC energies"));
  }

  @Test
  void categoryFilterWhileStreaming() throws Exception {
    TestInputs.Result math = TestInputs.read(
        IngestOptions.defaults().withCategories(Set.of("math.CO")), FILE);
    assertEquals(List.of("arxiv-0704.0002", "arxiv-0704.0004", "arxiv-0704.0010"),
        math.papers().stream().map(Paper::id).toList());
    TestInputs.Result archive = TestInputs.read(
        IngestOptions.defaults().withCategories(Set.of("cond-mat")), FILE);
    assertEquals(List.of("arxiv-0704.0006", "arxiv-0704.0008"),
        archive.papers().stream().map(Paper::id).toList());
  }

  @Test
  void latexInSnapshotAbstractsIsRendered() throws Exception {
    Paper pebble = TestInputs.read(FILE).papers().get(1);
    assertTrue(pebble.rawAbstract().contains("$(k,\\ell)$-pebble game"));
    assertTrue(pebble.abstractText().contains("(k,ℓ)-pebble game"), pebble.abstractText());
  }
}
