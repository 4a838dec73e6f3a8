package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bench's rates come from the records' append times, in whatever order a reader meets them. */
class BenchThroughputTest {
  @Test
  void theSteadyRateRunsFromTheRecordThatPassedAFifthToTheLast() {
    Bench.Throughput t = new Bench.Throughput(10);
    // ten records appended at 1,000 ms, then 1,100, 1,200 … 1,900 ms, read from two partitions in turn
    for (long ms : new long[] {1000, 1500, 1100, 1600, 1200, 1700, 1300, 1800, 1400, 1900}) {
      t.appended(ms);
    }
    assertEquals(0.9, t.seconds(), 1e-9, "the first append to the last");
    // the third record (index 2, the one past a fifth) at 1,200 ms; seven more by 1,900 ms
    assertEquals(7 / 0.7, t.steadyPerSecond(), 1e-9);
  }

  @Test
  void recordsAppendedInOneMillisecondCountAsAtLeastOne() {
    Bench.Throughput t = new Bench.Throughput(5);
    for (int i = 0; i < 5; i++) {
      t.appended(42);
    }
    assertEquals(0, t.seconds(), 0);
    assertEquals(3 / 1e-3, t.steadyPerSecond(), 1e-6, "no division by zero: a millisecond at least");
  }

  @Test
  void manyRecordsAreAllKept() {
    Bench.Throughput t = new Bench.Throughput(5000);
    for (int i = 0; i < 5000; i++) {
      t.appended(10_000 + i);
    }
    assertEquals(4.999, t.seconds(), 1e-9);
    assertEquals(3999 / 3.999, t.steadyPerSecond(), 1e-9);
  }
}
