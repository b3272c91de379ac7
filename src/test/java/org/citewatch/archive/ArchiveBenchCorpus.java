package org.citewatch.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.citewatch.archive.StandInArchive.Capture;
import org.citewatch.archive.StandInArchive.Page;

/**
 * The issue 11 benchmark corpus, shared by the in-process bench ({@link ArchiveStepBench}) and the
 * whole-process one ({@code JarBenchmark#archiveStep}): 2,000 dead links, by {@code i % 100}: 50 a
 * good capture before the target, 20 only after it, 3 only in CDX (Availability empty), 20 with a 404
 * and a redirect captured nearer the target than the good capture, 1 listed as 200 but replaying as a
 * redirect, 6 never archived. The first 1,000 cite an archive (by {@code i % 10}: 7 a good capture, 1
 * a mismatched archive-date, 1 a captured 404, 1 an inexact timestamp); 1,000 live links cite one too.
 */
public final class ArchiveBenchCorpus {

    public static final int DEAD = 2_000;
    public static final int LIVE_WITH_ARCHIVE = 1_000;

    /** Every citation's access date: the snapshot target. */
    public static final LocalDate TARGET = LocalDate.parse("2015-06-01");

    /**
     * One cited link.
     *
     * @param citedArchive the citation's own Wayback URL, or null
     * @param archiveDate the citation's {@code archive-date}, or null
     */
    public record Entry(String url, String citedArchive, LocalDate archiveDate, boolean dead) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Set<String>> non200 = new HashMap<>();

    /**
     * Writes the captures into the stand-in and remembers the citations.
     *
     * @param deadUrl the URL of dead link {@code i}
     * @param liveUrl the URL of live link {@code j}
     */
    public ArchiveBenchCorpus(StandInArchive archive, IntFunction<String> deadUrl, IntFunction<String> liveUrl) {
        for (int i = 0; i < DEAD; i++) {
            String url = deadUrl.apply(i);
            List<Capture> captures = deadCaptures(url, i % 100);
            archive.put(url, new Page(captures, i % 100 < 70 || i % 100 >= 73));
            String cited = null;
            LocalDate archiveDate = null;
            if (i < DEAD / 2) {
                int form = i % 10;
                String ts =
                        captures.isEmpty() ? "20140101120000" : captures.get(0).timestamp();
                if (form == 8 && non200.containsKey(url)) {
                    ts = non200.get(url).iterator().next();
                } else if (form == 9) {
                    ts = ts.substring(0, 8) + "000001";
                }
                cited = "https://web.archive.org/web/" + ts + "/" + url;
                archiveDate = form == 7
                        ? LocalDate.parse("2001-01-01")
                        : Timestamps.utcDate(Timestamps.parse(ts).orElseThrow());
            }
            entries.add(new Entry(url, cited, archiveDate, true));
        }
        for (int j = 0; j < LIVE_WITH_ARCHIVE; j++) {
            String url = liveUrl.apply(j);
            archive.put(url, new Page(StandInArchive.captures(new Capture("20140101120000", 200, true)), true));
            entries.add(new Entry(url, "https://web.archive.org/web/20140101120000/" + url, null, false));
        }
    }

    private List<Capture> deadCaptures(String url, int kind) {
        if (kind < 50) {
            return StandInArchive.captures(
                    new Capture("20140101120000", 200, true), new Capture("20160101120000", 200, true));
        } else if (kind < 70) {
            return StandInArchive.captures(new Capture("20160101120000", 200, true));
        } else if (kind < 73) {
            return StandInArchive.captures(new Capture("20140301000000", 200, true));
        } else if (kind < 93) {
            non200.put(url, Set.of("20150501000000", "20150520000000"));
            return StandInArchive.captures(
                    new Capture("20130101000000", 200, true),
                    new Capture("20150501000000", 404, false),
                    new Capture("20150520000000", 302, false));
        } else if (kind < 94) {
            non200.put(url, Set.of("20150101000000"));
            return StandInArchive.captures(
                    new Capture("20120101000000", 200, true), new Capture("20150101000000", 200, false));
        }
        return StandInArchive.captures();
    }

    /** The dead links first, then the live ones. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Whether an offered snapshot is a capture of a non-200 response (which must never be offered).
     *
     * @param snapshotUrl the stand-in's replay URL: {@code <base>/web/<14 digits>/<original>}
     */
    public boolean isNon200(String snapshotUrl) {
        String rest = snapshotUrl.substring(snapshotUrl.indexOf("/web/") + "/web/".length());
        return non200.getOrDefault(rest.substring(15), Set.of()).contains(rest.substring(0, 14));
    }
}
