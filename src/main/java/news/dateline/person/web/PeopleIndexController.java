package news.dateline.person.web;

import news.dateline.person.PersonQueries;
import news.dateline.shared.IndexPage;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /people}: everyone in the stories and events, from A to Z, a page at a time. */
@Controller
class PeopleIndexController {

    private final PersonQueries people;

    private final PersonHead head;

    PeopleIndexController(PersonQueries people, PersonHead head) {
        this.people = people;
        this.head = head;
    }

    @GetMapping("/people")
    String index(@RequestParam(name = "letter", required = false) String letterParam,
            @RequestParam(name = "after", required = false) String afterParam, Model model) {
        String letter = IndexPage.letter(letterParam);
        if (letterParam != null && letter == null) {
            throw new NotFoundException("people from " + letterParam);
        }
        Long after = afterParam == null ? null : id(afterParam);
        var page = people.index(after == null ? letter : null, after);
        model.addAttribute("people", page);
        model.addAttribute("letter", after == null ? letter : null);
        model.addAttribute("letters", IndexPage.LETTERS);
        model.addAttribute("meta", head.index(after == null ? letter : null, after, page));
        return "person/index";
    }

    static Long id(String value) {
        if (value.matches("\\d{1,18}")) {
            return Long.valueOf(value);
        }
        throw new NotFoundException("page after " + value);
    }

}
