package news.dateline.newsroom;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import news.dateline.article.ArticleViews;
import news.dateline.shared.DisplayTimes;
import news.dateline.shared.Markdown;
import news.dateline.shared.Slugs;
import org.springframework.stereotype.Component;

/** The story as readers will see it, built from the form without saving anything. */
@Component
public class Previews {

    private final Markdown markdown;

    Previews(Markdown markdown) {
        this.markdown = markdown;
    }

    public ArticleViews.Full of(StoryForm form, StoryForms.Choices choices) {
        LocalDate date = StoryForms.parseDate(form.publishedDate());
        if (date == null) {
            date = LocalDate.now(ZoneOffset.UTC);
        }
        LocalTime time = null;
        try {
            time = form.publishedTime() == null || form.publishedTime().isBlank() ? null : LocalTime.parse(form.publishedTime());
        } catch (java.time.DateTimeException e) {
            time = null;
        }
        ZoneOffset zone;
        try {
            zone = form.zone() == null || form.zone().isBlank() ? ZoneOffset.UTC : ZoneOffset.of(form.zone());
        } catch (java.time.DateTimeException e) {
            zone = ZoneOffset.UTC;
        }
        var stamp = time == null ? DisplayTimes.of(date.atStartOfDay().toInstant(ZoneOffset.UTC), false, null)
                : DisplayTimes.of(OffsetDateTime.of(date, time, zone).toInstant(), true, zone.getId().replace("Z", "+00:00"));
        return new ArticleViews.Full(0, form.slug() == null || form.slug().isBlank() ? Slugs.of(form.headline()) : form.slug(),
                form.headline(), form.standfirst() == null || form.standfirst().isBlank() ? null : form.standfirst(),
                markdown.toHtml(form.body()), null, stamp, null,
                form.source() == null || form.source().isBlank() ? null : form.source(), null,
                form.dateline() == null || form.dateline().isBlank() ? null : form.dateline(), form.language(),
                links(choices.people()),
                choices.countries().stream().filter(Choice::checked)
                        .map(c -> new ArticleViews.Link(Slugs.of(c.label()), c.label())).toList(),
                choices.events().stream().filter(Choice::checked).map(c -> new ArticleViews.EventLink(c.value(), c.label(), "")).toList());
    }

    private static List<ArticleViews.Link> links(List<Choice> choices) {
        return choices.stream().filter(Choice::checked).filter(c -> !c.value().startsWith("new:"))
                .map(c -> new ArticleViews.Link(c.value(), c.label())).toList();
    }
}
