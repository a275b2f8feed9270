package news.dateline.newsroom.web;

import java.util.ArrayList;
import java.util.List;
import news.dateline.newsroom.Choice;
import news.dateline.newsroom.TagPicker;
import news.dateline.newsroom.WirePaste;

/**
 * What a paste says above the form: what it filled, what it suggests, and what the copy
 * did not give ("Filled headline, body, date, source; 6 people, 3 countries, 1 event
 * suggested, 9 ticked").
 *
 * @param filled the sentence about what was filled and suggested
 * @param missing the sentence about what the copy lacked, or null when it lacked nothing
 */
record PasteNotice(String filled, String missing) {

    static PasteNotice of(WirePaste.Pasted pasted, TagPicker.Choices choices) {
        List<String> suggested = new ArrayList<>();
        count(suggested, choices.people(), "person", "people");
        count(suggested, choices.countries(), "country", "countries");
        count(suggested, choices.events(), "event", "events");
        long ticked = ticked(choices.people()) + ticked(choices.countries()) + ticked(choices.events());
        String filled = "Filled " + String.join(", ", pasted.filled()) + "; "
                + (suggested.isEmpty() ? "nothing to tag was found in the text."
                        : String.join(", ", suggested) + " suggested"
                                + (ticked == 0 ? "." : ", " + ticked + " ticked (the ones already known).")
                                + (choices.newEvents().isEmpty() ? "" : " " + choices.newEvents().size() + " new event"
                                        + (choices.newEvents().size() == 1 ? "" : "s") + " found."));
        String missing = pasted.missing().isEmpty() ? null
                : "Not in the copy, so not filled: " + String.join(", ", pasted.missing()) + ".";
        return new PasteNotice(filled, missing);
    }

    private static void count(List<String> out, List<Choice> choices, String one, String many) {
        long n = choices.stream().filter(Choice::suggested).count();
        if (n > 0) {
            out.add(n + " " + (n == 1 ? one : many));
        }
    }

    private static long ticked(List<Choice> choices) {
        return choices.stream().filter(c -> c.suggested() && c.checked()).count();
    }

}
