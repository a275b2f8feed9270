package news.dateline.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A proxy around the pool that counts the SQL statements the application prepares or creates, and
 * can make the database unreachable for a while, as a restart or a network blip would.
 */
public class DataSourceProbe implements BeanPostProcessor {

    private final AtomicInteger count = new AtomicInteger();
    private final AtomicBoolean away = new AtomicBoolean();

    /** From now on every new connection fails, as when the database is restarting. */
    public void goAway() {
        away.set(true);
    }

    public void comeBack() {
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
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (away.get() && method.getName().equals("getConnection")) {
                        throw new SQLTransientConnectionException("The database is away (a test made it so).");
                    }
                    Object result = invoke(method, dataSource, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private Connection counting(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
                count.incrementAndGet();
            }
            return invoke(method, connection, args);
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
