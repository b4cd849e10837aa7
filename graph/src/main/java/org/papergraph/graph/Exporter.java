package org.papergraph.graph;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.papergraph.graph.store.UnionTriples;
import org.papergraph.graph.export.ContextFile;
import org.papergraph.graph.export.DatasetDescription;
import org.papergraph.graph.export.JsonLdStreamWriter;
import org.papergraph.graph.store.CountingStream;

/**
 * Writes a store in any {@link ExportFormat}, streamed so memory stays flat: N-Triples, N-Quads,
 * Turtle and TriG through Jena's streaming writers (Turtle and TriG in "blocks" style), JSON-LD
 * through {@link JsonLdStreamWriter} with the context of {@code context.jsonld} inline. RDF/XML
 * uses Jena's plain RDF/XML writer over the store-backed union graph, which holds only the set of
 * subjects in memory. Triple formats write the union graph; quad formats keep every named graph.
 * Each export carries a VoID/DCAT description of the dataset (in the default graph for triple
 * formats, in the graph {@link IriScheme#descriptionGraph()} for quad formats).
 */
public final class Exporter {

  private final IriScheme iris;
  private final String licence;

  public Exporter(IriScheme iris) {
    this(iris, PG.CC0);
  }

  /** @param licence IRI of the licence the description states */
  public Exporter(IriScheme iris, String licence) {
    this.iris = iris;
    this.licence = licence;
  }

  /**
   * Writes {@code dataset} to {@code out} in one read transaction; does not close {@code out}.
   *
   * @return statements written, including the description
   */
  public long export(Dataset dataset, ExportFormat format, OutputStream out) {
    return Txn.calculateRead(dataset, () -> write(dataset.asDatasetGraph(), format, out));
  }

  /**
   * Writes the store to {@code file}, gzip-compressed when {@code gzip}.
   *
   * @throws StoreException when the file cannot be written; a partial file is deleted
   */
  public long export(PaperStore store, ExportFormat format, Path file, boolean gzip) {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16)
            : new BufferedOutputStream(raw, 1 << 16)) {
      return export(store.dataset(), format, out);
    } catch (IOException | UncheckedIOException | org.apache.jena.atlas.RuntimeIOException e) {
      deleteQuietly(file);
      throw new StoreException("cannot write export to " + file + ": " + reason(e), e);
    }
  }

  /** The VoID/DCAT description an export in {@code format} carries. */
  public Graph description(Dataset dataset, ExportFormat format) {
    return Txn.calculateRead(dataset, () ->
        DatasetDescription.describe(dataset.asDatasetGraph(), iris, format, licence));
  }

  private long write(DatasetGraph dsg, ExportFormat format, OutputStream out) {
    Graph description = DatasetDescription.describe(dsg, iris, format, licence);
    if (format == ExportFormat.RDFXML) {
      Graph both = new Union(dsg.getUnionGraph(), description);
      both.getPrefixMapping().setNsPrefixes(PG.prefixes());
      RDFDataMgr.write(out, both, RDFFormat.RDFXML_PLAIN);
      return both.size();
    }
    BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CountingStream stream = new CountingStream(sink(format, out, text));
    stream.start();
    PG.prefixes().getNsPrefixMap().forEach(stream::prefix);
    if (format.quads()) {
      dsg.find().forEachRemaining(stream::quad);
      description.find().forEachRemaining(t ->
          stream.quad(Quad.create(iris.descriptionGraph(), t)));
    } else {
      UnionTriples.forEach(dsg, Node.ANY, stream::triple);
      description.find().forEachRemaining(stream::triple);
    }
    stream.finish();
    try {
      text.flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stream.quads() + stream.triples();
  }

  private static StreamRDF sink(ExportFormat format, OutputStream out, BufferedWriter text) {
    return switch (format) {
      case TURTLE -> StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
      case TRIG -> StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
      case NTRIPLES -> StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
      case NQUADS -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
      case JSONLD -> new JsonLdStreamWriter(text, ContextFile.contextObject(), PG.prefixes());
      case RDFXML -> throw new IllegalStateException("RDF/XML is not streamed");
    };
  }

  private static String reason(Exception e) {
    Throwable t = e.getCause() != null && !(e instanceof IOException) ? e.getCause() : e;
    String name = t.getClass().getSimpleName().replace("Exception", "").replace("NoSuchFile",
        "no such file or directory");
    return t.getMessage() == null ? name : name + " " + t.getMessage();
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the original error is what matters
    }
  }
}
