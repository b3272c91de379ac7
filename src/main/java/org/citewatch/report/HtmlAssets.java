package org.citewatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one style sheet and the one script of every report.html page, and the Content-Security-Policy
 * that allows exactly them, by their SHA-256 hashes, and nothing else. Read from the jar on the first
 * render, never at start-up.
 */
record HtmlAssets(String css, String script, String contentSecurityPolicy) {

    /** Loaded when first asked for: the JVM initialises the holder class on first use. */
    private static final class Holder {
        private static final HtmlAssets INSTANCE = load();
    }

    static HtmlAssets get() {
        return Holder.INSTANCE;
    }

    private static HtmlAssets load() {
        String css = resource("report.css");
        String script = resource("report.js");
        String csp = "default-src 'none'; style-src '" + sha256(css) + "'; script-src '" + sha256(script)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
        return new HtmlAssets(css, script, csp);
    }

    private static String sha256(String content) {
        return "sha256-" + Base64.getEncoder().encodeToString(Sha256.of(content));
    }

    private static String resource(String name) {
        try (InputStream in = HtmlAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/citewatch/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource org/citewatch/report/" + name, e);
        }
    }
}
