package news.dateline.newsroom;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import news.dateline.article.ArticleViews;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.Markdown;
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

    Previews(Markdown markdown) {
        this.markdown = markdown;
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
                links(choices.people()),
                choices.countries()
                    .stream()
                    .filter(Choice::checked)
                    .map(c -> new ArticleViews.Link(Slugs.of(c.label()), c.label()))
                    .toList(),
                choices.events()
                    .stream()
                    .filter(Choice::checked)
                    .map(c -> new ArticleViews.EventLink(c.value(), c.label(), ""))
                    .toList());
    }

    private static List<ArticleViews.Link> links(List<Choice> choices) {
        return choices.stream()
            .filter(Choice::checked)
            .filter(c -> !c.value().startsWith(PersonTag.NEW))
            .map(c -> new ArticleViews.Link(c.value(), c.label()))
            .toList();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

}
