package news.dateline.newsroom;

/**
 * A person, country or event the editor can tick: already tagged, suggested by the
 * recognizer, or found by the picker.
 *
 * @param value what the form sends back (a slug, a code, or {@code new:Name|Role|CC})
 * @param label what the editor reads
 * @param checked tagged now
 * @param suggested proposed by the recognizer
 */
public record Choice(String value, String label, boolean checked, boolean suggested) {
}
