package news.dateline.country.web;

import java.net.URI;
import news.dateline.country.RelationQueries;
import news.dateline.seo.Feeds;
import news.dateline.shared.StoryCursor;
import news.dateline.web.NotFoundException;
import news.dateline.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /relations/{a}/{b}} and its feed: slugs in alphabetical order; the other order
 * answers 301.
 */
@Controller
class RelationController {

    private final RelationQueries relations;

    private final CountryHead head;

    private final CountryFeeds feeds;

    RelationController(RelationQueries relations, CountryHead head, CountryFeeds feeds) {
        this.relations = relations;
        this.head = head;
        this.feeds = feeds;
    }

    @GetMapping("/relations")
    String index(Model model) {
        var pairs = relations.all();
        model.addAttribute("pairs", pairs);
        model.addAttribute("meta", head.relations(pairs.size()));
        return "country/relations";
    }

    @GetMapping("/relations/{a}/{b}")
    Object show(@PathVariable String a, @PathVariable String b,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "before", required = false) String before, Model model) {
        var cursor = before == null ? null
                : StoryCursor.parse(before).orElseThrow(() -> new NotFoundException("older stories " + before));
        var first = relations.country(a).orElseThrow(() -> new NotFoundException("country " + a));
        var second = relations.country(b).orElseThrow(() -> new NotFoundException("country " + b));
        if (first.id() == second.id()) {
            throw new NotFoundException("relations of a country with itself");
        }
        if (a.compareTo(b) > 0) {
            return Redirects.permanent("/relations/" + b + "/" + a);
        }
        var relation = relations.between(first, second, period, cursor);
        model.addAttribute("relation", relation);
        model.addAttribute("meta", head.relation(relation));
        return "country/relation";
    }

    @GetMapping("/relations/{a}/{b}/feed.xml")
    ResponseEntity<String> feed(@PathVariable String a, @PathVariable String b) {
        var first = relations.country(a).orElseThrow(() -> new NotFoundException("country " + a));
        var second = relations.country(b).orElseThrow(() -> new NotFoundException("country " + b));
        if (a.equals(b)) {
            throw new NotFoundException("relation feed of a country with itself");
        }
        if (a.compareTo(b) > 0) {
            // Like the relation page: one address per pair, the other order moved for
            // good.
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create("/relations/" + b + "/" + a + "/feed.xml"))
                .build();
        }
        return ResponseEntity.ok().contentType(Feeds.ATOM).body(feeds.relation(first, second));
    }

}
