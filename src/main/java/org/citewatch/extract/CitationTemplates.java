package org.citewatch.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citewatch.url.Ascii;
import org.citewatch.url.NormalizedUrl;
import org.citewatch.url.UrlNormalizer;

/**
 * Reads the templates that matter to citations: citation templates ({@code {{cite web}}}), dead-link
 * tags, archive templates ({@code {{webarchive}}}) and URL templates ({@code {{URL}}}).
 *
 * <p>Parameter names are compared without case, {@code -}, {@code _} or spaces, so old and new
 * aliases are one: {@code archive-url|archiveurl}, {@code access-date|accessdate},
 * {@code url-status|deadurl|dead-url}.
 */
final class CitationTemplates {

    /** {@code url-status}/{@code deadurl} values meaning the original is dead (CS1, old and new). */
    private static final Set<String> DEAD_STATUS = Set.of("dead", "usurped", "unfit", "yes", "y", "true");

    private final char[] a;
    private final CitationCollector out;
    private final TemplateValues values;
    private final ArchiveTemplates archives;

    CitationTemplates(char[] maskedText, CitationCollector out, WarningLog warnings) {
        this.a = maskedText;
        this.out = out;
        this.values = new TemplateValues(maskedText, warnings);
        this.archives = new ArchiveTemplates(values);
    }

    /** One citation per URL parameter: {@code url}, and every {@code *-url}/{@code *url} but the archive. */
    void citation(TemplateCall call, Scope scope) {
        Map<String, TemplateCall.Param> byKey = byKey(call);
        TemplateCall.Param statusParam = byKey.getOrDefault("urlstatus", byKey.get("deadurl"));
        String status = text(statusParam);
        String archiveUrl = text(byKey.get("archiveurl"));
        CitationDate archiveDate = date(byKey.get("archivedate"), "archive date");
        if (archiveDate == null && archiveUrl != null) {
            archiveDate = CitationDates.fromArchiveUrl(archiveUrl);
        }
        CitationDate accessDate = date(byKey.get("accessdate"), "access date");
        // Publication dates are often free-form ("Spring 2009", "n.d."): kept raw, without a warning.
        String publishedText = text(byKey.get("date"));
        CitationDate published = publishedText == null ? null : CitationDates.parse(publishedText);
        boolean hasMainUrl = text(byKey.get("url")) != null;
        boolean attachedOne = false;
        for (TemplateCall.Param param : call.params()) {
            String key = key(param.name());
            if (!param.named() || !isUrlParam(key)) {
                continue;
            }
            int start = TextSpans.skipSpace(a, param.valueStart(), param.valueEnd());
            if (start + 1 < param.valueEnd() && a[start] == '[' && a[start + 1] != '[') {
                start++; // url=[http://x title]
            }
            int end = tokenEnd(start, param.valueEnd());
            if (start >= end || (a[start] == '{' && start + 1 < end && a[start + 1] == '{')) {
                continue; // empty, or built by a template that only MediaWiki can expand
            }
            String url = TextSpans.text(a, start, end);
            boolean main = key.equals("url");
            String titleKey = main ? "title" : key.substring(0, key.length() - 3);
            String title = text(byKey.get(titleKey));
            CitationDraft draft = new CitationDraft(
                    start,
                    url,
                    UrlNormalizer.normalize(url),
                    call.name(),
                    param.name(),
                    title != null ? title : text(byKey.get("title")));
            draft.accessDate = accessDate;
            draft.date = published;
            // url-access for url=, chapter-url-access for chapter-url=: CS1 pairs them by name.
            String access = text(byKey.get(key + "access"));
            draft.access = access == null ? null : access.strip().toLowerCase(Locale.ROOT);
            if (main) {
                draft.archiveUrl = archiveUrl;
                draft.archiveDate = archiveDate;
                draft.urlStatus = status;
                draft.markedDead = status != null && DEAD_STATUS.contains(status.toLowerCase(Locale.ROOT));
            }
            boolean attachable = main || (!hasMainUrl && !attachedOne);
            attachedOne |= attachable;
            out.add(draft, call.end(), scope, attachable);
        }
    }

    /** A {@code {{dead link|date=|bot=|fix-attempted=}}} tag, for the citation before it. */
    void deadLink(TemplateCall call, Scope scope) {
        Map<String, TemplateCall.Param> byKey = byKey(call);
        DeadLinkTag tag = new DeadLinkTag(
                call.name(),
                date(byKey.get("date"), "dead-link date"),
                text(byKey.get("bot")),
                text(byKey.get("fixattempted")));
        out.deadLink(tag, call.start(), call.end(), scope);
    }

    /**
     * An archive template ({@code {{webarchive}}}, {@code {{Wayback}}}, ...; see {@link ArchiveTemplates}):
     * it gives the link before it its archive; standing alone, it is an archive citation of its own.
     */
    void archive(TemplateCall call, Scope scope) {
        Optional<ArchiveTemplates.Reading> found = archives.read(call);
        if (found.isEmpty()) {
            return;
        }
        ArchiveTemplates.Reading reading = found.get();
        if (out.archive(reading.archiveUrl(), reading.archiveDate(), call.start(), call.end(), scope)) {
            return;
        }
        // Standing alone: a citation of the original when it is known, else of the archive itself.
        String url = reading.original() != null ? reading.original() : reading.written();
        CitationDraft draft =
                new CitationDraft(reading.writtenAt(), url, normalizeLenient(url), call.name(), "url", reading.title());
        draft.archiveUrl = reading.archiveUrl();
        draft.archiveDate = reading.archiveDate();
        draft.citedAsArchive = reading.writesArchive() && reading.original() != null;
        out.add(draft, call.end(), scope, true);
    }

    /** A {@code {{cbignore}}}: the citation before it is to be left alone by bots. */
    void botIgnore(TemplateCall call, Scope scope) {
        out.ignore(call.start(), call.end(), scope);
    }

    /** {@code {{URL|example.org|text}}}, {@code {{official website|https://...}}}. */
    void urlTemplate(TemplateCall call, Scope scope) {
        Map<String, TemplateCall.Param> byKey = byKey(call);
        TemplateCall.Param param = byKey.getOrDefault("url", byKey.get("1"));
        if (param == null) {
            return;
        }
        int start = TextSpans.skipSpace(a, param.valueStart(), param.valueEnd());
        int end = tokenEnd(start, param.valueEnd());
        if (start >= end || a[start] == '{') {
            return;
        }
        String url = TextSpans.text(a, start, end);
        TemplateCall.Param titleParam = byKey.getOrDefault("2", byKey.get("name"));
        CitationDraft draft =
                new CitationDraft(start, url, normalizeLenient(url), call.name(), param.name(), text(titleParam));
        out.add(draft, call.end(), scope, true);
    }

    /**
     * Normalizes a URL that templates and infoboxes also accept without a scheme
     * ({@code example.org}), reading such a one as http, as {@code {{URL}}} does.
     */
    static NormalizedUrl normalizeLenient(String url) {
        boolean schemeless = UrlNormalizer.schemeEnd(url) < 0 && !url.startsWith("//");
        return UrlNormalizer.normalize(schemeless && looksLikeHost(url) ? "http://" + url : url);
    }

    /** {@code www.example.org} or {@code example.org/path}: a dotted host name and nothing spaced. */
    static boolean looksLikeHost(String text) {
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        int dot = host.lastIndexOf('.');
        if (dot <= 0 || dot == host.length() - 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "[]{}<>|\"".indexOf(c) >= 0) {
                return false;
            }
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!Ascii.isLetterOrDigit(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return Ascii.isLetter(host.charAt(dot + 1));
    }

    /**
     * End of the URL starting at {@code start}: at whitespace (a blanked comment included) or a
     * closing {@code ]}, as a URL parameter holds one URL and nothing after it counts.
     */
    private int tokenEnd(int start, int limit) {
        int end = start;
        while (end < limit && a[end] != ']' && !Character.isWhitespace(a[end])) {
            end++;
        }
        return end;
    }

    private static boolean isUrlParam(String key) {
        return key.endsWith("url") && !key.equals("archiveurl") && !key.equals("deadurl");
    }

    private static Map<String, TemplateCall.Param> byKey(TemplateCall call) {
        return TemplateValues.byKey(call);
    }

    /** A parameter name without case, {@code -}, {@code _} or spaces: {@code archive-url} is {@code archiveurl}. */
    static String key(String name) {
        if (isKey(name)) {
            return name; // the usual case: written as a key already, nothing to copy
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '_' && !Character.isWhitespace(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static boolean isKey(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_' || Character.isWhitespace(c) || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }

    private String text(TemplateCall.Param param) {
        return values.clean(param);
    }

    private CitationDate date(TemplateCall.Param param, String what) {
        return values.date(param, what);
    }
}
