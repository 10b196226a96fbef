package org.annals.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Work beside a build: its own named daemon thread, and its result or its own failure back. */
class BackgroundTest {
  @Test
  void runsEachTaskOnADaemonThreadOfItsName() {
    Thread caller = Thread.currentThread();
    Thread ran = Background.join(
        CompletableFuture.supplyAsync(Thread::currentThread, Background.threads("annals-test")));
    assertThat(ran).isNotSameAs(caller);
    assertThat(ran.getName()).isEqualTo("annals-test");
    assertThat(ran.isDaemon()).isTrue();
  }

  @Test
  void givesBackTheTasksOwnRuntimeExceptionAndError() {
    UncheckedIOException failure = new UncheckedIOException("disk full", new java.io.IOException("disk full"));
    assertThatThrownBy(() -> Background.join(CompletableFuture.supplyAsync(() -> {
      throw failure;
    }, Background.threads("annals-test")))).isSameAs(failure);
    StackOverflowError error = new StackOverflowError("deep");
    assertThatThrownBy(() -> Background.join(CompletableFuture.supplyAsync(() -> {
      throw error;
    }, Background.threads("annals-test")))).isSameAs(error);
  }

  @Test
  void aCheckedFailureStaysWrapped() {
    CompletableFuture<String> task = new CompletableFuture<>();
    Exception checked = new java.io.IOException("closed");
    task.completeExceptionally(checked);
    assertThatThrownBy(() -> Background.join(task)).isInstanceOf(CompletionException.class).hasCause(checked);
  }
}
