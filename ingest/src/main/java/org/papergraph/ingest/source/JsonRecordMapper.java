package org.papergraph.ingest.source;

import static org.papergraph.ingest.source.JsonFields.array;
import static org.papergraph.ingest.source.JsonFields.firstText;
import static org.papergraph.ingest.source.JsonFields.names;
import static org.papergraph.ingest.source.JsonFields.object;
import static org.papergraph.ingest.source.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps one JSON record to a {@link PaperDraft}. With {@link RecordKind#AUTO} the kind comes from
 * the record's fields: {@code paper} object (HF daily entry), {@code abstract_inverted_index} or
 * {@code authorships} (OpenAlex), {@code authors_parsed} or {@code versions} (arXiv metadata),
 * {@code summary} with {@code publishedAt}, {@code upvotes}, {@code githubRepo} or {@code
 * ai_keywords} (HF single paper), else the generic form.
 */
final class JsonRecordMapper {

  private final RecordKind forced;
  private final OpenAlexMapper openAlex;

  JsonRecordMapper(RecordKind forced, int maxAbstractChars) {
    this.forced = forced;
    this.openAlex = new OpenAlexMapper(maxAbstractChars);
  }

  PaperDraft map(JsonNode record, String pointer) throws BadRecordException {
    return switch (kindOf(record)) {
      case HF -> hf(record, pointer);
      case OPENALEX -> openAlex.map(record, pointer);
      case ARXIV_METADATA -> ArxivMetadataMapper.map(record, pointer);
      default -> generic(record, pointer);
    };
  }

  RecordKind kindOf(JsonNode r) {
    if (forced != RecordKind.AUTO) {
      return forced;
    }
    if (r.has("paper") && r.get("paper").isObject()) {
      return RecordKind.HF;
    }
    if (r.has("abstract_inverted_index") || r.has("authorships")
        || r.path("id").asText("").startsWith("https://openalex.org/")) {
      return RecordKind.OPENALEX;
    }
    if (r.has("authors_parsed") || (r.has("versions") && r.has("update_date"))) {
      return RecordKind.ARXIV_METADATA;
    }
    if (r.has("summary") && !r.has("abstract") && (r.has("publishedAt") || r.has("upvotes")
        || r.has("ai_keywords") || r.has("githubRepo"))) {
      return RecordKind.HF;
    }
    return RecordKind.GENERIC;
  }

  /** A daily-papers entry ({@code {paper: {...}}}) or a single paper from {@code /api/papers}. */
  private static PaperDraft hf(JsonNode record, String pointer) throws BadRecordException {
    JsonNode paper = object(record, "paper", pointer);
    String at = paper == null ? pointer : pointer + "/paper";
    JsonNode p = paper == null ? record : paper;
    PaperDraft d = new PaperDraft();
    d.arxiv(text(p, "id", at));
    d.title = text(p, "title", at);
    if (d.title == null && paper != null) {
      d.title = text(record, "title", pointer);
    }
    d.rawAbstract = text(p, "summary", at);
    d.authors.addAll(names(p, "authors", "name", at));
    Dates.into(d, text(p, "publishedAt", at), at + "/publishedAt");
    d.githubRepo = text(p, "githubRepo", at);
    d.link(text(p, "projectPage", at));
    d.keywords.addAll(names(p, "ai_keywords", null, at));
    return d;
  }

  /** The gold/input form and anything close to it. */
  private static PaperDraft generic(JsonNode r, String pointer) throws BadRecordException {
    PaperDraft d = new PaperDraft();
    String id = text(r, "id", pointer);
    d.arxiv(firstText(r, pointer, "arxiv_id", "arxivId", "arxiv"));
    d.arxiv(id);
    d.doi(text(r, "doi", pointer));
    d.doi(id);
    d.title = text(r, "title", pointer);
    d.rawAbstract = firstText(r, pointer, "abstract", "summary");
    d.authors.addAll(names(r, "authors", "name", pointer));
    Dates.into(d, firstText(r, pointer, "date", "published", "publishedAt", "publication_date"),
        pointer + "/date");
    JsonNode categories = r.get("categories");
    if (categories != null && categories.isTextual()) {
      d.categories.addAll(java.util.List.of(categories.asText().trim().split("[\\s,]+")));
      d.categories.remove("");
    } else {
      d.categories.addAll(names(r, "categories", null, pointer));
    }
    d.link(firstText(r, pointer, "url", "link"));
    JsonNode links = array(r, "links", pointer);
    if (links != null) {
      names(r, "links", "href", pointer).forEach(d::link);
    }
    d.githubRepo = firstText(r, pointer, "githubRepo", "github");
    d.keywords.addAll(names(r, "keywords", null, pointer));
    return d;
  }
}
