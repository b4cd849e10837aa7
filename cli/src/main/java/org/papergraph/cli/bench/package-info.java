/**
 * Benchmarks and the synthetic corpus they run on.
 *
 * <p>Start at {@link org.papergraph.cli.bench.CorpusGenerator}: a deterministic, streamed generator
 * of ML-style abstracts in the JSON Lines input form, its names drawn from the extractor's own
 * dictionary ({@link org.papergraph.cli.bench.Lexicon}) so that extraction has real work. The
 * measurements are {@link org.papergraph.cli.bench.ExtractBench} (abstracts per second and per CPU
 * second), {@link org.papergraph.cli.bench.IngestBench} (ingest streaming alone, papers per second
 * and peak heap), {@link org.papergraph.cli.bench.StoreWriteBench} (the store write stage timed
 * apart from extraction) and {@link org.papergraph.cli.bench.QueryLoad} (concurrent clients issuing
 * the named queries against a loopback SPARQL endpoint). The {@code Bench*Command} classes are the
 * {@code papergraph bench ...} subcommands; results print as Markdown tables in {@code Locale.ROOT}.
 */
package org.papergraph.cli.bench;
