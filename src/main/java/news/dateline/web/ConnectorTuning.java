package news.dateline.web;

import org.apache.coyote.ProtocolHandler;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's connector as a page server: a kept page (12-75 KB) leaves in one or two writes
 * to the socket rather than in slices of Tomcat's default 8 KB buffer
 * ({@code dateline.http.socket-write-buffer}), and requests run on virtual threads
 * ({@code dateline.http.virtual-threads}): on two cores, 32 readers of kept pages were
 * answered 20-30 % faster by a few carriers (two a core, set by {@code main}) than by
 * Tomcat's pool of up to 200 platform threads (docs/performance.md), and a request
 * waiting on PostgreSQL holds no thread.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorTuning {

    /**
     * The JDK from which a virtual thread blocked in a {@code synchronized} block gives
     * its carrier back (JEP 491); on an earlier one the connector keeps its platform
     * threads.
     */
    static final int VIRTUAL_THREADS_FROM = 24;

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> socketWriteBuffer(HttpProperties http) {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize",
                Long.toString(http.socketWriteBuffer().toBytes())));
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> requestThreads(HttpProperties http) {
        return factory -> factory
            .addProtocolHandlerCustomizers(protocol -> onVirtualThreads(protocol, http, Runtime.version().feature()));
    }

    /** Whether the connector's requests were put on virtual threads. */
    static boolean onVirtualThreads(ProtocolHandler protocol, HttpProperties http, int jdk) {
        if (!http.virtualThreads() || jdk < VIRTUAL_THREADS_FROM) {
            return false;
        }
        protocol.setExecutor(new VirtualThreadExecutor("request-"));
        return true;
    }

}
