package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A page an earlier build rendered keeps its look after an upgrade: the style sheet it
 * links, by a name this build's jar no longer holds, is served from the database where
 * that build wrote it; a name no build wrote is a 404 no browser keeps.
 */
@DatelineTest
class EarlierStyleSheetsTest {

    private static final Pattern STYLE_SHEET = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    String earlier;

    @AfterEach
    void earlierSheetGone() {
        if (earlier != null) {
            jdbc.sql("delete from style_sheet where path = ?").param(earlier).update();
        }
    }

    /** The fingerprinted style sheet the home page links. */
    private String linkedStyleSheet() throws Exception {
        MvcTestResult home = mvc.get().uri("/").exchange();
        Matcher link = STYLE_SHEET.matcher(home.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(link.find()).as("the home page links a fingerprinted style sheet").isTrue();
        return link.group(1);
    }

    @Test
    void thisBuildsStyleSheetIsWrittenForTheBuildsAfterIt() throws Exception {
        String path = linkedStyleSheet();

        byte[] served = mvc.get().uri(path).exchange().getResponse().getContentAsByteArray();
        byte[] kept = jdbc.sql("select body from style_sheet where path = ?").param(path).query(byte[].class).single();
        assertThat(kept).isEqualTo(served);
        assertThat(new String(kept, StandardCharsets.UTF_8)).contains("font-family");
    }

    @Test
    void anEarlierBuildsStyleSheetIsServedFromTheDatabaseForAYear() throws Exception {
        String css = "body { color: #123456; } /* " + UUID.randomUUID() + " */\n";
        earlier = "/css/site-" + HexFormat.of()
            .formatHex(MessageDigest.getInstance("MD5").digest(css.getBytes(StandardCharsets.UTF_8))) + ".css";
        assertThat(mvc.get().uri(earlier).exchange()).hasStatus(404);
        jdbc.sql("insert into style_sheet (path, body) values (?, ?)")
            .param(earlier)
            .param(css.getBytes(StandardCharsets.UTF_8))
            .update();

        MvcTestResult sheet = mvc.get().uri(earlier).exchange();

        assertThat(sheet).hasStatusOk().hasContentTypeCompatibleWith("text/css");
        assertThat(sheet.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(css);
        assertThat(sheet.getResponse().getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
    }

    @Autowired
    EarlierStyleSheets sheets;

    @Autowired
    news.dateline.support.DataSourceProbe database;

    @Test
    void withTheDatabaseAwayAtTheStartThisBuildsStyleSheetsAreWrittenOnceItIsBack() throws Exception {
        String path = linkedStyleSheet();
        byte[] body = jdbc.sql("select body from style_sheet where path = ?").param(path).query(byte[].class).single();
        // as if this build had never written them: the database away as the server came
        // up
        jdbc.sql("delete from style_sheet where path = ?").param(path).update();
        try {
            database.goAway();
            sheets.keepOwn();
            assertThat(sheets.written()).isFalse();
            database.comeBack();

            sheets.keepOwnIfNotYet();

            assertThat(sheets.written()).isTrue();
            assertThat(jdbc.sql("select body from style_sheet where path = ?").param(path).query(byte[].class).single())
                .isEqualTo(body);
        }
        finally {
            database.comeBack();
            jdbc.sql("insert into style_sheet (path, body) values (?, ?) on conflict (path) do nothing")
                .param(path)
                .param(body)
                .update();
        }
    }

    @Test
    void aFingerprintedNameNoBuildWroteIsANotFoundNoOneKeeps() {
        MvcTestResult missing = mvc.get().uri("/css/site-" + "0".repeat(32) + ".css").exchange();

        assertThat(missing).hasStatus(404);
        assertThat(missing.getResponse().getHeader("Cache-Control")).contains("no-store").doesNotContain("immutable");
    }

}
