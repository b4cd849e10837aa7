package org.papergraph.graph.map;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.papergraph.extract.Extraction;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PG;
import org.papergraph.graph.vocab.Fabio;
import org.papergraph.graph.vocab.Prism;
import org.papergraph.graph.vocab.Schema;
import org.papergraph.ingest.Paper;

/**
 * A paper's bibliographic triples: identifiers, title, abstracts, authors (in order, through
 * {@code pg:Authorship} nodes carrying {@code pg:authorPosition}), date, categories, keywords, links
 * and code repositories. URLs that are not valid http(s) IRIs are left out.
 */
public final class PaperTriples {

  private PaperTriples() {}

  public static void emit(Extraction x, IriScheme iris, QuadEmitter out) {
    Paper paper = x.paper();
    Node p = iris.paper(paper.id());
    out.add(p, RDF.type, PG.Paper);
    out.add(p, RDF.type, Schema.ScholarlyArticle);
    out.add(p, DCTerms.identifier, paper.id());
    out.add(p, DCTerms.title, paper.title());
    out.add(p, DCTerms.abstract_, paper.abstractText());
    if (!paper.rawAbstract().equals(paper.abstractText())) {
      out.add(p, PG.rawAbstract, paper.rawAbstract());
    }
    if (paper.arxivId() != null) {
      out.add(p, Fabio.hasArXivId, paper.arxivId());
    }
    if (paper.doi() != null) {
      out.add(p, Prism.doi, paper.doi());
      String resolver = PG.DOI_RESOLVER + paper.doi();
      if (WebIris.isWebIri(resolver)) {
        out.add(p, Schema.sameAs, NodeFactory.createURI(resolver));
      }
    }
    if (paper.published() != null) {
      out.add(p, DCTerms.issued,
          NodeFactory.createLiteralDT(paper.published().toString(), XSDDatatype.XSDdate));
    }
    paper.categories().forEach(c -> out.add(p, PG.category, c));
    paper.keywords().forEach(k -> out.add(p, Schema.keywords, k));
    paper.links().stream().filter(WebIris::isWebIri)
        .forEach(l -> out.add(p, RDFS.seeAlso, NodeFactory.createURI(l)));
    authors(paper, iris, p, out);
    codeLinks(x, p, out);
  }

  private static void authors(Paper paper, IriScheme iris, Node p, QuadEmitter out) {
    List<String> authors = paper.authors();
    for (int i = 0; i < authors.size(); i++) {
      String name = authors.get(i).strip();
      if (name.isEmpty()) {
        continue;
      }
      Node person = iris.person(name);
      Node a = iris.authorship(paper.id(), i + 1);
      out.add(p, DCTerms.creator, person);
      out.add(p, PG.authorship, a);
      out.add(a, RDF.type, PG.Authorship);
      out.add(a, PG.author, person);
      out.add(a, PG.authorPosition, QuadEmitter.integer(i + 1));
      out.add(person, RDF.type, Schema.Person);
      out.add(person, RDF.type, FOAF.Person);
      out.add(person, Schema.name, name);
      out.add(person, FOAF.name, name);
    }
  }

  private static void codeLinks(Extraction x, Node p, QuadEmitter out) {
    Set<String> repos = new LinkedHashSet<>();
    if (x.paper().githubRepo() != null) {
      repos.add(x.paper().githubRepo().strip());
    }
    repos.addAll(x.codeLinks());
    for (String url : repos) {
      if (WebIris.isWebIri(url)) {
        Node repo = NodeFactory.createURI(url);
        out.add(p, PG.hasCode, repo);
        out.add(repo, RDF.type, PG.CodeRepository);
      }
    }
  }
}
