package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Debian's chromium, headless: the DOM a page has once its scripts ran ({@code --dump-dom}). */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /**
     * The rendered DOM of {@code url}; skips the calling test when chromium is not installed.
     *
     * @param profiles a directory for the browser's throw-away profile
     */
    static String dom(Path profiles, String url) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed: browser checks skipped");
        List<String> cmd = List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(profiles, "chromium"),
                "--virtual-time-budget=10000", "--dump-dom", url);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
            return out;
        } finally {
            p.destroyForcibly(); // a dump that timed out must not keep running
        }
    }

    /** How many times {@code regex} occurs in {@code text}. */
    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
