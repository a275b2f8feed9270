package news.dateline.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import news.dateline.article.ArticleStatus;
import news.dateline.image.Images;
import news.dateline.shared.PartialDate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * What is wrong with a story form, by field, through Spring's {@link Errors}: the field
 * names are those the browser posts ({@link StoryForm#fields()}), the codes are keys of
 * {@code messages.properties}. {@link #validate} checks what each field looks like
 * (lengths, patterns, what is required) and asks nothing; {@link #validateForSave} also
 * checks what the values mean: a real date in range, a time, a status that fits the time,
 * a complete new event, a new person not known already and their country.
 */
@Component
public class StoryFormValidator implements Validator {

    private static final Pattern DIGITS_18 = Pattern.compile("\\d{0,18}");

    private static final Pattern DIGITS_9 = Pattern.compile("\\d{0,9}");

    private static final Pattern SLUG = Pattern.compile("|[a-z0-9]+(-[a-z0-9]+)*");

    private static final Pattern ZONE = Pattern.compile("|[+-](0\\d|1[0-4]):[0-5]\\d");

    private static final Pattern STATUS = Pattern.compile("DRAFT|SCHEDULED|PUBLISHED");

    private static final Pattern LANGUAGE = Pattern.compile("|[a-z]{2}");

    private static final Pattern EVENT_DATE = Pattern.compile("|\\d{4}(-\\d{2}(-\\d{2})?)?");

    private static final Pattern COUNTRY = Pattern.compile("|[A-Z]{2}");

    private static final Pattern IMAGE_HASH = Pattern.compile("|[0-9a-f]{64}");

    /** The first year a story can be published in. */
    static final int FIRST_YEAR = 1900;

    private final TagPicker tags;

    private final Clock clock;

    private final Images images;

    StoryFormValidator(TagPicker tags, Clock clock, Images images) {
        this.images = images;
        this.tags = tags;
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> type) {
        return StoryForm.class.isAssignableFrom(type);
    }

    /** What each field looks like; asks no one. */
    @Override
    public void validate(Object target, Errors errors) {
        StoryForm form = (StoryForm) target;
        StoryForm.Story story = form.story();
        matches(errors, "id", form.id(), DIGITS_18, "story.damaged");
        matches(errors, "version", form.version(), DIGITS_9, "story.damaged");
        required(errors, "headline", story.headline(), "story.headline.required");
        longest(errors, "headline", story.headline(), 300, "story.headline.long");
        longest(errors, "standfirst", story.standfirst(), 1000, "story.standfirst.long");
        required(errors, "body", story.body(), "story.body.required");
        longest(errors, "body", story.body(), 200_000, "story.body.long");
        longest(errors, "source", story.source(), 200, "story.source.long");
        longest(errors, "dateline", story.dateline(), 200, "story.dateline.long");
        matches(errors, "slug", story.slug(), SLUG, "story.slug.pattern");
        longest(errors, "slug", story.slug(), 140, "story.slug.long");
        required(errors, "publishedDate", story.publishedDate(), "story.publishedDate.required");
        matches(errors, "zone", story.zone(), ZONE, "story.zone.invalid");
        required(errors, "status", story.status(), "story.status.required");
        matches(errors, "status", story.status(), STATUS, "story.status.invalid");
        matches(errors, "language", story.language(), LANGUAGE, "story.language.pattern");
        longest(errors, "wire", form.wire(), 200_000, "story.wire.long");
        longest(errors, "find", form.find(), 200, "story.find.long");
        longest(errors, "newEventTitle", form.newEvent().title(), 300, "story.newEventTitle.long");
        matches(errors, "newEventDate", form.newEvent().date(), EVENT_DATE, "story.newEventDate.pattern");
        longest(errors, "newEventPlace", form.newEvent().place(), 200, "story.newEventPlace.long");
        longest(errors, "newPersonName", form.newPerson().name(), 200, "story.newPersonName.long");
        longest(errors, "newPersonRole", form.newPerson().role(), 300, "story.newPersonRole.long");
        matches(errors, "newPersonCountry", form.newPerson().country(), COUNTRY, "story.newPersonCountry.invalid");
        StoryForm.LeadImage image = form.image();
        if (!image.refused().isBlank()) {
            errors.rejectValue("imageFile", "story.image.refused", new Object[] { image.refused() }, null);
        }
        matches(errors, "imageFile", image.image(), IMAGE_HASH, "story.image.damaged");
        if (image.present() && image.alt().isBlank()) {
            errors.rejectValue("imageAlt", "story.image.alt.required");
        }
        longest(errors, "imageAlt", image.alt(), 300, "story.image.alt.long");
        longest(errors, "imageCaption", image.caption(), 1000, "story.image.caption.long");
        longest(errors, "imageCredit", image.credit(), 200, "story.image.credit.long");
    }

    /**
     * Everything a save needs checked, {@link #validate} included: asks the graph about
     * the new person and their country. Run inside the save's transaction.
     */
    public void validateForSave(StoryForm form, Errors errors) {
        validate(form, errors);
        if (form.image().present() && !errors.hasFieldErrors("imageFile")
                && images.find(form.image().image()).isEmpty()) {
            errors.rejectValue("imageFile", "story.image.damaged");
        }
        StoryForm.Story story = form.story();
        Optional<LocalDate> date = StoryFormMapper.date(story.publishedDate());
        if (date.isEmpty() && !errors.hasFieldErrors("publishedDate")) {
            errors.rejectValue("publishedDate", "story.publishedDate.invalid");
        }
        else if (date.isPresent()
                && (date.get().getYear() < FIRST_YEAR || date.get().getYear() > PartialDate.LAST_YEAR)) {
            errors.rejectValue("publishedDate", "story.publishedDate.range",
                    new Object[] { String.valueOf(FIRST_YEAR), String.valueOf(PartialDate.LAST_YEAR) }, null);
            date = Optional.empty();
        }
        Optional<LocalTime> time = StoryFormMapper.time(story.publishedTime());
        if (!story.publishedTime().isBlank() && time.isEmpty()) {
            errors.rejectValue("publishedTime", "story.publishedTime.invalid");
        }
        Optional<ZoneOffset> zone = StoryFormMapper.zone(story.zone());
        if (zone.isEmpty() && !errors.hasFieldErrors("zone")) {
            errors.rejectValue("zone", "story.zone.invalid");
        }
        if (date.isPresent() && !errors.hasFieldErrors("status")) {
            Instant at = StoryFormMapper.instant(date.get(), time.orElse(null), zone.orElse(ZoneOffset.UTC));
            ArticleStatus status = StoryFormMapper.status(story.status());
            if (status == ArticleStatus.SCHEDULED && !at.isAfter(clock.instant())) {
                errors.rejectValue("status", "story.status.scheduledInPast");
            }
            else if (status == ArticleStatus.PUBLISHED && at.isAfter(clock.instant())) {
                errors.rejectValue("status", "story.status.publishedInFuture");
            }
        }
        StoryForm.NewEvent event = form.newEvent();
        if (event.hasTitle() != event.hasDate()) {
            if (!errors.hasFieldErrors("newEventTitle")) {
                errors.rejectValue("newEventTitle", "story.newEvent.incomplete");
            }
        }
        else if (event.hasDate() && !errors.hasFieldErrors("newEventDate")
                && PartialDate.fromEditor(event.date()).isEmpty()) {
            errors.rejectValue("newEventDate", "story.newEventDate.impossible",
                    new Object[] { String.valueOf(PartialDate.FIRST_YEAR), String.valueOf(PartialDate.LAST_YEAR) },
                    null);
        }
        if (form.hasNewPerson() && !errors.hasFieldErrors("newPersonName")) {
            List<Choice> known = tags.namesakes(form.newPerson().name());
            // Ticking the person already known is the answer to this message: tag them,
            // create no one.
            if (!known.isEmpty() && known.stream().noneMatch(c -> form.tags().hasPerson(c.value()))) {
                errors
                    .rejectValue("newPersonName", "story.newPersonName.known",
                            new Object[] { form.newPerson().name().strip(),
                                    String.join(", ",
                                            known.stream().map(c -> c.label() + " (" + c.value() + ")").toList()) },
                            null);
            }
        }
        if (!form.newPerson().country().isBlank() && !errors.hasFieldErrors("newPersonCountry")
                && tags.country(form.newPerson().country()).isEmpty()) {
            errors.rejectValue("newPersonCountry", "story.newPersonCountry.invalid");
        }
    }

    /**
     * Whether the person typed under "Add a person who is missing" is to be created: not
     * when one of the people known by that name is ticked, which is the answer to the
     * "already known" message.
     */
    boolean createsNewPerson(StoryForm form) {
        return form.hasNewPerson()
                && tags.namesakes(form.newPerson().name()).stream().noneMatch(c -> form.tags().hasPerson(c.value()));
    }

    private static void required(Errors errors, String field, String value, String code) {
        if (value.isBlank()) {
            errors.rejectValue(field, code);
        }
    }

    private static void longest(Errors errors, String field, String value, int max, String code) {
        if (value.length() > max) {
            errors.rejectValue(field, code);
        }
    }

    private static void matches(Errors errors, String field, String value, Pattern pattern, String code) {
        if (!pattern.matcher(value).matches() && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code);
        }
    }

}
