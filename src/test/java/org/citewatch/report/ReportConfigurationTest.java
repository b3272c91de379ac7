package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

class ReportConfigurationTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(ReportConfiguration.class);

    @Test
    void defaultsMatchTheDocumentedConfiguration() {
        runner.run(context -> {
            ReportProperties properties = context.getBean(ReportProperties.class);
            assertThat(properties.dir()).isEqualTo(Path.of("reports"));
            assertThat(properties.failOn()).containsExactly(FailOn.UNARCHIVED_DEAD);
            assertThat(properties.maxDead()).isZero();
            assertThat(properties.baselineFile()).isEmpty();
            assertThat(context.getBean(Gate.class).policy()).isEqualTo(new GatePolicy(FailOn.UNARCHIVED_DEAD, 0));
            assertThat(context).hasSingleBean(ReportWriter.class);
        });
    }

    @Test
    void bindsKebabCaseOptionsAsTheCommandLineGivesThem() {
        runner.withPropertyValues(
                        "citewatch.report.dir=out/reports",
                        "citewatch.report.fail-on=new-dead",
                        "citewatch.report.max-dead=5",
                        "citewatch.report.baseline=old/report.json")
                .run(context -> {
                    ReportProperties properties = context.getBean(ReportProperties.class);
                    assertThat(properties.dir()).isEqualTo(Path.of("out/reports"));
                    assertThat(context.getBean(Gate.class).policy()).isEqualTo(new GatePolicy(FailOn.NEW_DEAD, 5));
                    assertThat(properties.baselineFile()).contains(Path.of("old/report.json"));
                });
    }

    @Test
    void shippedConfigFileStatesTheSameDefaults() throws Exception {
        List<PropertySource<?>> shipped =
                new YamlPropertySourceLoader().load("shipped", new FileSystemResource("config/application.yml"));

        runner.withInitializer(context -> shipped.forEach(
                        source -> context.getEnvironment().getPropertySources().addFirst(source)))
                .run(context -> {
                    ReportProperties fromFile = context.getBean(ReportProperties.class);
                    assertThat(fromFile)
                            .isEqualTo(new ReportProperties(
                                    Path.of("reports"), java.util.List.of(FailOn.UNARCHIVED_DEAD), 0, "", true));
                });
    }

    @Test
    void refusesNegativeBudget() {
        runner.withPropertyValues("citewatch.report.max-dead=-1")
                .run(context -> assertThat(context).hasFailed());
    }
}
