package news.dateline.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A proxy around the pool that counts the SQL statements the application prepares or
 * creates, and can make the database unreachable for a while, as a restart or a network
 * blip would. While {@link #explaining()}, every query the application runs is first
 * explained (same connection, same parameters) and the plan kept, in PostgreSQL's JSON
 * form.
 */
public class DataSourceProbe implements BeanPostProcessor {

    private final AtomicInteger count = new AtomicInteger();

    private final AtomicBoolean away = new AtomicBoolean();

    private final AtomicBoolean explaining = new AtomicBoolean();

    private final AtomicBoolean stopping = new AtomicBoolean();

    private volatile DataSource target;

    private volatile String awayAt;

    private volatile String lostAtCommitAfter;

    private volatile boolean awayAfterLostCommit;

    private final List<Plan> plans = new CopyOnWriteArrayList<>();

    /**
     * A statement the application ran and PostgreSQL's plan for it
     * ({@code EXPLAIN (FORMAT JSON)}).
     */
    public record Plan(String sql, String json) {
    }

    /** From now on, explain every query before it runs; {@link #plans()} has them. */
    public void explaining() {
        plans.clear();
        explaining.set(true);
    }

    /** The plans explained since {@link #explaining()}; explaining stops. */
    public List<Plan> plans() {
        explaining.set(false);
        return List.copyOf(plans);
    }

    /** From now on every new connection fails, as when the database is restarting. */
    public void goAway() {
        away.set(true);
    }

    /**
     * As PostgreSQL stopping in the middle of a request: the next statement the
     * application prepares finds its connection ended by the server (SQLState 57P01, as a
     * fast shutdown does), and from then on every new connection fails, until
     * {@link #comeBack()}.
     */
    public void stopDuringNextStatement() {
        stopping.set(true);
    }

    /**
     * As PostgreSQL stopping just before the statement containing {@code sql}: that
     * statement fails as on a lost connection (SQLState 08006), and from then on every
     * new connection fails, until {@link #comeBack()}.
     */
    public void goAwayAt(String sql) {
        awayAt = sql;
    }

    /**
     * As the connection breaking after a COMMIT was sent: the next transaction that
     * prepares a statement containing {@code sql} is committed for real, and then its
     * {@code commit()} fails as on a lost connection (SQLState 08006), as if the answer
     * never came. With {@code stayAway}, from then on every new connection fails, until
     * {@link #comeBack()}.
     */
    public void loseAnswerToCommitAfter(String sql, boolean stayAway) {
        awayAfterLostCommit = stayAway;
        lostAtCommitAfter = sql;
    }

    public void comeBack() {
        lostAtCommitAfter = null;
        awayAt = null;
        stopping.set(false);
        away.set(false);
    }

    public void reset() {
        count.set(0);
    }

    public int count() {
        return count.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource) || bean instanceof Proxy) {
            return bean;
        }
        target = dataSource;
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, args) -> {
                    if (away.get() && method.getName().equals("getConnection")) {
                        throw new SQLTransientConnectionException("The database is away (a test made it so).");
                    }
                    Object result = invoke(method, dataSource, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private Connection counting(Connection connection) {
        AtomicBoolean ranWatched = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            String watched = lostAtCommitAfter;
            if (watched != null && name.equals("prepareStatement") && ((String) args[0]).contains(watched)) {
                ranWatched.set(true);
            }
            if (name.equals("rollback")) {
                ranWatched.set(false);
            }
            if (name.equals("commit") && ranWatched.getAndSet(false) && lostAtCommitAfter != null) {
                lostAtCommitAfter = null;
                connection.commit();
                if (awayAfterLostCommit) {
                    away.set(true);
                }
                throw new java.sql.SQLException(
                        "An I/O error occurred while sending to the backend (a test made it so, after the commit).",
                        "08006");
            }
            String at = awayAt;
            if (at != null && name.equals("prepareStatement") && ((String) args[0]).contains(at)) {
                awayAt = null;
                away.set(true);
                throw new java.sql.SQLException("The database went away (a test made it so).", "08006");
            }
            if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
                count.incrementAndGet();
                if (stopping.compareAndSet(true, false)) {
                    away.set(true);
                    endServerSide(connection);
                }
            }
            Object result = invoke(method, connection, args);
            if (name.equals("prepareStatement") && explaining.get() && result instanceof PreparedStatement statement) {
                return explained(connection, (String) args[0], statement);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                handler);
    }

    /**
     * Ends the backend of {@code connection} from another connection, and waits until it
     * is gone, so that the connection's next statement meets what a stopping server
     * leaves.
     */
    private void endServerSide(Connection connection) throws java.sql.SQLException {
        int pid;
        try (var statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            pid = row.getInt(1);
        }
        try (Connection other = target.getConnection();
                PreparedStatement end = other.prepareStatement("select pg_terminate_backend(?, 10000)")) {
            end.setInt(1, pid);
            try (ResultSet ended = end.executeQuery()) {
                ended.next();
                if (!ended.getBoolean(1)) {
                    throw new IllegalStateException("backend " + pid + " did not end");
                }
            }
        }
    }

    /** The statement, explained with the parameters it was given just before it runs. */
    private PreparedStatement explained(Connection connection, String sql, PreparedStatement statement) {
        List<Object[]> settings = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                settings.add(new Object[] { method, args });
            }
            if (name.equals("executeQuery") && (args == null || args.length == 0)) {
                try (PreparedStatement explain = connection.prepareStatement("explain (format json) " + sql)) {
                    for (Object[] setting : settings) {
                        invoke((java.lang.reflect.Method) setting[0], explain, (Object[]) setting[1]);
                    }
                    try (ResultSet plan = explain.executeQuery()) {
                        plan.next();
                        plans.add(new Plan(sql, plan.getString(1)));
                    }
                }
            }
            return invoke(method, statement, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { PreparedStatement.class }, handler);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

}
