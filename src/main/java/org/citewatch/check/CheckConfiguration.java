package org.citewatch.check;

import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The link checker of a run, configured by {@code citewatch.check.*} ({@link CheckProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckProperties.class)
public class CheckConfiguration {

    /** One checker per application context: its URL cache is what makes "once per run" hold. */
    @Bean
    LinkChecker linkChecker(OkHttpClient sharedHttpClient, CheckProperties properties) {
        return new HttpLinkChecker(sharedHttpClient, properties);
    }

    /** The paywall rule the check step applies to results of links on paywalled hosts. */
    @Bean
    Paywalls paywalls(CheckProperties properties) {
        return Paywalls.from(properties);
    }
}
