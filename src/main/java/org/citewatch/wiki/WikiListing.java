package org.citewatch.wiki;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.citewatch.extract.SourceMemory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The titles a selection names, in order, each once: the pages given, those of the title file, then
 * the category's, the template's and the domain's. With {@code changed-since}, only those edited or
 * created since then (every page changed, when the selection names nothing else); when the gap is
 * longer than the wiki keeps recent changes ({@link WikiProperties#recentChangesMaxAge()}), or there
 * is no earlier run, the whole list is read. Every listing marks the wiki's time in the run, so the
 * next {@code changed-since last} starts there, and a resumed run lists the same window again.
 */
final class WikiListing {

    private static final Logger log = LoggerFactory.getLogger(WikiListing.class);

    private final WikiApi api;
    private final WikiSelection selection;
    private final WikiProperties settings;
    private final SourceMemory memory;
    private final Instant wikiNow;
    private final Consumer<ApiResult.Failure> failures;
    private final List<Integer> namespaces;

    WikiListing(
            WikiApi api,
            WikiSelection selection,
            WikiProperties settings,
            SourceMemory memory,
            Instant wikiNow,
            Consumer<ApiResult.Failure> failures) {
        this.api = api;
        this.selection = selection;
        this.settings = settings;
        this.memory = memory;
        this.wikiNow = wikiNow;
        this.failures = failures;
        this.namespaces = selection.namespaces().isEmpty() ? settings.namespaces() : selection.namespaces();
    }

    List<String> titles() {
        Instant until = memory.mark(selection.listingKey(), wikiNow);
        Set<String> base = base();
        if (selection.changedSince().isEmpty()) {
            return List.copyOf(base);
        }
        Optional<Instant> since = since();
        Instant oldestKept = until.minus(settings.recentChangesMaxAge());
        if (since.isEmpty() || since.get().isBefore(oldestKept)) {
            if (selection.hasBase()) {
                log.info(
                        "{}: no recent changes list reaches back to {}; reading every listed page",
                        api.endpoint().host(),
                        since.map(Instant::toString).orElse("an earlier run"));
                return List.copyOf(base);
            }
            log.info(
                    "{}: reading the pages changed in the {} days the wiki keeps recent changes",
                    api.endpoint().host(),
                    settings.recentChangesMaxAge().toDays());
            since = Optional.of(oldestKept);
        }
        PageLister changes = new PageLister(api, namespaces, settings.listLimit());
        report(changes.changed(since.get(), until));
        if (!selection.hasBase()) {
            return List.copyOf(changes.titles());
        }
        Set<String> changed = new LinkedHashSet<>();
        changes.titles().forEach(title -> changed.add(comparable(title)));
        return base.stream()
                .filter(title -> changed.contains(comparable(title)))
                .toList();
    }

    private Set<String> base() {
        Set<String> titles = new LinkedHashSet<>(selection.pages());
        if (!selection.pagesFrom().isEmpty()) {
            try {
                titles.addAll(TitleFile.read(Path.of(selection.pagesFrom())));
            } catch (IOException e) {
                failures.accept(new ApiResult.Failure(
                        "cannot read the titles in " + selection.pagesFrom() + ": " + e.getMessage(), false));
            }
        }
        PageLister lister = new PageLister(api, namespaces, settings.listLimit());
        if (!selection.category().isEmpty()) {
            report(lister.category(selection.category(), selection.depth()));
        }
        if (!selection.transcluding().isEmpty()) {
            report(lister.transcluding(selection.transcluding()));
        }
        if (!selection.linkingTo().isEmpty()) {
            report(lister.linkingTo(selection.linkingTo()));
        }
        titles.addAll(lister.titles());
        return titles;
    }

    private Optional<Instant> since() {
        if (selection.changedSince().equals("last")) {
            return memory.previousMark(selection.listingKey());
        }
        try {
            return Optional.of(Instant.parse(selection.changedSince()));
        } catch (DateTimeParseException e) {
            failures.accept(new ApiResult.Failure(
                    "--changed-since must be 'last' or a time like 2026-12-01T00:00:00Z: " + selection.changedSince(),
                    false));
            return Optional.empty();
        }
    }

    private void report(ApiResult.Failure failure) {
        if (failure != null) {
            failures.accept(failure);
        }
    }

    /** Titles as given ({@code 核安全_峰會}) and as listed ({@code 核安全 峰會}) compare equal. */
    private static String comparable(String title) {
        return title.replace('_', ' ').strip();
    }
}
