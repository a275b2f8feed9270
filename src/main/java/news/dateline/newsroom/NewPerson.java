package news.dateline.newsroom;

/**
 * A person to create with a story: typed under "Add a person who is missing", or proposed
 * by the recognizer and ticked (see {@link PersonTag.Proposed}).
 *
 * @param role blank when unknown
 * @param country ISO alpha-2 code, blank when unknown
 */
public record NewPerson(String name, String role, String country) {

    static final NewPerson NONE = new NewPerson("", "", "");

    public NewPerson {
        name = StoryForm.typed(name);
        role = StoryForm.typed(role);
        country = country == null ? "" : country;
    }

    /** Whether a name was typed: without one there is no one to create. */
    public boolean isPresent() {
        return !name.isBlank();
    }

    /** What the editor reads beside its tick box: "Name (new: Role)" or "Name (new)". */
    public String label() {
        return name + (role.isBlank() ? " (new)" : " (new: " + role + ")");
    }
}
