package news.dateline.newsroom;

/**
 * A ticked person, read once from the value its tick box posts: a known person's slug, or
 * {@code new:Name|Role|CC} for a person the recognizer proposed, created when the story
 * is saved.
 */
public sealed interface PersonTag {

    /** The prefix of a proposed person's value. */
    String NEW = "new:";

    /** What the tick box posts. */
    String value();

    static PersonTag parse(String value) {
        if (value == null || !value.startsWith(NEW)) {
            return new Known(value == null ? "" : value);
        }
        String[] parts = value.substring(NEW.length()).split("\\|", -1);
        return new Proposed(
                new NewPerson(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
    }

    /** A person the portal knows, by slug. */
    record Known(String slug) implements PersonTag {
        @Override
        public String value() {
            return slug;
        }
    }

    /** A person the recognizer found in the text and the portal does not know yet. */
    record Proposed(NewPerson person) implements PersonTag {

        @Override
        public String value() {
            return NEW + String.join("|", person.name(), person.role(), person.country());
        }
    }

}
