package org.papergraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.Rejection;
import org.papergraph.ingest.TestInputs;

class JsonSourcesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void goldLinesWithoutAbstractAreWarnedPapers() throws Exception {
    Path gold = TestInputs.fixture("source/daily-papers-gold.jsonl");
    TestInputs.Result result = TestInputs.read(gold);
    List<String> lines = Files.readAllLines(gold);
    assertEquals(lines.size(), result.papers().size());
    assertEquals(0, result.stats().rejected());
    assertEquals(lines.size(), result.stats().warnings());
    for (Paper paper : result.papers()) {
      JsonNode line = JSON.readTree(lines.get(Integer.parseInt(paper.origin().position()) - 1));
      assertEquals(line.get("title").asText(), paper.title());
      assertEquals("", paper.abstractText());
      assertTrue(paper.id().startsWith("title-"), "dp-NN is not an arXiv id: " + paper.id());
    }
    assertTrue(result.handler().warnings.get(0).contains(":1: empty abstract"),
        result.handler().warnings.get(0));
  }

  @Test
  void hfDailyListGivesArxivPapersWithAuthorsAndDates() throws Exception {
    Path file = TestInputs.fixture("source/hf-daily-papers.json");
    JsonNode raw = JSON.readTree(file.toFile());
    TestInputs.Result result = TestInputs.read(file);
    assertEquals(raw.size(), result.papers().size());
    for (int i = 0; i < raw.size(); i++) {
      JsonNode source = raw.get(i).get("paper");
      Paper paper = result.papers().get(i);
      assertEquals("arxiv-" + source.get("id").asText(), paper.id());
      assertEquals(source.get("id").asText(), paper.arxivId());
      assertEquals(source.get("authors").size(), paper.authors().size());
      assertEquals(source.get("authors").get(0).get("name").asText(), paper.authors().get(0));
      assertEquals(LocalDate.parse(source.get("publishedAt").asText().substring(0, 10)),
          paper.published());
      assertEquals(source.get("summary").asText(), paper.rawAbstract());
      assertTrue(!paper.abstractText().contains("\n") && !paper.title().contains("\n"));
      assertEquals("/" + i, paper.origin().position());
    }
    Paper logo = result.papers().stream().filter(p -> p.rawAbstract().contains("8timesA800"))
        .findFirst().orElseThrow();
    assertTrue(logo.abstractText().contains("a single 8×A800 GPU machine"), logo.abstractText());
  }

  @Test
  void singlePaperApiKeepsGithubAndKeywords() throws Exception {
    Paper paper = TestInputs.read(TestInputs.fixture("source/hf-paper.json")).papers().get(0);
    assertEquals("arxiv-2410.18533", paper.id());
    assertEquals("LOGO – Long cOntext aliGnment via efficient preference Optimization",
        paper.title());
    assertEquals("https://github.com/ZetangForward/LCM_Stack", paper.githubRepo());
    assertEquals(List.of("long-context models", "preference optimization",
        "positional indices synthesis"), paper.keywords());
    assertEquals(List.of("Zecheng Tang", "Zechen Sun", "Juntao Li"), paper.authors());
    assertEquals(LocalDate.of(2024, 10, 24), paper.published());
  }

  @Test
  void genericLinesAcceptIdsDoisAuthorsAndCategories(@TempDir Path dir) throws Exception {
    Path file = TestInputs.write(dir, "in.jsonl", String.join("\n",
        "{\"id\": \"2301.00001v2\", \"title\": \"One\", \"abstract\": \"A.\","
            + " \"authors\": [\"Ann Lee\", {\"name\": \"Bo Chen\"}], \"categories\": \"cs.CL cs.LG\"}",
        "",
        "{\"title\": \"Two\", \"abstract\": \"B.\", \"doi\": \"https://doi.org/10.1234/ABC\","
            + " \"authors\": \"Ann Lee, Bo Chen and Cy Dee\", \"date\": \"2023-01-05\"}",
        "{\"title\": \"Three\", \"summary\": \"C.\", \"url\": \"https://example.org/3\"}"));
    List<Paper> papers = TestInputs.read(file).papers();
    assertEquals("arxiv-2301.00001", papers.get(0).id());
    assertEquals(List.of("Ann Lee", "Bo Chen"), papers.get(0).authors());
    assertEquals(List.of("cs.CL", "cs.LG"), papers.get(0).categories());
    assertEquals("doi-10.1234-abc", papers.get(1).id());
    assertEquals(List.of("Ann Lee", "Bo Chen", "Cy Dee"), papers.get(1).authors());
    assertEquals(LocalDate.of(2023, 1, 5), papers.get(1).published());
    assertEquals("C.", papers.get(2).abstractText());
    assertEquals(List.of("https://example.org/3"), papers.get(2).links());
    assertEquals("4", papers.get(2).origin().position());
  }

  @Test
  void badLinesAreRejectedPreciselyAndNeighboursKept(@TempDir Path dir) throws Exception {
    Path file = TestInputs.write(dir, "bad.jsonl", String.join("\n",
        "{\"title\": \"Good One\", \"abstract\": \"Fine.\"}",
        "{\"title\": \"Broken\", \"abstract\": ",
        "{\"title\": 42, \"abstract\": \"x\"}",
        "{\"abstract\": \"no title\"}",
        "[1, 2]",
        "{\"title\": \"Authors wrong\", \"authors\": [1]}",
        "{\"title\": \"Good Two\", \"abstract\": \"Fine too.\"} trailing",
        "{\"title\": \"Good Three\", \"abstract\": \"Fine again.\"}"));
    TestInputs.Result result = TestInputs.read(file);
    assertEquals(List.of("Good One", "Good Three"),
        result.papers().stream().map(Paper::title).toList());
    List<Rejection> r = result.rejections();
    assertEquals(List.of("2", "3", "4", "5", "6", "7"),
        r.stream().map(x -> x.where().position()).toList());
    assertTrue(r.get(0).describe().startsWith(file + ":2: malformed JSON"), r.get(0).describe());
    assertTrue(r.get(1).reason().startsWith("/title: expected a string, found a number"),
        r.get(1).reason());
    assertEquals("missing title", r.get(2).reason());
    assertTrue(r.get(3).reason().contains("expected a JSON object, found an array"));
    assertTrue(r.get(4).reason().startsWith("/authors/0: expected a string"), r.get(4).reason());
    assertTrue(r.get(5).reason().startsWith("malformed JSON"), r.get(5).reason());
    assertEquals("{\"title\": \"Broken\", \"abstract\": ", r.get(0).excerpt());
    assertEquals(6, result.stats().rejected());
    assertNull(result.papers().get(0).arxivId());
  }
}
