package news.dateline.country;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.dateline.shared.PartialDate;

/**
 * A timeline drawn as a server-rendered SVG, twice: {@link #wide()} along a horizontal
 * axis for desktops, {@link #tall()} down a vertical one for phones (the page's style
 * sheet shows one of them). Every mark is a link with an accessible name: an event's mark
 * links to the event, a cluster of events too close together to tell apart shows their
 * count and links to their year in the list below, a year of a long timeline shows its
 * count of events and links to that year ({@code ?period=}). Each year is labelled once
 * (on a long axis every second, fifth or tenth year); a timeline within one year is drawn
 * by month, and a single event carries its title, so that one mark still reads as a
 * picture.
 *
 * @param marks how many marks the drawings hold (the same in both)
 */
public record TimelineGraphic(Drawing wide, Drawing tall, int marks, String description) {

    /** Width of the horizontal drawing's view box. */
    static final int WIDE = 1000;

    /** Width of the vertical drawing's view box. */
    static final int NARROW = 360;

    /** Closer than this (in view-box units) two marks become one cluster. */
    static final int GAP = 26;

    /**
     * One drawing: its view box, its axis from (x1, y1) to (x2, y2), the year (or month)
     * ticks with their labels, and the marks.
     */
    public record Drawing(int width, int height, int x1, int y1, int x2, int y2, List<Tick> ticks, List<Mark> marks,
            List<Caption> captions) {
        public String viewBox() {
            return "0 0 " + width + " " + height;
        }

        /**
         * The strong ticks, or the others, as one path ("M40 39L40 53M97 39L97 53"): one
         * element for all of them rather than a line each, since the graphic is drawn
         * twice in every country and relation page. Empty when there are none.
         */
        public String tickPath(boolean strong) {
            StringBuilder d = new StringBuilder();
            for (Tick t : ticks) {
                if (t.strong() == strong && (t.x1() != t.x2() || t.y1() != t.y2())) {
                    d.append('M').append(t.x1()).append(' ').append(t.y1());
                    d.append('L').append(t.x2()).append(' ').append(t.y2());
                }
            }
            return d.toString();
        }

        /** The ticks that have a label. */
        public List<Tick> labelled() {
            return ticks.stream().filter(t -> t.label() != null).toList();
        }
    }

    /**
     * The classes of a text of the graphic: its kind ("label", "caption"), "strong", and
     * its anchor when it is not the middle (the style sheet centres every text).
     */
    static String textClasses(String kind, String anchor, boolean strong) {
        return kind + (strong ? " strong" : "") + ("middle".equals(anchor) ? "" : " " + anchor);
    }

    /**
     * A tick across the axis at (x1, y1)-(x2, y2) and its label at (labelX, labelY), or
     * no label when {@code label} is null.
     */
    public record Tick(int x1, int y1, int x2, int y2, String label, int labelX, int labelY, String anchor,
            boolean strong) {
        /** The classes of its label: "label", "label strong end"... */
        public String labelClasses() {
            return textClasses("label", anchor, strong);
        }
    }

    /**
     * A mark: a link ({@code href}) with its accessible name ({@code name}), a circle at
     * (x, y) of radius r; {@code count} is written inside when it stands for more than
     * one event.
     */
    public record Mark(String href, String name, int x, int y, int r, int count) {
        /**
         * Whether the count is written inside: more than one event, and its digits fit.
         */
        public boolean counted() {
            return count > 1 && String.valueOf(count).length() * 8 + 4 <= 2 * r;
        }

        /** The baseline of the count written inside the circle. */
        public int textY() {
            return y + 5;
        }
    }

    /** A text beside a mark (the event's title, "3 events"), not a link: the mark is. */
    public record Caption(String text, int x, int y, String anchor, boolean strong) {
        /** Its classes: "caption", "caption strong start"... */
        public String classes() {
            return textClasses("caption", anchor, strong);
        }
    }

    /**
     * What the graphic shows: one event, or one year of a long timeline, with its count.
     */
    record Point(LocalDate at, int year, String href, String name, String title, int count) {
    }

    /**
     * The graphic of a timeline listed whole: one mark per event, close ones clustered.
     */
    public static TimelineGraphic of(List<CountryQueries.TimelineYear> years) {
        List<Point> points = new ArrayList<>();
        for (var year : years) {
            for (var event : year.events()) {
                PartialDate date = PartialDate.parse(event.dateIso());
                points.add(new Point(middle(date), date.year(), "/events/" + event.slug(),
                        event.title() + ", " + event.date(), event.title(), 1));
            }
        }
        return draw(points, false);
    }

    /**
     * The graphic of a long timeline known by its counts of events per year: one mark per
     * year, linking to that year's events on {@code page}.
     */
    public static TimelineGraphic counted(List<CountryQueries.TimelinePeriod> years, String page) {
        List<Point> points = years.stream()
            .map(year -> new Point(LocalDate.of(year.year(), 7, 1), year.year(), page + "?period=" + year.year(),
                    year.year() + ": " + events(year.events()), String.valueOf(year.year()), (int) year.events()))
            .toList();
        return draw(points, true);
    }

    public boolean isEmpty() {
        return marks == 0;
    }

    private static String events(long n) {
        return n == 1 ? "1 event" : "%,d events".formatted(n);
    }

    /** Where a date at its precision sits: the middle of its month or year. */
    private static LocalDate middle(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> LocalDate.of(date.year(), 7, 1);
            case MONTH -> date.start().withDayOfMonth(15);
            case DAY -> date.start();
        };
    }

    private static TimelineGraphic draw(List<Point> points, boolean byYear) {
        if (points.isEmpty()) {
            var none = new Drawing(0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of());
            return new TimelineGraphic(none, none, 0, "");
        }
        int first = points.stream().mapToInt(Point::year).min().orElseThrow();
        int last = points.stream().mapToInt(Point::year).max().orElseThrow();
        var scale = new Scale(LocalDate.of(first, 1, 1), LocalDate.of(last + 1, 1, 1));
        Drawing wide = wide(points, scale, first, last, byYear);
        Drawing tall = tall(points, scale, first, last, byYear);
        int total = points.stream().mapToInt(Point::count).sum();
        String description = "Timeline: " + events(total)
                + (first == last ? " in " + first : ", from " + first + " to " + last);
        return new TimelineGraphic(wide, tall, wide.marks().size(), description);
    }

    /** Dates to a fraction of the axis. */
    private record Scale(LocalDate from, LocalDate to) {
        double at(LocalDate date) {
            return (double) ChronoUnit.DAYS.between(from, date) / ChronoUnit.DAYS.between(from, to);
        }
    }

    /**
     * Points closer than {@link #GAP} on an axis of this length, merged in date order.
     */
    private static List<List<Point>> clusters(List<Point> points, Scale scale, int length, boolean byYear) {
        // Years of a long timeline are told apart down to 18 units: their marks are
        // smaller.
        int gap = byYear ? 18 : GAP;
        List<List<Point>> clusters = new ArrayList<>();
        double start = -gap;
        for (var point : points.stream().sorted(java.util.Comparator.comparing(Point::at)).toList()) {
            double at = scale.at(point.at()) * length;
            if (!clusters.isEmpty() && at - start < gap) {
                clusters.getLast().add(point);
            }
            else {
                clusters.add(new ArrayList<>(List.of(point)));
                start = at;
            }
        }
        return clusters;
    }

    /** A cluster's mark: the point itself, or its count linking to its first year. */
    private static Mark mark(List<Point> cluster, int x, int y, boolean byYear) {
        var first = cluster.getFirst();
        if (cluster.size() == 1) {
            int r = byYear ? Math.min(6 + (int) Math.round(Math.log10(first.count()) * 2.5), 12) : 9;
            return new Mark(first.href(), first.name(), x, y, r, first.count());
        }
        int count = cluster.stream().mapToInt(Point::count).sum();
        var lastPoint = cluster.getLast();
        String when = first.year() == lastPoint.year() ? String.valueOf(first.year())
                : first.year() + " to " + lastPoint.year();
        String href = byYear ? first.href() : "#year-" + first.year();
        return new Mark(href, events(count) + ", " + when, x, y, Math.min(12 + (int) Math.log10(count) * 4, 18), count);
    }

    /** Labels every year, or every 2nd, 5th, 10th... when they would not fit. */
    private static int labelStep(int years, double lengthPerYear, double room) {
        for (int step : new int[] { 1, 2, 5, 10, 20, 50, 100 }) {
            if (lengthPerYear * step >= room) {
                return step;
            }
        }
        return Math.max(1, years);
    }

    /** A tick at the axis's start (the first year) and at each labelled step. */
    private static boolean ticked(int year, int first, int step) {
        return step == 1 || year == first || year % step == 0;
    }

    /**
     * The first year is always labelled, so that the axis says where it starts; then
     * every {@code step}th year far enough from it not to run into its label.
     */
    private static boolean labelled(int year, int first, int step, double perYear, double room) {
        return step == 1 || year == first || (year % step == 0 && (year - first) * perYear >= room);
    }

    private static final int LEFT = 40;

    private static final int RIGHT = 40;

    private static Drawing wide(List<Point> points, Scale scale, int first, int last, boolean byYear) {
        int left = first == last ? 84 : LEFT;
        int length = WIDE - left - RIGHT;
        boolean single = points.size() == 1 && !byYear;
        int axisY = single ? 78 : 46;
        int height = single ? 124 : 96;
        List<Tick> ticks = new ArrayList<>();
        if (first == last) {
            ticks.add(new Tick(left, axisY - 12, left, axisY + 12, null, 0, 0, "middle", true));
            ticks.add(new Tick(left + length, axisY - 12, left + length, axisY + 12, null, 0, 0, "middle", true));
            for (int month = 1; month <= 12; month++) {
                int x = left + (int) Math.round(scale.at(LocalDate.of(first, month, 1)) * length);
                int middle = left + (int) Math.round(scale.at(LocalDate.of(first, month, 15)) * length);
                if (month > 1) {
                    ticks.add(new Tick(x, axisY - 5, x, axisY + 5, null, 0, 0, "middle", false));
                }
                ticks.add(new Tick(x, axisY, x, axisY, shortMonth(month), middle, axisY + 30, "middle", false));
            }
            ticks.add(new Tick(left, axisY, left, axisY, String.valueOf(first), left - 16, axisY + 7, "end", true));
        }
        else {
            int years = last - first + 1;
            double perYear = (double) length / years;
            int step = labelStep(years, perYear, 56);
            for (int year = first; year <= last + 1; year++) {
                int x = left + (int) Math.round(scale.at(LocalDate.of(year, 1, 1)) * length);
                if (ticked(year, first, step)) {
                    ticks.add(new Tick(x, axisY - 7, x, axisY + 7, null, 0, 0, "middle", false));
                }
                if (year <= last && labelled(year, first, step, perYear, 56)) {
                    int middle = left + (int) Math.round(scale.at(LocalDate.of(year, 7, 1)) * length);
                    ticks.add(new Tick(x, axisY, x, axisY, String.valueOf(year), middle, axisY + 36, "middle", false));
                }
            }
        }
        List<Mark> marks = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        for (var cluster : clusters(points, scale, length, byYear)) {
            int x = left + (int) Math.round(scale.at(cluster.getFirst().at()) * length);
            marks.add(mark(cluster, x, axisY, byYear));
        }
        if (single) {
            var mark = marks.getFirst();
            String anchor = mark.x() < 250 ? "start" : mark.x() > WIDE - 250 ? "end" : "middle";
            int x = anchor.equals("start") ? Math.max(mark.x() - 10, 4)
                    : anchor.equals("end") ? mark.x() + 10 : mark.x();
            captions.add(new Caption(shorten(points.getFirst().title(), 70), x, 30, anchor, true));
            captions.add(new Caption(points.getFirst().name().substring(points.getFirst().title().length() + 2), x, 54,
                    anchor, false));
        }
        return new Drawing(WIDE, height, left, axisY, left + length, axisY, ticks, marks, captions);
    }

    private static Drawing tall(List<Point> points, Scale scale, int first, int last, boolean byYear) {
        int axisX = 78;
        int top = first == last ? 40 : 24;
        int years = last - first + 1;
        int length = first == last ? 360 : Math.clamp(years * 60L, 220, 560);
        List<Tick> ticks = new ArrayList<>();
        if (first == last) {
            ticks.add(
                    new Tick(axisX - 12, top, axisX + 12, top, String.valueOf(first), axisX, top - 18, "middle", true));
            ticks.add(new Tick(axisX - 12, top + length, axisX + 12, top + length, null, 0, 0, "end", true));
            for (int month = 1; month <= 12; month++) {
                int y = top + (int) Math.round(scale.at(LocalDate.of(first, month, 1)) * length);
                int middle = top + (int) Math.round(scale.at(LocalDate.of(first, month, 15)) * length);
                if (month > 1) {
                    ticks.add(new Tick(axisX - 5, y, axisX + 5, y, null, 0, 0, "end", false));
                }
                if (month % 3 == 1) {
                    ticks.add(new Tick(axisX, y, axisX, y, shortMonth(month), axisX - 18, middle + 5, "end", false));
                }
            }
        }
        else {
            double perYear = (double) length / years;
            int step = labelStep(years, perYear, 44);
            for (int year = first; year <= last + 1; year++) {
                int y = top + (int) Math.round(scale.at(LocalDate.of(year, 1, 1)) * length);
                if (ticked(year, first, step)) {
                    ticks.add(new Tick(axisX - 7, y, axisX + 7, y, null, 0, 0, "end", false));
                }
                if (year <= last && labelled(year, first, step, perYear, 44)) {
                    int middle = top + (int) Math.round(scale.at(LocalDate.of(year, 7, 1)) * length);
                    ticks.add(new Tick(axisX, y, axisX, y, String.valueOf(year), axisX - 18, middle + 6, "end", false));
                }
            }
        }
        List<Mark> marks = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        for (var cluster : clusters(points, scale, length, byYear)) {
            int y = top + (int) Math.round(scale.at(cluster.getFirst().at()) * length);
            Mark mark = mark(cluster, axisX, y, byYear);
            marks.add(mark);
            String text = cluster.size() == 1 && !byYear ? shorten(cluster.getFirst().title(), 24)
                    : events(cluster.stream().mapToInt(Point::count).sum());
            captions.add(new Caption(text, axisX + 26, y + 6, "start", false));
        }
        return new Drawing(NARROW, length + top * 2, axisX, top, axisX, top + length, ticks, marks, captions);
    }

    private static String shortMonth(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** A title cut at a word to fit a label. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

}
