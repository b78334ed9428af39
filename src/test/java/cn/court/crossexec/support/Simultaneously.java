package cn.court.crossexec.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Sends the same request from many threads released at one instant (double clicks, retried clients). */
public final class Simultaneously {

  private Simultaneously() {}

  /** Runs {@code request} {@code times} times at once and returns every answer, in no particular order. */
  public static <T> List<T> run(int times, Callable<T> request) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(times);
    try {
      List<Future<T>> answers = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return request.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> answer : answers) {
        results.add(answer.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
