package org.citewatch.job;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.citewatch.archive.ArchiveAdvisor;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotLookup;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.extract.Citation;

/**
 * Test double of the archive advisor until the real one is wired in: asks a Wayback CDX stub for
 * the captures of a URL and offers the first 200 capture. {@code halting} answers as an archive
 * that keeps refusing.
 */
final class CdxAdvisorDouble implements ArchiveAdvisor {

    private static final Pattern CAPTURE = Pattern.compile("\\[\"(\\d{14})\",\\s*\"[^\"]*\",\\s*\"200\"");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final OkHttpClient client = new OkHttpClient();
    private volatile String cdxBase;
    private volatile boolean halting;

    void cdxBase(String base) {
        this.cdxBase = base;
    }

    void halting(boolean halting) {
        this.halting = halting;
    }

    @Override
    public ArchiveStatus validate(Citation citation) {
        return citation.archiveUrl().contains("web.archive.org/web/") ? ArchiveStatus.VALID : ArchiveStatus.UNRECOGNISED;
    }

    @Override
    public SnapshotLookup findSnapshot(String url, LocalDate target) {
        if (halting) {
            return new SnapshotLookup.Unavailable("HTTP 429 for over a minute", true);
        }
        if (cdxBase == null) {
            return new SnapshotLookup.NotArchived();
        }
        HttpUrl query = HttpUrl.get(cdxBase + "/cdx/search/cdx").newBuilder()
                .addQueryParameter("url", url)
                .addQueryParameter("output", "json")
                .build();
        try (Response response = client.newCall(new Request.Builder().url(query).build()).execute()) {
            Matcher capture = CAPTURE.matcher(response.body().string());
            if (!capture.find()) {
                return new SnapshotLookup.NotArchived();
            }
            LocalDateTime at = LocalDateTime.parse(capture.group(1), TIMESTAMP);
            return new SnapshotLookup.Found(new Snapshot(
                    "https://web.archive.org/web/" + capture.group(1) + "/" + url,
                    at.toInstant(ZoneOffset.UTC),
                    SnapshotSource.WAYBACK_CDX,
                    ArchiveStatus.VALID,
                    ChronoUnit.DAYS.between(target, at.toLocalDate())));
        } catch (IOException e) {
            return new SnapshotLookup.Unavailable(e.getMessage(), false);
        }
    }
}
