package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same paper from three sources (the Hugging Face API, an arXiv Atom feed with a version
 * suffix and a DOI, a reading list that knows only the title) is one node in the graph, with the
 * metadata of all three.
 */
class MergedSourcesTest {

  private static final String TITLE =
      "LOGO -- Long cOntext aliGnment via efficient preference Optimization";

  @Test
  void threeSourcesOnePaperNodeWithMergedMetadata(@TempDir Path tmp) throws Exception {
    Path hf = Path.of(getClass().getResource("hf-daily-papers.json").toURI());
    Path atom = Files.writeString(tmp.resolve("logo.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
          <entry>
            <id>http://arxiv.org/abs/2410.18533v2</id>
            <published>2024-10-23T08:27:26Z</published>
            <title>LOGO -- Long cOntext aliGnment via efficient preference
          Optimization</title>
            <summary>Long-context models (LCMs) have shown great potential.</summary>
            <author><name>Zecheng Tang</name></author>
            <arxiv:doi>10.1234/logo.2024</arxiv:doi>
            <arxiv:primary_category term="cs.CL"/>
            <category term="cs.CL"/>
            <category term="cs.LG"/>
          </entry>
        </feed>
        """, StandardCharsets.UTF_8);
    Path list = Files.writeString(tmp.resolve("list.csv"),
        "title,url\n\"" + TITLE.toLowerCase() + "\",https://github.com/example/logo\n",
        StandardCharsets.UTF_8);
    String store = tmp.resolve("s").toString();
    Cli build = Cli.run("build", hf.toString(), atom.toString(), list.toString(), "--store",
        store, "-q");
    assertEquals(0, build.exit(), build.err());
    assertTrue(build.out().contains("papers read: 4"), build.out());

    Cli r = Cli.run("query", "--store", store, "--format", "csv", """
        PREFIX pg: <https://w3id.org/papergraph/vocab#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX fabio: <http://purl.org/spar/fabio/>
        PREFIX prism: <http://prismstandard.org/namespaces/basic/2.0/>
        SELECT ?paper ?arxiv ?doi (COUNT(DISTINCT ?author) AS ?authors) WHERE {
          ?paper a pg:Paper ; fabio:hasArXivId ?arxiv .
          FILTER (?arxiv = "2410.18533")
          OPTIONAL { ?paper prism:doi ?doi }
          OPTIONAL { ?paper dcterms:creator ?author }
        } GROUP BY ?paper ?arxiv ?doi""");
    assertEquals(0, r.exit(), r.err());
    List<String> rows = r.out().lines().skip(1).toList();
    assertEquals(1, rows.size(), "one node: " + r.out());
    String[] row = rows.get(0).split(",");
    assertTrue(row[0].endsWith("/paper/arxiv-2410.18533"), row[0]);
    assertEquals("10.1234/logo.2024", row[2], "the DOI from the arXiv feed");
    assertTrue(Integer.parseInt(row[3]) > 1, "the fuller author list from the HF API");
  }
}
