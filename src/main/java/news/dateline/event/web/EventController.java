package news.dateline.event.web;

import news.dateline.event.EventQueries;
import news.dateline.shared.StoryCursor;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class EventController {

    private final EventQueries events;

    private final EventHead head;

    EventController(EventQueries events, EventHead head) {
        this.head = head;
        this.events = events;
    }

    @GetMapping("/events/{slug}")
    String show(@PathVariable String slug, @RequestParam(name = "before", required = false) String before,
            Model model) {
        var cursor = before == null ? null
                : StoryCursor.parse(before).orElseThrow(() -> new NotFoundException("older stories " + before));
        var event = events.bySlug(slug, cursor).orElseThrow(() -> new NotFoundException("event " + slug));
        model.addAttribute("event", event);
        model.addAttribute("meta", head.event(event));
        return "event/show";
    }

}
