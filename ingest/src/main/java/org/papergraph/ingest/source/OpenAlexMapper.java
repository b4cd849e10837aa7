package org.papergraph.ingest.source;

import static org.papergraph.ingest.source.JsonFields.array;
import static org.papergraph.ingest.source.JsonFields.firstText;
import static org.papergraph.ingest.source.JsonFields.object;
import static org.papergraph.ingest.source.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An OpenAlex work: {@code title} (or {@code display_name}), {@code doi} and {@code ids.doi},
 * {@code ids.arxiv} or an arXiv landing page among {@code locations}, {@code
 * authorships[].author.display_name}, {@code publication_date}, {@code keywords[].display_name},
 * and the abstract rebuilt from {@code abstract_inverted_index} by {@link InvertedIndex}.
 */
final class OpenAlexMapper {

  private final int maxAbstractChars;

  OpenAlexMapper(int maxAbstractChars) {
    this.maxAbstractChars = maxAbstractChars;
  }

  PaperDraft map(JsonNode r, String pointer) throws BadRecordException {
    PaperDraft d = new PaperDraft();
    d.title = firstText(r, pointer, "title", "display_name");
    d.doi(text(r, "doi", pointer));
    JsonNode ids = object(r, "ids", pointer);
    if (ids != null) {
      d.doi(text(ids, "doi", pointer + "/ids"));
      d.arxiv(text(ids, "arxiv", pointer + "/ids"));
    }
    d.link(text(r, "id", pointer));
    locations(r, pointer, d);
    JsonNode index = object(r, "abstract_inverted_index", pointer);
    if (index != null) {
      d.rawAbstract = InvertedIndex.rebuild(index, pointer + "/abstract_inverted_index",
          maxAbstractChars);
    }
    authorships(r, pointer, d);
    Dates.into(d, text(r, "publication_date", pointer), pointer + "/publication_date");
    d.keywords.addAll(JsonFields.names(r, "keywords", "display_name", pointer));
    return d;
  }

  private static void locations(JsonNode r, String pointer, PaperDraft d)
      throws BadRecordException {
    JsonNode primary = object(r, "primary_location", pointer);
    if (primary != null) {
      location(primary, pointer + "/primary_location", d);
    }
    JsonNode locations = array(r, "locations", pointer);
    for (int i = 0; locations != null && i < locations.size(); i++) {
      if (locations.get(i).isObject()) {
        location(locations.get(i), pointer + "/locations/" + i, d);
      }
    }
  }

  private static void location(JsonNode location, String at, PaperDraft d)
      throws BadRecordException {
    String landing = text(location, "landing_page_url", at);
    d.arxiv(landing);
    d.link(landing);
    d.link(text(location, "pdf_url", at));
  }

  private static void authorships(JsonNode r, String pointer, PaperDraft d)
      throws BadRecordException {
    JsonNode authorships = array(r, "authorships", pointer);
    for (int i = 0; authorships != null && i < authorships.size(); i++) {
      String at = pointer + "/authorships/" + i;
      JsonNode authorship = authorships.get(i);
      if (!authorship.isObject()) {
        throw JsonFields.wrongType(at, "an object", authorship);
      }
      JsonNode author = object(authorship, "author", at);
      String name = author == null ? null : text(author, "display_name", at + "/author");
      if (name == null) {
        name = text(authorship, "raw_author_name", at);
      }
      if (name != null) {
        d.authors.add(name);
      }
    }
  }
}
