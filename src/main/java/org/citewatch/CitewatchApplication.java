package org.citewatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;

/**
 * The full application context used by {@code audit}, {@code report} and {@code history}: Spring Boot
 * auto-configuration (data source, Flyway, Spring Batch with its JDBC job repository) plus every
 * feature's configuration. The command line lives in {@link org.citewatch.cli.Main}.
 *
 * <p>What Spring Boot would configure and citewatch never uses is excluded, so that a run does not
 * load and build it (issue 16: start-up): a shared {@code JsonMapper} (each renderer and client
 * builds the plain mapper it needs), build and git info, availability state, SQL scripts at start-up
 * (Flyway owns the schema) and a {@code JdbcClient} bean. RabbitMQ is excluded in
 * {@code application.yml} unless a distributed audit or a worker asks for it.
 */
@SpringBootApplication(
        exclude = {
            JacksonAutoConfiguration.class,
            ProjectInfoAutoConfiguration.class,
            ApplicationAvailabilityAutoConfiguration.class,
            DataSourceInitializationAutoConfiguration.class,
            JdbcClientAutoConfiguration.class
        })
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
