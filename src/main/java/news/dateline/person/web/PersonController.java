package news.dateline.person.web;

import news.dateline.person.PersonQueries;
import news.dateline.seo.PageMetas;
import news.dateline.web.NotFoundException;
import news.dateline.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
        return people.currentSlug(slug).map(current -> (Object) Redirects.permanent("/people/" + current)).orElseThrow(() -> new NotFoundException("person " + slug));
    }
}
