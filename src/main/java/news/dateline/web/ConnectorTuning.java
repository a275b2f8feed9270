package news.dateline.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's connector as a page server: a kept page (12-75 KB) leaves in one or two writes
 * to the socket rather than in slices of Tomcat's default 8 KB buffer
 * ({@code dateline.http.socket-write-buffer}), and no more connections are kept open than
 * their buffers fit in a quarter of the heap.
 * <p>
 * Each open connection keeps its write buffer once it has been answered. With 64 KB
 * buffers, one stranger's 8,000 connections, each answered once and then left open,
 * filled a 512 MB heap until Tomcat's acceptor died of it; with 32 KB, Tomcat's default
 * of 8,192 connections would still take about 380 MB (docs/performance.md, "What the
 * fifteenth session changed"). Unless {@code server.tomcat.max-connections} is set, the
 * connector keeps at most {@link #maxConnections}; the connections beyond wait in the
 * system's backlog.
 * <p>
 * Requests stay on Tomcat's pool of platform threads. On virtual threads (tried on Java
 * 25) cached pages were answered 20-30 % faster, but a node started cold could wedge for
 * good under its first concurrent readers: a virtual thread loading or initializing a
 * class still pins its carrier (JEP 491), the classes come from the jar under one lock,
 * and once every carrier waited on a class whose loader's lock was held by an unmounted
 * virtual thread, none was left to run it (the same section).
 */
@Configuration(proxyBeanMethods = false)
class ConnectorTuning {

    private static final Logger log = LoggerFactory.getLogger(ConnectorTuning.class);

    /** Tomcat's own limit, kept where the heap is large enough for it. */
    static final int TOMCAT_MAX_CONNECTIONS = 8192;

    /**
     * A connection's other buffers and objects: its 8 KB read buffer and 6 KB more
     * (measured).
     */
    static final long CONNECTION_BESIDES_WRITE_BUFFER = DataSize.ofKilobytes(14).toBytes();

    static final String MAX_CONNECTIONS = "server.tomcat.max-connections";

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> connectorLimits(HttpProperties http,
            Environment environment) {
        return connectorLimits(http, environment, Runtime.getRuntime().maxMemory());
    }

    static WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> connectorLimits(HttpProperties http,
            Environment environment, long maxHeap) {
        long writeBuffer = http.socketWriteBuffer().toBytes();
        boolean chosen = environment.containsProperty(MAX_CONNECTIONS);
        int limit = maxConnections(maxHeap, writeBuffer);
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appWriteBufSize", Long.toString(writeBuffer));
            if (!chosen) {
                connector.setProperty("maxConnections", Integer.toString(limit));
                log.info("At most {} open connections ({} write buffers in a quarter of the heap; {} sets another)",
                        limit, DataSize.ofBytes(writeBuffer).toKilobytes() + " KB", MAX_CONNECTIONS);
            }
        });
    }

    /**
     * The most connections whose buffers take at most a quarter of the heap, and no more
     * than Tomcat's own limit; 256 at the least.
     */
    static int maxConnections(long maxHeap, long writeBuffer) {
        long fit = maxHeap / 4 / (writeBuffer + CONNECTION_BESIDES_WRITE_BUFFER);
        return (int) Math.max(256, Math.min(TOMCAT_MAX_CONNECTIONS, fit));
    }

}
