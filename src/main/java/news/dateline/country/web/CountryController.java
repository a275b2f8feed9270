package news.dateline.country.web;

import news.dateline.country.CountryQueries;
import news.dateline.country.RelationQueries;
import news.dateline.seo.Feeds;
import news.dateline.shared.StoryCursor;
import news.dateline.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CountryController {

    private final CountryQueries countries;

    private final RelationQueries relations;

    private final CountryHead head;

    private final CountryFeeds feeds;

    CountryController(CountryQueries countries, RelationQueries relations, CountryHead head, CountryFeeds feeds) {
        this.countries = countries;
        this.relations = relations;
        this.head = head;
        this.feeds = feeds;
    }

    @GetMapping("/countries")
    String index(Model model) {
        model.addAttribute("countries", countries.withContent());
        model.addAttribute("meta", head.countries());
        return "country/index";
    }

    @GetMapping("/countries/{slug}")
    String show(@PathVariable String slug, @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "before", required = false) String before, Model model) {
        var cursor = before == null ? null
                : StoryCursor.parse(before).orElseThrow(() -> new NotFoundException("older stories " + before));
        var country = countries.bySlug(slug, period, cursor)
            .orElseThrow(() -> new NotFoundException("country " + slug));
        model.addAttribute("country", country);
        model.addAttribute("meta", head.country(country));
        return "country/show";
    }

    @GetMapping("/countries/{slug}/feed.xml")
    ResponseEntity<String> feed(@PathVariable String slug) {
        var country = relations.country(slug).orElseThrow(() -> new NotFoundException("country " + slug));
        return ResponseEntity.ok().contentType(Feeds.ATOM).body(feeds.country(country));
    }

}
