package org.papergraph.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Downloads raw API responses into files that {@code PaperInputs.read} accepts, so every build
 * can be repeated offline.
 *
 * <ul>
 *   <li>{@link #fetchHfDaily}: one request per date to the Hugging Face daily papers API, saved
 *       as {@code hf-daily-YYYY-MM-DD.json};
 *   <li>{@link #fetchArxiv}: pages of the arXiv query API ({@code start}, {@code max_results}),
 *       one request every {@link FetchConfig#arxivDelay()}, saved as {@code
 *       arxiv-<query>-<start>.xml}; stops at {@code max}, at the feed's total, or at an empty page.
 * </ul>
 *
 * Each body is checked to be complete (whole JSON array, whole Atom feed) before it is written
 * (atomically), and retried otherwise; see {@link HttpGetter} for the retry rules.
 */
public final class Fetcher {

  private final FetchConfig config;

  public Fetcher() {
    this(FetchConfig.defaults());
  }

  public Fetcher(FetchConfig config) {
    this.config = config;
  }

  public FetchResult fetchHfDaily(LocalDate from, LocalDate to, Path outDir)
      throws FetchException {
    if (to.isBefore(from)) {
      throw new FetchException("date range is empty: " + from + " is after " + to);
    }
    HttpGetter http = new HttpGetter(config);
    List<Path> files = new ArrayList<>();
    int records = 0;
    long bytes = 0;
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      URI uri = URI.create(config.hfDailyUri() + "?date=" + date);
      HttpGetter.Response response = http.get(uri, ResponseChecks::jsonArray);
      files.add(save(outDir, "hf-daily-" + date + ".json", response.body()));
      records += response.records();
      bytes += response.body().length;
    }
    return new FetchResult(files, records, http.requests(), bytes);
  }

  public FetchResult fetchArxiv(String query, int max, Path outDir) throws FetchException {
    if (query == null || query.isBlank()) {
      throw new FetchException("arXiv query must not be empty, e.g. \"cat:cs.CL AND abs:benchmark\"");
    }
    if (max < 1) {
      throw new FetchException("max must be at least 1, got " + max);
    }
    HttpGetter http = new HttpGetter(config);
    List<Path> files = new ArrayList<>();
    AtomicInteger total = new AtomicInteger(Integer.MAX_VALUE);
    int fetched = 0;
    long bytes = 0;
    Instant last = null;
    while (fetched < max && fetched < total.get()) {
      last = pace(last);
      int size = Math.min(config.arxivPageSize(), max - fetched);
      URI uri = URI.create(config.arxivUri() + "?search_query="
          + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&start=" + fetched
          + "&max_results=" + size);
      HttpGetter.Response response = http.get(uri, body -> {
        ResponseChecks.Feed feed = ResponseChecks.atom(body);
        total.set(feed.totalResults() < 0 ? Integer.MAX_VALUE : feed.totalResults());
        return feed.entries();
      });
      if (response.records() == 0) {
        break;
      }
      files.add(save(outDir, String.format(Locale.ROOT, "arxiv-%s-%06d.xml", slug(query),
          fetched), response.body()));
      fetched += response.records();
      bytes += response.body().length;
    }
    return new FetchResult(files, fetched, http.requests(), bytes);
  }

  /** Waits until {@link FetchConfig#arxivDelay()} has passed since the previous request. */
  private Instant pace(Instant previous) throws FetchException {
    if (previous != null) {
      long waitMillis = config.arxivDelay().toMillis()
          - java.time.Duration.between(previous, Instant.now()).toMillis();
      if (waitMillis > 0) {
        HttpGetter.sleep(java.time.Duration.ofMillis(waitMillis));
      }
    }
    return Instant.now();
  }

  private static Path save(Path dir, String name, byte[] body) throws FetchException {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(name);
      Path temp = Files.createTempFile(dir, ".part-", ".tmp");
      Files.write(temp, body);
      return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new FetchException("cannot save " + name + " in " + dir + ": " + e.getMessage(), e);
    }
  }

  static String slug(String query) {
    String s = query.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    return s.length() > 60 ? s.substring(0, 60) : s.isEmpty() ? "query" : s;
  }
}
