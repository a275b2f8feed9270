package news.dateline.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A country's locator map: the region around it as SVG shapes, its neighbours muted and
 * the country itself highlighted, from Natural Earth's admin-0 countries at 1:110m
 * (public domain; {@code maps/countries.txt}, made by {@code scripts/locator-maps.py},
 * see {@code maps/README.md}). The projection is equirectangular, its longitudes narrowed
 * by the cosine of the view's middle latitude, centred on the country (so a country
 * across the antimeridian, Russia or Fiji, is drawn whole) and cropped to its padded
 * bounding box at 4:3. A country too small for 1:110m (Singapore, Malta) is a dot at the
 * centre of its 1:50m outline, a small one is ringed. Maps are made once per code and
 * name and kept.
 */
public final class LocatorMaps {

    /** The view box's size. */
    public static final int WIDTH = 400;

    public static final int HEIGHT = 300;

    /** Outlines whose projected size is under this many units get a ring around them. */
    private static final double SMALL = 10;

    private static final Map<String, LocatorMap> MADE = new ConcurrentHashMap<>();

    private static final Map<String, String> PICTURES = new ConcurrentHashMap<>();

    private LocatorMaps() {
    }

    /**
     * A map: its picture is {@link #address()} ({@link #svg()}), its accessible name the
     * {@code label} ({@code country/map.html}).
     *
     * @param code the country's ISO 3166-1 alpha-2 code, in capitals
     * @param neighbours the other countries' outlines in view, one path each
     * @param country the country's outline as a path, empty when it is only a dot
     * @param marker a ring or dot marking a small country, or null
     * @param label what the map shows, its accessible name: "Laos on a map with its
     * neighbours Vietnam, Thailand, …"
     */
    public record LocatorMap(String code, List<String> neighbours, String country, @Nullable Marker marker,
            String label) {

        public int width() {
            return WIDTH;
        }

        public int height() {
            return HEIGHT;
        }

        /** Where its picture is: {@code /maps/la.svg}. */
        public String address() {
            return "/maps/" + code.toLowerCase(Locale.ROOT) + ".svg";
        }

        /**
         * The picture as an SVG document of its own, with its colours (light and dark) in
         * its {@link #STYLE}: no text, no link, no script.
         */
        public String svg() {
            return LocatorMaps.svg(neighbours, country.isEmpty() ? List.of() : List.of(country),
                    marker == null ? List.of() : List.of(marker));
        }

    }

    /** An SVG document of a map: the land, the countries highlighted, their markers. */
    static String svg(List<String> land, List<String> countries, List<Marker> markers) {
        StringBuilder svg = new StringBuilder(256 + land.size() * 400 + countries.size() * 1000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(HEIGHT)
            .append("\" width=\"")
            .append(WIDTH)
            .append("\" height=\"")
            .append(HEIGHT)
            .append("\">\n<style>")
            .append(STYLE)
            .append("</style>\n<rect class=\"sea\" width=\"")
            .append(WIDTH)
            .append("\" height=\"")
            .append(HEIGHT)
            .append("\"/>\n");
        for (String d : land) {
            svg.append("<path class=\"land\" d=\"").append(d).append("\"/>\n");
        }
        for (String d : countries) {
            svg.append("<path class=\"country\" d=\"").append(d).append("\"/>\n");
        }
        for (Marker marker : markers) {
            svg.append("<circle class=\"")
                .append(marker.filled() ? "dot" : "ring")
                .append("\" cx=\"")
                .append(marker.cx())
                .append("\" cy=\"")
                .append(marker.cy())
                .append("\" r=\"")
                .append(marker.r())
                .append("\"/>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * The map's colours: the site's (its style sheet's paper and accent), the country in
     * the accent, its neighbours muted; dark when the reader's system is. A picture keeps
     * its own style: the page's style sheet does not reach into an {@code img}.
     */
    public static final String STYLE = ".sea{fill:#e3ebee}"
            + ".land{fill:#ece7dc;stroke:#b5ad9c;stroke-width:.7;stroke-linejoin:round}"
            + ".country{fill:#8a1c1c;stroke:#fdfcf9;stroke-width:.9;stroke-linejoin:round}"
            + ".ring{fill:none;stroke:#8a1c1c;stroke-width:3}" + ".dot{fill:#8a1c1c;stroke:#fdfcf9;stroke-width:2}"
            + "@media (prefers-color-scheme:dark){.sea{fill:#1a2226}.land{fill:#2e2c29;stroke:#57524a}"
            + ".country,.dot{fill:#f08a7e;stroke:#141414}.ring{stroke:#f08a7e}}";

    /** A circle marking a small country: filled when it is only a dot. */
    public record Marker(String cx, String cy, int r, boolean filled) {
    }

    /** One country's or land's outline as the resource holds it. */
    record Outline(String code, String name, List<String> neighbours, List<double[]> rings, double @Nullable [] dot) {
    }

    /**
     * The map of the country with this ISO 3166-1 alpha-2 code, named {@code name} (the
     * portal's name), or empty when Natural Earth has no such country.
     */
    public static Optional<LocatorMap> of(@Nullable String code, String name) {
        Outline outline = outline(code);
        if (outline == null) {
            return Optional.empty();
        }
        return Optional.of(MADE.computeIfAbsent(outline.code() + "\n" + name, key -> draw(outline, name)));
    }

    /**
     * The picture of the country with this code ({@link LocatorMap#svg()}: the same
     * whatever the country is called), made once, or empty when Natural Earth has no such
     * country.
     */
    public static Optional<String> picture(@Nullable String code) {
        Outline outline = outline(code);
        if (outline == null) {
            return Optional.empty();
        }
        return Optional.of(PICTURES.computeIfAbsent(outline.code(), key -> draw(outline, outline.name()).svg()));
    }

    /**
     * Two countries on one map, a relation's: both highlighted, the view around both.
     *
     * @param address where its picture is: {@code /maps/ru-us.svg}, the codes in the
     * order given
     * @param label what the map shows, its accessible name: "Russia and the United States
     * on a map"
     */
    public record PairMap(String address, String label) {

        public int width() {
            return WIDTH;
        }

        public int height() {
            return HEIGHT;
        }

    }

    /**
     * Pair pictures kept, the most recently asked for: a stranger asking for every pair
     * of codes costs no memory.
     */
    private static final int PAIRS_KEPT = 256;

    private static final Map<String, String> PAIR_PICTURES = java.util.Collections
        .synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > PAIRS_KEPT;
            }
        });

    /**
     * The map of two countries named {@code nameA} and {@code nameB}, or empty when
     * Natural Earth lacks either or they are one.
     */
    public static Optional<PairMap> pairOf(@Nullable String codeA, String nameA, @Nullable String codeB, String nameB) {
        Outline a = outline(codeA);
        Outline b = outline(codeB);
        if (a == null || b == null || a == b) {
            return Optional.empty();
        }
        return Optional.of(new PairMap(
                "/maps/" + a.code().toLowerCase(Locale.ROOT) + "-" + b.code().toLowerCase(Locale.ROOT) + ".svg",
                nameA + " and " + nameB + " on a map"));
    }

    /**
     * The picture of two countries together ({@link #svg}: the land around them, both
     * highlighted), or empty when Natural Earth lacks either or they are one.
     */
    public static Optional<String> pairPicture(@Nullable String codeA, @Nullable String codeB) {
        Outline a = outline(codeA);
        Outline b = outline(codeB);
        if (a == null || b == null || a == b) {
            return Optional.empty();
        }
        String key = a.code() + "-" + b.code();
        String picture = PAIR_PICTURES.get(key);
        if (picture == null) {
            picture = drawPair(a, b);
            PAIR_PICTURES.put(key, picture);
        }
        return Optional.of(picture);
    }

    static String drawPair(Outline a, Outline b) {
        View view = pairView(a, b);
        List<String> land = new ArrayList<>();
        for (Outline other : Data.ALL) {
            if (other != a && other != b) {
                Shape shape = shape(other, view);
                if (shape != null) {
                    land.add(shape.d());
                }
            }
        }
        List<String> countries = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        for (Outline one : List.of(a, b)) {
            Shape own = shape(one, view);
            if (own != null) {
                countries.add(own.d());
            }
            Marker marker = marker(one, own, view);
            if (marker != null) {
                markers.add(marker);
            }
        }
        return svg(land, countries, markers);
    }

    private static @Nullable Outline outline(@Nullable String code) {
        if (code == null || !code.matches("[A-Za-z]{2}")) {
            return null;
        }
        return Data.BY_CODE.get(code.toUpperCase(Locale.ROOT));
    }

    /** The view of a map: its bounds in shifted degrees and how a point is projected. */
    record View(double centre, double left, double top, double kx, double scale) {

        double x(double lon) {
            return (lon - left) * kx * scale;
        }

        double y(double lat) {
            return (top - lat) * scale;
        }

        double right() {
            return left + WIDTH / scale / kx;
        }

        double bottom() {
            return top - HEIGHT / scale;
        }

        /**
         * The ring moved by whole turns so that its longitudes lie nearest the centre.
         */
        double[] shifted(double[] ring) {
            double sum = 0;
            for (int i = 0; i < ring.length; i += 2) {
                sum += ring[i];
            }
            double turns = Math.round((centre - sum / (ring.length / 2)) / 360);
            if (turns == 0) {
                return ring;
            }
            double[] moved = ring.clone();
            for (int i = 0; i < moved.length; i += 2) {
                moved[i] += turns * 360;
            }
            return moved;
        }

        double shiftedLon(double lon) {
            return lon + Math.round((centre - lon) / 360) * 360;
        }

    }

    static LocatorMap draw(Outline outline, String name) {
        View view = view(outline);
        List<Shape> others = new ArrayList<>();
        for (Outline other : Data.ALL) {
            if (other != outline) {
                Shape shape = shape(other, view);
                if (shape != null) {
                    others.add(shape);
                }
            }
        }
        Shape own = shape(outline, view);
        Marker marker = marker(outline, own, view);
        return new LocatorMap(outline.code(), others.stream().map(Shape::d).toList(), own == null ? "" : own.d(),
                marker, label(outline, name, others, view));
    }

    /**
     * A dot for a country too small for the map, a ring around a small one, else null.
     */
    private static @Nullable Marker marker(Outline outline, @Nullable Shape own, View view) {
        if (outline.dot() != null) {
            return new Marker(format(view.x(view.shiftedLon(outline.dot()[0]))), format(view.y(outline.dot()[1])), 6,
                    true);
        }
        if (own != null && own.width() < SMALL && own.height() < SMALL) {
            return new Marker(format(own.cx()), format(own.cy()), 14, false);
        }
        return null;
    }

    /** The view around the country's main parts: the largest and those near it. */
    static View view(Outline outline) {
        if (outline.dot() != null) {
            double lon = outline.dot()[0];
            double lat = outline.dot()[1];
            return fit(lon, lon, lat, lat, lon);
        }
        double centre = centre(outline.rings());
        double[] box = mainBox(outline, centre);
        return fit(box[0], box[2], box[1], box[3], centre);
    }

    /**
     * The view around two countries' main parts, centred on the longitudes both cover:
     * Russia and the United States meet across the Bering Strait.
     */
    static View pairView(Outline a, Outline b) {
        List<double[]> rings = new ArrayList<>();
        for (Outline one : List.of(a, b)) {
            if (one.dot() != null) {
                rings.add(one.dot().clone());
            }
            else {
                rings.addAll(one.rings());
            }
        }
        double centre = centre(rings);
        double[] box = mainBox(a, centre);
        double[] other = mainBox(b, centre);
        return fit(Math.min(box[0], other[0]), Math.max(box[2], other[2]), Math.min(box[1], other[1]),
                Math.max(box[3], other[3]), centre);
    }

    /**
     * The bounds (west, south, east, north, in degrees moved by whole turns toward
     * {@code centre}) of the country's largest part and the parts near it.
     */
    private static double[] mainBox(Outline outline, double centre) {
        View shifting = new View(centre, 0, 0, 1, 1);
        if (outline.dot() != null) {
            double lon = shifting.shiftedLon(outline.dot()[0]);
            return new double[] { lon, outline.dot()[1], lon, outline.dot()[1] };
        }
        List<double[]> bounds = new ArrayList<>();
        for (double[] ring : outline.rings()) {
            bounds.add(bounds(shifting.shifted(ring)));
        }
        double[] box = bounds.stream().max(Comparator.comparingDouble(LocatorMaps::extent)).orElseThrow().clone();
        boolean grown = true;
        while (grown) {
            grown = false;
            double reach = Math.max(6, 0.3 * Math.max(box[2] - box[0], box[3] - box[1]));
            for (double[] b : bounds) {
                boolean inside = b[0] >= box[0] && b[2] <= box[2] && b[1] >= box[1] && b[3] <= box[3];
                double gapX = Math.max(0, Math.max(b[0] - box[2], box[0] - b[2]));
                double gapY = Math.max(0, Math.max(b[1] - box[3], box[1] - b[3]));
                if (!inside && Math.hypot(gapX, gapY) <= reach) {
                    box[0] = Math.min(box[0], b[0]);
                    box[1] = Math.min(box[1], b[1]);
                    box[2] = Math.max(box[2], b[2]);
                    box[3] = Math.max(box[3], b[3]);
                    grown = true;
                }
            }
        }
        return box;
    }

    /** A 4:3 view of the box, padded, at least a few degrees across, within the poles. */
    private static View fit(double west, double east, double south, double north, double centre) {
        double middle = (south + north) / 2;
        double kx = Math.max(0.3, Math.cos(Math.toRadians(middle)));
        double width = (east - west) * kx;
        double height = north - south;
        double pad = Math.max(2.5, 0.22 * Math.max(width, height));
        width = Math.max(width + 2 * pad, 14);
        height = Math.max(height + 2 * pad, 10.5);
        if (width * HEIGHT < height * WIDTH) {
            width = height * WIDTH / HEIGHT;
        }
        else {
            height = width * HEIGHT / WIDTH;
        }
        double top = middle + height / 2;
        if (top > 89) {
            top = 89;
        }
        else if (top - height < -89) {
            top = -89 + height;
        }
        double left = (west + east) / 2 - width / kx / 2;
        return new View(centre, left, top, kx, WIDTH / width);
    }

    /**
     * The longitude in the middle of the country's extent: the opposite of the widest
     * stretch of longitudes none of its parts covers, so that Russia's centre is near
     * 100° E and Fiji's near 180°.
     */
    static double centre(List<double[]> rings) {
        List<double[]> spans = new ArrayList<>();
        for (double[] ring : rings) {
            double[] b = bounds(ring);
            if (b[2] - b[0] >= 360) {
                return 0;
            }
            double west = ((b[0] + 180) % 360 + 360) % 360 - 180;
            double east = west + (b[2] - b[0]);
            spans.add(new double[] { west, Math.min(east, 180) });
            if (east > 180) {
                spans.add(new double[] { -180, east - 360 });
            }
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] s : spans) {
            if (!merged.isEmpty() && s[0] <= merged.getLast()[1]) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], s[1]);
            }
            else {
                merged.add(s.clone());
            }
        }
        double widestGap = -1;
        double gapEnd = 0;
        for (int i = 0; i < merged.size(); i++) {
            double end = merged.get(i)[1];
            double nextStart = i + 1 < merged.size() ? merged.get(i + 1)[0] : merged.getFirst()[0] + 360;
            if (nextStart - end > widestGap) {
                widestGap = nextStart - end;
                gapEnd = nextStart;
            }
        }
        double extent = 360 - widestGap;
        double middle = gapEnd + extent / 2;
        return ((middle + 180) % 360 + 360) % 360 - 180;
    }

    /** A country's visible outline as one path, with its size in view units. */
    record Shape(String code, String name, String d, double area, double minX, double minY, double maxX, double maxY) {

        double width() {
            return maxX - minX;
        }

        double height() {
            return maxY - minY;
        }

        double cx() {
            return (minX + maxX) / 2;
        }

        double cy() {
            return (minY + maxY) / 2;
        }

    }

    private static @Nullable Shape shape(Outline outline, View view) {
        double marginX = 8 / view.scale() / view.kx();
        double marginY = 8 / view.scale();
        double west = view.left() - marginX;
        double east = view.right() + marginX;
        double north = view.top() + marginY;
        double south = view.bottom() - marginY;
        StringBuilder d = new StringBuilder();
        double area = 0;
        double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (double[] raw : outline.rings()) {
            double[] ring = view.shifted(raw);
            double[] b = bounds(ring);
            if (b[2] < west || b[0] > east || b[3] < south || b[1] > north) {
                continue;
            }
            double[] clipped = clip(ring, west, south, east, north);
            if (clipped.length < 6) {
                continue;
            }
            int start = d.length();
            String last = null;
            double lastX = 0;
            double lastY = 0;
            int points = 0;
            double ringArea = 0;
            double px = view.x(clipped[clipped.length - 2]);
            double py = view.y(clipped[clipped.length - 1]);
            for (int i = 0; i < clipped.length; i += 2) {
                double x = view.x(clipped[i]);
                double y = view.y(clipped[i + 1]);
                ringArea += px * y - x * py;
                px = x;
                py = y;
                // a point within a unit of the last one drawn adds nothing a reader can
                // see
                if (points > 0 && Math.abs(x - lastX) + Math.abs(y - lastY) < 1.5 && i + 2 < clipped.length) {
                    continue;
                }
                String point = Math.round(x) + " " + Math.round(y);
                if (point.equals(last)) {
                    continue;
                }
                lastX = x;
                lastY = y;
                d.append(points == 0 ? "M" : points == 1 ? "L" : " ").append(point);
                last = point;
                points++;
                box[0] = Math.min(box[0], x);
                box[1] = Math.min(box[1], y);
                box[2] = Math.max(box[2], x);
                box[3] = Math.max(box[3], y);
            }
            if (points < 3) {
                d.setLength(start);
            }
            else {
                d.append('Z');
                area += Math.abs(ringArea) / 2;
            }
        }
        if (d.isEmpty()) {
            return null;
        }
        return new Shape(outline.code(), outline.name(), d.toString(), area, box[0], box[1], box[2], box[3]);
    }

    /** The ring cut to the rectangle (Sutherland and Hodgman), as lon, lat pairs. */
    static double[] clip(double[] ring, double west, double south, double east, double north) {
        double[] points = ring;
        for (int edge = 0; edge < 4 && points.length >= 6; edge++) {
            double[] out = new double[points.length * 2 + 4];
            int n = 0;
            int count = points.length / 2;
            for (int i = 0; i < count; i++) {
                double ax = points[(2 * (i + count - 1)) % points.length];
                double ay = points[(2 * (i + count - 1) + 1) % points.length];
                double bx = points[2 * i];
                double by = points[2 * i + 1];
                boolean aIn = inside(edge, ax, ay, west, south, east, north);
                boolean bIn = inside(edge, bx, by, west, south, east, north);
                if (bIn != aIn) {
                    double t = switch (edge) {
                        case 0 -> (west - ax) / (bx - ax);
                        case 1 -> (east - ax) / (bx - ax);
                        case 2 -> (south - ay) / (by - ay);
                        default -> (north - ay) / (by - ay);
                    };
                    out[n++] = ax + t * (bx - ax);
                    out[n++] = ay + t * (by - ay);
                }
                if (bIn) {
                    out[n++] = bx;
                    out[n++] = by;
                }
            }
            points = Arrays.copyOf(out, n);
        }
        return points;
    }

    private static boolean inside(int edge, double x, double y, double west, double south, double east, double north) {
        return switch (edge) {
            case 0 -> x >= west;
            case 1 -> x <= east;
            case 2 -> y >= south;
            default -> y <= north;
        };
    }

    private static String label(Outline outline, String name, List<Shape> others, View view) {
        String marked = outline.dot() != null ? name + ", marked with a dot," : name;
        List<String> inView = others.stream().map(Shape::code).toList();
        List<String> neighbours = outline.neighbours()
            .stream()
            .filter(inView::contains)
            .map(Data.BY_CODE::get)
            .filter(o -> o != null)
            .map(Outline::name)
            .toList();
        if (!neighbours.isEmpty()) {
            return marked + " on a map with its neighbour" + (neighbours.size() == 1 ? " " : "s ")
                    + list(neighbours, 6);
        }
        // an island: the countries nearest the middle of the map
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        List<String> nearby = others.stream()
            .filter(s -> !"--".equals(s.code()))
            .sorted(Comparator
                .comparingDouble((Shape s) -> Math.hypot(Math.max(0, Math.max(s.minX() - cx, cx - s.maxX())),
                        Math.max(0, Math.max(s.minY() - cy, cy - s.maxY()))))
                .thenComparing(Shape::area, Comparator.reverseOrder()))
            .map(Shape::name)
            .distinct()
            .limit(3)
            .toList();
        if (nearby.isEmpty()) {
            return marked + " on a map of the sea around it";
        }
        return marked + " on a map of the region with " + list(nearby, 3);
    }

    private static String list(List<String> names, int max) {
        List<String> shown = names.size() > max ? names.subList(0, max) : names;
        String tail = names.size() > max ? " and " + (names.size() - max) + " more" : null;
        if (tail == null && shown.size() > 1) {
            return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.getLast();
        }
        return String.join(", ", shown) + (tail == null ? "" : tail);
    }

    /** [west, south, east, north] of a ring of lon, lat pairs. */
    static double[] bounds(double[] ring) {
        double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (int i = 0; i < ring.length; i += 2) {
            b[0] = Math.min(b[0], ring[i]);
            b[1] = Math.min(b[1], ring[i + 1]);
            b[2] = Math.max(b[2], ring[i]);
            b[3] = Math.max(b[3], ring[i + 1]);
        }
        return b;
    }

    private static double extent(double[] b) {
        return (b[2] - b[0]) * Math.cos(Math.toRadians((b[1] + b[3]) / 2)) * (b[3] - b[1]);
    }

    private static String format(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10)
                : (tenths < 0 && tenths > -10 ? "-0." + (-tenths) : tenths / 10 + "." + Math.abs(tenths % 10));
    }

    /** The resource, read once. */
    static final class Data {

        static final List<Outline> ALL = read();

        static final Map<String, Outline> BY_CODE = index(ALL);

        private Data() {
        }

        private static List<Outline> read() {
            var in = LocatorMaps.class.getResourceAsStream("/maps/countries.txt");
            if (in == null) {
                throw new IllegalStateException("maps/countries.txt is missing");
            }
            List<Outline> outlines = new ArrayList<>();
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\t", -1);
                    List<String> neighbours = cells[2].isEmpty() ? List.of() : List.of(cells[2].split(","));
                    if (cells[3].startsWith("@")) {
                        String[] at = cells[3].substring(1).split(",");
                        outlines.add(new Outline(cells[0], cells[1], neighbours, List.of(),
                                new double[] { Integer.parseInt(at[0]) / 100.0, Integer.parseInt(at[1]) / 100.0 }));
                        continue;
                    }
                    List<double[]> rings = new ArrayList<>();
                    for (String encoded : cells[3].split(";")) {
                        String[] numbers = encoded.split(",");
                        double[] ring = new double[numbers.length];
                        long x = 0;
                        long y = 0;
                        for (int i = 0; i < numbers.length; i += 2) {
                            x += Long.parseLong(numbers[i]);
                            y += Long.parseLong(numbers[i + 1]);
                            ring[i] = x / 100.0;
                            ring[i + 1] = y / 100.0;
                        }
                        rings.add(ring);
                    }
                    outlines.add(new Outline(cells[0], cells[1], neighbours, List.copyOf(rings), null));
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return List.copyOf(outlines);
        }

        private static Map<String, Outline> index(List<Outline> outlines) {
            Map<String, Outline> byCode = new HashMap<>();
            for (Outline outline : outlines) {
                if (!"--".equals(outline.code())) {
                    byCode.put(outline.code(), outline);
                }
            }
            return Map.copyOf(byCode);
        }

    }

}
