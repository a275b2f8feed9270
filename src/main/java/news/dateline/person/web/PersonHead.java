package news.dateline.person.web;

import java.util.List;
import java.util.Map;
import news.dateline.person.PersonQueries;
import news.dateline.seo.PageMeta;
import news.dateline.shared.IndexPage;
import news.dateline.seo.PageMetas;
import news.dateline.seo.StructuredData;
import news.dateline.seo.StructuredData.Crumb;
import news.dateline.web.SiteProperties;
import org.springframework.stereotype.Component;

/** The head of a person's page: a profile with Person JSON-LD and the person's feed. */
@Component
class PersonHead {

    static final Crumb PEOPLE = new Crumb("People", "/people");

    private final PageMetas metas;

    private final StructuredData data;

    private final SiteProperties site;

    PersonHead(PageMetas metas, StructuredData data, SiteProperties site) {
        this.metas = metas;
        this.data = data;
        this.site = site;
    }

    /** {@code /people}, from a letter or after a person: each page its own canonical. */
    PageMeta index(String letter, Long after, IndexPage<PersonQueries.IndexItem> page) {
        String path = "/people" + (after != null ? "?after=" + after : letter != null ? "?letter=" + letter : "");
        String name = after != null ? "People, continued" : letter != null ? "People: " + letter : "People";
        return metas.page(path)
            .title(name)
            .description("Everyone in Dateline's stories and events, from A to Z, with their roles and countries: "
                    + "ministers, ambassadors and heads of state, each with their stories.")
            .robots(after != null ? "noindex, follow" : null)
            .next(page.next() == null ? null : "/people?after=" + page.next())
            .breadcrumbs(PEOPLE)
            .build();
    }

    PageMeta person(PersonQueries.Person person) {
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
        return metas.page(path)
            .title(person.name())
            .description(person.name() + (person.role() != null ? ", " + person.role() : "")
                    + ": the events they took part in and " + person.stories().size() + " stories on Dateline.")
            .ogType("profile")
            .jsonLd(List.of(node))
            .breadcrumbs(PEOPLE, new Crumb(person.name(), path))
            .feed(person.name(), path + "/feed.xml")
            .build();
    }

}
