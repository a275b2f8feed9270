package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Requests on virtual threads only where they are meant to be: switched on and on a JDK
 * whose virtual threads no longer pin their carrier inside {@code synchronized}. (That
 * the running server takes them is checked over HTTP in {@link KeptPagesOverHttpTest}.)
 */
class ConnectorTuningTest {

    static HttpProperties http(boolean virtualThreads) {
        return new HttpProperties("public, max-age=60", "public, max-age=86400", "public, immutable",
                List.of("127.0.0.1"), 20, DataSize.ofKilobytes(64), virtualThreads);
    }

    @Test
    void onAJdkOf24OrNewerRequestsRunOnVirtualThreads() {
        var protocol = new Http11NioProtocol();
        assertThat(ConnectorTuning.onVirtualThreads(protocol, http(true), 25)).isTrue();
        assertThat(protocol.getExecutor()).isInstanceOf(VirtualThreadExecutor.class);
    }

    @Test
    void onAnEarlierJdkOrSwitchedOffTomcatKeepsItsPlatformThreads() {
        var older = new Http11NioProtocol();
        assertThat(ConnectorTuning.onVirtualThreads(older, http(true), 21)).isFalse();
        assertThat(older.getExecutor()).isNull();

        var off = new Http11NioProtocol();
        assertThat(ConnectorTuning.onVirtualThreads(off, http(false), 25)).isFalse();
        assertThat(off.getExecutor()).isNull();
    }

}
