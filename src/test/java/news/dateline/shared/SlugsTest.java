package news.dateline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void latinLettersLoseTheirAccentsAndCyrillicIsWrittenInLatin() {
        assertThat(Slugs.of("Tô Lâm meets Ilham Əliyev")).isEqualTo("to-lam-meets-ilham-eliyev");
        assertThat(Slugs.of("Азербайджан и Вьетнам подписали соглашение"))
            .isEqualTo("azerbaydzhan-i-vetnam-podpisali-soglashenie");
        assertThat(Slugs.of("Щедрый Қазақстан")).isEqualTo("shchedryy-qazaqstan");
    }

    @Test
    void aHeadlineWithoutLatinOrCyrillicLettersTakesTheFallback() {
        assertThat(Slugs.of("ລາວ ແລະ ອາເຊີໄບຈານ")).isEmpty();
        assertThat(Slugs.free("ລາວ ແລະ ອາເຊີໄບຈານ", "story-42", slug -> false)).isEqualTo("story-42");
    }

}
