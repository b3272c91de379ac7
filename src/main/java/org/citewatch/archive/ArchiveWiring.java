package org.citewatch.archive;

import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/** Builds the archive side of a run from its settings: one limiter per endpoint, shared by every thread. */
final class ArchiveWiring {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWiring.class);

    private ArchiveWiring() {}

    static ArchiveAdvisor advisor(OkHttpClient shared, DataSource dataSource, ArchiveProperties settings, Clock clock) {
        if (ArchiveProperties.DEFAULT_USER_AGENT.equals(settings.userAgent())) {
            log.warn("citewatch.archive.user-agent names no operator; set it to include your contact, so that"
                    + " the Internet Archive can reach you instead of blocking you");
        }
        OkHttpClient client = shared.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .build();
        ArchiveHttp http = new ArchiveHttp(client, settings.userAgent());
        JsonMapper json = JsonMapper.builder().build();
        ArchiveCache cache = new ArchiveCache(dataSource);

        ReplayChecker checker = new ReplayChecker(
                HttpUrl.get(settings.replayUrl()), http, limiter("replay", settings.replayRate(), settings));
        VerifiedReplays replays = new VerifiedReplays(checker, cache, clock);
        CdxClient cdx = new CdxClient(
                HttpUrl.get(settings.cdxUrl()),
                http,
                limiter("cdx", settings.rate(), settings),
                new CdxParser(json),
                settings.maxCdxBytes().toBytes());
        Optional<AvailabilityPass> availability = Optional.empty();
        if (settings.availabilityEnabled()) {
            availability = Optional.of(new AvailabilityPass(
                    new AvailabilityClient(
                            HttpUrl.get(settings.availabilityUrl()),
                            http,
                            limiter("availability", settings.availabilityRate(), settings),
                            json),
                    settings.availabilityBatchSize()));
        }
        Optional<MementoFallback> memento = Optional.empty();
        if (settings.mementoEnabled()) {
            memento = Optional.of(new MementoFallback(
                    new MementoClient(
                            HttpUrl.get(settings.mementoUrl()),
                            http,
                            limiter("memento", settings.mementoRate(), settings),
                            json),
                    replays));
        }
        SnapshotFinder finder = new SnapshotFinder(
                cdx,
                replays,
                cache,
                availability,
                memento,
                clock,
                settings.negativeCacheTtl(),
                settings.maxReplayChecks());
        ArchiveLinkValidator validator =
                new ArchiveLinkValidator(settings.checkReplays() ? Optional.of(replays) : Optional.empty(), clock);
        Optional<LiveArchiver> liveArchiver = Optional.empty();
        if (settings.saveEnabled()) {
            SavePageNowClient save = new SavePageNowClient(
                    HttpUrl.get(settings.saveUrl()), http, limiter("save", settings.saveRate(), settings));
            liveArchiver = Optional.of(new LiveArchiver(finder, save, replays, cache, clock));
        }
        return new WaybackArchiveAdvisor(validator, finder, liveArchiver);
    }

    private static EndpointLimiter limiter(String name, String rate, ArchiveProperties settings) {
        return new EndpointLimiter(name, Rate.parse(rate), settings.pauseOn429(), settings.max429Pause());
    }
}
