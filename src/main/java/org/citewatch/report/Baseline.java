package org.citewatch.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.citewatch.check.Verdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dead links of an earlier run, against which {@code --fail-on=new-dead} judges this one.
 *
 * @param origin where it came from, for messages ({@code reports/old.json}, {@code run 41})
 * @param present {@code false} when there is nothing to compare with (a first run): then every dead
 *     link is new
 * @param deadUrls the normalized URLs that were DEAD
 */
public record Baseline(String origin, boolean present, Set<String> deadUrls) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public Baseline {
        Objects.requireNonNull(origin, "origin");
        deadUrls = Set.copyOf(deadUrls);
    }

    /** No earlier run to compare with. */
    public static Baseline none() {
        return new Baseline("no baseline", false, Set.of());
    }

    /** The dead links of an earlier run's report, e.g. the previous run in the history. */
    public static Baseline of(AuditReport earlier) {
        Set<String> dead = new HashSet<>();
        for (LinkReport link : earlier.links()) {
            if (link.verdict() == Verdict.DEAD) {
                dead.add(link.url());
            }
        }
        return new Baseline("run " + earlier.run().id(), true, dead);
    }

    /**
     * Reads the dead links of an earlier {@code report.json} ({@code --baseline=FILE}).
     *
     * @throws InvalidBaselineException when the file cannot be read or is not a report.json of a
     *     schema version this citewatch knows
     */
    public static Baseline read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidBaselineException(file, "no such file");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file);
        } catch (JacksonException e) {
            throw new InvalidBaselineException(file, "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidBaselineException(file, "not a citewatch report.json");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != JsonReportRenderer.SCHEMA_VERSION) {
            throw new InvalidBaselineException(
                    file, "schemaVersion " + version + " is not " + JsonReportRenderer.SCHEMA_VERSION);
        }
        JsonNode links = root.get("links");
        if (links == null || !links.isArray()) {
            throw new InvalidBaselineException(file, "no links array");
        }
        Set<String> dead = new HashSet<>();
        for (JsonNode link : links) {
            JsonNode url = link.get("url");
            JsonNode verdict = link.get("verdict");
            if (url == null || !url.isString() || verdict == null || !verdict.isString()) {
                throw new InvalidBaselineException(file, "a link without url or verdict");
            }
            if (Verdict.DEAD.name().equals(verdict.stringValue())) {
                dead.add(url.stringValue());
            }
        }
        return new Baseline(file.toString(), true, dead);
    }

    /** A baseline file that cannot serve: missing, unreadable or of another shape. */
    public static final class InvalidBaselineException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Path file;

        InvalidBaselineException(Path file, String problem) {
            super("cannot use baseline " + file + ": " + problem);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
