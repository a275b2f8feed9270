package news.dateline.seo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.web.SiteProperties;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JSON-LD nodes with stable {@code @id}s: the page's URL plus a fragment naming the thing. */
final class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteProperties site;

    StructuredData(SiteProperties site) {
        this.site = site;
    }

    String personId(String slug) {
        return site.absolute("/people/" + slug) + "#person";
    }

    String countryId(String slug) {
        return site.absolute("/countries/" + slug) + "#country";
    }

    String eventId(String slug) {
        return site.absolute("/events/" + slug) + "#event";
    }

    String publisherId() {
        return site.absolute("/") + "#organization";
    }

    Map<String, Object> publisher() {
        Map<String, Object> org = node("NewsMediaOrganization", publisherId());
        org.put("name", site.siteName());
        org.put("url", site.absolute("/"));
        org.put("logo", Map.of("@type", "ImageObject", "url", site.absolute("/logo.png"), "width", 512, "height", 512));
        return org;
    }

    Map<String, Object> webSite() {
        Map<String, Object> website = node("WebSite", site.absolute("/") + "#website");
        website.put("name", site.siteName());
        website.put("url", site.absolute("/"));
        website.put("publisher", Map.of("@id", publisherId()));
        website.put("potentialAction", Map.of(
                "@type", "SearchAction",
                "target", Map.of("@type", "EntryPoint", "urlTemplate", site.absolute("/search") + "?q={search_term_string}"),
                "query-input", "required name=search_term_string"));
        return website;
    }

    /** Home, then each crumb as (name, path). */
    Map<String, Object> breadcrumbs(String pagePath, List<String[]> crumbs) {
        Map<String, Object> list = node("BreadcrumbList", site.absolute(pagePath) + "#breadcrumbs");
        List<Map<String, Object>> items = new ArrayList<>();
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {site.siteName(), "/"});
        all.addAll(crumbs);
        for (int i = 0; i < all.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", all.get(i)[0]);
            item.put("item", site.absolute(all.get(i)[1]));
            items.add(item);
        }
        list.put("itemListElement", items);
        return list;
    }

    static Map<String, Object> node(String type, String id) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        node.put("@id", id);
        return node;
    }

    static Map<String, Object> ref(String id) {
        return Map.of("@id", id);
    }

    /**
     * The nodes as JSON-LD documents, one per script element (validators read a top-level node
     * more reliably than an {@code @graph}); each safe inside its script element. Nodes refer to
     * each other by {@code @id}.
     */
    static List<String> graph(List<Map<String, Object>> nodes) {
        return nodes.stream().map(node -> {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("@context", "https://schema.org");
            root.putAll(node);
            return JSON.writeValueAsString(root).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        }).toList();
    }
}
