package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import news.dateline.person.PersonChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The newsroom's suggestions use one recognizer, built again when the knowledge graph
 * changes.
 */
@news.dateline.support.DatelineTest
class TextRecognitionTest {

    @Autowired
    TextRecognition recognition;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void oneRecognizerServesEveryRequestUntilTheGraphChanges() {
        var first = recognition.recognizer();
        assertThat(recognition.recognize("Elnur Mammadov met officials in Vientiane.", LocalDate.of(2025, 12, 9))
            .personNames()).contains("Elnur Mammadov");
        assertThat(recognition.recognizer()).isSameAs(first);

        events.publishEvent(new PersonChanged(1L, "someone", Set.of()));

        var second = recognition.recognizer();
        assertThat(second).isNotSameAs(first);
        assertThat(recognition.recognizer()).isSameAs(second);
    }

}
