package org.citewatch.fix;

import java.time.LocalDate;
import java.time.YearMonth;
import org.citewatch.extract.Citation;
import org.citewatch.extract.DateStyle;
import org.citewatch.extract.WikiTemplate;
import org.citewatch.extract.WikitextSyntax;

/**
 * One page as the rescuers see it: its syntax, its wiki's conventions, its date style (days for
 * archive dates, months for tags, as the page writes them), the bot name and today's date for added tags.
 */
record PageContext(
        WikitextSyntax syntax, WikiConventions conventions, DateStyle dates, String botName, LocalDate today) {

    /** A parameter's value without surrounding whitespace. */
    String valueOf(WikiTemplate.Param param) {
        return syntax.text().substring(param.valueStart(), param.valueEnd()).strip();
    }

    /**
     * Removes a tag. The spaces before it go too when nothing but a line end or a {@code </ref>}
     * follows, so that no trailing blank is left behind; never past {@code notBefore}.
     */
    Edit removal(WikiTemplate tag, int notBefore, EditReason reason, Citation citation) {
        String text = syntax.text();
        if (syntax.hidden(tag.start(), tag.end())) {
            throw new UnfixableException("the dead-link tag holds a comment");
        }
        int start = tag.start();
        boolean lineOrRefEnd = tag.end() == text.length()
                || text.charAt(tag.end()) == '\n'
                || text.charAt(tag.end()) == '\r'
                || text.startsWith("</", tag.end());
        if (lineOrRefEnd) {
            while (start > notBefore && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
                start--;
            }
        }
        return Edit.replace(text, start, tag.end(), "", reason, citation);
    }

    /** A new dead-link tag: {@code {{Dead link|date=December 2026|bot=citewatch|fix-attempted=yes}}}. */
    String deadLinkTag() {
        return "{{" + conventions.deadLinkTemplate() + "|date=" + dates.month(YearMonth.from(today)) + "|bot=" + botName
                + "|fix-attempted=yes}}";
    }

    /** The wiki's archive template for a snapshot: {@code {{Webarchive|url=...|date=...}}}. */
    String archiveTemplate(String url, LocalDate date) {
        return "{{" + conventions.archiveTemplate() + "|url=" + url + "|date=" + dates.day(date) + "}}";
    }
}
