/**
 * Fetching live sources into files: {@link org.papergraph.ingest.fetch.Fetcher} (start here)
 * saves Hugging Face daily-papers responses and arXiv API pages, politely (arXiv pacing,
 * descriptive User-Agent, retries with exponential backoff on 5xx and timeouts, immediate clear
 * errors on 4xx), configured by {@link org.papergraph.ingest.fetch.FetchConfig}. Nothing here
 * parses papers: {@code PaperInputs.read} reads the saved files like any other input.
 */
package org.papergraph.ingest.fetch;
