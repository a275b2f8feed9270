package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * The connections a node keeps open are bounded by its heap: their buffers never take
 * more than a quarter of it, so a stranger opening thousands of connections cannot fill
 * the heap, unless the operator chose the limit ({@code server.tomcat.max-connections}).
 */
class ConnectorTuningTest {

    static final long WRITE_BUFFER = DataSize.ofKilobytes(32).toBytes();

    @Test
    void aHalfGigabyteHeapKeepsAboutTwoThousandEightHundredConnections() {
        int limit = ConnectorTuning.maxConnections(DataSize.ofMegabytes(512).toBytes(), WRITE_BUFFER);
        assertThat(limit).isEqualTo(2849);
        assertThat(limit * (WRITE_BUFFER + ConnectorTuning.CONNECTION_BESIDES_WRITE_BUFFER))
            .isLessThanOrEqualTo(DataSize.ofMegabytes(128).toBytes());
    }

    @Test
    void aLargeHeapKeepsTomcatsOwnLimitAndATinyOneAFewHundred() {
        assertThat(ConnectorTuning.maxConnections(DataSize.ofGigabytes(6).toBytes(), WRITE_BUFFER))
            .isEqualTo(ConnectorTuning.TOMCAT_MAX_CONNECTIONS);
        assertThat(ConnectorTuning.maxConnections(DataSize.ofMegabytes(16).toBytes(), WRITE_BUFFER)).isEqualTo(256);
    }

    @Test
    void aLargerWriteBufferMeansFewerConnections() {
        long heap = DataSize.ofMegabytes(512).toBytes();
        assertThat(ConnectorTuning.maxConnections(heap, DataSize.ofKilobytes(64).toBytes()))
            .isLessThan(ConnectorTuning.maxConnections(heap, WRITE_BUFFER));
    }

    static HttpProperties http() {
        return new HttpProperties("public, max-age=60", "public, max-age=86400", "public, immutable",
                List.of("127.0.0.1"), 20, DataSize.ofKilobytes(32));
    }

    /** A connector as the factory's customizers leave it, for a node with this heap. */
    static Connector connector(MockEnvironment environment, long maxHeap) {
        var factory = new TomcatServletWebServerFactory();
        ConnectorTuning.connectorLimits(http(), environment, maxHeap).customize(factory);
        var connector = new Connector();
        factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
        return connector;
    }

    @Test
    void theConnectorOfANodeWithHalfAGigabyteKeepsThatManyConnectionsAndWritesIn32Kilobytes() {
        var connector = connector(new MockEnvironment(), DataSize.ofMegabytes(512).toBytes());
        assertThat(String.valueOf(connector.getProperty("maxConnections"))).isEqualTo("2849");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("32768");
    }

    @Test
    void aLimitTheOperatorChoseIsLeftAlone() {
        var environment = new MockEnvironment().withProperty("server.tomcat.max-connections", "10000");
        var connector = connector(environment, DataSize.ofMegabytes(512).toBytes());
        assertThat(String.valueOf(connector.getProperty("maxConnections"))).isEqualTo("8192");
    }

}
