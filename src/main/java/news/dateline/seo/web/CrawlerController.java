package news.dateline.seo.web;

import news.dateline.seo.Feeds;
import news.dateline.seo.Sitemaps;
import news.dateline.web.NotFoundException;
import news.dateline.web.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * robots.txt, the sitemaps and the site's feed; each feature serves its own pages' feeds.
 */
@Controller
class CrawlerController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Sitemaps sitemaps;

    private final Feeds feeds;

    private final SiteProperties site;

    CrawlerController(Sitemaps sitemaps, Feeds feeds, SiteProperties site) {
        this.sitemaps = sitemaps;
        this.feeds = feeds;
        this.site = site;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    @ResponseBody
    String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /login
                Disallow: /search
                Allow: /

                Sitemap: %s
                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"), site.absolute("/news-sitemap.xml"));
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemapIndex() {
        return ResponseEntity.ok().contentType(XML).body(sitemaps.index());
    }

    @GetMapping("/sitemaps/{name}.xml")
    ResponseEntity<String> sitemap(@PathVariable String name) {
        String xml = sitemaps.sitemap(name);
        if (xml == null) {
            throw new NotFoundException("sitemap " + name);
        }
        return ResponseEntity.ok().contentType(XML).body(xml);
    }

    @GetMapping("/news-sitemap.xml")
    ResponseEntity<String> newsSitemap() {
        return ResponseEntity.ok().contentType(XML).body(sitemaps.news());
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> siteFeed() {
        return ResponseEntity.ok().contentType(Feeds.ATOM).body(feeds.site());
    }

}
