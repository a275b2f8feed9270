package news.dateline.event.web;

import java.util.List;
import java.util.Map;
import news.dateline.event.EventQueries;
import news.dateline.seo.PageMeta;
import news.dateline.shared.IndexPage;
import news.dateline.seo.PageMetas;
import news.dateline.seo.StructuredData;
import news.dateline.seo.StructuredData.Crumb;
import news.dateline.web.SiteProperties;
import org.springframework.stereotype.Component;

/** The head of an event's page, with its Event JSON-LD. */
@Component
class EventHead {

    static final Crumb EVENTS = new Crumb("Events", "/events");

    private final PageMetas metas;

    private final StructuredData data;

    private final SiteProperties site;

    EventHead(PageMetas metas, StructuredData data, SiteProperties site) {
        this.metas = metas;
        this.data = data;
        this.site = site;
    }

    /** {@code /events}, by date or from A to Z: each page its own canonical. */
    PageMeta index(EventQueries.IndexOrder order, String letter, Long after, IndexPage<EventQueries.IndexItem> page) {
        boolean az = order == EventQueries.IndexOrder.TITLE;
        String base = az ? "/events?sort=az" : "/events";
        String join = az ? "&" : "?";
        String path = base
                + (after != null ? join + "after=" + after : letter != null ? join + "letter=" + letter : "");
        String name = (az ? "Events from A to Z" : "Events") + (letter != null ? ": " + letter : "")
                + (after != null ? ", continued" : "");
        return metas.page(path)
            .title(name)
            .description(az ? "Every event in Dateline's timelines from A to Z: visits, talks, agreements and summits."
                    : "Every event in Dateline's timelines, latest first: visits, talks, agreements and summits, "
                            + "with the countries taking part.")
            .robots(after != null || az ? "noindex, follow" : null)
            .next(page.next() == null ? null : base + join + "after=" + page.next())
            .breadcrumbs(EVENTS)
            .build();
    }

    PageMeta event(EventQueries.Event event) {
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
            node.put("location", StructuredData.thing("Place", "name", event.place()));
        }
        if (event.summary() != null) {
            node.put("description", event.summary());
        }
        node.put("url", site.absolute(path));
        if (!event.people().isEmpty()) {
            node.put("performer",
                    event.people().stream().map(p -> StructuredData.ref(data.personId(p.slug()))).toList());
        }
        return metas.page(path)
            .title(event.title() + " (" + event.date().display() + ")")
            .description(event.title() + ", " + event.dateText() + (event.place() != null ? ", " + event.place() : "")
                    + ": the countries and people taking part, and " + event.stories().size()
                    + " stories that cover it.")
            .jsonLd(List.of(node))
            .breadcrumbs(EVENTS, new Crumb(event.title(), path))
            .build();
    }

}
