package news.dateline.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import news.dateline.database.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own on the tests' PostgreSQL server, for a test class whose context
 * must not see the seed stories the other tests share (a generated archive): the server
 * of {@code SPRING_DATASOURCE_URL} when it is set, else the embedded one under
 * {@code target/test-postgres}.
 *
 * @param url the server's URL, naming the database the tests share
 */
public record SeparateDatabase(String url, @Nullable String user, @Nullable String password) {

    /** The tests' server. */
    public static SeparateDatabase server() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null) {
            return new SeparateDatabase(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
                    System.getenv("SPRING_DATASOURCE_PASSWORD"));
        }
        EmbeddedDatabase server = EmbeddedDatabase.start(Path.of("target/test-postgres"), 0, true);
        return new SeparateDatabase(server.jdbcUrl(), server.username(), null);
    }

    /** Creates an empty database on this server. */
    public void create(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    /** Points the context at that database of this server. */
    public void use(DynamicPropertyRegistry registry, String name) {
        String database = database(url, name);
        registry.add("spring.datasource.url", () -> database);
        if (user != null) {
            registry.add("spring.datasource.username", this::user);
        }
        if (password != null) {
            registry.add("spring.datasource.password", this::password);
        }
    }

    /**
     * The same server's URL for another database (the database name is the URL's path).
     */
    public static String database(String url, String name) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }

}
