package news.dateline.event.web;

import news.dateline.event.EventQueries;
import news.dateline.event.EventQueries.IndexOrder;
import news.dateline.shared.IndexPage;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /events}: every event, latest first ({@code ?sort=az}: from A to Z, with a
 * letter to start at), a page at a time.
 */
@Controller
class EventIndexController {

    private final EventQueries events;

    private final EventHead head;

    EventIndexController(EventQueries events, EventHead head) {
        this.events = events;
        this.head = head;
    }

    @GetMapping("/events")
    String index(@RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "letter", required = false) String letterParam,
            @RequestParam(name = "after", required = false) String afterParam, Model model) {
        if (sort != null && !sort.equals("az")) {
            throw new NotFoundException("events sorted by " + sort);
        }
        IndexOrder order = sort == null ? IndexOrder.DATE : IndexOrder.TITLE;
        String letter = IndexPage.letter(letterParam);
        if (letterParam != null && (letter == null || order != IndexOrder.TITLE)) {
            throw new NotFoundException("events from " + letterParam);
        }
        Long after = null;
        if (afterParam != null) {
            if (!afterParam.matches("\\d{1,18}")) {
                throw new NotFoundException("events after " + afterParam);
            }
            after = Long.valueOf(afterParam);
            letter = null;
        }
        var page = events.index(order, letter, after);
        model.addAttribute("events", page);
        model.addAttribute("alphabetical", order == IndexOrder.TITLE);
        model.addAttribute("letter", letter);
        model.addAttribute("letters", IndexPage.LETTERS);
        model.addAttribute("meta", head.index(order, letter, after, page));
        return "event/index";
    }

}
