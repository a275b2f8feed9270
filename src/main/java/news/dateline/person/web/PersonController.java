package news.dateline.person.web;

import news.dateline.person.PersonQueries;
import news.dateline.seo.Feeds;
import news.dateline.shared.StoryCursor;
import news.dateline.web.NotFoundException;
import news.dateline.web.Redirects;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PersonController {

    private final PersonQueries people;

    private final PersonHead head;

    private final PersonFeed feed;

    PersonController(PersonQueries people, PersonHead head, PersonFeed feed) {
        this.people = people;
        this.head = head;
        this.feed = feed;
    }

    @GetMapping("/people/{slug}")
    Object show(@PathVariable String slug, @RequestParam(name = "before", required = false) String before,
            Model model) {
        var cursor = before == null ? null
                : StoryCursor.parse(before).orElseThrow(() -> new NotFoundException("older stories " + before));
        var person = people.bySlug(slug, cursor);
        if (person.isPresent()) {
            model.addAttribute("person", person.get());
            model.addAttribute("meta", head.person(person.get()));
            return "person/show";
        }
        return people.currentSlug(slug)
            .map(current -> (Object) Redirects.permanent("/people/" + current))
            .orElseThrow(() -> new NotFoundException("person " + slug));
    }

    @GetMapping("/people/{slug}/feed.xml")
    ResponseEntity<String> feed(@PathVariable String slug) {
        var person = people.named(slug).orElseThrow(() -> new NotFoundException("person " + slug));
        return ResponseEntity.ok().contentType(Feeds.ATOM).body(feed.of(person.slug(), person.name()));
    }

}
