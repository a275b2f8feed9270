package news.dateline.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's connector as a page server: a kept page (12-75 KB) leaves in one or two writes
 * to the socket rather than in slices of Tomcat's default 8 KB buffer
 * ({@code dateline.http.socket-write-buffer}).
 */
@Configuration(proxyBeanMethods = false)
class ConnectorTuning {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> socketWriteBuffer(HttpProperties http) {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize",
                Long.toString(http.socketWriteBuffer().toBytes())));
    }

}
