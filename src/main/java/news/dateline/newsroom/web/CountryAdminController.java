package news.dateline.newsroom.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Map;
import news.dateline.newsroom.CountriesAdmin;
import news.dateline.newsroom.CountryForm;
import news.dateline.web.NotFoundException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Countries in the newsroom: list, find, and edit their aliases and demonyms. */
@Controller
class CountryAdminController {

    private final CountriesAdmin countries;

    CountryAdminController(CountriesAdmin countries) {
        this.countries = countries;
    }

    @GetMapping("/admin/countries")
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("countries", countries.list(q));
        return "newsroom/countries";
    }

    @GetMapping("/admin/countries/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        CountriesAdmin.CountryView country = find(code);
        return form(country, country.form(), Map.of(), model);
    }

    @PostMapping("/admin/countries/{code}")
    String save(@PathVariable String code, @Valid @ModelAttribute("form") CountryForm form, BindingResult binding,
            Principal editor, Model model, RedirectAttributes redirect) {
        CountriesAdmin.CountryView country = find(code);
        Map<String, String> errors = Forms.errors(binding);
        try {
            if (countries.save(country.code(), form, editor.getName(), errors)) {
                redirect.addFlashAttribute("saved", "Saved.");
                return "redirect:/admin/countries/" + country.code() + "/edit";
            }
        }
        catch (TransactionException | DataAccessException e) {
            model.addAttribute("problem", Forms.problem(e));
        }
        return form(country, form, errors, model);
    }

    private CountriesAdmin.CountryView find(String code) {
        if (!code.matches("[A-Za-z]{2}")) {
            throw new NotFoundException("country " + code);
        }
        return countries.view(code).orElseThrow(() -> new NotFoundException("country " + code));
    }

    private String form(CountriesAdmin.CountryView country, CountryForm form, Map<String, String> errors, Model model) {
        model.addAttribute("country", country);
        model.addAttribute("form", form);
        model.addAttribute("errors", Forms.inFormOrder(errors, CountryForm.class));
        return "newsroom/country";
    }

}
