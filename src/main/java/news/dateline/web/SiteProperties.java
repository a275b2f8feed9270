package news.dateline.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl the public address of the site, without a trailing slash: canonical
 * links are built on it
 * @param siteName the name in titles and feeds
 * @param contactEmail where readers write to the desk (corrections, questions): on the
 * about page and in the footer
 */
@ConfigurationProperties("dateline")
public record SiteProperties(String baseUrl, String siteName, String contactEmail) {

    public SiteProperties {
        contactEmail = contactEmail == null || contactEmail.isBlank() ? "desk@dateline.example" : contactEmail.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        siteName = siteName == null || siteName.isBlank() ? "Dateline" : siteName;
    }

    /** The absolute URL of a path on this site. */
    public String absolute(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
