package org.papergraph.ingest.source;

import static org.papergraph.ingest.source.JsonFields.array;
import static org.papergraph.ingest.source.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The arXiv metadata snapshot (OAI/Kaggle JSON Lines): {@code id}, {@code title}, {@code
 * abstract}, {@code authors_parsed} ([last, first, suffix]) or {@code authors}, space-separated
 * {@code categories}, {@code doi}, and the date of the first of {@code versions} (else {@code
 * update_date}).
 */
final class ArxivMetadataMapper {

  private ArxivMetadataMapper() {}

  static PaperDraft map(JsonNode r, String pointer) throws BadRecordException {
    PaperDraft d = new PaperDraft();
    String id = text(r, "id", pointer);
    d.arxiv(id);
    if (id != null && d.arxivId == null) {
      d.warnings.add(pointer + "/id: '" + Excerpts.of(id) + "' is not an arXiv id");
    }
    d.title = text(r, "title", pointer);
    d.rawAbstract = text(r, "abstract", pointer);
    String categories = text(r, "categories", pointer);
    if (categories != null && !categories.isBlank()) {
      d.categories.addAll(List.of(categories.trim().split("\\s+")));
    }
    String doi = text(r, "doi", pointer);
    if (doi != null && !doi.isBlank()) {
      d.doi(doi.trim().split("\\s+")[0]);
    }
    authors(r, pointer, d);
    JsonNode versions = array(r, "versions", pointer);
    if (versions != null && versions.size() > 0 && versions.get(0).isObject()) {
      Dates.into(d, text(versions.get(0), "created", pointer + "/versions/0"),
          pointer + "/versions/0/created");
    }
    Dates.into(d, text(r, "update_date", pointer), pointer + "/update_date");
    if (d.arxivId != null) {
      d.link("https://arxiv.org/abs/" + d.arxivId);
    }
    return d;
  }

  private static void authors(JsonNode r, String pointer, PaperDraft d) throws BadRecordException {
    JsonNode parsed = array(r, "authors_parsed", pointer);
    if (parsed == null) {
      d.authors.addAll(AuthorNames.split(text(r, "authors", pointer)));
      return;
    }
    for (int i = 0; i < parsed.size(); i++) {
      JsonNode parts = parsed.get(i);
      String at = pointer + "/authors_parsed/" + i;
      if (!parts.isArray()) {
        throw JsonFields.wrongType(at, "an array [last, first, suffix]", parts);
      }
      StringBuilder name = new StringBuilder();
      for (int k : new int[] {1, 0, 2}) {
        JsonNode part = parts.get(k);
        if (part != null && part.isTextual() && !part.asText().isBlank()) {
          name.append(name.length() > 0 ? " " : "").append(part.asText().strip());
        } else if (part != null && !part.isTextual() && !part.isNull()) {
          throw JsonFields.wrongType(at + "/" + k, "a string", part);
        }
      }
      if (name.length() > 0) {
        d.authors.add(name.toString());
      }
    }
  }
}
