package news.dateline.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.shared.PlainText;

/**
 * The story form as the editor filled it, nested by part: the story's own fields, its
 * tags, a person and an event to create with it, and the two helpers (wire copy to paste,
 * words to find). Every value is kept as typed, as a string, so that nothing an editor
 * types is ever refused by binding and lost: {@link StoryFormValidator} says what is
 * wrong, {@link StoryFormMapper} turns a right form into a draft. The browser posts flat
 * names ({@code headline}, {@code newPersonName}, ...): {@link #fromFields} reads them,
 * {@link #fields} writes them back, both in one place.
 *
 * @param id the story's id; blank for a new story
 * @param version the version the editor started from; blank for a new story
 * @param image the lead image, as uploaded already, and its words
 */
public record StoryForm(String id, String version, Story story, Tags tags, NewPerson newPerson, NewEvent newEvent,
        String wire, String find, LeadImage image) {

    /**
     * The names the form posts, in the order of the page: the order errors are listed in.
     */
    public static final List<String> FIELDS = List.of("id", "version", "wire", "headline", "standfirst", "body",
            "source", "dateline", "language", "publishedDate", "publishedTime", "zone", "status", "slug", "imageFile",
            "image", "imageAlt", "imageCaption", "imageCredit", "people", "countries", "events", "find",
            "newPersonName", "newPersonRole", "newPersonCountry", "newEventTitle", "newEventDate", "newEventPlace");

    public StoryForm {
        id = nullToEmpty(id);
        version = nullToEmpty(version);
        story = story == null ? Story.EMPTY : story;
        tags = tags == null ? Tags.NONE : tags;
        newPerson = newPerson == null ? NewPerson.NONE : newPerson;
        newEvent = newEvent == null ? NewEvent.NONE : newEvent;
        wire = typed(wire);
        find = typed(find);
        image = image == null ? LeadImage.NONE : image;
    }

    /** A form without a lead image. */
    public StoryForm(String id, String version, Story story, Tags tags, NewPerson newPerson, NewEvent newEvent,
            String wire, String find) {
        this(id, version, story, tags, newPerson, newEvent, wire, find, LeadImage.NONE);
    }

    /**
     * The lead image: the SHA-256 of an image uploaded already (the file is uploaded with
     * whichever button is pressed, then the form carries its hash), and its words.
     *
     * @param image the uploaded image's hash; blank for none
     * @param alt what the image shows (required with an image)
     * @param refused why the file just uploaded was refused, for the page; never posted
     */
    public record LeadImage(String image, String alt, String caption, String credit, String refused) {

        static final LeadImage NONE = new LeadImage("", "", "", "", "");

        public LeadImage {
            image = nullToEmpty(image).strip();
            alt = typed(alt);
            caption = typed(caption);
            credit = typed(credit);
            refused = nullToEmpty(refused);
        }

        public boolean present() {
            return !image.isBlank();
        }

        /** The same words with this image uploaded. */
        public LeadImage uploaded(String hash) {
            return new LeadImage(hash, alt, caption, credit, "");
        }

        /** The same words, the file just uploaded refused for this reason. */
        public LeadImage refusedFor(String why) {
            return new LeadImage(image, alt, caption, credit, why);
        }

    }

    /**
     * The story's own fields, as typed.
     *
     * @param publishedDate {@code 2025-12-31}
     * @param publishedTime {@code 14:30}, or blank for a date alone
     * @param zone {@code +07:00}
     * @param status DRAFT, SCHEDULED or PUBLISHED
     */
    public record Story(String headline, String standfirst, String body, String source, String dateline, String slug,
            String publishedDate, String publishedTime, String zone, String status, String language) {

        static final Story EMPTY = new Story("", "", "", "", "", "", "", "", "", "DRAFT", "");

        public Story {
            headline = typed(headline);
            standfirst = typed(standfirst);
            body = typed(body);
            source = typed(source);
            dateline = typed(dateline);
            slug = nullToEmpty(slug);
            publishedDate = nullToEmpty(publishedDate);
            publishedTime = nullToEmpty(publishedTime);
            zone = nullToEmpty(zone);
            status = nullToEmpty(status);
            language = nullToEmpty(language);
        }
    }

    /**
     * The ticked tags.
     *
     * @param countries ISO alpha-2 codes
     * @param events slugs of known events
     */
    public record Tags(List<PersonTag> people, List<String> countries, List<String> events) {

        static final Tags NONE = new Tags(List.of(), List.of(), List.of());

        public Tags {
            people = people == null ? List.of() : List.copyOf(people);
            countries = countries == null ? List.of() : List.copyOf(countries);
            events = events == null ? List.of() : List.copyOf(events);
        }

        /** The slugs of the known people ticked, in order. */
        public List<String> knownPeople() {
            return people.stream().filter(PersonTag.Known.class::isInstance).map(PersonTag::value).toList();
        }

        /**
         * The people the recognizer proposed and the editor ticked, to create on save.
         */
        public List<NewPerson> proposedPeople() {
            return people.stream()
                .filter(PersonTag.Proposed.class::isInstance)
                .map(tag -> ((PersonTag.Proposed) tag).person())
                .toList();
        }

        /** Whether a person with this value ({@link PersonTag#value()}) is ticked. */
        public boolean hasPerson(String value) {
            return people.stream().anyMatch(tag -> tag.value().equals(value));
        }

        Tags withPeople(List<PersonTag> people) {
            return new Tags(people, countries, events);
        }

        /**
         * A suggestion as the form posts it back ({@code people:slug},
         * {@code countries:LA}, {@code events:slug}): what "Accept all" ticks and
         * "Dismiss all" unticks.
         */
        public static String key(String kind, String value) {
            return kind + ":" + value;
        }

        /** These tags with the suggestions ({@link #key}s) ticked too. */
        public Tags accept(List<String> suggestions) {
            List<PersonTag> morePeople = new ArrayList<>(people);
            List<String> moreCountries = new ArrayList<>(countries);
            List<String> moreEvents = new ArrayList<>(events);
            for (String suggestion : suggestions) {
                int colon = suggestion.indexOf(':');
                String value = colon < 0 ? "" : suggestion.substring(colon + 1);
                switch (colon < 0 ? "" : suggestion.substring(0, colon)) {
                    case "people" -> {
                        PersonTag tag = PersonTag.parse(value);
                        if (!morePeople.contains(tag)) {
                            morePeople.add(tag);
                        }
                    }
                    case "countries" -> addOnce(moreCountries, value);
                    case "events" -> addOnce(moreEvents, value);
                    default -> {
                    }
                }
            }
            return new Tags(morePeople, moreCountries, moreEvents);
        }

        /** These tags without the suggestions ({@link #key}s). */
        public Tags dismiss(List<String> suggestions) {
            return new Tags(people.stream().filter(tag -> !suggestions.contains(key("people", tag.value()))).toList(),
                    countries.stream().filter(code -> !suggestions.contains(key("countries", code))).toList(),
                    events.stream().filter(slug -> !suggestions.contains(key("events", slug))).toList());
        }

        private static void addOnce(List<String> values, String value) {
            if (!value.isBlank() && !values.contains(value)) {
                values.add(value);
            }
        }
    }

    /**
     * The event typed under "Add an event that is missing"; {@code date} as 1995, 1995-05
     * or 1995-05-08.
     */
    public record NewEvent(String title, String date, String place) {

        static final NewEvent NONE = new NewEvent("", "", "");

        public NewEvent {
            title = typed(title);
            date = nullToEmpty(date);
            place = typed(place);
        }

        public boolean hasTitle() {
            return !title.isBlank();
        }

        public boolean hasDate() {
            return !date.isBlank();
        }
    }

    /**
     * Reads the fields the browser posts (the rescued post of an expired session too);
     * missing ones are blank.
     */
    public static StoryForm fromFields(Map<String, String[]> fields) {
        return new StoryForm(one(fields, "id"), one(fields, "version"),
                new Story(one(fields, "headline"), one(fields, "standfirst"), one(fields, "body"),
                        one(fields, "source"), one(fields, "dateline"), one(fields, "slug"),
                        one(fields, "publishedDate"), one(fields, "publishedTime"), one(fields, "zone"),
                        one(fields, "status"), one(fields, "language")),
                new Tags(all(fields, "people").stream().map(PersonTag::parse).toList(), all(fields, "countries"),
                        all(fields, "events")),
                new NewPerson(one(fields, "newPersonName"), one(fields, "newPersonRole"),
                        one(fields, "newPersonCountry")),
                new NewEvent(one(fields, "newEventTitle"), one(fields, "newEventDate"), one(fields, "newEventPlace")),
                one(fields, "wire"), one(fields, "find"),
                new LeadImage(fields.containsKey("removeImage") ? "" : one(fields, "image"), one(fields, "imageAlt"),
                        one(fields, "imageCaption"), one(fields, "imageCredit"), ""));
    }

    /**
     * The single-valued fields by the name the browser posts them under: what errors are
     * reported against.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("version", version);
        fields.put("wire", wire);
        fields.put("headline", story.headline());
        fields.put("standfirst", story.standfirst());
        fields.put("body", story.body());
        fields.put("source", story.source());
        fields.put("dateline", story.dateline());
        fields.put("language", story.language());
        fields.put("publishedDate", story.publishedDate());
        fields.put("publishedTime", story.publishedTime());
        fields.put("zone", story.zone());
        fields.put("status", story.status());
        fields.put("slug", story.slug());
        fields.put("imageFile", "");
        fields.put("image", image.image());
        fields.put("imageAlt", image.alt());
        fields.put("imageCaption", image.caption());
        fields.put("imageCredit", image.credit());
        fields.put("people", tags.people().stream().map(PersonTag::value).toList());
        fields.put("countries", tags.countries());
        fields.put("events", tags.events());
        fields.put("find", find);
        fields.put("newPersonName", newPerson.name());
        fields.put("newPersonRole", newPerson.role());
        fields.put("newPersonCountry", newPerson.country());
        fields.put("newEventTitle", newEvent.title());
        fields.put("newEventDate", newEvent.date());
        fields.put("newEventPlace", newEvent.place());
        return fields;
    }

    /** Whether the editor typed a person to create with the story. */
    public boolean hasNewPerson() {
        return newPerson.isPresent();
    }

    public boolean isNew() {
        return id.isBlank();
    }

    /**
     * The same text as a story not saved yet: for a story deleted while it was being
     * edited.
     */
    public StoryForm asNew() {
        return new StoryForm("", "", story, tags, newPerson, newEvent, wire, find, image);
    }

    public StoryForm withStory(Story story) {
        return new StoryForm(id, version, story, tags, newPerson, newEvent, wire, find, image);
    }

    public StoryForm withTags(Tags tags) {
        return new StoryForm(id, version, story, tags, newPerson, newEvent, wire, find, image);
    }

    public StoryForm withNewEvent(NewEvent newEvent) {
        return new StoryForm(id, version, story, tags, newPerson, newEvent, wire, find, image);
    }

    public StoryForm withWire(String wire) {
        return new StoryForm(id, version, story, tags, newPerson, newEvent, wire, find, image);
    }

    public StoryForm withImage(LeadImage image) {
        return new StoryForm(id, version, story, tags, newPerson, newEvent, wire, find, image);
    }

    /**
     * Control characters PostgreSQL text cannot hold, or that only confuse, are dropped;
     * line breaks stay.
     */
    static String clean(String text) {
        return PlainText.withoutControlCharacters(text);
    }

    /**
     * {@link #clean} and never null: a story form's value missing from the post is blank.
     */
    static String typed(String text) {
        return nullToEmpty(clean(text));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String one(Map<String, String[]> fields, String name) {
        String[] values = fields.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }

    private static List<String> all(Map<String, String[]> fields, String name) {
        String[] values = fields.get(name);
        return values == null ? List.of() : new ArrayList<>(List.of(values));
    }
}
