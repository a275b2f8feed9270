package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A scheduled round while the database is away (the soak's outage logged a stack trace
 * for it) is one WARN line, and the next round tries again; any other failure still
 * reaches the scheduler's error handler.
 */
@ExtendWith(OutputCaptureExtension.class)
class RoundsTest {

    @Test
    void aRoundWithoutTheDatabaseIsOneLineAndTheNextTriesAgain(CapturedOutput output) {
        Runnable round = () -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        };

        Rounds.whileTheDatabaseAnswers(round, Duration.ofSeconds(30));

        assertThat(output.getOut().lines().filter(line -> line.contains("A scheduled round did not run")))
            .singleElement()
            .asString()
            .contains("WARN")
            .contains("Connection is not available")
            .contains("the next in 30 s");
        assertThat(output.getOut()).doesNotContain("\tat ");
    }

    @Test
    void anotherFailureIsNotHidden() {
        Runnable round = () -> {
            throw new IllegalStateException("a bug");
        };

        assertThatThrownBy(() -> Rounds.whileTheDatabaseAnswers(round, Duration.ofSeconds(30)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("a bug");
    }

}
