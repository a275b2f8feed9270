package news.dateline.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The newsroom's story form as an editor's browser posts it, for tests. */
public final class StoryForms {

    private StoryForms() {
    }

    /**
     * A new story by "Dateline staff" from Vientiane, dated today (UTC) at no given time,
     * in English, saved ("action=save") with this status.
     */
    public static MultiValueMap<String, String> story(String headline, String body, String status) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("headline", headline);
        form.add("standfirst", "");
        form.add("body", body);
        form.add("source", "Dateline staff");
        form.add("dateline", "Vientiane");
        form.add("slug", "");
        form.add("publishedDate", LocalDate.now(ZoneOffset.UTC).toString());
        form.add("publishedTime", "");
        form.add("zone", "+07:00");
        form.add("status", status);
        form.add("language", "en");
        form.add("action", "save");
        return form;
    }

}
