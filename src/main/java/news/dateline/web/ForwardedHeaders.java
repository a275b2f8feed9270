package news.dateline.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Behind a TLS proxy: {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed
 * only from the proxies in {@code dateline.http.trusted-proxies} (Tomcat's
 * {@link RemoteIpValve}, so the client's address, {@code isSecure()}, the session
 * cookie's {@code Secure} flag, HSTS and redirects all follow); every cookie is
 * {@code SameSite=Lax}.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeaders {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxies(HttpProperties http,
            Environment environment) {
        // the client's address and scheme as request attributes are for Tomcat's access
        // log,
        // which reads them after the valve has put the proxy's back: five attributes set
        // at
        // every request for nothing when there is no such log
        boolean accessLog = environment.getProperty("server.tomcat.accesslog.enabled", Boolean.class, false);
        return factory -> {
            RemoteIpValve valve = new RemoteIpValve();
            valve.setInternalProxies(cidrs(http.trustedProxies()));
            valve.setTrustedProxies("");
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setProtocolHeaderHttpsValue("https");
            valve.setPortHeader("X-Forwarded-Port");
            valve.setRequestAttributesEnabled(accessLog);
            factory.addEngineValves(valve);
        };
    }

    @Bean
    CookieSameSiteSupplier everyCookieLax() {
        return CookieSameSiteSupplier.ofLax();
    }

    /**
     * The addresses as CIDR ranges for the valve ({@code 127.0.0.1} is
     * {@code 127.0.0.1/32}).
     */
    static String cidrs(List<String> proxies) {
        return proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(proxy -> {
            if (proxy.contains("/")) {
                return proxy;
            }
            try {
                // an address literal only: never a name to look up
                if (!proxy.matches("[0-9a-fA-F:.]+")) {
                    throw new UnknownHostException(proxy);
                }
                return proxy + (InetAddress.getByName(proxy).getAddress().length == 4 ? "/32" : "/128");
            }
            catch (UnknownHostException e) {
                throw new IllegalArgumentException(
                        "dateline.http.trusted-proxies: " + proxy + " is not an IP address or CIDR range", e);
            }
        }).collect(Collectors.joining(","));
    }

}
