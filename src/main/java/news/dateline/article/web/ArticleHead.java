package news.dateline.article.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.dateline.article.ArticleViews;
import news.dateline.article.Sources;
import news.dateline.image.ShareCards;
import news.dateline.seo.PageMeta;
import news.dateline.shared.Picture;
import news.dateline.seo.PageMetas;
import news.dateline.seo.StructuredData;
import news.dateline.seo.StructuredData.Crumb;
import news.dateline.web.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The heads of the home page and of a story: title, description, canonical URL,
 * NewsArticle JSON-LD.
 */
@Component
class ArticleHead {

    private static final String ARTICLE_ROBOTS = "index, follow, max-image-preview:large, max-snippet:-1";

    private static final Crumb SOURCES = new Crumb("Sources", "/sources");

    private final PageMetas metas;

    private final StructuredData data;

    private final SiteProperties site;

    ArticleHead(PageMetas metas, StructuredData data, SiteProperties site) {
        this.metas = metas;
        this.data = data;
        this.site = site;
    }

    PageMeta home(ArticleViews.Page page) {
        String path = page.number() > 1 ? "/?page=" + page.number() : "/";
        return metas.page(path)
            .fullTitle(page.number() > 1 ? "Latest stories, page " + page.number() + " · " + site.siteName()
                    : site.siteName() + ": the latest news")
            .description(
                    "The latest wire stories on Azerbaijan, Laos, Vietnam and their relations, tied to the people, "
                            + "countries and events they report.")
            .jsonLd(List.of(data.webSite(), data.publisher()))
            .prev(page.hasPrevious() ? (page.number() == 2 ? "/" : "/?page=" + (page.number() - 1)) : null)
            .next(page.hasNext() ? "/?page=" + (page.number() + 1) : null)
            .build();
    }

    PageMeta sources(java.util.List<Sources.Source> sources) {
        return metas.page("/sources")
            .title("Sources")
            .description("The news agencies whose wire copy Dateline carries ("
                    + String.join(", ", sources.stream().map(Sources.Source::name).toList())
                    + "), each with its stories.")
            .breadcrumbs(SOURCES)
            .build();
    }

    PageMeta source(Sources.SourcePage page, boolean older) {
        String path = "/sources/" + page.source().slug();
        return metas.page(path)
            .title(page.source().title() + (older ? ": older stories" : ": stories"))
            .description("The stories of " + page.source().title() + " on Dateline, newest first.")
            .robots(older ? "noindex, follow" : null)
            .next(page.older() == null ? null : path + "?before=" + page.older())
            .breadcrumbs(SOURCES, new Crumb(page.source().name(), path))
            .build();
    }

    PageMeta about() {
        return metas.page("/about")
            .title("About Dateline")
            .description("What Dateline is, where its stories come from, how it links them to people, countries "
                    + "and events, how it corrects mistakes, and how to reach the desk.")
            .breadcrumbs(new Crumb("About", "/about"))
            .build();
    }

    PageMeta article(ArticleViews.Full article) {
        String path = "/articles/" + article.slug();
        Picture picture = article.picture();
        String description = description(article);
        return metas.page(path)
            .title(article.headline())
            .description(description)
            .ogType("article")
            .image(picture != null ? picture.src() : ShareCardController.path(article, site.siteName()),
                    picture != null ? picture.largest() : ShareCards.WIDTH,
                    picture != null ? picture.largestHeight() : ShareCards.HEIGHT,
                    picture != null ? picture.alt() : article.headline())
            .robots(ARTICLE_ROBOTS)
            .jsonLd(jsonLd(article, path, description))
            .breadcrumbs(crumbs(article, path))
            .build();
    }

    /**
     * Dateline › Laos › the headline: the country the story names most, when it names
     * one.
     */
    private static Crumb[] crumbs(ArticleViews.Full article, String path) {
        Crumb story = new Crumb(article.headline(), path);
        if (article.countries().isEmpty()) {
            return new Crumb[] { story };
        }
        ArticleViews.Link country = article.countries().getFirst();
        return new Crumb[] { new Crumb(country.name(), "/countries/" + country.slug()), story };
    }

    private static String description(ArticleViews.Full article) {
        String text = article.standfirst() != null ? article.standfirst() : PageMetas.textOf(article.bodyHtml());
        return PageMetas.trim(text);
    }

    /**
     * The story's image in its NewsArticle: the lead image's largest variant with its
     * caption and credit, else its share card.
     */
    private Map<String, Object> image(ArticleViews.Full article) {
        Picture picture = article.picture();
        Map<String, Object> image = new java.util.LinkedHashMap<>();
        image.put("@type", "ImageObject");
        if (picture == null) {
            image.put("url", site.absolute(ShareCardController.path(article, site.siteName())));
            image.put("width", ShareCards.WIDTH);
            image.put("height", ShareCards.HEIGHT);
            return image;
        }
        image.put("url", site.absolute(picture.src()));
        image.put("width", picture.largest());
        image.put("height", picture.largestHeight());
        if (picture.caption() != null) {
            image.put("caption", picture.caption());
        }
        if (picture.credit() != null) {
            image.put("creditText", picture.credit());
        }
        return image;
    }

    private List<Map<String, Object>> jsonLd(ArticleViews.Full article, String path, String description) {
        Map<String, Object> node = StructuredData.node("NewsArticle", data.articleId(article.slug()));
        node.put("headline",
                article.headline().length() > 110 ? article.headline().substring(0, 109) + "…" : article.headline());
        node.put("description", description);
        node.put("datePublished", article.published().machine());
        node.put("dateModified", article.wasUpdated() ? article.updated().machine() : article.published().machine());
        node.put("mainEntityOfPage", StructuredData.node("WebPage", site.absolute(path)));
        node.put("url", site.absolute(path));
        node.put("inLanguage", article.language() != null ? article.language() : "en");
        node.put("image", List.of(image(article)));
        node.put("author",
                article.agency() != null
                        ? StructuredData.thing("Organization", "name",
                                article.agencyFullName() != null ? article.agencyFullName() : article.agency())
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
        return nodes;
    }

}
