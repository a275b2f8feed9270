package news.dateline.country.web;

import news.dateline.country.CountryQueries;
import news.dateline.seo.PageMetas;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CountryController {

    private final CountryQueries countries;
    private final PageMetas metas;

    CountryController(CountryQueries countries, PageMetas metas) {
        this.metas = metas;
        this.countries = countries;
    }

    @GetMapping("/countries")
    String index(Model model) {
        model.addAttribute("countries", countries.withContent());
        model.addAttribute("meta", metas.countries());
        return "country/index";
    }

    @GetMapping("/countries/{slug}")
    String show(@PathVariable String slug, Model model) {
        var country = countries.bySlug(slug).orElseThrow(() -> new NotFoundException("country " + slug));
        model.addAttribute("country", country);
        model.addAttribute("meta", metas.country(country));
        return "country/show";
    }
}
