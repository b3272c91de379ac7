package org.citewatch.fix;

import java.util.Optional;
import org.citewatch.extract.WikiTemplate;
import org.citewatch.extract.WikitextSyntax;

/**
 * Where a citation is in its page, found from its stored line and column and read again locally:
 * the citation template holding its URL, or the bracketed or bare link; and the templates that follow
 * it and belong to it (its dead-link tag, its archive template, a {@code {{cbignore}}}).
 *
 * @param template the citation template, or empty for a link
 * @param end where the citation's own construct ends (the template's {@code }}}, the link's {@code ]})
 * @param deadLinkTag the dead-link tag that belongs to the citation, if any
 * @param archiveTemplate the archive template that belongs to it, if any
 * @param ignored a {@code {{cbignore}}} follows it: leave it alone
 */
record Site(
        int urlStart,
        Optional<WikiTemplate> template,
        int end,
        Optional<WikiTemplate> deadLinkTag,
        Optional<WikiTemplate> archiveTemplate,
        boolean ignored) {

    /** Templates that tell bots to leave the citation before them alone (InternetArchiveBot's). */
    static boolean isIgnoreTag(String name) {
        String key = WikiTemplate.key(name);
        return key.equals("cbignore") || key.equals("template:cbignore");
    }

    /**
     * The templates right after {@code end}: only spaces and tabs between them, as the extractor
     * attaches them; inside a {@code <ref>} a dead-link tag later in the ref belongs to the citation
     * too when no other link comes between. A {@code {{cbignore}}} right after the ref counts.
     */
    static Site after(WikitextSyntax syntax, int urlStart, Optional<WikiTemplate> template, int end) {
        String text = syntax.text();
        WikiTemplate tag = null;
        WikiTemplate archive = null;
        boolean ignored = false;
        int i = end;
        while (true) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            Optional<WikiTemplate> next = syntax.templateAt(i);
            if (next.isEmpty()) {
                break;
            }
            WikiTemplate t = next.get();
            WikitextSyntax.Role role = syntax.role(t.name());
            if (role == WikitextSyntax.Role.DEAD_LINK && tag == null) {
                tag = t;
            } else if (role == WikitextSyntax.Role.ARCHIVE && archive == null) {
                archive = t;
            } else if (isIgnoreTag(t.name())) {
                ignored = true;
            } else {
                break;
            }
            i = t.end();
        }
        Optional<WikitextSyntax.Span> ref = syntax.enclosingRef(urlStart);
        if (ref.isPresent()) {
            int refEnd = ref.get().end();
            if (tag == null) {
                tag = laterTagInRef(syntax, end, refEnd);
            }
            int closeEnd = text.indexOf('>', refEnd);
            if (!ignored
                    && closeEnd > 0
                    && i <= refEnd
                    && text.substring(i, refEnd).isBlank()) {
                ignored = syntax.templateAt(closeEnd + 1)
                        .filter(t -> isIgnoreTag(t.name()))
                        .isPresent();
            }
        }
        return new Site(urlStart, template, end, Optional.ofNullable(tag), Optional.ofNullable(archive), ignored);
    }

    private static WikiTemplate laterTagInRef(WikitextSyntax syntax, int from, int refEnd) {
        String text = syntax.text();
        int open = text.indexOf("{{", from);
        while (open >= 0 && open < refEnd) {
            if (text.substring(from, open).contains("://")) {
                return null; // another link comes first: the tag is that one's
            }
            Optional<WikiTemplate> t = syntax.templateAt(open);
            if (t.isPresent() && t.get().end() <= refEnd) {
                if (syntax.role(t.get().name()) == WikitextSyntax.Role.DEAD_LINK) {
                    return t.get();
                }
                open = text.indexOf("{{", t.get().end());
            } else {
                open = text.indexOf("{{", open + 2);
            }
        }
        return null;
    }
}
