package org.communitychest.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's own settings.
 *
 * @param baseUrl address the portal is reached at, used in links sent by email
 * @param mailFrom sender of the portal's email
 */
@ConfigurationProperties(prefix = "chest")
public record AppProperties(String baseUrl, String mailFrom) {

    public AppProperties {
        baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        mailFrom = mailFrom == null ? "Community Chest <no-reply@communitychest.invalid>" : mailFrom; // not user text: an address a deployment sets
    }

    public String link(String path) {
        return baseUrl + "/" + path.replaceAll("^/+", "");
    }
}
