package org.annals.diag;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Work done beside the rest of a build, each task on a thread of its own, and its result taken
 * back with the exception it failed with, as if it had run in the caller's thread.
 */
public final class Background {
  private Background() {}

  /** Runs each task given to it on a new daemon thread of this name. */
  public static Executor threads(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      thread.start();
    };
  }

  /** The task's result; its own runtime exception or error if it failed with one. */
  public static <T> T join(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
