package org.citewatch.extract;

/** What a template is to the extractor, from the configured names ({@link ExtractProperties}). */
final class TemplateKinds {

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

    boolean isInfoboxUrlParam(String paramName) {
        return infoboxParams.matchesKey(NameMatcher.key(paramName));
    }
}
