package news.dateline.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.dateline.article.ArticleViews;
import news.dateline.country.CountryQueries;
import news.dateline.country.RelationQueries;
import news.dateline.event.EventQueries;
import news.dateline.person.PersonQueries;
import news.dateline.web.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The head of every page type, one small function per field (title, description, canonical,
 * robots, feeds, JSON-LD), in the manner of Ghost's metadata helpers.
 */
@Component
public class PageMetas {

    static final int DESCRIPTION_LENGTH = 160;
    private static final String ARTICLE_ROBOTS = "index, follow, max-image-preview:large, max-snippet:-1";

    private final SiteProperties site;
    private final StructuredData data;

    PageMetas(SiteProperties site) {
        this.site = site;
        this.data = new StructuredData(site);
    }

    public PageMeta home(ArticleViews.Page page) {
        String path = page.number() > 1 ? "/?page=" + page.number() : "/";
        String title = page.number() > 1 ? "Latest stories, page " + page.number() + " · " + site.siteName()
                : site.siteName() + ": the latest news";
        String description = "The latest wire stories on Azerbaijan, Laos, Vietnam and their relations, tied to the people, countries and events they report.";
        return new PageMeta(title, description, site.absolute(path), "website", null,
                StructuredData.graph(List.of(data.webSite(), data.publisher())),
                List.of(siteFeed()),
                page.hasPrevious() ? site.absolute(page.number() == 2 ? "/" : "/?page=" + (page.number() - 1)) : null,
                page.hasNext() ? site.absolute("/?page=" + (page.number() + 1)) : null);
    }

    public PageMeta article(ArticleViews.Full article) {
        String path = "/articles/" + article.slug();
        return new PageMeta(article.headline() + " · " + site.siteName(), articleDescription(article),
                site.absolute(path), "article", ARTICLE_ROBOTS, articleJsonLd(article, path), List.of(siteFeed()),
                null, null);
    }

    public PageMeta countries() {
        return new PageMeta("Countries · " + site.siteName(),
                "The countries in Dateline's stories, each with its timeline of events and its latest news.",
                site.absolute("/countries"), "website", null,
                StructuredData.graph(List.of(data.breadcrumbs("/countries", List.<String[]>of(new String[] {"Countries", "/countries"})))),
                List.of(siteFeed()), null, null);
    }

    public PageMeta country(CountryQueries.Country country) {
        String path = "/countries/" + country.slug();
        Map<String, Object> node = StructuredData.node("Country", data.countryId(country.slug()));
        node.put("name", country.name());
        node.put("identifier", country.code());
        node.put("url", site.absolute(path));
        return new PageMeta(country.name() + ": timeline and news · " + site.siteName(),
                trim(country.name() + ": " + country.eventCount() + " events in its timeline and "
                        + country.stories().size() + " stories on Dateline, from its relations with "
                        + (country.partners().isEmpty() ? "other countries" : country.partners().getFirst().name()) + " to the latest news."),
                site.absolute(path), "website", null,
                StructuredData.graph(List.of(node, data.breadcrumbs(path, List.of(new String[] {"Countries", "/countries"},
                        new String[] {country.name(), path})))),
                List.of(new PageMeta.Feed(country.name() + " · " + site.siteName(), site.absolute(path + "/feed.xml")), siteFeed()),
                null, null);
    }

    public PageMeta relation(RelationQueries.Relation relation) {
        String path = "/relations/" + relation.a().slug() + "/" + relation.b().slug();
        String name = relation.a().name() + "–" + relation.b().name() + " relations";
        return new PageMeta(name + " · " + site.siteName(),
                trim("The relations of " + relation.title() + ": a timeline of " + relation.eventCount()
                        + " events and the stories that cover both countries."),
                site.absolute(path), "website", null,
                StructuredData.graph(List.of(data.breadcrumbs(path, List.of(new String[] {"Countries", "/countries"},
                        new String[] {name, path})))),
                List.of(new PageMeta.Feed(name + " · " + site.siteName(), site.absolute(path + "/feed.xml")), siteFeed()),
                null, null);
    }

    public PageMeta person(PersonQueries.Person person) {
        String path = "/people/" + person.slug();
        Map<String, Object> node = StructuredData.node("Person", data.personId(person.slug()));
        node.put("name", person.name());
        node.put("url", site.absolute(path));
        if (!person.aliases().isEmpty()) {
            node.put("alternateName", person.aliases());
        }
        if (person.role() != null) {
            node.put("jobTitle", person.role());
        }
        if (person.country() != null) {
            node.put("nationality", StructuredData.ref(data.countryId(person.country().slug())));
        }
        return new PageMeta(person.name() + " · " + site.siteName(),
                trim(person.name() + (person.role() != null ? ", " + person.role() : "") + ": the events they took part in and "
                        + person.stories().size() + " stories on Dateline."),
                site.absolute(path), "profile", null,
                StructuredData.graph(List.of(node, data.breadcrumbs(path, List.<String[]>of(new String[] {person.name(), path})))),
                List.of(new PageMeta.Feed(person.name() + " · " + site.siteName(), site.absolute(path + "/feed.xml")), siteFeed()),
                null, null);
    }

    public PageMeta event(EventQueries.Event event) {
        String path = "/events/" + event.slug();
        Map<String, Object> node = StructuredData.node("Event", data.eventId(event.slug()));
        node.put("name", event.title());
        node.put("startDate", event.date().toString());
        if (event.endDate() != null) {
            node.put("endDate", event.endDate().toString());
        }
        node.put("eventStatus", "https://schema.org/EventScheduled");
        node.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        if (event.place() != null) {
            node.put("location", Map.of("@type", "Place", "name", event.place()));
        }
        if (event.summary() != null) {
            node.put("description", event.summary());
        }
        node.put("url", site.absolute(path));
        if (!event.people().isEmpty()) {
            node.put("performer", event.people().stream().map(p -> StructuredData.ref(data.personId(p.slug()))).toList());
        }
        return new PageMeta(event.title() + " (" + event.date().display() + ") · " + site.siteName(),
                trim(event.title() + ", " + event.dateText() + (event.place() != null ? ", " + event.place() : "")
                        + ": the countries and people taking part, and " + event.stories().size() + " stories that cover it."),
                site.absolute(path), "website", null,
                StructuredData.graph(List.of(node, data.breadcrumbs(path, List.<String[]>of(new String[] {event.title(), path})))),
                List.of(siteFeed()), null, null);
    }

    public PageMeta search(String query) {
        return new PageMeta(query == null || query.isBlank() ? "Search · " + site.siteName()
                        : "“" + query + "”: search · " + site.siteName(),
                "Search the stories, people, countries and events of Dateline.", site.absolute("/search"), "website",
                "noindex, follow", List.of(), List.of(siteFeed()), null, null);
    }

    private PageMeta.Feed siteFeed() {
        return new PageMeta.Feed(site.siteName() + ": latest stories", site.absolute("/feed.xml"));
    }

    private static String articleDescription(ArticleViews.Full article) {
        String text = article.standfirst() != null ? article.standfirst()
                : article.bodyHtml().replaceAll("<[^>]+>", " ").replaceAll("&#39;|&rsquo;", "’").replaceAll("&amp;", "&")
                        .replaceAll("&quot;", "\"").replaceAll("&[a-z#0-9]+;", " ").replaceAll("\\s+", " ").strip();
        return trim(text);
    }

    /** At most {@value #DESCRIPTION_LENGTH} characters, cut at a word. */
    static String trim(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > 60 ? cut : DESCRIPTION_LENGTH - 1).replaceAll("[,;:.\\s]+$", "") + "…";
    }

    private List<String> articleJsonLd(ArticleViews.Full article, String path) {
        Map<String, Object> node = StructuredData.node("NewsArticle", site.absolute(path) + "#article");
        node.put("headline", article.headline().length() > 110 ? article.headline().substring(0, 109) + "…" : article.headline());
        node.put("description", articleDescription(article));
        node.put("datePublished", article.published().machine());
        node.put("dateModified", article.wasUpdated() ? article.updated().machine() : article.published().machine());
        node.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", site.absolute(path)));
        node.put("url", site.absolute(path));
        node.put("inLanguage", article.language() != null ? article.language() : "en");
        node.put("image", List.of(site.absolute("/logo.png")));
        node.put("author", article.agency() != null
                ? Map.of("@type", "Organization", "name", article.agencyFullName() != null ? article.agencyFullName() : article.agency())
                : StructuredData.ref(data.publisherId()));
        node.put("publisher", data.publisher());
        if (article.dateline() != null) {
            node.put("dateline", article.dateline());
        }
        List<Map<String, Object>> about = new ArrayList<>();
        article.events().forEach(e -> about.add(StructuredData.ref(data.eventId(e.slug()))));
        if (!about.isEmpty()) {
            node.put("about", about);
        }
        List<Map<String, Object>> mentions = new ArrayList<>();
        List<Map<String, Object>> nodes = new ArrayList<>();
        nodes.add(node);
        for (ArticleViews.Link person : article.people()) {
            mentions.add(StructuredData.ref(data.personId(person.slug())));
            Map<String, Object> p = StructuredData.node("Person", data.personId(person.slug()));
            p.put("name", person.name());
            p.put("url", site.absolute("/people/" + person.slug()));
            nodes.add(p);
        }
        for (ArticleViews.Link country : article.countries()) {
            mentions.add(StructuredData.ref(data.countryId(country.slug())));
            Map<String, Object> c = StructuredData.node("Country", data.countryId(country.slug()));
            c.put("name", country.name());
            c.put("url", site.absolute("/countries/" + country.slug()));
            nodes.add(c);
        }
        if (!mentions.isEmpty()) {
            node.put("mentions", mentions);
        }
        nodes.add(data.breadcrumbs(path, List.<String[]>of(new String[] {article.headline(), path})));
        return StructuredData.graph(nodes);
    }
}
