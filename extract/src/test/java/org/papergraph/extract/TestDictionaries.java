package org.papergraph.extract;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small dictionaries under src/test/resources that tests use instead of the real files. */
public final class TestDictionaries {

  private TestDictionaries() {}

  public static Path dir(String name) {
    try {
      return Path.of(TestDictionaries.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Dictionary small() {
    return Dictionary.loadDirectory(dir("testdict"));
  }
}
