package org.citewatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The full application context used by {@code audit}, {@code report} and {@code history}: Spring Boot
 * auto-configuration (data source, Flyway, Spring Batch with its JDBC job repository) plus every
 * feature's configuration. The command line lives in {@link org.citewatch.cli.Main}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CitewatchApplication {

    /**
     * The build's entry for Spring AOT ({@code spring-boot:process-aot} runs it to prepare this
     * context's bean definitions); users run {@link org.citewatch.cli.Main}.
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CitewatchApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run(args);
    }
}
