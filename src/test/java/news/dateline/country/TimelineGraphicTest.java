package news.dateline.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The timeline graphic's marks, labels and clusters, for both drawings. */
class TimelineGraphicTest {

    private static CountryQueries.TimelineEntry event(String slug, String dateIso) {
        var date = news.dateline.shared.PartialDate.parse(dateIso);
        return new CountryQueries.TimelineEntry(slug, "Event " + slug, date.display(), dateIso, date.year(), null,
                List.of());
    }

    private static List<CountryQueries.TimelineYear> years(CountryQueries.TimelineEntry... events) {
        Map<Integer, List<CountryQueries.TimelineEntry>> byYear = new java.util.TreeMap<>(
                java.util.Arrays.stream(events).collect(Collectors.groupingBy(CountryQueries.TimelineEntry::year)));
        return byYear.entrySet().stream().map(e -> new CountryQueries.TimelineYear(e.getKey(), e.getValue())).toList();
    }

    private static List<String> labels(TimelineGraphic.Drawing drawing) {
        return drawing.ticks().stream().map(TimelineGraphic.Tick::label).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void everyEventIsALinkWithItsNameAndEachYearIsLabelledOnce() {
        var graphic = TimelineGraphic.of(years(event("a", "1995-05"), event("b", "2005"), event("c", "2015-03-02")));

        for (var drawing : List.of(graphic.wide(), graphic.tall())) {
            assertThat(drawing.marks()).extracting(TimelineGraphic.Mark::href)
                .containsExactly("/events/a", "/events/b", "/events/c");
            assertThat(drawing.marks()).extracting(TimelineGraphic.Mark::name)
                .containsExactly("Event a, May 1995", "Event b, 2005", "Event c, 2 March 2015");
            assertThat(labels(drawing)).doesNotHaveDuplicates().contains("2000", "2010");
        }
        assertThat(graphic.wide().marks()).extracting(TimelineGraphic.Mark::x).isSorted();
        assertThat(graphic.tall().marks()).extracting(TimelineGraphic.Mark::y).isSorted();
        assertThat(graphic.description()).isEqualTo("Timeline: 3 events, from 1995 to 2015");
    }

    @Test
    void theFirstYearIsLabelledWhereTheAxisStartsAndNoLabelRunsIntoIt() {
        // 1981 to 2025, as Azerbaijan and Laos: every fifth year on the wide axis, and
        // the first year, where the axis starts
        var graphic = TimelineGraphic
            .of(years(event("a", "1981-06"), event("b", "1995-01-01"), event("c", "2025-12-08")));
        var wide = graphic.wide();
        assertThat(labels(wide)).doesNotHaveDuplicates().startsWith("1981").contains("1985", "2025");
        assertThat(wide.ticks()).anyMatch(t -> t.label() == null && t.x1() == wide.x1());
        var tall = graphic.tall();
        assertThat(labels(tall)).doesNotHaveDuplicates().startsWith("1981");
        assertThat(tall.ticks()).anyMatch(t -> t.label() == null && t.y1() == tall.y1());

        // a first year just before a labelled one: that one gives way to it
        var close = TimelineGraphic.of(years(event("a", "1984"), event("b", "2025")));
        for (var drawing : List.of(close.wide(), close.tall())) {
            assertThat(labels(drawing)).doesNotHaveDuplicates().startsWith("1984").doesNotContain("1985");
            var positions = drawing.ticks()
                .stream()
                .filter(t -> t.label() != null)
                .map(t -> drawing == close.wide() ? t.labelX() : t.labelY())
                .toList();
            for (int i = 1; i < positions.size(); i++) {
                assertThat(positions.get(i) - positions.get(i - 1)).as("room between labels")
                    .isGreaterThanOrEqualTo(44);
            }
        }
    }

    @Test
    void everyTickIsDrawnInThePathOfItsKindAndEveryLabelKeepsItsAnchor() {
        var graphic = TimelineGraphic
            .of(years(event("a", "1981-06"), event("b", "1995-01-01"), event("c", "2025-12-08")));
        for (var drawing : List.of(graphic.wide(), graphic.tall())) {
            for (boolean strong : new boolean[] { true, false }) {
                String path = drawing.tickPath(strong);
                var drawn = drawing.ticks()
                    .stream()
                    .filter(t -> t.strong() == strong && (t.x1() != t.x2() || t.y1() != t.y2()))
                    .toList();
                for (var tick : drawn) {
                    assertThat(path).contains("M" + tick.x1() + " " + tick.y1() + "L" + tick.x2() + " " + tick.y2());
                }
                assertThat(path.chars().filter(c -> c == 'M').count()).isEqualTo(drawn.size());
            }
            assertThat(drawing.tickPath(true) + drawing.tickPath(false)).as("the ticks drawn").isNotEmpty();
            assertThat(drawing.labelled()).extracting(TimelineGraphic.Tick::label).isEqualTo(labels(drawing));
        }
        // the style sheet centres every text: a label's classes name any other anchor
        for (var tick : graphic.tall().labelled()) {
            List<String> classes = List.of(tick.labelClasses().split(" "));
            assertThat(classes).first().isEqualTo("label");
            assertThat(classes.contains("strong")).isEqualTo(tick.strong());
            assertThat(classes.contains(tick.anchor())).isEqualTo(!tick.anchor().equals("middle"));
        }
        assertThat(graphic.tall().labelled()).anyMatch(t -> !t.anchor().equals("middle"));
        assertThat(new TimelineGraphic.Caption("3 events", 0, 0, "start", true).classes())
            .isEqualTo("caption strong start");
        assertThat(new TimelineGraphic.Caption("3 events", 0, 0, "middle", false).classes()).isEqualTo("caption");
    }

    @Test
    void eventsTooCloseToTellApartBecomeOneMarkWithTheirCountLinkingToTheirYear() {
        var graphic = TimelineGraphic.of(years(event("old", "1981"), event("a", "2025-12-08"), event("b", "2025-12-09"),
                event("c", "2025-12-10")));

        var marks = graphic.wide().marks();
        assertThat(marks).hasSize(2);
        assertThat(marks.getLast().count()).isEqualTo(3);
        assertThat(marks.getLast().href()).isEqualTo("#year-2025");
        assertThat(marks.getLast().name()).isEqualTo("3 events, 2025");
    }

    @Test
    void aSingleEventIsDrawnOverItsYearByMonthWithItsTitle() {
        var graphic = TimelineGraphic.of(years(event("only", "2025-12-08")));

        var wide = graphic.wide();
        assertThat(wide.marks()).singleElement().extracting(TimelineGraphic.Mark::href).isEqualTo("/events/only");
        assertThat(labels(wide)).containsExactly("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                "Nov", "Dec", "2025");
        assertThat(wide.captions()).extracting(TimelineGraphic.Caption::text)
            .containsExactly("Event only", "8 December 2025");
        assertThat(wide.marks().getFirst().x()).isBetween(wide.x1() + (wide.x2() - wide.x1()) * 11 / 12, wide.x2());
        assertThat(graphic.tall().captions()).extracting(TimelineGraphic.Caption::text).containsExactly("Event only");
    }

    @Test
    void aLongTimelineShowsItsYearsWithTheirCountsLinkingToEachYear() {
        var years = java.util.stream.IntStream.rangeClosed(1990, 2025)
            .mapToObj(y -> new CountryQueries.TimelinePeriod(y,
                    List.of(new CountryQueries.TimelineMonth(y, 1, 40), new CountryQueries.TimelineMonth(y, 6, 2))))
            .toList();

        var graphic = TimelineGraphic.counted(years, "/countries/laos");

        assertThat(graphic.wide().marks()).hasSize(36);
        assertThat(graphic.wide().marks().getFirst().href()).isEqualTo("/countries/laos?period=1990");
        assertThat(graphic.wide().marks().getFirst().count()).isEqualTo(42);
        assertThat(graphic.wide().marks().getFirst().name()).isEqualTo("1990: 42 events");
        assertThat(labels(graphic.wide())).doesNotHaveDuplicates().hasSizeLessThan(36).contains("2000", "2020");
        assertThat(graphic.description()).isEqualTo("Timeline: 1,512 events, from 1990 to 2025");
    }

}
