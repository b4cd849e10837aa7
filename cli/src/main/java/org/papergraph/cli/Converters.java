package org.papergraph.cli;

import java.util.function.Function;
import org.papergraph.graph.ExportFormat;
import org.papergraph.ingest.InputFormat;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.ResultFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option converters that turn a module's "unknown value" error into a usage error (exit 2), with
 * the module's own message naming the accepted values.
 */
final class Converters {

  private Converters() {}

  private abstract static class Parsing<T> implements ITypeConverter<T> {
    private final Function<String, T> parse;

    Parsing(Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public T convert(String value) {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class Input extends Parsing<InputFormat> {
    Input() {
      super(InputFormat::fromCliName);
    }
  }

  static final class Result extends Parsing<ResultFormat> {
    Result() {
      super(ResultFormat::parse);
    }
  }

  static final class Export extends Parsing<ExportFormat> {
    Export() {
      super(ExportFormat::fromCliName);
    }
  }

  /** A page number of a paged view: a whole number from 1 ("--page 0" is a usage error). */
  static final class Page extends Parsing<Integer> {
    Page() {
      super(NamedQuery::parsePage);
    }
  }
}
