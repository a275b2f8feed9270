package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import news.dateline.support.MutableClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The database gone (issue 14, item 5): a reader page that is not cached answers a real
 * 503 page with Retry-After, to browsers and to other clients alike; readiness is DOWN
 * while it is gone, liveness stays UP; both pages and readiness are well again once it is
 * back.
 */
@DatelineTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSourceProbe database;

    @Autowired
    MutableClock clock;

    @AfterEach
    void databaseBack() {
        database.comeBack();
        clock.reset();
    }

    @Test
    void anUncachedReaderPageAnswersA503PageWithRetryAfterWhileTheDatabaseIsAwayAndItsStoryOnceItIsBack()
            throws Exception {
        String never = "/articles/never-read-before-" + UUID.randomUUID();
        database.goAway();

        MvcTestResult browser = mvc.get().uri(never).accept(MediaType.TEXT_HTML).exchange();
        MvcTestResult script = mvc.get()
            .uri("/search?q=" + UUID.randomUUID())
            .accept(MediaType.APPLICATION_JSON)
            .exchange();

        assertThat(browser).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(browser).headers().hasValue("Retry-After", "30");
        assertThat(browser).contentType().isCompatibleWith(MediaType.TEXT_HTML);
        assertThat(Jsoup.parse(browser.getResponse().getContentAsString()).select("h1").text())
            .isEqualTo("Back in a moment");
        assertThat(script).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(script).headers().hasValue("Retry-After", "30");
        assertThat(script).contentType().isCompatibleWith(MediaType.TEXT_HTML);

        database.comeBack();
        assertThat(mvc.get().uri(never).accept(MediaType.TEXT_HTML).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/").accept(MediaType.TEXT_HTML).exchange()).hasStatusOk();
    }

    /**
     * What the soak met: PostgreSQL stopping while a reader's page is being rendered. The
     * page's connection is ended under it (57P01), the pool closes it, the rollback then
     * fails on the closed connection; the reader still gets the 503 page, and the log one
     * WARN line, no stack trace.
     */
    @Test
    void aReaderPageInFlightWhenTheDatabaseStopsAnswersThe503PageAndLogsOneLine(CapturedOutput output)
            throws Exception {
        String search = "/search?q=" + UUID.randomUUID();
        // the WARN line is written at most every 10 s
        clock.advance(Duration.ofSeconds(11));
        int before = output.length();
        database.stopDuringNextStatement();

        MvcTestResult cutOff = mvc.get().uri(search).accept(MediaType.TEXT_HTML).exchange();
        String logged = output.toString().substring(before);
        database.comeBack();

        assertThat(cutOff).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(cutOff).headers().hasValue("Retry-After", "30");
        assertThat(Jsoup.parse(cutOff.getResponse().getContentAsString()).select("h1").text())
            .isEqualTo("Back in a moment");
        assertThat(logged).as(logged).doesNotContain("ERROR").doesNotContain("\tat ");
        assertThat(logged.lines().filter(line -> line.contains("WARN") && line.contains("DatabaseUnavailable")))
            .as(logged)
            .hasSize(1);
        assertThat(mvc.get().uri(search).accept(MediaType.TEXT_HTML).exchange()).hasStatusOk();
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsAwayAndUpAgainOnceItIsBackWhileLivenessStaysUp() {
        assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk();

        database.goAway();
        MvcTestResult away = mvc.get().uri("/actuator/health/readiness").exchange();
        MvcTestResult alive = mvc.get().uri("/actuator/health/liveness").exchange();
        database.comeBack();

        assertThat(away).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(away).bodyJson().extractingPath("$.status").isEqualTo("DOWN");
        assertThat(alive).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk();
    }

}
