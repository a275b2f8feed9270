package news.dateline.seo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
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
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * robots.txt, the sitemaps and the site's feed; each feature serves its own pages' feeds.
 */
@Controller
class CrawlerController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Sitemaps sitemaps;

    private final Feeds feeds;

    private final SiteProperties site;

    private final SitemapFiles files;

    CrawlerController(Sitemaps sitemaps, Feeds feeds, SiteProperties site, SitemapFiles files) {
        this.sitemaps = sitemaps;
        this.files = files;
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

    /**
     * A sitemap file. A small one comes from the reader cache; a streamed one (the
     * articles, 50,000 URLs a file) answers a conditional request from its stamp alone
     * (304 while unchanged: its entity tag, or its last change against
     * If-Modified-Since), and otherwise is sent from the copy kept while its stamp holds,
     * or written as its rows are read.
     */
    @GetMapping("/sitemaps/{name}.xml")
    void sitemap(@PathVariable String name, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Sitemaps.StreamedFile> streamed = sitemaps.streamed(name);
        if (streamed.isEmpty()) {
            String xml = sitemaps.sitemap(name);
            if (xml == null) {
                throw new NotFoundException("sitemap " + name);
            }
            response.setContentType(XML.toString());
            response.getWriter().write(xml);
            return;
        }
        Sitemaps.StreamedFile file = streamed.get();
        // the entity tag comes from the stamp: the body is not held to hash it
        ShallowEtagHeaderFilter.disableContentCaching(request);
        String etag = "W/\"" + file.stamp().tag() + "\"";
        if (new ServletWebRequest(request, response).checkNotModified(etag,
                file.stamp().lastModified().toEpochMilli())) {
            return;
        }
        response.setContentType(XML.toString());
        files.send(file, out -> sitemaps.write(file, out), request, response);
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
