package news.dateline.ingest.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places the parser knows by name, for a dateline that stands alone on its line ("ANKARA"
 * above the lead), where nothing but the name says it is a place and not a paper's name
 * in capitals ("SGGPO"): the cities and regions of {@code ingest/places.txt}, the cities
 * of the JDK's time zones ("Asia/Ho_Chi_Minh"), and the countries' English names.
 * Compared without case and accents.
 */
final class KnownPlaces {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Set<String> FOLDED = load();

    private KnownPlaces() {
    }

    static boolean isKnown(String name) {
        return FOLDED.contains(fold(name));
    }

    private static String fold(String name) {
        return MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD))
            .replaceAll("")
            .replace('đ', 'd')
            .replace('Đ', 'D')
            .toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> places = new HashSet<>();
        try (InputStream in = KnownPlaces.class.getClassLoader().getResourceAsStream("ingest/places.txt")) {
            if (in == null) {
                throw new IllegalStateException("ingest/places.txt is not on the class path");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> places.add(fold(line)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String zone : ZoneId.getAvailableZoneIds()) {
            int slash = zone.lastIndexOf('/');
            if (slash > 0 && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")) {
                places.add(fold(zone.substring(slash + 1).replace('_', ' ')));
            }
        }
        for (String code : Locale.getISOCountries()) {
            places.add(fold(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)));
        }
        return Set.copyOf(places);
    }

}
