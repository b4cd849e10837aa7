package org.papergraph.ingest.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A record as a source gave it, before validation, cleaning and the id rule. */
final class PaperDraft {
  String arxivId;
  String doi;
  String title;
  String rawAbstract;
  String githubRepo;
  LocalDate published;
  final List<String> authors = new ArrayList<>();
  final List<String> categories = new ArrayList<>();
  final List<String> links = new ArrayList<>();
  final List<String> keywords = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  void link(String url) {
    if (url != null && !url.isBlank() && !links.contains(url.strip())) {
      links.add(url.strip());
    }
  }

  void arxiv(String candidate) {
    if (arxivId == null) {
      arxivId = org.papergraph.ingest.PaperIds.arxivId(candidate);
    }
  }

  void doi(String candidate) {
    if (doi == null) {
      doi = org.papergraph.ingest.PaperIds.doi(candidate);
    }
  }
}
