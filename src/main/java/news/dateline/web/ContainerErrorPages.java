package news.dateline.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

/**
 * The answers Tomcat gives itself, before any filter or controller could: an address it
 * cannot decode ({@code /articles/%ff}, {@code /%}), a request line with a character no
 * address may hold, an error whose own error page failed. Tomcat's
 * {@link ErrorReportValve} would send its page ("HTTP Status 400 – Bad Request", in the
 * language the browser asks for); here the valve is replaced by one that sends the
 * portal's plain page in English, with the site's name, style sheet and a link home, no
 * stack trace and no server version, under the same status. A 400 is the client's fault
 * and gets one line in the rate-limited log of {@link BadRequests}.
 * <p>
 * Spring Boot adds its own {@code ErrorReportValve} to the host's pipeline (one that
 * hides the report and the server's version), and Tomcat's host adds one of its
 * {@code errorReportValveClass} when it starts and finds none of that class: this
 * customizer runs after Boot's ({@link Ordered#LOWEST_PRECEDENCE}), takes every
 * {@code ErrorReportValve} out of the host's pipeline, adds this one and names its class
 * as the host's, so that there is one.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> portalErrorReports(SiteProperties site,
            BadRequests.Log log) {
        return new AfterBoot(site.siteName(), log);
    }

    /**
     * Boot's customizer of the factory (the one adding its valve) is ordered 0; this one
     * comes after it, so that its context customizer runs after Boot's.
     */
    private record AfterBoot(String siteName,
            BadRequests.Log log) implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(
                    context -> replaceErrorReports(context.getParent(), new PortalErrorReport(siteName, log)));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

    }

    static void replaceErrorReports(Container host, PortalErrorReport valve) {
        for (Valve present : host.getPipeline().getValves()) {
            if (present instanceof ErrorReportValve) {
                host.getPipeline().removeValve(present);
            }
        }
        host.getPipeline().addValve(valve);
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(PortalErrorReport.class.getName());
        }
    }

    /** The valve: the portal's page for whatever status Tomcat reports itself. */
    static class PortalErrorReport extends ErrorReportValve {

        private final String siteName;

        private final BadRequests.Log log;

        PortalErrorReport(String siteName, BadRequests.Log log) {
            this.siteName = siteName;
            this.log = log;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // as Tomcat's own: nothing below 400, nothing when a page was written, only
            // once
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            if (status == 400) {
                log.bad(request.getRemoteAddr(), request.getMethod(), request.getRequestURI(),
                        response.getMessage() != null ? response.getMessage()
                                : throwable != null ? throwable.getMessage() : "refused by the server");
            }
            try {
                response.setContentType("text/html;charset=UTF-8");
                response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(PlainPages.statusPage(siteName, status));
                    response.finishResponse();
                }
            }
            catch (IOException | IllegalStateException e) {
                // the client went away: nothing to tell it
            }
        }

    }

}
