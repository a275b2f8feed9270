package news.dateline.newsroom;

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
     * The form filled from its wire copy; what could not be read is in {@code errors},
     * and the form is then as typed.
     */
    public StoryForm paste(StoryForm form, Errors errors) {
        if (form.wire().isBlank()) {
            errors.rejectValue("wire", "story.wire.empty");
            return form;
        }
        try {
            WireStory story = recognition.parse(form.wire());
            if (story.published() == null) {
                errors.rejectValue("publishedDate", "story.publishedDate.notInWire");
            }
            return StoryFormMapper.fromWire(form, story);
        }
        catch (UnreadableStoryException e) {
            errors.rejectValue("wire", "story.wire.unreadable", new Object[] { e.getMessage() }, null);
            return form;
        }
    }

}
