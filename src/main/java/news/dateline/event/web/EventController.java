package news.dateline.event.web;

import news.dateline.event.EventQueries;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class EventController {

    private final EventQueries events;

    EventController(EventQueries events) {
        this.events = events;
    }

    @GetMapping("/events/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("event", events.bySlug(slug).orElseThrow(() -> new NotFoundException("event " + slug)));
        return "event/show";
    }
}
