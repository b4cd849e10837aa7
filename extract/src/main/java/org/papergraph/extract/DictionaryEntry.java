package org.papergraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * One row of a typed dictionary file: a thing the field knows, with its names.
 *
 * @param type the entity type (from the file the row is in)
 * @param name canonical name
 * @param aliases other names for the same thing
 * @param variantOf canonical name of the family this is a variant of, or null
 * @param parameters parameter count as written ("13B"), or null
 * @param exactCase true when every name must match with exactly this case
 * @param origin {@code file:line}, for messages
 */
public record DictionaryEntry(
    EntityType type,
    String name,
    List<String> aliases,
    String variantOf,
    String parameters,
    boolean exactCase,
    String origin) {

  public DictionaryEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }

  /** The canonical name followed by the aliases. */
  public List<String> names() {
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
