package news.dateline.search.web;

import news.dateline.seo.PageMeta;
import news.dateline.seo.PageMetas;
import org.springframework.stereotype.Component;

/** The head of the search page: never indexed, its links followed. */
@Component
class SearchHead {

    private final PageMetas metas;

    SearchHead(PageMetas metas) {
        this.metas = metas;
    }

    PageMeta search(String query) {
        return metas.page("/search")
            .title(query == null || query.isBlank() ? "Search" : "“" + query + "”: search")
            .description("Search the stories, people, countries and events of Dateline.")
            .robots("noindex, follow")
            .breadcrumbs(new news.dateline.seo.StructuredData.Crumb("Search", "/search"))
            .build();
    }

}
