package news.dateline.country.web;

import news.dateline.country.RelationQueries;
import news.dateline.seo.PageMetas;
import news.dateline.web.NotFoundException;
import news.dateline.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /relations/{a}/{b}}: slugs in alphabetical order; the other order answers 301. */
@Controller
class RelationController {

    private final RelationQueries relations;
    private final PageMetas metas;

    RelationController(RelationQueries relations, PageMetas metas) {
        this.metas = metas;
        this.relations = relations;
    }

    @GetMapping("/relations/{a}/{b}")
    Object show(@PathVariable String a, @PathVariable String b, Model model) {
        var first = relations.country(a).orElseThrow(() -> new NotFoundException("country " + a));
        var second = relations.country(b).orElseThrow(() -> new NotFoundException("country " + b));
        if (first.id() == second.id()) {
            throw new NotFoundException("relations of a country with itself");
        }
        if (a.compareTo(b) > 0) {
            return Redirects.permanent("/relations/" + b + "/" + a);
        }
        var relation = relations.between(first, second);
        model.addAttribute("relation", relation);
        model.addAttribute("meta", metas.relation(relation));
        return "country/relation";
    }
}
