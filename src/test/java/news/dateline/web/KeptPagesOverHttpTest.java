package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Over real HTTP an anonymous reader's kept page is answered inside Tomcat, before the
 * filter chain ({@link PageCacheValve}): the same bytes and headers as the page rendered
 * (the security headers included), no SQL statement, 304 to a reader who has it, gzip to
 * one who takes it, and its length to a HEAD. (The same context as
 * {@link HttpHardeningTest}: the properties are the same, so the context is shared.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "dateline.scheduler.enabled=false", "dateline.http.bad-requests-logged-per-minute=5" })
@Import(DatelineTest.Clocks.class)
class KeptPagesOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSourceProbe statements;

    @Autowired
    ServletWebServerApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Platform threads, not virtual ones: on Java 25 a virtual thread loading a class
     * still pins its carrier, and a node started cold wedged under its first concurrent
     * readers. A kept page leaves in one or two writes of the connector's 32 KB buffer
     * (ConnectorTuning; ConnectorTuningTest checks its limit on connections).
     */
    @Test
    void theServerRunsItsRequestsOnPlatformThreadsAndWritesInSlicesOf32Kilobytes() {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProtocolHandler().getExecutor()).isNotNull()
            .isNotInstanceOf(VirtualThreadExecutor.class);
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("32768");
    }

    @Test
    void aKeptPageIsTheRenderedPageWithItsHeadersAndCostsNoStatement() throws Exception {
        var rendered = get("/countries/laos");
        assertThat(rendered.statusCode()).isEqualTo(200);

        statements.reset();
        var kept = get("/countries/laos");
        assertThat(statements.count()).as("statements for a kept page").isZero();
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).isEqualTo(rendered.body());
        for (String header : new String[] { "content-security-policy", "x-frame-options", "cache-control", "etag",
                "last-modified", "content-type", "content-language" }) {
            assertThat(kept.headers().firstValue(header)).as(header).isEqualTo(rendered.headers().firstValue(header));
        }
        assertThat(kept.headers().firstValue("content-security-policy")).isPresent();
        assertThat(kept.headers().firstValue("set-cookie")).isEmpty();
        assertThat(kept.headers().firstValue("date")).isPresent();
        assertThat(kept.headers().firstValueAsLong("content-length")).hasValue(rendered.body().length);
        // a cache between must not give the plain bytes' answer to a reader who takes
        // gzip, nor the reverse
        assertThat(String.join(",", kept.headers().allValues("vary"))).containsIgnoringCase("accept-encoding");

        String etag = kept.headers().firstValue("etag").orElseThrow();
        var unchanged = get("/countries/laos", "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("etag")).hasValue(etag);
        assertThat(String.join(",", unchanged.headers().allValues("vary"))).containsIgnoringCase("accept-encoding");

        var gzipped = get("/countries/laos", "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("content-type"))
            .isEqualTo(rendered.headers().firstValue("content-type"));
        assertThat(String.join(",", gzipped.headers().allValues("vary"))).containsIgnoringCase("accept-encoding");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(rendered.body());
        }

        var head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/countries/laos"))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("content-length")).hasValue(rendered.body().length);
        assertThat(head.body()).isEmpty();
    }

}
