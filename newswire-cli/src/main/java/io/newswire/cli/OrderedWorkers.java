package io.newswire.cli;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a fixed pool and hands their results to a sink on the submitting thread, in
 * submission order. At most a few tasks per thread are in flight, so memory stays bounded however
 * long the input is. Close drains what is left.
 */
final class OrderedWorkers<T> implements AutoCloseable {
  private final ExecutorService pool;
  private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
  private final int window;
  private final Consumer<T> sink;

  OrderedWorkers(int threads, Consumer<T> sink) {
    int n = Math.max(1, threads);
    this.pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "enrich-worker");
      t.setDaemon(true);
      return t;
    });
    this.window = 4 * n;
    this.sink = sink;
  }

  void submit(Callable<T> task) {
    if (inFlight.size() >= window) {
      sink.accept(await(inFlight.removeFirst()));
    }
    inFlight.addLast(pool.submit(task));
  }

  @Override
  public void close() {
    try {
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
