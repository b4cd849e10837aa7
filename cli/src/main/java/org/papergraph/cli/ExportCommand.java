package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.papergraph.graph.ExportFormat;
import org.papergraph.graph.Exporter;
import org.papergraph.graph.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papergraph export}: the whole store in a standard RDF syntax, streamed. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the store as RDF. Triple formats (turtle, ntriples, jsonld, rdfxml) carry the union"
          + " of all graphs; quad formats (nquads, trig) keep each paper's named graph.",
      "Every export includes a VoID/DCAT description of the dataset."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--format", required = true, paramLabel = "FMT",
      converter = Converters.Export.class,
      description = "turtle, ntriples, nquads, trig, jsonld or rdfxml.")
  ExportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard"
      + " output; a failed export leaves no partial file.")
  Path out;

  @Option(names = "--gzip", description = "Compress with gzip.")
  boolean gzip;

  @Override
  public Integer call() throws Exception {
    try (PaperStore s = store.openExisting()) {
      Exporter exporter = new Exporter(s.iris());
      long statements;
      if (out != null) {
        statements = exporter.export(s, format, out, gzip);
        spec.commandLine().getErr().println("exported " + statements + " statements to " + out);
      } else {
        OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
        OutputStream sink = gzip ? new GZIPOutputStream(stdout) : stdout;
        exporter.export(s.dataset(), format, sink);
        if (sink instanceof GZIPOutputStream z) {
          z.finish();
        }
        sink.flush();
      }
    }
    return 0;
  }
}
