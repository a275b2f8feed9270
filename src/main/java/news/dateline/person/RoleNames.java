package news.dateline.person;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Tells when two roles as stories write them name one office: "Foreign Minister",
 * "Minister of Foreign Affairs" and "foreign affairs minister" are one role, and so are
 * "Deputy Minister of Foreign Affairs" and "Deputy Foreign Minister" ("Vice" is kept
 * apart from "Deputy": some governments have both). Used wherever roles are compared: the
 * person page's roles over time and the evaluation's role scores.
 */
public final class RoleNames {

    /**
     * Ways of writing an office and the one form they are compared in, applied in order
     * to whole words.
     */
    private static final List<String[]> SYNONYMS = List.of(
            new String[] { "minister for foreign affairs", "foreign minister" },
            new String[] { "minister of foreign affairs", "foreign minister" },
            new String[] { "foreign affairs minister", "foreign minister" },
            new String[] { "minister of national defence", "defence minister" },
            new String[] { "minister of national defense", "defence minister" },
            new String[] { "national defence minister", "defence minister" },
            new String[] { "minister of defence", "defence minister" },
            new String[] { "minister of defense", "defence minister" },
            new String[] { "defense minister", "defence minister" }, new String[] { "state president", "president" },
            new String[] { "premier", "prime minister" });

    private RoleNames() {
    }

    /** The form a role is compared in: lower case, no accents, synonyms made one. */
    public static String key(String role) {
        if (role == null) {
            return "";
        }
        String plain = Normalizer.normalize(role, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip()
            .replaceFirst("^the ", "");
        String key = " " + plain + " ";
        for (String[] synonym : SYNONYMS) {
            key = key.replace(" " + synonym[0] + " ", " " + synonym[1] + " ");
        }
        return key.strip();
    }

    /** Whether the two roles name one office. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

}
