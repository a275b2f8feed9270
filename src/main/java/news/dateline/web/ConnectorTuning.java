package news.dateline.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's connector as a page server: a kept page (12-75 KB) leaves in one or two writes
 * to the socket rather than in slices of Tomcat's default 8 KB buffer
 * ({@code dateline.http.socket-write-buffer}).
 * <p>
 * Requests stay on Tomcat's pool of platform threads. On virtual threads (tried on Java
 * 25) cached pages were answered 20-30 % faster, but a node started cold could wedge for
 * good under its first concurrent readers: a virtual thread loading or initializing a
 * class still pins its carrier (JEP 491), the classes come from the jar under one lock,
 * and once every carrier waited on a class whose loader's lock was held by an unmounted
 * virtual thread, none was left to run it (docs/performance.md, "What the fifteenth
 * session changed").
 */
@Configuration(proxyBeanMethods = false)
class ConnectorTuning {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> socketWriteBuffer(HttpProperties http) {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize",
                Long.toString(http.socketWriteBuffer().toBytes())));
    }

}
