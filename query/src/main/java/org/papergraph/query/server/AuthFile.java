package org.papergraph.query.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A password file for the update endpoint: one {@code user:password} per line (split at the first
 * colon); blank lines and lines starting with {@code #} are ignored. Errors name the file and line but
 * never echo a password.
 *
 * @param file      where it was read from
 * @param passwords user name to password, in file order
 */
public record AuthFile(Path file, Map<String, String> passwords) {

    public AuthFile {
        passwords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(passwords));
    }

    /** The user names, in file order. */
    public List<String> users() {
        return List.copyOf(passwords.keySet());
    }

    /**
     * Reads and checks a password file.
     *
     * @throws IllegalArgumentException if the file is missing, unreadable, malformed or has no users
     */
    public static AuthFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("auth file not found: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read auth file " + file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read auth file " + file + ": " + e.getMessage());
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(where + "expected 'user:password' (no ':' on this line)");
            }
            String user = line.substring(0, colon).strip();
            String password = line.substring(colon + 1).strip();
            if (user.isEmpty() || !user.matches("[A-Za-z0-9._@-]+")) {
                throw new IllegalArgumentException(where + "user name must be letters, digits or . _ @ -, got '"
                        + user + "'");
            }
            if (password.isEmpty()) {
                throw new IllegalArgumentException(where + "empty password for user '" + user + "'");
            }
            if (passwords.put(user, password) != null) {
                throw new IllegalArgumentException(where + "user '" + user + "' is listed twice");
            }
        }
        if (passwords.isEmpty()) {
            throw new IllegalArgumentException("auth file " + file + " has no 'user:password' lines");
        }
        return new AuthFile(file, passwords);
    }

    @Override
    public String toString() {
        return "AuthFile[" + file + ", users=" + users() + "]";
    }
}
