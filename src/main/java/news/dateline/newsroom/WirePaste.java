package news.dateline.newsroom;

import java.util.ArrayList;
import java.util.List;
import news.dateline.ingest.TextRecognition;
import news.dateline.ingest.UnreadableStoryException;
import news.dateline.ingest.WireStory;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/** "Fill the form from this wire story": the pasted copy read by the import's parser. */
@Service
public class WirePaste {

    private final TextRecognition recognition;

    WirePaste(TextRecognition recognition) {
        this.recognition = recognition;
    }

    /**
     * What a paste did.
     *
     * @param form the form filled from the copy (as typed when the copy could not be
     * read)
     * @param filled the fields the copy filled, in words, in the order of the form
     * @param missing the fields the copy did not give, in words: what the editor fills in
     * @param read whether the copy could be read at all
     */
    public record Pasted(StoryForm form, List<String> filled, List<String> missing, boolean read) {

        public Pasted {
            filled = List.copyOf(filled);
            missing = List.copyOf(missing);
        }
    }

    /**
     * The form filled from its wire copy; when the copy is empty or cannot be read, the
     * form as typed, with the reason in {@code errors} (against {@code wire}). A copy
     * that lacks a date or a dateline is no error: the paste says what it could not fill.
     */
    public Pasted paste(StoryForm form, Errors errors) {
        if (form.wire().isBlank()) {
            errors.rejectValue("wire", "story.wire.empty");
            return new Pasted(form, List.of(), List.of(), false);
        }
        try {
            WireStory story = recognition.parse(form.wire());
            List<String> filled = new ArrayList<>(List.of("headline", "body"));
            List<String> missing = new ArrayList<>();
            (story.published() != null ? filled : missing).add("date");
            if (story.published() != null && story.published().hasTime()) {
                filled.add("time and time zone");
            }
            (story.source() != null ? filled : missing).add("source");
            (story.dateline() != null ? filled : missing).add("dateline");
            if (story.language() != null) {
                filled.add("language");
            }
            return new Pasted(StoryFormMapper.fromWire(form, story), filled, missing, true);
        }
        catch (UnreadableStoryException e) {
            errors.rejectValue("wire", "story.wire.unreadable", new Object[] { e.getMessage() }, null);
            return new Pasted(form, List.of(), List.of(), false);
        }
    }

}
