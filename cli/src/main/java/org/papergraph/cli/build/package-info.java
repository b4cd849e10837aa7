/**
 * The build job behind {@code papergraph build} and {@code demo}: ingest streams papers in
 * order, chunks of them are extracted on all cores, and each chunk is written by a single writer
 * thread while the next is extracted, all inside one store transaction, so a build lands whole
 * or not at all. Start at {@link org.papergraph.cli.build.BuildJob}.
 *
 * <p>Bad records are skipped and reported ({@code file:line: reason}), as is a paper whose
 * extraction fails; {@code --strict} checks every input first and writes nothing if any record
 * is bad.
 */
package org.papergraph.cli.build;
