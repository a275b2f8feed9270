package news.dateline.country;

import java.util.List;

/** A server-rendered SVG of a timeline: one dot per year with events, placed to scale. */
public record TimelineGraphic(int from, int to, List<Dot> dots) {

    static final int WIDTH = 1000;
    static final int MARGIN = 40;

    /** A year's dot: its x in the 1000-wide view box, and how many events it holds. */
    public record Dot(int year, int x, int events, boolean labelAbove) {
        /**
         * Grows with the events, up to a size that leaves room for the neighbours'
         * labels.
         */
        public int radius() {
            return Math.min(5 + events * 2, 18);
        }
    }

    public static TimelineGraphic of(List<CountryQueries.TimelineYear> years) {
        return dots(years.stream().map(year -> new int[] { year.year(), year.events().size() }).toList());
    }

    /** The graphic of a timeline known by its counts of events per year. */
    public static TimelineGraphic counted(List<CountryQueries.TimelinePeriod> years) {
        return dots(years.stream().map(year -> new int[] { year.year(), (int) year.events() }).toList());
    }

    /** One dot per {year, events}, in year order. */
    private static TimelineGraphic dots(List<int[]> years) {
        if (years.isEmpty()) {
            return new TimelineGraphic(0, 0, List.of());
        }
        int from = years.getFirst()[0];
        int to = years.getLast()[0];
        int span = Math.max(1, to - from);
        List<Dot> dots = new java.util.ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            var year = years.get(i);
            int x = MARGIN + (int) Math.round((year[0] - from) * (WIDTH - 2.0 * MARGIN) / span);
            dots.add(new Dot(year[0], x, year[1], i % 2 == 1));
        }
        return new TimelineGraphic(from, to, dots);
    }

    public boolean isEmpty() {
        return dots.isEmpty();
    }

    public String description() {
        return dots.size() + " years with events, from " + from + " to " + to;
    }
}
