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

        ReplayChecker checker =
                new ReplayChecker(endpoint("replay", settings.replayUrl(), settings.replayRate(), http, settings));
        VerifiedReplays replays = new VerifiedReplays(checker, cache, clock);
        CdxClient cdx = new CdxClient(
                endpoint("cdx", settings.cdxUrl(), settings.rate(), http, settings),
                new CdxParser(json),
                settings.maxCdxBytes().toBytes());
        Optional<AvailabilityPass> availability = Optional.empty();
        if (settings.availabilityEnabled()) {
            availability = Optional.of(new AvailabilityPass(
                    new AvailabilityClient(
                            endpoint(
                                    "availability",
                                    settings.availabilityUrl(),
                                    settings.availabilityRate(),
                                    http,
                                    settings),
                            json),
                    settings.availabilityBatchSize()));
        }
        Optional<MementoFallback> memento = Optional.empty();
        if (settings.mementoEnabled()) {
            memento = Optional.of(new MementoFallback(
                    new MementoClient(
                            endpoint("memento", settings.mementoUrl(), settings.mementoRate(), http, settings), json),
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
            SavePageNowClient save =
                    new SavePageNowClient(endpoint("save", settings.saveUrl(), settings.saveRate(), http, settings));
            liveArchiver = Optional.of(new LiveArchiver(finder, save, replays, cache, clock));
        }
        return new WaybackArchiveAdvisor(validator, finder, liveArchiver);
    }

    /** An endpoint with its own limiter: one per endpoint per run, shared by every thread. */
    private static ArchiveEndpoint endpoint(
            String name, String baseUrl, String rate, ArchiveHttp http, ArchiveProperties settings) {
        EndpointLimiter limiter =
                new EndpointLimiter(name, Rate.parse(rate), settings.pauseOn429(), settings.max429Pause());
        return new ArchiveEndpoint(HttpUrl.get(baseUrl), http, limiter);
    }
}
