package bulletin.classifier.model;

/**
 * Numbers the distinct {@code long} keys it is given, 0, 1, 2… in order of arrival: an open-addressing
 * table without boxing, which is what makes scoring an item's n-grams cheap.
 */
final class LongIndex {
  private long[] keys;
  private int[] numbers; // number + 1; 0 marks a free slot
  private int size;

  LongIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    numbers = new int[capacity];
  }

  /** The key's number, or -1 when it has none. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); numbers[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return numbers[i] - 1;
      }
    }
    return -1;
  }

  /** The key's number, giving it the next one when it has none. */
  int add(long key) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    for (; numbers[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return numbers[i] - 1;
      }
    }
    keys[i] = key;
    numbers[i] = ++size;
    if (size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  int size() {
    return size;
  }

  /** Forgets every key, keeping the table's room. */
  void clear() {
    java.util.Arrays.fill(numbers, 0);
    size = 0;
  }

  /** Calls {@code visit} with every key and its number. */
  void forEach(java.util.function.BiConsumer<Long, Integer> visit) {
    for (int i = 0; i < keys.length; i++) {
      if (numbers[i] != 0) {
        visit.accept(keys[i], numbers[i] - 1);
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldNumbers = numbers;
    keys = new long[oldKeys.length * 2];
    numbers = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldNumbers[j] != 0) {
        int i = slot(oldKeys[j], mask);
        while (numbers[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        numbers[i] = oldNumbers[j];
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
