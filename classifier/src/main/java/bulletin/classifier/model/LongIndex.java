package bulletin.classifier.model;

/**
 * Numbers the distinct {@code long} keys it is given, 0, 1, 2… in order of arrival: an open-addressing
 * table without boxing, which is what makes scoring an item's n-grams cheap. Each slot holds its key
 * and its number side by side, so a look-up in a table larger than the processor's caches reads one
 * cache line, not one in an array of keys and another in an array of numbers.
 */
final class LongIndex {
  /** Slot {@code i}: its key at {@code 2i}, its number + 1 at {@code 2i + 1} (0 marks a free slot). */
  private long[] slots;
  private int size;

  LongIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    slots = new long[2 * capacity];
  }

  /** The key's number, or -1 when it has none. */
  int get(long key) {
    long[] s = slots;
    int mask = (s.length >> 1) - 1;
    for (int i = slot(key, mask); s[2 * i + 1] != 0; i = (i + 1) & mask) {
      if (s[2 * i] == key) {
        return (int) s[2 * i + 1] - 1;
      }
    }
    return -1;
  }

  /** The key's number, giving it the next one when it has none. */
  int add(long key) {
    int mask = capacity() - 1;
    int i = slot(key, mask);
    for (; slots[2 * i + 1] != 0; i = (i + 1) & mask) {
      if (slots[2 * i] == key) {
        return (int) slots[2 * i + 1] - 1;
      }
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = ++size;
    if (size * 2 > capacity()) {
      grow();
    }
    return size - 1;
  }

  int size() {
    return size;
  }

  /** Forgets every key, keeping the table's room. */
  void clear() {
    for (int i = 1; i < slots.length; i += 2) { // a free slot's key is never read
      slots[i] = 0;
    }
    size = 0;
  }

  /** Calls {@code visit} with every key and its number. */
  void forEach(java.util.function.BiConsumer<Long, Integer> visit) {
    for (int i = 0; i < capacity(); i++) {
      if (slots[2 * i + 1] != 0) {
        visit.accept(slots[2 * i], (int) slots[2 * i + 1] - 1);
      }
    }
  }

  private int capacity() {
    return slots.length >> 1;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = capacity() - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        int i = slot(old[j], mask);
        while (slots[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = old[j];
        slots[2 * i + 1] = old[j + 1];
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
