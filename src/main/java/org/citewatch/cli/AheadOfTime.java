package org.citewatch.cli;

import org.springframework.core.SpringProperties;
import org.springframework.util.ClassUtils;

/**
 * Switches Spring AOT on for a context whose bean definitions the build prepared
 * ({@code spring-boot:process-aot}), when citewatch runs from its packaged jar: the context then
 * starts without parsing configuration classes or evaluating conditions (issue 16: start-up). A user
 * cannot be asked for {@code -Dspring.aot.enabled=true}, so the jar sets it itself.
 *
 * <p>Not with a Spring profile (a distributed audit, a worker): AOT fixes the profiles at build
 * time. Never from a class folder (tests, an IDE): there the prepared definitions may be stale, and
 * tests add their own configuration, which an AOT context would ignore.
 */
final class AheadOfTime {

    /** Spring's switch for AOT-generated initializers ({@code AotDetector}). */
    static final String ENABLED = "spring.aot.enabled";

    private AheadOfTime() {}

    /**
     * @param beansAsBuilt whether the context wants the beans the build prepared (not so when a
     *     Spring profile, such as a distributed audit's, is switched on: AOT fixes profiles at build time)
     */
    static void useIfPrepared(Class<?> primarySource, boolean beansAsBuilt) {
        boolean prepared = ClassUtils.isPresent(
                primarySource.getName() + "__ApplicationContextInitializer", primarySource.getClassLoader());
        SpringProperties.setProperty(ENABLED, Boolean.toString(beansAsBuilt && prepared && fromJar(primarySource)));
    }

    /** Whether the class was loaded from a jar (citewatch.jar's nested one, or a plain jar). */
    static boolean fromJar(Class<?> type) {
        var location = type.getResource(type.getSimpleName() + ".class");
        return location != null && location.getProtocol().equals("jar");
    }
}
