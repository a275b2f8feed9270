package news.dateline.newsroom;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import news.dateline.article.ArticleViews;
import news.dateline.shared.DisplayTimes;
import news.dateline.image.Images;
import news.dateline.shared.Markdown;
import news.dateline.shared.Picture;
import news.dateline.shared.PartialDate;
import news.dateline.shared.Slugs;
import org.springframework.stereotype.Component;

/**
 * The story as readers will see it, built from the form without saving anything. Date,
 * time and zone are read as the save reads them ({@link StoryFormMapper}), leniently:
 * what cannot be read yet is shown as today, a date alone, or UTC.
 */
@Component
public class Previews {

    private final Markdown markdown;

    private final Images images;

    Previews(Markdown markdown, Images images) {
        this.markdown = markdown;
        this.images = images;
    }

    public ArticleViews.Full of(StoryForm form, TagPicker.Choices choices) {
        StoryForm.Story story = form.story();
        LocalDate date = StoryFormMapper.date(story.publishedDate()).orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
        LocalTime time = StoryFormMapper.time(story.publishedTime()).orElse(null);
        ZoneOffset zone = StoryFormMapper.zone(story.zone()).orElse(ZoneOffset.UTC);
        var stamp = DisplayTimes.of(StoryFormMapper.instant(date, time, zone), time != null,
                time == null ? null : StoryFormMapper.zoneId(zone));
        return new ArticleViews.Full(0, story.slug().isBlank() ? Slugs.of(story.headline()) : story.slug(),
                story.headline(), blankToNull(story.standfirst()), markdown.toHtml(story.body()), null, stamp, null,
                blankToNull(story.source()), null, blankToNull(story.dateline()), story.language(),
                people(form, choices.people()),
                choices.countries()
                    .stream()
                    .filter(Choice::checked)
                    .map(c -> new ArticleViews.Link(Slugs.of(c.label()), c.label()))
                    .toList(),
                events(form, choices.events()), picture(form.image()));
    }

    /** The largest image file taken, in whole megabytes, for the form's hint. */
    public long maxImageMegabytes() {
        return images.maxUploadBytes() / (1024 * 1024);
    }

    /** The lead image uploaded, as the page will show it; null when there is none. */
    public Picture picture(StoryForm.LeadImage image) {
        if (!image.present()) {
            return null;
        }
        return images.find(image.image())
            .map(stored -> new Picture(stored.sha256(), stored.width(), stored.height(), stored.format(),
                    image.alt().strip(), blankToNull(image.caption()), blankToNull(image.credit())))
            .orElse(null);
    }

    /**
     * The people ticked, the new ones too (ticked proposals, the person typed under
     * "missing"), as they will be once saved.
     */
    private static List<ArticleViews.Link> people(StoryForm form, List<Choice> choices) {
        List<ArticleViews.Link> people = new ArrayList<>();
        for (Choice c : choices) {
            if (c.checked()) {
                String name = c.value().startsWith(PersonTag.NEW)
                        ? ((PersonTag.Proposed) PersonTag.parse(c.value())).person().name() : c.label();
                people
                    .add(new ArticleViews.Link(c.value().startsWith(PersonTag.NEW) ? Slugs.of(name) : c.value(), name));
            }
        }
        NewPerson typed = form.newPerson();
        if (typed.isPresent() && people.stream().noneMatch(p -> p.name().equalsIgnoreCase(typed.name().strip()))) {
            people.add(new ArticleViews.Link(Slugs.of(typed.name()), typed.name().strip()));
        }
        return people;
    }

    /** The events ticked and the new event typed under "missing". */
    private static List<ArticleViews.EventLink> events(StoryForm form, List<Choice> choices) {
        List<ArticleViews.EventLink> events = new ArrayList<>();
        choices.stream()
            .filter(Choice::checked)
            .forEach(c -> events.add(new ArticleViews.EventLink(c.value(), withoutDate(c.label()), date(c.label()))));
        StoryForm.NewEvent typed = form.newEvent();
        if (typed.hasTitle()) {
            String when = PartialDate.fromEditor(typed.date()).map(PartialDate::display).orElse(typed.date().strip());
            events.add(new ArticleViews.EventLink(Slugs.of(typed.title()), typed.title().strip(), when));
        }
        return events;
    }

    /** A suggested event's label carries its date: "Title (8 December 2025)". */
    private static String withoutDate(String label) {
        int open = label.lastIndexOf(" (");
        return open > 0 && label.matches(".* \\(.*\\d{4}\\)") ? label.substring(0, open) : label;
    }

    private static String date(String label) {
        int open = label.lastIndexOf(" (");
        return open > 0 && label.matches(".* \\(.*\\d{4}\\)") ? label.substring(open + 2, label.length() - 1) : "";
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

}
