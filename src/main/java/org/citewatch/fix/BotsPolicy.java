package org.citewatch.fix;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.citewatch.extract.WikiTemplate;
import org.citewatch.extract.WikitextSyntax;

/**
 * The exclusion compliance of MediaWiki bots: {@code {{nobots}}} denies every bot;
 * {@code {{bots|deny=all}}} or a deny list naming the bot denies it; {@code {{bots|allow=...}}} not
 * naming it (or {@code none}) denies it; a bare {@code {{bots}}} allows.
 */
final class BotsPolicy {

    private BotsPolicy() {}

    /** Why the page is closed to {@code botName}, or empty when it is open. */
    static Optional<String> denial(WikitextSyntax syntax, String botName) {
        String bot = botName.toLowerCase(Locale.ROOT);
        for (WikiTemplate template : syntax.templates()) {
            String name = WikiTemplate.key(template.name());
            if (name.equals("nobots")) {
                return Optional.of("the page has {{nobots}}");
            }
            if (!name.equals("bots")) {
                continue;
            }
            Optional<String> deny = template.param("deny").map(p -> value(syntax, p));
            if (deny.isPresent() && (names(deny.get(), "all") || names(deny.get(), bot))) {
                return Optional.of("the page has {{bots|deny=" + deny.get() + "}}");
            }
            Optional<String> allow = template.param("allow").map(p -> value(syntax, p));
            if (allow.isPresent() && !names(allow.get(), "all") && !names(allow.get(), bot)) {
                return Optional.of("the page has {{bots|allow=" + allow.get() + "}}");
            }
        }
        return Optional.empty();
    }

    private static String value(WikitextSyntax syntax, WikiTemplate.Param param) {
        return syntax.text().substring(param.valueStart(), param.valueEnd()).strip();
    }

    private static boolean names(String list, String name) {
        return Arrays.stream(list.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .anyMatch(name::equals);
    }
}
