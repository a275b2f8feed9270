package news.dateline.country.web;

import java.util.List;
import java.util.Map;
import news.dateline.country.CountryQueries;
import news.dateline.country.RelationQueries;
import news.dateline.seo.PageMeta;
import news.dateline.seo.PageMetas;
import news.dateline.seo.StructuredData;
import news.dateline.seo.StructuredData.Crumb;
import news.dateline.web.SiteProperties;
import org.springframework.stereotype.Component;

/** The heads of the country index, a country's page and a relation's page. */
@Component
class CountryHead {

    private static final Crumb COUNTRIES = new Crumb("Countries", "/countries");

    static final Crumb RELATIONS = new Crumb("Relations", "/relations");

    private final PageMetas metas;

    private final StructuredData data;

    private final SiteProperties site;

    CountryHead(PageMetas metas, StructuredData data, SiteProperties site) {
        this.metas = metas;
        this.data = data;
        this.site = site;
    }

    PageMeta countries() {
        return metas.page("/countries")
            .title("Countries")
            .description("The countries in Dateline's stories, each with its timeline of events and its latest news.")
            .breadcrumbs(COUNTRIES)
            .build();
    }

    PageMeta relations(int pairs) {
        return metas.page("/relations")
            .title("Relations between countries")
            .description("Every pair of countries in Dateline's timelines (" + pairs
                    + "), with the number of events they share and of the stories that cover them.")
            .breadcrumbs(RELATIONS)
            .build();
    }

    PageMeta country(CountryQueries.Country country) {
        String path = "/countries/" + country.slug();
        Map<String, Object> node = StructuredData.node("Country", data.countryId(country.slug()));
        node.put("name", country.name());
        node.put("identifier", country.code());
        node.put("url", site.absolute(path));
        return metas.page(path)
            .title(country.name() + ": timeline and news")
            .description(country.name() + ": " + country.eventCount() + " events in its timeline and "
                    + country.stories().size() + " stories on Dateline, from its relations with "
                    + (country.partners().isEmpty() ? "other countries" : country.partners().getFirst().name())
                    + " to the latest news.")
            .jsonLd(List.of(node))
            .breadcrumbs(COUNTRIES, new Crumb(country.name(), path))
            .feed(country.name(), path + "/feed.xml")
            .build();
    }

    PageMeta relation(RelationQueries.Relation relation) {
        String path = "/relations/" + relation.a().slug() + "/" + relation.b().slug();
        String name = relationName(relation.a(), relation.b());
        return metas.page(path)
            .title(name)
            .description("The relations of " + relation.title() + ": a timeline of " + relation.eventCount()
                    + " events and the stories that cover both countries.")
            .breadcrumbs(RELATIONS, new Crumb(name, path))
            .feed(name, path + "/feed.xml")
            .build();
    }

    /** "Azerbaijan–Laos relations": the relation page's name, its feed's too. */
    static String relationName(RelationQueries.Side a, RelationQueries.Side b) {
        return a.name() + "–" + b.name() + " relations";
    }

}
