package org.citewatch.history;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * At most one audit per database (overlapping cron entries). The lock is a row with a fixed
 * primary key, so two inserts cannot both win on any database. The row names its owner (a random
 * token, the process id and the host) and a heartbeat that the owner refreshes; a lock is taken
 * over when its owner is gone: a process of this host that no longer exists (a {@code kill -9}), or
 * a heartbeat older than {@code staleAfter} (a process on another host, or a frozen one).
 */
public final class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);
    private static final String NAME = "audit";

    private final JdbcTemplate jdbc;
    private final Duration staleAfter;
    private final Duration heartbeat;
    private final Clock clock;

    RunLock(JdbcTemplate jdbc, Duration staleAfter, Duration heartbeat, Clock clock) {
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
        this.heartbeat = heartbeat;
        this.clock = clock;
    }

    /** The outcome of trying to take the lock. */
    public sealed interface Outcome {}

    /** The lock is ours until {@link Lease#close()}. */
    public record Acquired(Lease lease) implements Outcome {}

    /** Another live run holds it. */
    public record Held(String host, long pid, Instant since) implements Outcome {
        /** A sentence for the person who started the second run. */
        public String describe() {
            return "another citewatch audit (pid " + pid + " on " + host + ", started " + since
                    + ") is using this database";
        }
    }

    /** Takes the lock, or says who holds it. Never waits. */
    public Outcome tryAcquire() {
        String owner = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Instant now = clock.instant();
                jdbc.update(
                        "INSERT INTO cw_run_lock (name, owner, pid, host, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)",
                        NAME,
                        owner,
                        ProcessHandle.current().pid(),
                        thisHost(),
                        Sql.timestamp(now),
                        Sql.timestamp(now));
                return new Acquired(new Lease(owner));
            } catch (DuplicateKeyException taken) {
                List<Holder> holders = jdbc.query(
                        "SELECT owner, pid, host, acquired_at, heartbeat_at FROM cw_run_lock WHERE name = ?",
                        (rs, i) -> new Holder(
                                rs.getString("owner"),
                                rs.getLong("pid"),
                                rs.getString("host"),
                                Sql.instant(rs, "acquired_at"),
                                Sql.instant(rs, "heartbeat_at")),
                        NAME);
                if (holders.isEmpty()) {
                    continue; // released in between: try again
                }
                Holder holder = holders.get(0);
                if (!isStale(holder)) {
                    return new Held(holder.host(), holder.pid(), holder.acquiredAt());
                }
                log.warn("Taking over the run lock of pid {} on {}: that process is gone", holder.pid(), holder.host());
                // Only the stale owner's row is removed, so of two runs taking over at once one wins the insert.
                jdbc.update("DELETE FROM cw_run_lock WHERE name = ? AND owner = ?", NAME, holder.owner());
            }
        }
        return new Held("unknown host", -1, clock.instant());
    }

    private boolean isStale(Holder holder) {
        boolean sameHost = holder.host().equals(thisHost());
        if (sameHost && holder.pid() != ProcessHandle.current().pid()) {
            boolean alive =
                    ProcessHandle.of(holder.pid()).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                return true;
            }
        }
        return holder.heartbeatAt().plus(staleAfter).isBefore(clock.instant());
    }

    private static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private record Holder(String owner, long pid, String host, Instant acquiredAt, Instant heartbeatAt) {}

    /** A held lock, kept fresh by a daemon thread until closed. */
    public final class Lease implements AutoCloseable {

        private final String owner;
        private final ScheduledExecutorService beat;

        private Lease(String owner) {
            this.owner = Objects.requireNonNull(owner);
            this.beat = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "citewatch-lock-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            long period = heartbeat.toMillis();
            beat.scheduleAtFixedRate(this::refresh, period, period, TimeUnit.MILLISECONDS);
        }

        private void refresh() {
            try {
                jdbc.update(
                        "UPDATE cw_run_lock SET heartbeat_at = ? WHERE name = ? AND owner = ?",
                        Sql.timestamp(clock.instant()),
                        NAME,
                        owner);
            } catch (RuntimeException e) {
                log.warn("Could not refresh the run lock: {}", e.getMessage());
            }
        }

        /** Releases the lock. */
        @Override
        public void close() {
            beat.shutdownNow();
            jdbc.update("DELETE FROM cw_run_lock WHERE name = ? AND owner = ?", NAME, owner);
        }
    }
}
