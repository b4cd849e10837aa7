package org.papergraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.InputFormat;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.TestInputs;

class DailyPageReaderTest {

  private static final Path SAMPLE = TestInputs.fixture("source/daily-papers-sample.txt");

  @Test
  void samplePageGivesFortyNinePapersWhoseTitlesAndAbstractsAreLinesOfTheFile() throws Exception {
    TestInputs.Result result = TestInputs.read(SAMPLE);
    List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    assertEquals(49, result.papers().size());
    assertEquals(49, result.stats().papers());
    assertEquals(0, result.stats().rejected());
    for (Paper paper : result.papers()) {
      int line = Integer.parseInt(paper.origin().position());
      String titleLine = lines.get(line - 1);
      assertEquals(titleLine.strip(), paper.title(), "title is the whole line " + line);
      assertTrue(lines.get(line).isBlank(), "blank line after the title at " + line);
      assertEquals(lines.get(line + 1), paper.rawAbstract(), "abstract is the next paragraph");
      assertTrue(paper.abstractText().length() > 200, paper.title());
      assertTrue(paper.id().startsWith("title-"), paper.id());
    }
    Set<String> ids = new HashSet<>();
    result.papers().forEach(p -> ids.add(p.id()));
    assertEquals(49, ids.size(), "distinct ids");
  }

  @Test
  void headerLinesAreNotPapers() throws Exception {
    List<String> titles = TestInputs.read(SAMPLE).papers().stream().map(Paper::title).toList();
    List<String> headerLines = new ArrayList<>();
    List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    for (String line : lines.subList(0, 10)) {
      if (!line.isBlank()) {
        headerLines.add(line);
      }
    }
    assertFalse(headerLines.isEmpty());
    headerLines.subList(0, headerLines.size() - 1).forEach(h -> assertFalse(titles.contains(h), h));
    assertEquals(lines.get(10), titles.get(0), "first title follows the header");
  }

  @Test
  void sampleArtifactsAreCleanedInAbstractTextButKeptRaw() throws Exception {
    Paper h3 = TestInputs.read(SAMPLE).papers().stream()
        .filter(p -> p.title().startsWith("Hungry Hungry Hippos")).findFirst().orElseThrow();
    assertTrue(h3.rawAbstract().contains("2times speedup"));
    assertTrue(h3.abstractText().contains("2× speedup"), h3.abstractText());
    assertTrue(h3.abstractText().contains("2.4× faster"));
  }

  @Test
  void titleWithoutAbstractIsKeptWithWarningAndLoneAbstractRejected(@TempDir Path dir)
      throws Exception {
    String abstractText = "We propose a method that does something useful for language models"
        + " and show that it works well on many benchmarks across several settings.";
    Path page = TestInputs.write(dir, "page.txt", "Daily Papers\n\nFirst Title\n\n" + abstractText
        + "\n\nSecond Title Without Abstract\n\nThird Title\n\n" + abstractText + "\n\n"
        + abstractText + "\n");
    TestInputs.Result result = TestInputs.read(page);
    assertEquals(List.of("First Title", "Second Title Without Abstract", "Third Title"),
        result.papers().stream().map(Paper::title).toList());
    assertEquals("", result.papers().get(1).abstractText());
    assertTrue(result.handler().warnings.stream().anyMatch(w -> w.contains("page.txt:7")
        && w.contains("empty abstract")), result.handler().warnings.toString());
    assertEquals(1, result.rejections().size());
    assertEquals("13", result.rejections().get(0).where().position());
  }

  @Test
  void wrappedAbstractLinesJoinWithSingleSpaces(@TempDir Path dir) throws Exception {
    Path page = TestInputs.write(dir, "p.txt", "A Title\n\nLarge models are\nuseful for many"
        + " things and we show it here in a long enough paragraph, with more words that make"
        + " it an abstract.\n");
    Paper paper = TestInputs.read(IngestOptions.defaults().withFormat(InputFormat.DAILY_PAGE),
        page).papers().get(0);
    assertEquals("Large models are useful for many things", paper.abstractText().substring(0, 39));
    assertNull(paper.arxivId());
  }

  @Test
  void textWithoutAnyAbstractIsNoPage(@TempDir Path dir) {
    Path page = TestInputs.write(dir, "p.txt", "just\n\nsome\n\nwords\n");
    IngestException e = assertThrows(IngestException.class, () -> TestInputs.read(
        IngestOptions.defaults().withFormat(InputFormat.DAILY_PAGE), page));
    assertTrue(e.getMessage().contains("p.txt"), e.getMessage());
  }
}
