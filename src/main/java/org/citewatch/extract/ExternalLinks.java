package org.citewatch.extract;

import org.citewatch.url.Ascii;
import org.citewatch.url.UrlNormalizer;

/**
 * Reads external links at the position the scanner found them: bracketed {@code [url text]} (also
 * protocol-relative {@code [//host/path text]}) and bare URLs, with MediaWiki's rules for where
 * they end.
 */
final class ExternalLinks {

    private final char[] a;
    private final CitationCollector out;

    ExternalLinks(char[] maskedText, CitationCollector out) {
        this.a = maskedText;
        this.out = out;
    }

    /** {@code [url text]} or {@code [//host/path text]}; -1 when there is no link here. */
    int bracketed(int start, int to, Scope scope) {
        int urlStart = start + 1;
        int address;
        if (urlStart + 2 < to && a[urlStart] == '/' && a[urlStart + 1] == '/') {
            address = urlStart + 2;
            if (!LinkSyntax.isUrlChar(a[address])) {
                return -1;
            }
        } else {
            int colon = urlStart;
            while (colon < to && colon - urlStart <= 9 && Ascii.isLetter(a[colon])) {
                colon++;
            }
            if (colon >= to || a[colon] != ':') {
                return -1;
            }
            address = LinkSyntax.addressStart(a, urlStart, colon, to);
            if (address < 0) {
                return -1;
            }
        }
        int urlEnd = LinkSyntax.urlEnd(a, address, to, scope.inTemplate());
        int textStart = urlEnd;
        while (textStart < to && LinkSyntax.isInlineSpace(a[textStart])) {
            textStart++;
        }
        int close = linkTextEnd(textStart, to);
        if (close < 0) {
            return -1; // no closing bracket on the line: the URL is a bare one after a literal '['
        }
        String url = TextSpans.text(a, urlStart, urlEnd);
        String template = scope.infoboxParam() != null ? "infobox" : "bracketed";
        CitationDraft draft = new CitationDraft(
                urlStart,
                url,
                UrlNormalizer.normalize(url),
                template,
                scope.infoboxParam(),
                TextSpans.clean(a, textStart, close));
        out.add(draft, close + 1, scope, true);
        return close + 1;
    }

    /**
     * The {@code ]} ending a bracketed link's text on the same line, or -1. A wikilink in the text is
     * skipped whole: MediaWiki renders it before external links, so its {@code ]]} ends nothing.
     */
    private int linkTextEnd(int from, int to) {
        boolean wikilinkMayClose = true;
        int i = from;
        while (i < to && (a[i] >= 0x20 || a[i] == '\t')) {
            if (a[i] == ']') {
                return i;
            }
            if (wikilinkMayClose && a[i] == '[' && i + 1 < to && a[i + 1] == '[') {
                int end = i + 2;
                while (end + 1 < to && a[end] != '\n' && !(a[end] == ']' && a[end + 1] == ']')) {
                    end++;
                }
                if (end + 1 < to && a[end] == ']') {
                    i = end + 2;
                    continue;
                }
                wikilinkMayClose = false; // no ]] left on this line: later [[ cannot close either
            }
            i++;
        }
        return -1;
    }

    /** A bare URL whose scheme ends at the ':' at {@code colon}; -1 when there is none. */
    int bare(int colon, int to, Scope scope, int boundary) {
        int schemeStart = colon;
        while (schemeStart > boundary && colon - schemeStart <= 9 && Ascii.isLetter(a[schemeStart - 1])) {
            schemeStart--;
        }
        if (schemeStart == colon || (schemeStart > 0 && LinkSyntax.isWordChar(a[schemeStart - 1]))) {
            return -1;
        }
        int address = LinkSyntax.addressStart(a, schemeStart, colon, to);
        if (address < 0) {
            return -1;
        }
        int end = LinkSyntax.beforeHeadingClose(a, schemeStart, LinkSyntax.urlEnd(a, address, to, scope.inTemplate()));
        int urlEnd = schemeStart
                + UrlNormalizer.trimFreeLink(new String(a, schemeStart, end - schemeStart))
                        .length();
        if (urlEnd <= address) {
            return -1;
        }
        String url = TextSpans.text(a, schemeStart, urlEnd);
        String template = scope.infoboxParam() != null ? "infobox" : "bare";
        CitationDraft draft =
                new CitationDraft(schemeStart, url, UrlNormalizer.normalize(url), template, scope.infoboxParam(), null);
        out.add(draft, urlEnd, scope, true);
        return urlEnd;
    }
}
