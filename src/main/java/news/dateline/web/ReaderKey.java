package news.dateline.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.util.ReflectionUtils;

/**
 * The key of a cached reader query: its class, method and arguments. It also holds the
 * query's object, so that the cache can compute the entry again in the background when it
 * is due for a refresh.
 */
final class ReaderKey {

    private final Object target;

    private final Method method;

    private final Object[] args;

    private final int hash;

    ReaderKey(Object target, Method method, Object... args) {
        this.target = target;
        this.method = method;
        this.args = args.clone();
        this.hash = Objects.hash(target.getClass(), method, Arrays.deepHashCode(this.args));
    }

    /**
     * Runs the query again, on the object itself (not its proxy: the cache is not asked
     * again).
     */
    Object compute() throws Exception {
        try {
            ReflectionUtils.makeAccessible(method);
            return method.invoke(target, args);
        }
        catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReaderKey key && key.target.getClass() == target.getClass() && key.method.equals(method)
                && Arrays.deepEquals(key.args, args);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return target.getClass().getSimpleName() + "." + method.getName() + Arrays.deepToString(args);
    }

}
