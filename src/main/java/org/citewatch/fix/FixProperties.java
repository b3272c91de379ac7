package org.citewatch.fix;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code citewatch fix} ({@code citewatch.fix.*}); the defaults equal config/application.yml.
 *
 * @param out where the patches go ({@code --out})
 * @param botName the name {@code {{bots|deny=...}}} is matched against and that added tags carry
 *     in {@code bot=}
 * @param language which wiki's conventions apply: {@code en}, {@code zh}, or {@code auto} (zh for a
 *     page written mostly in Han characters, else en)
 * @param wikis conventions per wiki language; {@code en} and {@code zh} are built in and can be
 *     overridden, other languages added
 */
@ConfigurationProperties("citewatch.fix")
public record FixProperties(
        @DefaultValue("fixes") Path out,
        @DefaultValue("citewatch") String botName,
        @DefaultValue("auto") String language,
        Map<String, WikiConventions> wikis) {

    public FixProperties {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(botName, "botName");
        Objects.requireNonNull(language, "language");
        if (botName.isBlank()) {
            throw new IllegalArgumentException("citewatch.fix.bot-name cannot be blank");
        }
        Map<String, WikiConventions> all = new LinkedHashMap<>();
        all.put("en", WikiConventions.english());
        all.put("zh", WikiConventions.chinese());
        if (wikis != null) {
            all.putAll(wikis);
        }
        wikis = Map.copyOf(all);
        if (!language.equals("auto") && !wikis.containsKey(language)) {
            throw new IllegalArgumentException(
                    "citewatch.fix.language is " + language + ", but citewatch.fix.wikis has no such wiki");
        }
    }

    /** The defaults, as Spring binds them when nothing is configured (for use outside Spring). */
    public static FixProperties defaults() {
        return new FixProperties(Path.of("fixes"), "citewatch", "auto", null);
    }
}
