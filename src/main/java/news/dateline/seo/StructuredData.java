package news.dateline.seo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.web.SiteProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD nodes with stable {@code @id}s: the page's URL plus a fragment
 * naming the thing, so that a page can refer to a person, country or event that another
 * page describes.
 */
@Component
public class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteProperties site;

    StructuredData(SiteProperties site) {
        this.site = site;
    }

    /** One step of a breadcrumb trail, after the site's home. */
    public record Crumb(String name, String path) {
    }

    public String articleId(String slug) {
        return site.absolute("/articles/" + slug) + "#article";
    }

    public String personId(String slug) {
        return site.absolute("/people/" + slug) + "#person";
    }

    public String countryId(String slug) {
        return site.absolute("/countries/" + slug) + "#country";
    }

    public String eventId(String slug) {
        return site.absolute("/events/" + slug) + "#event";
    }

    public String publisherId() {
        return site.absolute("/") + "#organization";
    }

    /** The portal as a news organisation, with its logo. */
    public Map<String, Object> publisher() {
        Map<String, Object> org = node("NewsMediaOrganization", publisherId());
        org.put("name", site.siteName());
        org.put("url", site.absolute("/"));
        org.put("logo", thing("ImageObject", "url", site.absolute("/logo.png"), "width", 512, "height", 512));
        return org;
    }

    /** The site, with its search box. */
    public Map<String, Object> webSite() {
        Map<String, Object> website = node("WebSite", site.absolute("/") + "#website");
        website.put("name", site.siteName());
        website.put("url", site.absolute("/"));
        website.put("publisher", ref(publisherId()));
        website.put("potentialAction",
                thing("SearchAction", "target",
                        thing("EntryPoint", "urlTemplate", site.absolute("/search") + "?q={search_term_string}"),
                        "query-input", "required name=search_term_string"));
        return website;
    }

    /** The trail of the page at this path: the site's home, then each crumb. */
    public Map<String, Object> breadcrumbs(String pagePath, Crumb... crumbs) {
        Map<String, Object> list = node("BreadcrumbList", site.absolute(pagePath) + "#breadcrumbs");
        List<Map<String, Object>> items = new ArrayList<>();
        List<Crumb> all = new ArrayList<>();
        all.add(new Crumb(site.siteName(), "/"));
        all.addAll(List.of(crumbs));
        for (int i = 0; i < all.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", all.get(i).name());
            item.put("item", site.absolute(all.get(i).path()));
            items.add(item);
        }
        list.put("itemListElement", items);
        return list;
    }

    /**
     * A node of this type and {@code @id}, to which the caller adds its properties (in
     * order).
     */
    public static Map<String, Object> node(String type, String id) {
        return thing(type, "@id", id);
    }

    /**
     * A node of this type (an {@code @id} among them or not), its properties given as
     * name, value, name, value... and kept in that order: the same page renders the same
     * bytes on every node and after every start (its ETag with them), which
     * {@code Map.of}, ordered anew by each JVM, would not give.
     */
    public static Map<String, Object> thing(String type, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a value is missing for " + namesAndValues[namesAndValues.length - 1]);
        }
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            thing.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return thing;
    }

    /** A reference to a node described elsewhere. */
    public static Map<String, Object> ref(String id) {
        return Map.of("@id", id);
    }

    /**
     * The nodes as JSON-LD documents, one per script element (validators read a top-level
     * node more reliably than an {@code @graph}); each safe inside its script element.
     * Nodes refer to each other by {@code @id}.
     */
    public static List<String> graph(List<Map<String, Object>> nodes) {
        return nodes.stream().map(node -> {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("@context", "https://schema.org");
            root.putAll(node);
            return JSON.writeValueAsString(root)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
        }).toList();
    }

}
