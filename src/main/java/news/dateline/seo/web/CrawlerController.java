package news.dateline.seo.web;

import java.net.URI;
import news.dateline.country.RelationQueries;
import news.dateline.person.PersonQueries;
import news.dateline.seo.Feeds;
import news.dateline.seo.Sitemaps;
import news.dateline.web.NotFoundException;
import news.dateline.web.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** robots.txt, sitemaps and feeds. */
@Controller
class CrawlerController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Sitemaps sitemaps;
    private final Feeds feeds;
    private final SiteProperties site;
    private final PersonQueries people;
    private final RelationQueries relations;

    CrawlerController(Sitemaps sitemaps, Feeds feeds, SiteProperties site,
                      PersonQueries people, RelationQueries relations) {
        this.sitemaps = sitemaps;
        this.feeds = feeds;
        this.site = site;
        this.people = people;
        this.relations = relations;
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
        return ResponseEntity.ok().contentType(ATOM).body(feeds.site());
    }

    @GetMapping("/countries/{slug}/feed.xml")
    ResponseEntity<String> countryFeed(@PathVariable String slug) {
        var country = relations.country(slug).orElseThrow(() -> new NotFoundException("country " + slug));
        return ResponseEntity.ok().contentType(ATOM).body(feeds.country(country.slug(), country.name()));
    }

    @GetMapping("/people/{slug}/feed.xml")
    ResponseEntity<String> personFeed(@PathVariable String slug) {
        var person = people.bySlug(slug).orElseThrow(() -> new NotFoundException("person " + slug));
        return ResponseEntity.ok().contentType(ATOM).body(feeds.person(person.slug(), person.name()));
    }

    @GetMapping("/relations/{a}/{b}/feed.xml")
    ResponseEntity<String> relationFeed(@PathVariable String a, @PathVariable String b) {
        var first = relations.country(a).orElseThrow(() -> new NotFoundException("country " + a));
        var second = relations.country(b).orElseThrow(() -> new NotFoundException("country " + b));
        if (a.equals(b)) {
            throw new NotFoundException("relation feed of a country with itself");
        }
        if (a.compareTo(b) > 0) {
            // Like the relation page: one address per pair, the other order moved for good.
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/relations/" + b + "/" + a + "/feed.xml")).build();
        }
        return ResponseEntity.ok().contentType(ATOM).body(feeds.relation(first, second));
    }
}
