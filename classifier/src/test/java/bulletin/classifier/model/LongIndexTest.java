package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongIndexTest {
  @Test
  void keysAreNumberedInOrderOfArrivalAndKeepTheirNumber() {
    LongIndex index = new LongIndex(4);
    assertEquals(0, index.add(10));
    assertEquals(1, index.add(-7));
    assertEquals(0, index.add(10), "a key seen before keeps its number");
    assertEquals(2, index.add(0));
    assertEquals(3, index.size());
    assertEquals(1, index.get(-7));
    assertEquals(2, index.get(0));
    assertEquals(-1, index.get(11), "an unknown key has no number");
    assertEquals(3, index.size(), "looking up adds nothing");
  }

  @Test
  void aTableStartedSmallGrowsAndKeepsEveryNumber() {
    LongIndex index = new LongIndex(1);
    int n = 5000;
    for (int i = 0; i < n; i++) {
      // keys that share their low bits, so many land near each other
      assertEquals(i, index.add((long) i << 32));
    }
    assertEquals(n, index.size());
    for (int i = 0; i < n; i++) {
      assertEquals(i, index.get((long) i << 32));
    }
    assertEquals(-1, index.get((long) n << 32));
    Map<Long, Integer> seen = new HashMap<>();
    index.forEach((key, number) -> assertEquals(null, seen.put(key, number)));
    assertEquals(n, seen.size());
    seen.forEach((key, number) -> assertEquals(key >> 32, (long) number));
  }

  @Test
  void clearingForgetsEveryKeyAndNumbersFromZeroAgain() {
    LongIndex index = new LongIndex(8);
    index.add(5);
    index.add(6);
    index.clear();
    assertEquals(0, index.size());
    assertEquals(-1, index.get(5));
    assertEquals(0, index.add(6));
    Map<Long, Integer> seen = new HashMap<>();
    index.forEach(seen::put);
    assertEquals(Map.of(6L, 0), seen);
  }
}
