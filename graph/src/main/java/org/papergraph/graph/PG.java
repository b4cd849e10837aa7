package org.papergraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.papergraph.extract.EntityType;
import org.papergraph.graph.vocab.Fabio;
import org.papergraph.graph.vocab.MLS;
import org.papergraph.graph.vocab.PROV;
import org.papergraph.graph.vocab.Prism;
import org.papergraph.graph.vocab.Schema;

/**
 * The papergraph vocabulary, term for term as declared in the ontology {@code pg.ttl} next to this
 * class (see {@link #ontology()}). Users write SPARQL against these terms: extend, never rename.
 */
public final class PG {

  /** The namespace, bound to the prefix {@code pg:}. */
  public static final String NS = "https://w3id.org/papergraph/vocab#";
  /** The ontology document's IRI. */
  public static final String ONTOLOGY_IRI = "https://w3id.org/papergraph/vocab";
  /** Default base of instance IRIs. */
  public static final String DEFAULT_BASE = "https://w3id.org/papergraph/id/";
  /** Classpath location of the ontology. */
  public static final String ONTOLOGY_RESOURCE = "/org/papergraph/graph/pg.ttl";

  /** Where verified Wikidata identifiers ({@code Q42}) resolve. */
  public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
  /** Where Hugging Face repository ids ({@code owner/name}) resolve. */
  public static final String HUGGING_FACE = "https://huggingface.co/";
  /** Where DOIs resolve. */
  public static final String DOI_RESOLVER = "https://doi.org/";
  /** Default licence of exported data: CC0 1.0, as arXiv metadata. */
  public static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";

  // Classes
  public static final Resource Paper = resource("Paper");
  public static final Resource Authorship = resource("Authorship");
  public static final Resource Model = resource("Model");
  public static final Resource Dataset = resource("Dataset");
  public static final Resource Benchmark = resource("Benchmark");
  public static final Resource Metric = resource("Metric");
  public static final Resource Task = resource("Task");
  public static final Resource Method = resource("Method");
  public static final Resource Organization = resource("Organization");
  public static final Resource Language = resource("Language");
  public static final Resource CodeRepository = resource("CodeRepository");
  public static final Resource Mention = resource("Mention");
  public static final Resource Sentence = resource("Sentence");
  public static final Resource Naming = resource("Naming");
  public static final Resource Result = resource("Result");
  public static final Resource SizeStatement = resource("SizeStatement");
  public static final Resource Summary = resource("Summary");
  public static final Resource CoMention = resource("CoMention");
  public static final Resource BenchmarkCoMention = resource("BenchmarkCoMention");
  public static final Resource OrganizationModelCoMention = resource("OrganizationModelCoMention");
  public static final Resource ModelDatasetCoMention = resource("ModelDatasetCoMention");

  // Papers and authors
  public static final Property authorship = property("authorship");
  public static final Property author = property("author");
  public static final Property authorPosition = property("authorPosition");
  public static final Property rawAbstract = property("rawAbstract");
  public static final Property category = property("category");
  public static final Property mentions = property("mentions");
  public static final Property proposes = property("proposes");
  public static final Property evaluatesOn = property("evaluatesOn");
  public static final Property hasCode = property("hasCode");
  public static final Property hasResult = property("hasResult");

  // Entities
  public static final Property variantOf = property("variantOf");
  public static final Property parameterCount = property("parameterCount");
  public static final Property labelFromDictionary = property("labelFromDictionary");

  // Mentions, sentences, namings
  public static final Property inPaper = property("inPaper");
  public static final Property denotes = property("denotes");
  public static final Property anchor = property("anchor");
  public static final Property start = property("start");
  public static final Property end = property("end");
  public static final Property inTitle = property("inTitle");
  public static final Property confidence = property("confidence");
  public static final Property foundBy = property("foundBy");
  public static final Property text = property("text");
  public static final Property namingOf = property("namingOf");
  public static final Property name = property("name");
  public static final Property alias = property("alias");
  public static final Property fromDictionary = property("fromDictionary");

  // Results and sizes
  public static final Property reportedIn = property("reportedIn");
  public static final Property subject = property("subject");
  public static final Property benchmark = property("benchmark");
  public static final Property valueText = property("valueText");
  public static final Property unit = property("unit");
  public static final Property relative = property("relative");
  public static final Property tokenCount = property("tokenCount");
  public static final Property parametersText = property("parametersText");
  public static final Property tokensText = property("tokensText");

  // Summary graph (derived counts, maintained by PaperStore)
  public static final Property paperCount = property("paperCount");
  public static final Property latestIssued = property("latestIssued");
  public static final Property cooccurring = property("cooccurring");
  public static final Property topRanked = property("topRanked");
  public static final Property summaryVersion = property("summaryVersion");

  // Builds
  public static final Property extractorConfiguration = property("extractorConfiguration");
  public static final Property sha256 = property("sha256");
  public static final Property path = property("path");

  private PG() {}

  /** The class of entities of {@code type}, e.g. {@code pg:Benchmark}. */
  public static Resource classOf(EntityType type) {
    return resource(type.label());
  }

  /** Prefixes for every vocabulary papergraph writes; used by exports, queries and reports. */
  public static PrefixMapping prefixes() {
    PrefixMapping p = PrefixMapping.Factory.create();
    p.setNsPrefix("pg", NS);
    p.setNsPrefix("dcterms", DCTerms.NS);
    p.setNsPrefix("schema", Schema.NS);
    p.setNsPrefix("fabio", Fabio.NS);
    p.setNsPrefix("prism", Prism.NS);
    p.setNsPrefix("mls", MLS.NS);
    p.setNsPrefix("prov", PROV.NS);
    p.setNsPrefix("skos", SKOS.uri);
    p.setNsPrefix("foaf", FOAF.NS);
    p.setNsPrefix("void", VOID.NS);
    p.setNsPrefix("dcat", DCAT.NS);
    p.setNsPrefix("owl", OWL.NS);
    p.setNsPrefix("rdf", RDF.uri);
    p.setNsPrefix("rdfs", RDFS.uri);
    p.setNsPrefix("xsd", XSD.NS);
    return p.lock();
  }

  /** A fresh in-memory copy of the ontology {@code pg.ttl}. */
  public static Model ontology() {
    Model m = ModelFactory.createDefaultModel();
    try (InputStream in = PG.class.getResourceAsStream(ONTOLOGY_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("ontology resource missing: " + ONTOLOGY_RESOURCE);
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ONTOLOGY_RESOURCE, e);
    }
    return m;
  }

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS, local);
  }
}
