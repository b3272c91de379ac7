package org.citewatch.wiki;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentError;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.extract.DocumentStream;
import org.citewatch.extract.SourceMemory;
import org.citewatch.extract.WikiPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of one {@link WikiSelection}, read lazily: on the first ask the site and the list of
 * titles; then a batch of titles at a time, first their revision ids, then the text of those whose
 * revision differs from the stored one (outside a run, with nothing stored, the text at once).
 * Titles that cannot be read are errors naming the title; a wiki that stays unwell through every
 * retry ends the stream with an error saying how many pages were left unread.
 */
final class WikiPageStream implements DocumentStream {

    private static final Logger log = LoggerFactory.getLogger(WikiPageStream.class);

    static final DocumentStream EMPTY = new DocumentStream() {
        @Override
        public boolean hasNext() {
            return false;
        }

        @Override
        public Document next() {
            throw new NoSuchElementException();
        }

        @Override
        public void close() {}
    };

    private final WikiApi api;
    private final WikiSelection selection;
    private final WikiProperties settings;
    private final SourceMemory memory;
    private final Consumer<DocumentError> errors;
    private final RevisionReader revisions;
    private final Deque<Document> ready = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();

    private boolean started;
    private boolean stopped;
    private Site site;
    private List<String> titles = List.of();
    private int nextTitle;

    WikiPageStream(
            WikiApi api,
            WikiSelection selection,
            WikiProperties settings,
            SourceMemory memory,
            Consumer<DocumentError> errors) {
        this.api = api;
        this.selection = selection;
        this.settings = settings;
        this.memory = memory;
        this.errors = errors;
        this.revisions = new RevisionReader(api);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !stopped) {
            if (!started) {
                start();
            } else if (nextTitle >= titles.size()) {
                stopped = true;
            } else {
                readBatch();
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.pollFirst();
    }

    @Override
    public void close() {
        stopped = true;
        ready.clear();
    }

    private void start() {
        started = true;
        SiteReader.Result read = new SiteReader(settings).read(api);
        if (read.site() == null) {
            stop(read.failure(), 0);
            return;
        }
        if (read.failure() != null) {
            log.warn(
                    "{}: the wiki's names of the dead-link and archive templates are unknown ({}); the"
                            + " configured names apply",
                    api.endpoint().host(),
                    read.failure().message());
        }
        site = read.site();
        titles = new WikiListing(api, selection, settings, memory, site.now(), this::listingFailed).titles();
        log.info("{}: {} pages to read", site.server(), titles.size());
    }

    private void listingFailed(ApiResult.Failure failure) {
        errors.accept(new DocumentError(label(), 0, "listing the pages: " + failure.message()));
        if (failure.giveUp()) {
            stopped = true;
        }
    }

    private void readBatch() {
        int end = Math.min(titles.size(), nextTitle + settings.batchSize());
        List<String> batch = titles.subList(nextTitle, end);
        nextTitle = end;
        List<String> changed = new ArrayList<>(batch);
        // with nothing stored (extract), asking for ids first would only double the requests
        if (memory != SourceMemory.NONE) {
            RevisionBatch ids = revisions.read(batch, false);
            report(ids);
            if (ids.failure() != null) {
                stop(ids.failure(), titles.size() - nextTitle + batch.size());
                return;
            }
            changed.clear();
            for (Revision revision : ids.revisions()) {
                OptionalLong stored = memory.storedRevision(site.pageUrl(revision.title()));
                if (stored.isPresent() && stored.getAsLong() == revision.revisionId()) {
                    emit(revision, true);
                } else if (!seen.contains(revision.title())) {
                    changed.add(revision.title());
                }
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        RevisionBatch texts = revisions.read(changed, true);
        if (memory == SourceMemory.NONE) {
            report(texts);
        } else {
            texts.problems().forEach(this::problem);
        }
        texts.revisions().forEach(revision -> emit(revision, false));
        if (texts.failure() != null) {
            stop(
                    texts.failure(),
                    titles.size()
                            - nextTitle
                            + changed.size()
                            - texts.revisions().size());
        }
    }

    private void report(RevisionBatch batch) {
        batch.redirects().forEach(redirect -> log.warn("{}: {} is a redirect; its target is read", label(), redirect));
        batch.problems().forEach(this::problem);
    }

    private void problem(RevisionBatch.Problem problem) {
        errors.accept(new DocumentError(label() + " > " + problem.title(), 0, problem.message()));
    }

    private void emit(Revision revision, boolean unchanged) {
        if (!seen.add(revision.title())) {
            return;
        }
        String endpoint = api.endpoint().toString();
        WikiPage page = new WikiPage(
                endpoint,
                revision.title(),
                revision.pageId(),
                revision.revisionId(),
                revision.timestamp(),
                unchanged,
                site.facts());
        ready.addLast(new Document(
                site.pageUrl(revision.title()),
                endpoint,
                revision.revisionId(),
                DocumentFormat.WIKITEXT,
                unchanged ? "" : revision.text(),
                1,
                // the wiki's content language (siteinfo) sets the date style of suggested fixes
                page.site().language(),
                page));
    }

    private void stop(ApiResult.Failure failure, int unread) {
        String left = unread > 0 ? "; " + unread + " pages not read" : "";
        errors.accept(new DocumentError(label(), 0, failure.message() + left));
        if (failure.giveUp()) {
            stopped = true;
        }
    }

    private String label() {
        return site == null ? api.endpoint().toString() : site.server();
    }
}
