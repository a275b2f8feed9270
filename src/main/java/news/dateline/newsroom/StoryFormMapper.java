package news.dateline.newsroom;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleStatus;
import news.dateline.ingest.TextRecognition;
import news.dateline.ingest.WireStory;

/**
 * Between the story form and an article draft, both ways, and from a pasted wire story to
 * the form. Pure: no database, no clock; what needs them (tag ids, today) is passed in.
 * The preview reads its date, time and zone with the same functions as the save.
 */
public final class StoryFormMapper {

    private StoryFormMapper() {
    }

    /** A form for a new story, dated {@code today}, in UTC. */
    public static StoryForm blank(LocalDate today) {
        return new StoryForm("", "",
                new StoryForm.Story("", "", "", "", "", "", today.toString(), "", "+00:00", "DRAFT", "en"), null, null,
                null, "", "");
    }

    /** The date as typed ({@code 2025-12-31}), or empty when it is blank or no date. */
    public static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        }
        catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The time as typed ({@code 14:30}), or empty when it is blank or no time (for the
     * preview, a date alone).
     */
    public static Optional<LocalTime> time(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalTime.parse(text.strip()));
        }
        catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The zone as chosen ({@code +07:00}): UTC when blank; empty when it is no zone. */
    public static Optional<ZoneOffset> zone(String text) {
        try {
            return Optional.of(text == null || text.isBlank() ? ZoneOffset.UTC : ZoneOffset.of(text.strip()));
        }
        catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * When the story is published: the date at its time in its zone, or with no time the
     * date's start in UTC (a date alone is shown as a date, whatever the zone).
     */
    public static Instant instant(LocalDate date, LocalTime time, ZoneOffset zone) {
        return time == null ? date.atStartOfDay().toInstant(ZoneOffset.UTC)
                : OffsetDateTime.of(date, time, zone).toInstant();
    }

    /**
     * The zone as the draft and the form write it: {@code +00:00} rather than {@code Z}.
     */
    public static String zoneId(ZoneOffset zone) {
        return zone.getId().replace("Z", "+00:00");
    }

    static ArticleStatus status(String text) {
        return switch (text == null ? "" : text) {
            case "SCHEDULED" -> ArticleStatus.SCHEDULED;
            case "PUBLISHED" -> ArticleStatus.PUBLISHED;
            default -> ArticleStatus.DRAFT;
        };
    }

    /** The form of a stored story, its tags given as slugs and codes. */
    static StoryForm fromDraft(ArticleDraft draft, StoryForm.Tags tags) {
        ZoneOffset zone = draft.publishedOffset() == null ? ZoneOffset.UTC : ZoneOffset.of(draft.publishedOffset());
        OffsetDateTime at = draft.publishedAt().atOffset(zone);
        return new StoryForm(String.valueOf(draft.id()), String.valueOf(draft.expectedVersion()),
                new StoryForm.Story(draft.headline(), draft.standfirst(), draft.body(), draft.agencyName(),
                        draft.dateline(), draft.slug(), at.toLocalDate().toString(),
                        draft.publishedWithTime() ? at.toLocalTime().toString().substring(0, 5) : "",
                        draft.publishedOffset() == null ? "+00:00" : zoneId(zone), draft.status().name(),
                        draft.language()),
                tags, null, null, "", "", leadImage(draft.leadImage()));
    }

    private static StoryForm.LeadImage leadImage(ArticleDraft.LeadImage image) {
        return image == null ? null
                : new StoryForm.LeadImage(image.hash(), image.alt(), image.caption(), image.credit(), "");
    }

    /** The form's lead image for the draft: null when there is none. */
    static ArticleDraft.LeadImage leadImage(StoryForm.LeadImage image) {
        return !image.present() ? null : new ArticleDraft.LeadImage(image.image(), image.alt().strip(),
                blankToNull(image.caption()), blankToNull(image.credit()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The draft of a form {@link StoryFormValidator} found right, tagged with these ids
     * (the new people and event already among them).
     */
    static ArticleDraft toDraft(StoryForm form, Set<Long> people, Set<Long> countries, Set<Long> events) {
        StoryForm.Story story = form.story();
        LocalDate date = date(story.publishedDate())
            .orElseThrow(() -> new IllegalArgumentException("a form with no date"));
        LocalTime time = time(story.publishedTime()).orElse(null);
        ZoneOffset zone = zone(story.zone()).orElse(ZoneOffset.UTC);
        return new ArticleDraft(form.isNew() ? null : Long.valueOf(form.id()),
                form.version().isBlank() ? null : Integer.valueOf(form.version()),
                story.slug().isBlank() ? null : story.slug(), story.headline().strip(), story.standfirst(),
                story.body(), story.source(), story.dateline(), story.language().isBlank() ? "en" : story.language(),
                instant(date, time, zone), time != null, time != null ? zoneId(zone) : null, status(story.status()),
                people, countries, events, leadImage(form.image()));
    }

    /**
     * The form filled from a wire story, as the import reads it: headline, body, source,
     * dateline, time, its zone and language; the date and zone typed stay when the copy
     * gives none. The pasted copy stays, to compare.
     */
    static StoryForm fromWire(StoryForm form, WireStory wire) {
        StoryForm.Story typed = form.story();
        boolean dated = wire.published() != null;
        boolean timed = dated && wire.published().hasTime();
        String standfirst = typed.standfirst() == null || typed.standfirst().isBlank() ? wire.standfirst()
                : typed.standfirst();
        return form.withStory(new StoryForm.Story(wire.headline(), standfirst,
                TextRecognition.markdown(wire.paragraphs()), wire.source(), wire.dateline(), typed.slug(),
                dated ? wire.published().date().toString() : typed.publishedDate(),
                timed ? wire.published().time().toString().substring(0, 5) : "",
                timed ? zoneId(wire.published().offset()) : typed.zone(), typed.status(),
                wire.language() == null ? "en" : wire.language()));
    }

    /** The same draft at another slug. */
    static ArticleDraft withSlug(ArticleDraft d, String slug) {
        return new ArticleDraft(d.id(), d.expectedVersion(), slug, d.headline(), d.standfirst(), d.body(),
                d.agencyName(), d.dateline(), d.language(), d.publishedAt(), d.publishedWithTime(), d.publishedOffset(),
                d.status(), d.people(), d.countries(), d.events(), d.leadImage());
    }

    /** The values of the people ticked, as the form posts them. */
    static List<String> values(List<PersonTag> people) {
        return people.stream().map(PersonTag::value).toList();
    }

}
