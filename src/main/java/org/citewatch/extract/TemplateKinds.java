package org.citewatch.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a template is to the extractor, from the configured names ({@link ExtractProperties}).
 *
 * <p>Answers are remembered by the name as written: a page names the same few templates and
 * infobox parameters hundreds of times, and making a name comparable costs several copies.
 * Thread-safe.
 */
final class TemplateKinds {

    /** Bounds the memory of names seen; hostile pages can name any number of templates. */
    private static final int REMEMBERED_NAMES = 8192;

    enum Kind {
        CITATION,
        DEAD_LINK,
        ARCHIVE,
        BOT_IGNORE,
        URL,
        SUBSCRIPTION,
        REGISTRATION,
        OTHER
    }

    private final NameMatcher citations;
    private final NameMatcher deadLinks;
    private final NameMatcher archives;
    private final NameMatcher botIgnores;
    private final NameMatcher urls;
    private final NameMatcher infoboxParams;
    private final NameMatcher subscriptions;
    private final NameMatcher registrations;
    private final Map<String, Kind> kindByName = new ConcurrentHashMap<>();
    private final Map<String, Boolean> infoboxUrlParamByName = new ConcurrentHashMap<>();

    TemplateKinds(ExtractProperties properties) {
        this.citations = new NameMatcher(properties.citationTemplates());
        this.deadLinks = new NameMatcher(properties.deadLinkTemplates());
        this.archives = new NameMatcher(properties.archiveTemplates());
        this.botIgnores = new NameMatcher(properties.botIgnoreTemplates());
        this.urls = new NameMatcher(properties.urlTemplates());
        this.infoboxParams = new NameMatcher(properties.infoboxUrlParams());
        this.subscriptions = new NameMatcher(properties.subscriptionTemplates());
        this.registrations = new NameMatcher(properties.registrationTemplates());
    }

    Kind of(String templateName) {
        Kind known = kindByName.get(templateName);
        if (known == null) {
            known = kindOf(templateName);
            remember(kindByName, templateName, known);
        }
        return known;
    }

    boolean isInfoboxUrlParam(String paramName) {
        Boolean known = infoboxUrlParamByName.get(paramName);
        if (known == null) {
            known = infoboxParams.matchesKey(NameMatcher.key(paramName));
            remember(infoboxUrlParamByName, paramName, known);
        }
        return known;
    }

    private static <V> void remember(Map<String, V> answers, String name, V answer) {
        if (answers.size() >= REMEMBERED_NAMES) {
            answers.clear();
        }
        answers.put(name, answer);
    }

    private Kind kindOf(String templateName) {
        String key = NameMatcher.key(templateName);
        if (citations.matchesKey(key)) {
            return Kind.CITATION;
        }
        if (deadLinks.matchesKey(key)) {
            return Kind.DEAD_LINK;
        }
        if (archives.matchesKey(key)) {
            return Kind.ARCHIVE;
        }
        if (botIgnores.matchesKey(key)) {
            return Kind.BOT_IGNORE;
        }
        if (urls.matchesKey(key)) {
            return Kind.URL;
        }
        if (subscriptions.matchesKey(key)) {
            return Kind.SUBSCRIPTION;
        }
        return registrations.matchesKey(key) ? Kind.REGISTRATION : Kind.OTHER;
    }
}
