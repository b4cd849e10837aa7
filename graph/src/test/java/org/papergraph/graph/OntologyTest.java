package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.EntityType;
import org.papergraph.graph.vocab.MLS;
import org.papergraph.graph.vocab.Schema;

class OntologyTest {

  private final Model ontology = PG.ontology();

  @Test
  void everyConstantIsDeclaredWithLabelAndComment() throws IllegalAccessException {
    List<String> missing = new ArrayList<>();
    for (Field f : PG.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
        continue;
      }
      Resource term = (Resource) f.get(null);
      Resource kind = term instanceof Property ? null : OWL.Class;
      if (kind != null && !ontology.contains(term, RDF.type, OWL.Class)) {
        missing.add(f.getName() + " is not an owl:Class");
      }
      if (term instanceof Property && !ontology.contains(term, RDFS.domain)) {
        missing.add(f.getName() + " has no rdfs:domain");
      }
      if (term instanceof Property && !ontology.contains(term, RDFS.range)) {
        missing.add(f.getName() + " has no rdfs:range");
      }
      if (!ontology.contains(term, RDFS.label) || !ontology.contains(term, RDFS.comment)) {
        missing.add(f.getName() + " lacks rdfs:label or rdfs:comment");
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyDeclaredTermHasAConstant() throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field f : PG.class.getFields()) {
      if (Resource.class.isAssignableFrom(f.getType())) {
        constants.add(((Resource) f.get(null)).getURI());
      }
    }
    ontology.listSubjects().forEach(s -> {
      if (s.isURIResource() && s.getURI().startsWith(PG.NS)) {
        assertTrue(constants.contains(s.getURI()), "no PG constant for " + s);
      }
    });
  }

  @Test
  void entityClassesAreAlignedWithStandardVocabularies() {
    assertTrue(ontology.contains(PG.Model, RDFS.subClassOf, MLS.Model));
    assertTrue(ontology.contains(PG.Benchmark, RDFS.subClassOf, PG.Dataset));
    assertTrue(ontology.contains(PG.Metric, RDFS.subClassOf, MLS.EvaluationMeasure));
    assertTrue(ontology.contains(PG.Method, RDFS.subClassOf, MLS.Algorithm));
    assertTrue(ontology.contains(PG.Organization, RDFS.subClassOf, Schema.Organization));
    assertTrue(ontology.contains(PG.Language, RDFS.subClassOf, DCTerms.LinguisticSystem));
    assertTrue(ontology.contains(PG.CodeRepository, RDFS.subClassOf, Schema.SoftwareSourceCode));
    assertTrue(ontology.contains(PG.Result, RDFS.subClassOf, MLS.ModelEvaluation));
    for (EntityType type : EntityType.values()) {
      assertTrue(ontology.contains(PG.classOf(type), RDF.type, OWL.Class), type.label());
    }
  }
}
