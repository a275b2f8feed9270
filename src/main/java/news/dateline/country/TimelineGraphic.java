package news.dateline.country;

import java.util.List;

/** A server-rendered SVG of a timeline: one dot per year with events, placed to scale. */
public record TimelineGraphic(int from, int to, List<Dot> dots) {

    static final int WIDTH = 1000;
    static final int MARGIN = 40;

    /** A year's dot: its x in the 1000-wide view box, and how many events it holds. */
    public record Dot(int year, int x, int events, boolean labelAbove) {
    }

    public static TimelineGraphic of(List<CountryQueries.TimelineYear> years) {
        if (years.isEmpty()) {
            return new TimelineGraphic(0, 0, List.of());
        }
        int from = years.getFirst().year();
        int to = years.getLast().year();
        int span = Math.max(1, to - from);
        List<Dot> dots = new java.util.ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            var year = years.get(i);
            int x = MARGIN + (int) Math.round((year.year() - from) * (WIDTH - 2.0 * MARGIN) / span);
            dots.add(new Dot(year.year(), x, year.events().size(), i % 2 == 1));
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
