package news.dateline.newsroom.web;

import news.dateline.newsroom.Previews;
import news.dateline.newsroom.StoryForm;
import org.springframework.ui.Model;

/** The lists and counts every page of the story form shows beside the form itself. */
final class StoryFormPage {

    /** Words a reader reads in a minute, for the reading time. */
    static final int WORDS_A_MINUTE = 230;

    private StoryFormPage() {
    }

    /**
     * The body's length for the editor.
     *
     * @param words the body's words (Markdown marks aside)
     * @param minutes the reading time, at least one minute once there is a word
     */
    record Length(int words, int minutes) {

        static Length of(String body) {
            String text = body.replaceAll("[*_#>`\\[\\]()]", " ").strip();
            int words = text.isEmpty() ? 0 : text.split("\\s+").length;
            return new Length(words, words == 0 ? 0 : (words + WORDS_A_MINUTE - 1) / WORDS_A_MINUTE);
        }

        /** "312 words · about 2 minutes to read". */
        String text() {
            return words + (words == 1 ? " word" : " words") + " · about " + minutes
                    + (minutes == 1 ? " minute" : " minutes") + " to read";
        }
    }

    static void lists(StoryForm form, Model model, Previews previews) {
        model.addAttribute("maxImageMb", previews.maxImageMegabytes());
        model.addAttribute("leadImage", previews.picture(form.image()));
        model.addAttribute("zones", Zones.with(form.story().zone()));
        model.addAttribute("languages", Languages.with(form.story().language()));
        model.addAttribute("length", Length.of(form.story().body()).text());
    }

}
