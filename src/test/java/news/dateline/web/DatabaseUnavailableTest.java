package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
class DatabaseUnavailableTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSourceProbe database;

    @AfterEach
    void databaseBack() {
        database.comeBack();
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
