package org.papergraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The build's version, filtered into a resource by Maven. */
public final class Version implements IVersionProvider {

  public static String get() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "dev");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"papergraph " + get()};
  }
}
