package news.dateline.country.web;

import news.dateline.country.CountryQueries;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CountryController {

    private final CountryQueries countries;

    CountryController(CountryQueries countries) {
        this.countries = countries;
    }

    @GetMapping("/countries")
    String index(Model model) {
        model.addAttribute("countries", countries.withContent());
        return "country/index";
    }

    @GetMapping("/countries/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("country", countries.bySlug(slug).orElseThrow(() -> new NotFoundException("country " + slug)));
        return "country/show";
    }
}
