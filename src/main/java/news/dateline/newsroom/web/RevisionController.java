package news.dateline.newsroom.web;

import java.util.List;
import java.util.Map;
import news.dateline.article.Revision;
import news.dateline.newsroom.Newsroom;
import news.dateline.newsroom.Previews;
import news.dateline.newsroom.TagPicker;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Every save is kept: list them, compare two, restore one. */
@Controller
class RevisionController {

    private final Newsroom newsroom;

    private final TagPicker tags;

    private final Previews previews;

    RevisionController(Newsroom newsroom, TagPicker tags, Previews previews) {
        this.previews = previews;
        this.newsroom = newsroom;
        this.tags = tags;
    }

    @GetMapping("/admin/articles/{id}/revisions")
    String list(@PathVariable long id, Model model) {
        List<Revision> revisions = newsroom.revisions(id);
        if (revisions.isEmpty()) {
            throw new NotFoundException("revisions of " + id);
        }
        model.addAttribute("id", id);
        model.addAttribute("revisions", revisions);
        return "newsroom/revisions";
    }

    @GetMapping("/admin/articles/{id}/revisions/compare")
    String compare(@PathVariable long id, @RequestParam long from, @RequestParam long to, Model model) {
        Revision a = newsroom.revision(id, from).orElseThrow(() -> new NotFoundException("revision " + from));
        Revision b = newsroom.revision(id, to).orElseThrow(() -> new NotFoundException("revision " + to));
        model.addAttribute("id", id);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("headlineDiff", WordDiff.html(a.headline(), b.headline()));
        model.addAttribute("standfirstDiff", WordDiff.html(a.standfirst(), b.standfirst()));
        model.addAttribute("bodyDiff", WordDiff.html(a.body(), b.body()));
        return "newsroom/compare";
    }

    /**
     * Opens the form with the old revision's text: the editor reviews it and saves, which
     * restores it.
     */
    @GetMapping("/admin/articles/{id}/revisions/{revision}/restore")
    String restore(@PathVariable long id, @PathVariable long revision, Model model) {
        var form = newsroom.restoreForm(id, revision).orElseThrow(() -> new NotFoundException("revision " + revision));
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        model.addAttribute("choices", tags.choices(form, false));
        StoryFormPage.lists(form, model, previews);
        model.addAttribute("saved",
                "This is the text of an older revision. Save to restore it; nothing changes until you do.");
        return "newsroom/form";
    }

}
