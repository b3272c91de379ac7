package org.citewatch.extract;

import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the wikitext extractor treats as a citation ({@code citewatch.extract.*}).
 *
 * <p>Template names are matched as MediaWiki does: case-insensitively, with {@code _} read as a
 * space, runs of spaces as one, and a {@code Template:}/{@code 模板:} prefix ignored. A name ending in
 * {@code *} matches every name that starts with the part before it ({@code cite *} matches
 * {@code cite web} and {@code Cite_news}). The defaults are those of config/application.yml and cover
 * English and Chinese Wikipedia.
 *
 * @param citationTemplates citation templates whose {@code url} and {@code *-url}/{@code *url}
 *     parameters are citations
 * @param deadLinkTemplates tags that mark the citation or link just before them dead
 * @param archiveTemplates templates whose {@code url}/{@code date} give the link just before them its
 *     archive copy
 * @param urlTemplates templates whose first parameter (or {@code url}) is a URL to cite
 * @param infoboxUrlParams parameters of any other template (infoboxes) whose value is a URL to cite
 * @param ignoredTags tags whose content is not wikitext, so holds no citations (HTML comments are
 *     always ignored)
 * @param wikiLang the wiki language of input files ({@code zh}, {@code en}), and of dumps whose
 *     {@code <siteinfo>} names none; it decides how dates in suggested fixes are written
 *     ({@link DateStyle}). {@code null} (the default): unknown, so each page's own dates tell, else
 *     {@value DateStyle#DEFAULT_LANGUAGE}
 */
@ConfigurationProperties("citewatch.extract")
public record ExtractProperties(
        @DefaultValue({
            "cite *",
            "cite",
            "citation",
            "vcite *",
            "引用",
            "引用网页",
            "引用網頁",
            "网页引用",
            "網頁引用",
            "引用新闻",
            "引用新聞",
            "新闻引用",
            "新聞引用",
            "引用期刊",
            "期刊引用",
            "引用书籍",
            "引用書籍",
            "书籍引用",
            "書籍引用",
            "引用新闻组",
            "引用会议",
            "引用會議",
            "引用报告",
            "引用報告",
            "引用视频",
            "引用影片",
            "引用新闻稿",
            "引用新聞稿",
            "引用百科全书"
        })
        List<String> citationTemplates,

        @DefaultValue({
            "dead link",
            "deadlink",
            "dead-link",
            "dead url",
            "broken link",
            "link broken",
            "死链",
            "死鏈",
            "死链接",
            "死鏈接",
            "失效链接",
            "失效連結",
            "失效鏈接",
            "死連結"
        })
        List<String> deadLinkTemplates,

        @DefaultValue({"webarchive", "web archive"}) List<String> archiveTemplates,

        @DefaultValue({"url", "official website", "official url", "官方网站", "官方網站", "官网", "官網"})
        List<String> urlTemplates,

        @DefaultValue({"website", "url", "homepage", "home page", "web", "site", "网站", "網站", "网址", "網址", "官网", "官網"})
        List<String> infoboxUrlParams,

        @DefaultValue({
            "nowiki",
            "pre",
            "syntaxhighlight",
            "source",
            "math",
            "chem",
            "ce",
            "score",
            "timeline",
            "graph",
            "templatedata"
        })
        List<String> ignoredTags,

        String wikiLang) {

    /** A language code as MediaWiki writes them: {@code zh}, {@code zh-hant}, {@code en-gb}. */
    private static final java.util.regex.Pattern LANGUAGE =
            java.util.regex.Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*");

    public ExtractProperties {
        if (wikiLang != null && wikiLang.isBlank()) {
            wikiLang = null;
        }
        if (wikiLang != null && !LANGUAGE.matcher(wikiLang.strip()).matches()) {
            throw new IllegalArgumentException(
                    "citewatch.extract.wiki-lang must be a language code such as zh or en, not '" + wikiLang + "'");
        }
        wikiLang = wikiLang == null ? null : wikiLang.strip();
        citationTemplates = List.copyOf(citationTemplates);
        deadLinkTemplates = List.copyOf(deadLinkTemplates);
        archiveTemplates = List.copyOf(archiveTemplates);
        urlTemplates = List.copyOf(urlTemplates);
        infoboxUrlParams = List.copyOf(infoboxUrlParams);
        ignoredTags = List.copyOf(ignoredTags);
    }

    /**
     * These settings with more dead-link and archive template names, as a wiki names them (its
     * redirects to the configured templates); names already known are not repeated.
     */
    public ExtractProperties withTemplates(List<String> moreDeadLinkTemplates, List<String> moreArchiveTemplates) {
        return new ExtractProperties(
                citationTemplates,
                union(deadLinkTemplates, moreDeadLinkTemplates),
                union(archiveTemplates, moreArchiveTemplates),
                urlTemplates,
                infoboxUrlParams,
                ignoredTags,
                wikiLang);
    }

    private static List<String> union(List<String> known, List<String> more) {
        LinkedHashSet<String> all = new LinkedHashSet<>(known);
        all.addAll(more);
        return List.copyOf(all);
    }

    /** The defaults, as Spring binds them when nothing is configured (for use outside Spring). */
    public static ExtractProperties defaults() {
        return new Binder().bindOrCreate("citewatch.extract", ExtractProperties.class);
    }
}
