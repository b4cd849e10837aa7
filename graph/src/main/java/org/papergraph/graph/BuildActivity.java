package org.papergraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.papergraph.graph.map.Slugs;

/**
 * One build, recorded as a {@code prov:Activity} in its own named graph; every paper graph it
 * wrote points to it with {@code prov:wasGeneratedBy}.
 *
 * <p>Its {@link #id()} depends only on the software version, the extractor configuration and the
 * input digests, not on the times, so rebuilding the same input with the same software yields the
 * same activity IRI and the same triple count.
 *
 * @param softwareVersion papergraph's version
 * @param started when the build started
 * @param ended when it ended, or null while it runs
 * @param inputs the input files with their SHA-256 digests
 * @param extractorConfiguration the extractor's configuration as one string
 */
public record BuildActivity(String softwareVersion, Instant started, Instant ended,
    List<InputFile> inputs, String extractorConfiguration) {

  /** An input file as given to the build, with the lower-case hex SHA-256 of its bytes. */
  public record InputFile(String path, String sha256) {

    public InputFile {
      Objects.requireNonNull(path, "path");
      if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("sha256 of '" + path + "' must be 64 lower-case hex"
            + " digits, got '" + sha256 + "'");
      }
    }

    /** Reads {@code file} once to digest it. */
    public static InputFile of(Path file) throws IOException {
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
        MessageDigest md = ((DigestInputStream) in).getMessageDigest();
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return new InputFile(file.toString(), HexFormat.of().formatHex(md.digest()));
      }
    }

    private static MessageDigest newDigest() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }
  }

  public BuildActivity {
    Objects.requireNonNull(softwareVersion, "softwareVersion");
    Objects.requireNonNull(started, "started");
    inputs = List.copyOf(inputs == null ? List.of() : inputs);
    extractorConfiguration = extractorConfiguration == null ? "" : extractorConfiguration;
    if (ended != null && ended.isBefore(started)) {
      throw new IllegalArgumentException("build ended (" + ended + ") before it started ("
          + started + ")");
    }
  }

  /** The same activity, ended at {@code when}. */
  public BuildActivity endedAt(Instant when) {
    return new BuildActivity(softwareVersion, started, when, inputs, extractorConfiguration);
  }

  /** Stable id: a digest of version, configuration and sorted input digests. */
  public String id() {
    StringBuilder sb = new StringBuilder(softwareVersion).append('\n')
        .append(extractorConfiguration).append('\n');
    inputs.stream().sorted(Comparator.comparing(InputFile::sha256).thenComparing(InputFile::path))
        .forEach(f -> sb.append(f.sha256()).append(' ').append(f.path()).append('\n'));
    return "build-" + Slugs.sha256(sb.toString()).substring(0, 16);
  }
}
