package org.regenpath.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * The public directory's settings.
 *
 * @param baseUrl where the public reaches this installation: canonical URLs, Open Graph tags and the sitemap start
 *     with it, never with the Host header a request happens to carry
 */
@ConfigurationProperties("regenpath.directory")
public record DirectoryProperties(@DefaultValue("http://localhost:8080") String baseUrl) {

    public DirectoryProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Configuration
    @EnableConfigurationProperties(DirectoryProperties.class)
    static class Enable {
    }
}
