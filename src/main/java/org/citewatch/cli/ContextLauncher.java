package org.citewatch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.metrics.ApplicationStartup;

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
        return start(primarySource, overrides, List.of());
    }

    /**
     * As {@link #start(Class, Map)}, with Spring profiles switched on (they decide which beans exist,
     * so they are set before the context reads its configuration, not as a property override).
     */
    public ConfigurableApplicationContext start(
            Class<?> primarySource, Map<String, Object> overrides, List<String> profiles) {
        return start(primarySource, overrides, profiles, ApplicationStartup.DEFAULT);
    }

    /** As {@link #start(Class, Map, List)}, recording the context's start-up steps into {@code startup}. */
    ConfigurableApplicationContext start(
            Class<?> primarySource, Map<String, Object> overrides, List<String> profiles, ApplicationStartup startup) {
        // AOT fixes the beans, profiles included, at build time: a profile asks for other beans
        AheadOfTime.useIfPrepared(primarySource, profiles.isEmpty());
        Map<String, Object> options = new LinkedHashMap<>();
        overrides.forEach((key, value) -> {
            if (value != null) {
                options.put(key, value);
            }
        });
        return new SpringApplicationBuilder(primarySource)
                .main(primarySource)
                .web(WebApplicationType.NONE)
                .profiles(profiles.toArray(String[]::new))
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .applicationStartup(startup)
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("citewatchCommandOptions", options)))
                .run(springArgs);
    }
}
