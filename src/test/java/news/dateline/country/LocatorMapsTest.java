package news.dateline.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Locator maps: the country drawn inside the view, whole across the antimeridian, a dot
 * for a state too small for the 1:110m outlines, and a name a screen reader can read.
 */
class LocatorMapsTest {

    private static final Pattern POINT = Pattern.compile("(-?[0-9.]+) (-?[0-9.]+)");

    @Test
    void laosIsHighlightedInsideTheViewAmongItsNeighbours() {
        var map = LocatorMaps.of("LA", "Laos").orElseThrow();
        double[] box = box(map.country());
        assertThat(box[0]).isGreaterThan(0);
        assertThat(box[1]).isGreaterThan(0);
        assertThat(box[2]).isLessThan(LocatorMaps.WIDTH);
        assertThat(box[3]).isLessThan(LocatorMaps.HEIGHT);
        // padded: Laos fills the middle of the map, not its edges, and is big enough to
        // see
        assertThat(box[2] - box[0]).isBetween(LocatorMaps.WIDTH * 0.3, LocatorMaps.WIDTH * 0.8);
        assertThat(map.marker()).isNull();
        assertThat(map.neighbours()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(map.label()).startsWith("Laos on a map with its neighbours ")
            .contains("Vietnam", "Thailand", "Cambodia", "China", "Myanmar");
    }

    @Test
    void aCountryAcrossTheAntimeridianIsDrawnWholeInOnePiece() {
        var fiji = LocatorMaps.of("fj", "Fiji").orElseThrow();
        double[] box = box(fiji.country());
        assertThat(box[0]).isGreaterThan(0);
        assertThat(box[2]).isLessThan(LocatorMaps.WIDTH);
        // its islands on both sides of 180° lie together in the middle, not at the two
        // edges
        assertThat(box[2] - box[0]).isLessThan(LocatorMaps.WIDTH / 2.0);
        assertThat((box[0] + box[2]) / 2).isBetween(LocatorMaps.WIDTH * 0.3, LocatorMaps.WIDTH * 0.7);

        var russia = LocatorMaps.of("RU", "Russia").orElseThrow();
        double[] all = box(russia.country());
        assertThat(all[0]).isGreaterThanOrEqualTo(0);
        assertThat(all[2]).isLessThanOrEqualTo(LocatorMaps.WIDTH);
        // Chukotka, east of 180°, is drawn east of the rest, at the right of the map
        LocatorMaps.View view = LocatorMaps.view(LocatorMaps.Data.BY_CODE.get("RU"));
        assertThat(view.x(view.shiftedLon(-175))).isBetween(all[2] - 40, all[2]);
        assertThat(view.x(view.shiftedLon(40))).isLessThan(view.x(view.shiftedLon(-175)));
    }

    @Test
    void theCentreOfACountryIsTheMiddleOfTheLongitudesItCovers() {
        assertThat(LocatorMaps.centre(List.of(new double[] { 10, 0, 20, 0, 20, 5 }))).isEqualTo(15);
        // from 170° E to 170° W across the antimeridian: its middle is 180°, not 0°
        double centre = LocatorMaps
            .centre(List.of(new double[] { 170, 0, 180, 0, 180, 5 }, new double[] { -180, 0, -170, 0, -170, 5 }));
        assertThat(Math.abs(centre)).isEqualTo(180);
    }

    @Test
    void aStateTooSmallForTheMapIsADotInsideTheView() {
        var singapore = LocatorMaps.of("SG", "Singapore").orElseThrow();
        assertThat(singapore.country()).isEmpty();
        assertThat(singapore.marker()).isNotNull();
        assertThat(singapore.marker().filled()).isTrue();
        assertThat(Double.parseDouble(singapore.marker().cx())).isBetween(0.0, (double) LocatorMaps.WIDTH);
        assertThat(Double.parseDouble(singapore.marker().cy())).isBetween(0.0, (double) LocatorMaps.HEIGHT);
        assertThat(singapore.label()).startsWith("Singapore, marked with a dot, on a map")
            .contains("Malaysia", "Indonesia");
    }

    @Test
    void theClipKeepsTheRingWithinTheRectangle() {
        double[] square = { -10, -10, 10, -10, 10, 10, -10, 10 };
        double[] clipped = LocatorMaps.clip(square, 0, 0, 5, 5);
        for (int i = 0; i < clipped.length; i += 2) {
            assertThat(clipped[i]).isBetween(0.0, 5.0);
            assertThat(clipped[i + 1]).isBetween(0.0, 5.0);
        }
        assertThat(clipped).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void thePictureIsColouredWithTheSitesAccentAndPaperLightAndDark() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/static/css/site.css"));
        List<String> colours = new ArrayList<>();
        Matcher variable = Pattern.compile("--(?:accent|paper):\\s*(#[0-9a-f]{6})").matcher(css);
        while (variable.find()) {
            colours.add(variable.group(1));
        }

        assertThat(colours).hasSize(4);
        assertThat(LocatorMaps.STYLE).contains(colours);
        assertThat(LocatorMaps.STYLE).contains("prefers-color-scheme:dark");
    }

    @Test
    void everyCountryThePortalKnowsHasAMap() throws Exception {
        // the seeds' reference countries and the archive generator's
        List<String> codes = new ArrayList<>();
        Matcher seeds = Pattern.compile("- code: ([A-Z]{2})").matcher(Files.readString(Path.of("seeds/reference.yml")));
        while (seeds.find()) {
            codes.add(seeds.group(1));
        }
        Matcher cast = Pattern.compile("\\{ \"([A-Z]{2})\", \"")
            .matcher(Files.readString(Path.of("src/main/java/news/dateline/archive/Cast.java")));
        while (cast.find()) {
            codes.add(cast.group(1));
        }
        assertThat(codes).hasSizeGreaterThan(50).contains("LA", "VN", "AZ", "SG", "US");
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            var map = LocatorMaps.of(code, code);
            if (map.isEmpty() || map.get().country().isEmpty() && map.get().marker() == null) {
                missing.add(code);
            }
        }
        assertThat(missing).isEmpty();
        // of every ISO country, only the scattered US Minor Outlying Islands have no map
        // (the page says so)
        List<String> none = Arrays.stream(Locale.getISOCountries())
            .filter(code -> LocatorMaps.of(code, code).isEmpty())
            .toList();
        assertThat(none).hasSizeLessThanOrEqualTo(1);
        assertThat(LocatorMaps.of("QQ", "Nowhere")).isEmpty();
        assertThat(Files.readString(Path.of("src/main/resources/maps/NOTICE"))).contains("Natural Earth",
                "public domain");
        assertThat(LocatorMaps.of("../", "Nowhere")).isEmpty();
        assertThat(LocatorMaps.of(null, "Nowhere")).isEmpty();
    }

    /** [minX, minY, maxX, maxY] of a path's points. */
    @Test
    void twoCountriesAreBothHighlightedInsideOneView() {
        for (String[] pair : new String[][] { { "AZ", "LA" }, { "RU", "US" }, { "VN", "SG" }, { "LA", "VN" } }) {
            String svg = LocatorMaps.pairPicture(pair[0].toLowerCase(Locale.ROOT), pair[1]).orElseThrow();
            Matcher countries = Pattern.compile("<path class=\"country\" d=\"([^\"]+)\"").matcher(svg);
            List<double[]> boxes = new ArrayList<>();
            while (countries.find()) {
                boxes.add(box(countries.group(1)));
            }
            // Singapore is a dot beside Vietnam's outline; the others two outlines
            int dots = svg.split("class=\"dot\"", -1).length - 1;
            assertThat(boxes.size() + dots).as(Arrays.toString(pair)).isEqualTo(2);
            for (double[] box : boxes) {
                assertThat(box[0]).as(Arrays.toString(pair)).isGreaterThanOrEqualTo(0);
                assertThat(box[1]).isGreaterThanOrEqualTo(0);
                assertThat(box[2]).isLessThanOrEqualTo(LocatorMaps.WIDTH);
                assertThat(box[3]).isLessThanOrEqualTo(LocatorMaps.HEIGHT);
            }
            assertThat(svg).contains("class=\"land\"");
        }
        // Russia and the United States meet across the Bering Strait: the view spans less
        // than the world
        String across = LocatorMaps.pairPicture("ru", "us").orElseThrow();
        assertThat(across.split("class=\"land\"", -1).length - 1).isLessThan(LocatorMaps.Data.ALL.size() - 2);

        var map = LocatorMaps.pairOf("AZ", "Azerbaijan", "LA", "Laos").orElseThrow();
        assertThat(map.address()).isEqualTo("/maps/az-la.svg");
        assertThat(map.label()).isEqualTo("Azerbaijan and Laos on a map");
        assertThat(LocatorMaps.pairOf("LA", "Laos", "LA", "Laos")).isEmpty();
        assertThat(LocatorMaps.pairOf("ZZ", "Nowhere", "LA", "Laos")).isEmpty();
        assertThat(LocatorMaps.pairPicture("la", "zz")).isEmpty();
    }

    private static double[] box(String d) {
        double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        Matcher m = POINT.matcher(d);
        int points = 0;
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
            points++;
        }
        assertThat(points).as(d).isGreaterThan(2);
        return box;
    }

}
