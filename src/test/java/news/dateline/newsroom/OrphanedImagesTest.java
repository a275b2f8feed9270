package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import news.dateline.image.ImageProperties;
import news.dateline.image.Images;
import news.dateline.image.TestImages;
import news.dateline.support.DatelineTest;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.MultiValueMap;

/**
 * Images uploaded for a story that was never saved, or saved with another image, are
 * removed after the grace period; an image a story uses, one an autosaved form still
 * carries, and a recent upload are kept; and with several nodes only the one holding the
 * round's advisory lock cleans.
 */
@DatelineTest
class OrphanedImagesTest {

    @Autowired
    OrphanedImages orphans;

    @Autowired
    Images images;

    @Autowired
    ImageProperties properties;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvcTester mvc;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    String upload(int width, int height) throws Exception {
        byte[] bytes = TestImages.jpeg(width, height);
        var taken = images.upload("photo.jpg", bytes.length, new ByteArrayInputStream(bytes));
        assertThat(taken).isInstanceOf(Images.Upload.Taken.class);
        return ((Images.Upload.Taken) taken).image().sha256();
    }

    boolean kept(String hash) {
        return jdbc.sql("select count(*) from image where sha256 = ?").param(hash).query(Long.class).single() == 1;
    }

    long variants(String hash) {
        return jdbc.sql("select count(*) from image_variant where image_sha256 = ?")
            .param(hash)
            .query(Long.class)
            .single();
    }

    /**
     * Saves a draft through the form with this image as its lead image: a story that is
     * not published uses its image too (and no reader's list gets another story).
     */
    void saveStoryWith(String hash, String headline) {
        MultiValueMap<String, String> form = LeadImageUploadTest.story(headline);
        form.set("image", hash);
        form.set("status", "DRAFT");
        assertThat(
                mvc.post().uri("/admin/articles").params(form).with(LeadImageUploadTest.EDITOR).with(csrf()).exchange())
            .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select lead_image from article where headline = ?")
            .param(headline)
            .query(String.class)
            .single()
            .strip()).isEqualTo(hash);
    }

    @Test
    void anAbandonedOrReplacedUploadIsRemovedAfterTheGracePeriodAndAnImageInUseNever() throws Exception {
        String abandoned = upload(901, 601);
        String used = upload(902, 602);
        saveStoryWith(used, LeadImageUploadTest.unique("A draft with its photo"));
        String inProgress = upload(903, 603);
        jdbc.sql("""
                insert into story_autosave (draft_key, editor, headline, fields, saved_at)
                values (?, 'photo-desk', 'Still writing', ?, now())""")
            .params("orphans-" + inProgress.substring(0, 12), "headline=Still+writing&image=" + inProgress + "&body=x")
            .update();
        assertThat(variants(abandoned)).isPositive();

        // within the grace period nothing is removed
        assertThat(orphans.removeUnused()).doesNotContain(abandoned, used, inProgress);
        assertThat(kept(abandoned)).isTrue();

        clock.advance(properties.orphanGrace().plus(Duration.ofHours(1)));
        String recent = upload(904, 604);
        var removed = orphans.removeUnused();

        assertThat(removed).contains(abandoned).doesNotContain(used, inProgress, recent);
        assertThat(kept(abandoned)).isFalse();
        assertThat(variants(abandoned)).isZero();
        assertThat(kept(used)).isTrue();
        assertThat(variants(used)).isPositive();
        assertThat(kept(inProgress)).isTrue();
        assertThat(kept(recent)).isTrue();
        assertThat(mvc.get().uri("/images/" + used + "/640.jpg").exchange()).hasStatusOk();
    }

    @Test
    void anImageUploadedAgainStartsItsGracePeriodAgain() throws Exception {
        String again = upload(905, 605);
        clock.advance(properties.orphanGrace().plus(Duration.ofHours(1)));
        assertThat(upload(905, 605)).isEqualTo(again);

        assertThat(orphans.removeUnused()).doesNotContain(again);
        assertThat(kept(again)).isTrue();
    }

    @Test
    void whileAnotherNodeHoldsTheRoundsLockThisOneSkipsIt() throws Exception {
        String abandoned = upload(906, 606);
        clock.advance(properties.orphanGrace().plus(Duration.ofHours(1)));
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + OrphanedImages.CLEANUP_LOCK + ")");
            }
            assertThat(orphans.removeUnused()).isNull();
            assertThat(kept(abandoned)).isTrue();
            other.rollback();
        }
        assertThat(orphans.removeUnused()).contains(abandoned);
        assertThat(kept(abandoned)).isFalse();
    }

}
