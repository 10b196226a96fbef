package org.annals.serve;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's worker threads: a fixed number of them, so that many connections cannot make
 * more, and a time limit on each exchange, so that a client that sends its request or reads its
 * answer slowly holds a thread only briefly. Past the limit the thread is interrupted; the
 * connection's channel, being interruptible, closes, and the thread goes on to the next request.
 * Other code that writes to a connection outside an exchange (the event stream) guards the write
 * the same way.
 */
final class Workers implements Executor, AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final ScheduledExecutorService watchdog;
  private final long limitNanos;
  private final long checkMillis;
  private final Set<Guard> running = ConcurrentHashMap.newKeySet();
  private final AtomicInteger interrupted = new AtomicInteger();

  /**
   * @param threads how many requests are handled at once; the others wait their turn
   * @param limit how long one exchange, or one guarded write, may take
   */
  Workers(int threads, Duration limit) {
    this.limitNanos = limit.toNanos();
    this.checkMillis = Math.max(20, Math.min(1000, limit.toMillis() / 10));
    AtomicInteger count = new AtomicInteger();
    pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "annals-serve-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "annals-serve-watchdog");
      t.setDaemon(true);
      return t;
    });
    scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    watchdog = scheduler;
  }

  /** Starts checking the time of running exchanges. */
  void start() {
    watchdog.scheduleWithFixedDelay(this::interruptOverdue, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void execute(Runnable task) {
    pool.execute(() -> {
      try (Guard guard = guard()) {
        task.run();
      }
    });
  }

  /** Times the current thread until the guard is closed; past the limit the thread is interrupted. */
  Guard guard() {
    Guard guard = new Guard(Thread.currentThread(), System.nanoTime());
    running.add(guard);
    return guard;
  }

  /** How many exchanges or writes have been cut off for taking too long. */
  int interrupted() {
    return interrupted.get();
  }

  /** The most threads that have served at once. */
  int mostThreads() {
    return pool.getLargestPoolSize();
  }

  private void interruptOverdue() {
    long now = System.nanoTime();
    for (Guard guard : running) {
      guard.interruptIfOverdue(now);
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    pool.shutdownNow();
  }

  /** One timed exchange or write. */
  final class Guard implements AutoCloseable {
    private final Thread thread;
    private final long started;
    private boolean done;
    private boolean fired;

    private Guard(Thread thread, long started) {
      this.thread = thread;
      this.started = started;
    }

    private synchronized void interruptIfOverdue(long now) {
      if (!done && !fired && now - started > limitNanos) {
        fired = true;
        interrupted.incrementAndGet();
        thread.interrupt();
      }
    }

    @Override
    public void close() {
      synchronized (this) {
        done = true;
        if (fired) {
          // The interrupt was for this exchange only: the thread goes on to other work.
          Thread.interrupted();
        }
      }
      running.remove(this);
    }
  }
}
