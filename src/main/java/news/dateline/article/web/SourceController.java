package news.dateline.article.web;

import news.dateline.article.Sources;
import news.dateline.shared.StoryCursor;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sources}: the agencies whose copy Dateline carries; {@code /sources/{slug}}:
 * one agency's stories, newest first, with "Older stories".
 */
@Controller
class SourceController {

    private final Sources sources;

    private final ArticleHead head;

    SourceController(Sources sources, ArticleHead head) {
        this.sources = sources;
        this.head = head;
    }

    @GetMapping("/sources")
    String index(Model model) {
        var all = sources.all();
        model.addAttribute("sources", all);
        model.addAttribute("meta", head.sources(all));
        return "article/sources";
    }

    @GetMapping("/sources/{slug}")
    String show(@PathVariable String slug, @RequestParam(name = "before", required = false) String before,
            Model model) {
        var cursor = before == null ? null
                : StoryCursor.parse(before).orElseThrow(() -> new NotFoundException("older stories " + before));
        var page = sources.bySlug(slug, cursor).orElseThrow(() -> new NotFoundException("source " + slug));
        model.addAttribute("page", page);
        model.addAttribute("meta", head.source(page, cursor != null));
        return "article/source";
    }

    @GetMapping("/about")
    String about(Model model) {
        model.addAttribute("meta", head.about());
        return "article/about";
    }

}
