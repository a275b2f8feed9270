package news.dateline.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two ways of writing one office are one role; two offices stay two. */
class RoleNamesTest {

    @Test
    void synonymsOfAnOfficeAreOneRole() {
        assertThat(RoleNames.same("Foreign Minister", "Minister of Foreign Affairs")).isTrue();
        assertThat(RoleNames.same("foreign affairs minister", "the Foreign Minister")).isTrue();
        assertThat(RoleNames.same("Deputy Minister of Foreign Affairs", "Deputy Foreign Minister")).isTrue();
        assertThat(RoleNames.same("Minister of National Defence", "Defense Minister")).isTrue();
        assertThat(RoleNames.same("State President", "President")).isTrue();
    }

    @Test
    void differentOfficesStayApart() {
        assertThat(RoleNames.same("Foreign Minister", "Deputy Foreign Minister")).isFalse();
        assertThat(RoleNames.same("Minister of Foreign Affairs", "Minister of Finance")).isFalse();
        assertThat(RoleNames.same("Vice President", "President")).isFalse();
        assertThat(RoleNames.same("Vice Minister of Foreign Affairs", "Deputy Foreign Minister")).isFalse();
        assertThat(RoleNames.same("Ambassador to Vietnam", "Ambassador to Laos")).isFalse();
    }

}
