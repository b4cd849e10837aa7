package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Mention;
import org.papergraph.extract.Span;

class ExtractionMapperTest {

  private final Model all = Sparql.union(Sparql.mapped(List.of(Fixtures.paperA(),
      Fixtures.paperB(), Fixtures.paperC())));

  @Test
  void paperCarriesBibliographicTriples() {
    List<String> rows = Sparql.select(all, """
        SELECT ?title ?arxiv ?doi ?issued ?raw WHERE {
          ?p a pg:Paper, schema:ScholarlyArticle ; dcterms:identifier "arxiv-2401.00001" ;
             dcterms:title ?title ; fabio:hasArXivId ?arxiv ; prism:doi ?doi ;
             dcterms:issued ?issued ; pg:rawAbstract ?raw }""",
        s -> s.getLiteral("title").getString() + "|" + s.getLiteral("arxiv").getString() + "|"
            + s.getLiteral("doi").getString() + "|" + s.getLiteral("issued").getDatatypeURI());
    assertEquals(List.of(Fixtures.TITLE_A + "|2401.00001|10.1234/falcon.1|"
        + "http://www.w3.org/2001/XMLSchema#date"), rows);
    assertFalse(Sparql.ask(all, "ASK { ?p dcterms:identifier \"arxiv-2402.00002\" ;"
        + " pg:rawAbstract ?r }"), "raw abstract only when it differs");
  }

  @Test
  void authorsKeepTheirOrder() {
    List<String> names = Sparql.select(all, """
        SELECT ?name WHERE { ?p dcterms:identifier "arxiv-2401.00001" ; pg:authorship ?a .
          ?a pg:author ?who ; pg:authorPosition ?n . ?who schema:name ?name ;
          foaf:name ?name . ?p dcterms:creator ?who } ORDER BY ?n""",
        s -> s.getLiteral("name").getString());
    assertEquals(List.of("Jörg Müller", "Ada Lovelace"), names);
  }

  @Test
  void everyMentionAnchorEqualsThePaperTextAtItsOffsets() {
    List<String> bad = Sparql.select(all, """
        SELECT ?anchor ?start ?end ?title ?abstract ?inTitle WHERE {
          ?m a pg:Mention ; pg:inPaper ?p ; pg:anchor ?anchor ; pg:start ?start ; pg:end ?end .
          OPTIONAL { ?m pg:inTitle ?inTitle }
          ?p dcterms:title ?title ; dcterms:abstract ?abstract }""", s -> {
          String text = s.contains("inTitle") ? s.getLiteral("title").getString()
              : s.getLiteral("abstract").getString();
          String at = text.substring(s.getLiteral("start").getInt(), s.getLiteral("end").getInt());
          return at.equals(s.getLiteral("anchor").getString()) ? "" : at;
        });
    assertEquals(14, bad.size(), "one row per mention");
    assertTrue(bad.stream().allMatch(String::isEmpty), "mismatches: " + bad);
  }

  @Test
  void offsetsCountUtf16CodeUnits() {
    List<Integer> starts = Sparql.select(all, """
        SELECT ?start WHERE { ?m pg:anchor "RefinedWeb" ; pg:start ?start }""",
        s -> s.getLiteral("start").getInt());
    assertEquals(List.of(Fixtures.ABSTRACT_A.indexOf("RefinedWeb")), starts);
    assertTrue(Fixtures.ABSTRACT_A.codePointCount(0, starts.get(0)) < starts.get(0),
        "fixture has a surrogate pair before the anchor");
  }

  @Test
  void everyMentionsLinkIsBackedByAMention() {
    assertFalse(Sparql.ask(all, """
        ASK { ?p pg:mentions ?e FILTER NOT EXISTS {
          ?m a pg:Mention ; pg:inPaper ?p ; pg:denotes ?e } }"""));
    assertTrue(Sparql.ask(all, "ASK { ?p pg:proposes ?e ; pg:evaluatesOn ?b . ?b rdfs:label"
        + " \"MMLU\" . ?e rdfs:label \"Falcon-40B\" }"));
  }

  @Test
  void resultsAreDecimalAndDerivedFromTheirSentence() {
    List<String> rows = Sparql.select(all, """
        SELECT ?v ?text ?unit ?rel ?sentence ?start ?end ?abstract WHERE {
          ?r a pg:Result, mls:ModelEvaluation ; pg:reportedIn ?p ; mls:hasValue ?v ;
             pg:valueText ?text ; pg:relative ?rel ; pg:confidence ?c ;
             pg:subject/rdfs:label "Falcon-40B" ; prov:wasDerivedFrom ?s .
          OPTIONAL { ?r pg:unit ?unit }
          ?s a pg:Sentence ; pg:text ?sentence ; pg:start ?start ; pg:end ?end .
          ?p dcterms:abstract ?abstract } ORDER BY ?v""", s -> {
          String abs = s.getLiteral("abstract").getString();
          boolean same = abs.substring(s.getLiteral("start").getInt(), s.getLiteral("end").getInt())
              .equals(s.getLiteral("sentence").getString());
          return s.getLiteral("v").getDatatypeURI().replaceAll(".*#", "") + " "
              + s.getLiteral("v").getLexicalForm() + " " + s.getLiteral("rel").getBoolean() + " "
              + same;
        });
    assertEquals(List.of("decimal 2.65 true true", "decimal 89.7 false true"), rows);
  }

  @Test
  void sizeStatementsParseCounts() {
    List<Long> tokens = Sparql.select(all, "SELECT ?n WHERE { ?s a pg:SizeStatement ;"
        + " pg:subject/rdfs:label \"RefinedWeb\" ; pg:tokensText \"1.2T\" ; pg:tokenCount ?n }",
        s -> s.getLiteral("n").getLong());
    assertEquals(List.of(1_200_000_000_000L), tokens);
  }

  @Test
  void sharedEntityIsOneNodeWithOneLabelAndTheOtherNamesAsAltLabels() {
    List<String> labels = Sparql.select(all, "SELECT ?l WHERE { ?e a pg:Model ; rdfs:label ?l ;"
        + " pg:variantOf ?family ; pg:parameterCount 13000000000 }",
        s -> s.getLiteral("l").getString());
    assertEquals(List.of("LLaMA-2-13B"), labels, "the dictionary's name wins");
    Set<String> alt = new HashSet<>(Sparql.select(all, "SELECT ?a WHERE { ?e rdfs:label"
        + " \"LLaMA-2-13B\" ; skos:altLabel ?a }", s -> s.getLiteral("a").getString()));
    assertEquals(Set.of("Llama 2 13B", "Llama-2-13b"), alt);
    assertEquals(3, Sparql.select(all, "SELECT ?p WHERE { ?p pg:mentions ?e . ?e rdfs:label"
        + " \"MMLU\" }", s -> s).size());
  }

  @Test
  void dictionaryIdentifiersBecomeSameAsLinks() {
    assertTrue(Sparql.ask(all, "ASK { ?e rdfs:label \"MMLU\" ; owl:sameAs"
        + " <http://www.wikidata.org/entity/Q100000001> }"));
    assertTrue(Sparql.ask(all, "ASK { ?e rdfs:label \"LLaMA-2-13B\" ; schema:sameAs"
        + " <https://huggingface.co/meta-llama/Llama-2-13b> }"));
  }

  @Test
  void codeLinksAreRepositories() {
    assertTrue(Sparql.ask(all, "ASK { ?p pg:hasCode <https://github.com/example/falcon> ."
        + " <https://github.com/example/falcon> a pg:CodeRepository }"));
  }

  @Test
  void mappingIsDeterministic() {
    DatasetGraph one = Sparql.mapped(List.of(Fixtures.paperA(), Fixtures.paperB()));
    DatasetGraph two = Sparql.mapped(List.of(Fixtures.paperB(), Fixtures.paperA()));
    Set<Quad> a = new HashSet<>();
    one.find().forEachRemaining(a::add);
    Set<Quad> b = new HashSet<>();
    two.find().forEachRemaining(b::add);
    assertEquals(a, b);
    assertTrue(a.stream().noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()));
  }

  @Test
  void anchorThatDoesNotMatchTheTextIsRefusedNamingThePaper() {
    Extraction good = Fixtures.paperB();
    Mention wrong = new Mention("benchmark/mmlu", EntityType.BENCHMARK, "MMLU",
        new Span(0, 4, false), 0.9, "dictionary");
    List<Mention> mentions = new java.util.ArrayList<>(good.mentions());
    mentions.add(wrong);
    Extraction bad = new Extraction(good.paper(), good.sentences(), good.entities(), mentions,
        good.proposes(), good.results(), good.sizes(), good.codeLinks());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sparql.mapped(List.of(bad)));
    assertTrue(e.getMessage().contains("arxiv-2402.00002") && e.getMessage().contains("'We f'"),
        e.getMessage());
  }
}
