package news.dateline.person.web;

import news.dateline.person.PersonQueries;
import news.dateline.seo.PageMetas;
import news.dateline.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class PersonController {

    private final PersonQueries people;
    private final PageMetas metas;

    PersonController(PersonQueries people, PageMetas metas) {
        this.metas = metas;
        this.people = people;
    }

    @GetMapping("/people/{slug}")
    Object show(@PathVariable String slug, Model model) {
        var person = people.bySlug(slug);
        if (person.isPresent()) {
            model.addAttribute("person", person.get());
            model.addAttribute("meta", metas.person(person.get()));
            return "person/show";
        }
        return people.currentSlug(slug).map(current -> {
            RedirectView redirect = new RedirectView("/people/" + current);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return (Object) redirect;
        }).orElseThrow(() -> new NotFoundException("person " + slug));
    }
}
