package news.dateline.newsroom.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import news.dateline.newsroom.Conflicts;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/conflicts}: the events whose stories disagree on their day or place, each
 * with a form to settle it.
 */
@Controller
class ConflictController {

    private final Conflicts conflicts;

    ConflictController(Conflicts conflicts) {
        this.conflicts = conflicts;
    }

    @GetMapping("/admin/conflicts")
    String list(Model model) {
        model.addAttribute("conflicts", conflicts.open());
        return "newsroom/conflicts";
    }

    /**
     * @param date the day chosen (yyyy-mm-dd), or empty to keep the event's
     * @param place the place chosen, or empty to keep the event's
     */
    @PostMapping("/admin/conflicts/{eventId}")
    String settle(@PathVariable long eventId, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String place, Principal editor, RedirectAttributes redirect) {
        LocalDate day;
        try {
            day = date.isBlank() ? null : LocalDate.parse(date.strip());
        }
        catch (DateTimeParseException e) {
            redirect.addFlashAttribute("notice", "That day could not be read; nothing was settled.");
            return "redirect:/admin/conflicts";
        }
        var settled = conflicts.settle(eventId, day, place.isBlank() ? null : place.strip(), editor.getName())
            .orElseThrow(() -> new NotFoundException("event " + eventId));
        redirect.addFlashAttribute("notice", "Settled: " + settled.title() + ". Both claims stay on record.");
        return "redirect:/admin/conflicts";
    }

}
