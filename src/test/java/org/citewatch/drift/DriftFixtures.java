package org.citewatch.drift;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citewatch.archive.CapturedPage;
import org.citewatch.check.PageDigest;

/** Cited pages and captures for the drift rules' unit tests. */
final class DriftFixtures {

    private DriftFixtures() {}

    static DriftProperties settings() {
        return settings(false);
    }

    static DriftProperties settings(boolean treatAsDead) {
        return new DriftProperties(
                true,
                0.2,
                0.5,
                treatAsDead,
                3,
                List.of("casino", "slot gacor", "judi online", "togel", "domain for sale", "赌场", "カジノ"));
    }

    static CitedPage page(long id, String citedTitle, String url, String liveTitle, String liveText) {
        return new CitedPage(id, citedTitle, url, null, null, Optional.of(new PageDigest(liveTitle, "", liveText)));
    }

    static CitedPage archived(long id, String citedTitle, String url, String liveTitle, String liveText) {
        return new CitedPage(
                id,
                citedTitle,
                url,
                "https://web.archive.org/web/20120301000000/" + url,
                null,
                Optional.of(new PageDigest(liveTitle, "", liveText)));
    }

    static CapturedPage capture(String url, String title, String text) {
        return new CapturedPage(
                "https://web.archive.org/web/20120301000000/" + url,
                Instant.parse("2012-03-01T00:00:00Z"),
                title,
                "",
                text);
    }
}
