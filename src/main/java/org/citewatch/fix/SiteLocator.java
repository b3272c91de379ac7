package org.citewatch.fix;

import java.util.Optional;
import java.util.OptionalInt;
import org.citewatch.extract.Citation;
import org.citewatch.extract.WikiTemplate;
import org.citewatch.extract.WikitextSyntax;

/**
 * Finds a citation in its page from the stored line and column, checking that the page still holds
 * its URL there, and reads the construct around it again. Never searches the page for the URL: a
 * citation that is not where the audit saw it is not fixed.
 */
final class SiteLocator {

    /** The citation's site, or why it cannot be fixed. */
    sealed interface Located permits Found, NotFound {}

    record Found(Site site) implements Located {}

    record NotFound(String why) implements Located {}

    private SiteLocator() {}

    static Located locate(WikitextSyntax syntax, Citation citation) {
        String text = syntax.text();
        OptionalInt at = syntax.offsetOf(citation.line(), citation.column());
        if (at.isEmpty() || !text.startsWith(citation.url(), at.getAsInt())) {
            return new NotFound(
                    "the page does not hold the URL at line " + citation.line() + ", column " + citation.column());
        }
        int offset = at.getAsInt();
        if (syntax.hidden(offset)) {
            return new NotFound("the URL is inside a comment or an ignored tag");
        }
        int urlEnd = offset + citation.url().length();
        return switch (citation.template()) {
            case "bracketed" -> bracketed(syntax, offset, urlEnd);
            case "bare" -> new Found(Site.after(syntax, offset, Optional.empty(), urlEnd));
            case "infobox", "html", "list" ->
                new NotFound("a link of kind " + citation.template() + " has no rescue convention");
            default -> template(syntax, citation, offset);
        };
    }

    private static Located bracketed(WikitextSyntax syntax, int offset, int urlEnd) {
        String text = syntax.text();
        if (offset == 0 || text.charAt(offset - 1) != '[') {
            return new NotFound("the bracketed link has no [ before its URL");
        }
        int close = closingBracket(text, urlEnd);
        if (close < 0 || syntax.hidden(close)) {
            return new NotFound("the bracketed link has no ] on its line");
        }
        return new Found(Site.after(syntax, offset, Optional.empty(), close + 1));
    }

    /** The {@code ]} of a link's text on the same line; a wikilink in the text is skipped whole. */
    static int closingBracket(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n') {
            char c = text.charAt(i);
            if (c == '[' && text.startsWith("[[", i)) {
                int wikilinkEnd = text.indexOf("]]", i + 2);
                int newline = text.indexOf('\n', i);
                if (wikilinkEnd >= 0 && (newline < 0 || wikilinkEnd < newline)) {
                    i = wikilinkEnd + 2;
                    continue;
                }
            }
            if (c == ']') {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static Located template(WikitextSyntax syntax, Citation citation, int offset) {
        Optional<WikiTemplate> found = syntax.enclosingTemplate(offset);
        if (found.isEmpty() || syntax.role(found.get().name()) != WikitextSyntax.Role.CITATION) {
            return new NotFound("no citation template holds the URL");
        }
        WikiTemplate template = found.get();
        if (citation.param() == null || !WikiTemplate.key(citation.param()).equals("url")) {
            return new NotFound("only a template's url= gets an archive, not " + citation.param() + "=");
        }
        Optional<WikiTemplate.Param> url = template.param("url");
        if (url.isEmpty()
                || offset < url.get().valueStart()
                || offset >= url.get().valueEnd()) {
            return new NotFound("the URL is not the template's url=");
        }
        return new Found(Site.after(syntax, offset, found, template.end()));
    }
}
