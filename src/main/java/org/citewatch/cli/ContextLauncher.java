package org.citewatch.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the Spring context a command needs. Command options arrive as property overrides that
 * win over every other source (config file, environment, {@code --name=value}).
 */
public final class ContextLauncher {

    private final String[] springArgs;

    ContextLauncher(String[] springArgs) {
        this.springArgs = springArgs.clone();
    }

    /**
     * @param primarySource the configuration class to start from: {@code CitewatchApplication} for
     *     the whole application, or one feature's configuration for a light command
     * @param overrides property values set by command options; {@code null} values are ignored
     */
    public ConfigurableApplicationContext start(Class<?> primarySource, Map<String, Object> overrides) {
        AheadOfTime.useIfPrepared(primarySource);
        Map<String, Object> options = new LinkedHashMap<>();
        overrides.forEach((key, value) -> {
            if (value != null) {
                options.put(key, value);
            }
        });
        return new SpringApplicationBuilder(primarySource)
                .main(primarySource)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("citewatchCommandOptions", options)))
                .run(springArgs);
    }
}
