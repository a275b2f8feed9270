package news.dateline.shared;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Work done once while the application context starts, before the web server opens its
 * port (a lifecycle phase below the web server's): the first page anybody gets already
 * has what it did, and readiness cannot be UP before (the seed stories, the first admin
 * account). Nothing to stop; a restarted context does not do it again.
 */
public abstract class BeforeTheServer implements SmartLifecycle {

    /** The phase of such work: before the web server starts. */
    public static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;

    private volatile boolean done;

    /** The work; done again at the next start if it throws. */
    protected abstract void once();

    @Override
    public void start() {
        if (!done) {
            once();
            done = true;
        }
    }

    @Override
    public void stop() {
        // nothing to stop
    }

    @Override
    public boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

}
