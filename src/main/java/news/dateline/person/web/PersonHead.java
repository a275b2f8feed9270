package news.dateline.person.web;

import java.util.List;
import java.util.Map;
import news.dateline.person.PersonQueries;
import news.dateline.seo.PageMeta;
import news.dateline.seo.PageMetas;
import news.dateline.seo.StructuredData;
import news.dateline.seo.StructuredData.Crumb;
import news.dateline.web.SiteProperties;
import org.springframework.stereotype.Component;

/** The head of a person's page: a profile with Person JSON-LD and the person's feed. */
@Component
class PersonHead {

    private final PageMetas metas;

    private final StructuredData data;

    private final SiteProperties site;

    PersonHead(PageMetas metas, StructuredData data, SiteProperties site) {
        this.metas = metas;
        this.data = data;
        this.site = site;
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
            .jsonLd(List.of(node, data.breadcrumbs(path, new Crumb(person.name(), path))))
            .feed(person.name(), path + "/feed.xml")
            .build();
    }

}
