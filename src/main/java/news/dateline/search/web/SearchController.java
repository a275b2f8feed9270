package news.dateline.search.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import news.dateline.country.CountryQueries;
import news.dateline.search.SearchQuery;
import news.dateline.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private final SearchService search;

    private final CountryQueries countries;

    private final SearchHead head;

    SearchController(SearchService search, CountryQueries countries, SearchHead head) {
        this.head = head;
        this.search = search;
        this.countries = countries;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "country", required = false) String country,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "sort", required = false) String sort, Model model) {
        List<String> problems = new ArrayList<>();
        String text = q == null ? "" : q.strip().replaceAll("\\s+", " ");
        if (text.length() > SearchQuery.MAX_LENGTH) {
            problems
                .add("That search is very long: only its first " + SearchQuery.MAX_LENGTH + " characters were used.");
            text = text.substring(0, SearchQuery.MAX_LENGTH);
        }
        LocalDate fromDate = date(from, "From", problems);
        LocalDate toDate = date(to, "To", problems);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            problems.add("The “From” date is after the “To” date: they were swapped.");
            LocalDate swap = fromDate;
            fromDate = toDate;
            toDate = swap;
        }
        int pageNumber = 1;
        if (page != null && page.matches("\\d{1,6}") && Integer.parseInt(page) > 0) {
            pageNumber = Integer.parseInt(page);
        }
        String countrySlug = country == null || country.isBlank() ? null : country;
        SearchQuery query = new SearchQuery(text, countrySlug, fromDate, toDate, pageNumber, "date".equals(sort));
        model.addAttribute("results", search.search(query));
        model.addAttribute("problems", problems);
        model.addAttribute("meta", head.search(text));
        model.addAttribute("countries", countries.withStories());
        return "search/results";
    }

    private static LocalDate date(String value, String label, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip();
        try {
            // four-digit years only: LocalDate also reads "+999999999-12-31", which no
            // PostgreSQL timestamp holds
            if (!typed.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-mm-dd", typed, 0);
            }
            return LocalDate.parse(typed);
        }
        catch (DateTimeParseException e) {
            problems.add("“" + label + "” is not a date (use the form 2025-12-31): it was left out.");
            return null;
        }
    }

}
