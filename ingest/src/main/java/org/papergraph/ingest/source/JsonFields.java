package org.papergraph.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Typed access to JSON record fields; a value of the wrong type names its JSON pointer. */
final class JsonFields {

  private JsonFields() {}

  /** The string at {@code field}, null when absent or JSON null; wrong types are errors. */
  static String text(JsonNode object, String field, String pointer) throws BadRecordException {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw wrongType(pointer + "/" + field, "a string", value);
    }
    return value.asText();
  }

  /** The first of several alternative string fields that is present. */
  static String firstText(JsonNode object, String pointer, String... fields)
      throws BadRecordException {
    for (String field : fields) {
      String value = text(object, field, pointer);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The object at {@code field}, null when absent or JSON null. */
  static JsonNode object(JsonNode parent, String field, String pointer) throws BadRecordException {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw wrongType(pointer + "/" + field, "an object", value);
    }
    return value;
  }

  /** The array at {@code field}, null when absent or JSON null. */
  static JsonNode array(JsonNode parent, String field, String pointer) throws BadRecordException {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw wrongType(pointer + "/" + field, "an array", value);
    }
    return value;
  }

  /**
   * Strings from an array of strings or of objects carrying {@code nameField}, or from a single
   * string split into names.
   */
  static List<String> names(JsonNode parent, String field, String nameField, String pointer)
      throws BadRecordException {
    JsonNode value = parent.get(field);
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (value.isTextual()) {
      return AuthorNames.split(value.asText());
    }
    if (!value.isArray()) {
      throw wrongType(pointer + "/" + field, "an array or a string", value);
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (item.isTextual()) {
        out.add(item.asText());
      } else if (item.isObject() && nameField != null) {
        String name = text(item, nameField, pointer + "/" + field + "/" + i);
        if (name != null) {
          out.add(name);
        }
      } else if (!item.isNull()) {
        throw wrongType(pointer + "/" + field + "/" + i,
            nameField == null ? "a string" : "a string or an object with '" + nameField + "'", item);
      }
    }
    return out;
  }

  static BadRecordException wrongType(String pointer, String expected, JsonNode actual) {
    return new BadRecordException(pointer + ": expected " + expected + ", found "
        + describe(actual) + " " + Excerpts.of(actual.toString()));
  }

  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
