package org.papergraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.CsvColumns;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.TestInputs;

class CsvReaderTest {

  @Test
  void readingListWithQuotesAndMultiLineFields() throws Exception {
    TestInputs.Result result = TestInputs.read(TestInputs.fixture("source/reading-list.csv"));
    List<Paper> papers = result.papers();
    assertEquals(3, papers.size());
    Paper transformer = papers.get(0);
    assertEquals("arxiv-1706.03762", transformer.id(), "arXiv id from the URL column");
    assertTrue(transformer.rawAbstract().contains("networks.\nWe propose"));
    assertTrue(transformer.abstractText().endsWith("architecture, the \"Transformer\"."));
    assertEquals(List.of("Ashish Vaswani", "Noam Shazeer"), transformer.authors());
    assertEquals(LocalDate.of(2017, 6, 12), transformer.published());
    Paper bert = papers.get(1);
    assertEquals("doi-10.18653-v1-n19-1423", bert.id());
    assertEquals(List.of("Jacob Devlin", "Ming-Wei Chang", "Kenton Lee"), bert.authors());
    assertEquals("Quoted, with comma", papers.get(2).title());

    assertEquals(1, result.rejections().size());
    assertEquals("5", result.rejections().get(0).where().position(), "line 2-3 is one record");
    assertEquals("row has 2 fields, the header has 7", result.rejections().get(0).reason());
  }

  @Test
  void tsvWithSynonymColumns() throws Exception {
    Paper paper = TestInputs.read(TestInputs.fixture("source/reading-list.tsv")).papers().get(0);
    assertEquals("A TSV Paper", paper.title());
    assertEquals("Tab separated abstract.", paper.abstractText());
    assertEquals(List.of("Solo Author"), paper.authors());
  }

  @Test
  void columnOverrides(@TempDir Path dir) throws Exception {
    Path file = TestInputs.write(dir, "x.csv", "name,blurb\nMy Paper,Some text.\n");
    assertThrows(IngestException.class, () -> TestInputs.read(
        IngestOptions.defaults().withFormat(org.papergraph.ingest.InputFormat.CSV), file));
    CsvColumns columns = CsvColumns.defaults().with("title", "name").with("abstract", "blurb");
    Paper paper = TestInputs.read(IngestOptions.defaults().withCsvColumns(columns), file)
        .papers().get(0);
    assertEquals("Some text.", paper.abstractText());
  }

  @Test
  void brokenQuotingIsRejectedAndReadingGoesOn(@TempDir Path dir) throws Exception {
    Path file = TestInputs.write(dir, "q.csv", "title,abstract\n\"Bad\"x,text\nGood,fine\n"
        + "\"Never closed,text\n");
    TestInputs.Result result = TestInputs.read(file);
    assertEquals(List.of("Good"), result.papers().stream().map(Paper::title).toList());
    assertEquals("line 2: character 'x' after the closing quote of field 1",
        result.rejections().get(0).reason());
    assertEquals("quoted field 1 opened on line 4 is never closed",
        result.rejections().get(1).reason());
  }
}
