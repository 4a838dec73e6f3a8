package bulletin.classifier.cue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds known phrases in a text in one left-to-right pass: at each position the longest phrase
 * that starts there, then on past its end. A node's children are kept in a sorted array of
 * characters, so a lookup allocates nothing; the first characters of the phrases are also kept in a
 * table by character, since every position of the text looks there.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTrie<V> {
  private final Node<V> root = new Node<>();
  /** The root's children by their character: the first step from every position, one look-up. */
  @SuppressWarnings("unchecked")
  private final Node<V>[] first = (Node<V>[]) new Node<?>[Character.MAX_VALUE + 1];

  private static final class Node<V> {
    char[] keys = new char[0];
    List<Node<V>> kids = new ArrayList<>();
    V value;

    Node<V> next(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i < 0 ? null : kids.get(i);
    }

    Node<V> add(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return kids.get(i);
      }
      int at = -i - 1;
      char[] grown = new char[keys.length + 1];
      System.arraycopy(keys, 0, grown, 0, at);
      grown[at] = c;
      System.arraycopy(keys, at, grown, at + 1, keys.length - at);
      keys = grown;
      Node<V> kid = new Node<>();
      kids.add(at, kid);
      return kid;
    }
  }

  /** A phrase found: where it starts, the phrase itself and what it stands for. */
  record Hit<V>(int at, String phrase, V value) {}

  void put(String phrase, V value) {
    Node<V> n = root;
    for (int i = 0; i < phrase.length(); i++) {
      n = n.add(phrase.charAt(i));
      if (i == 0) {
        first[phrase.charAt(0)] = n;
      }
    }
    n.value = value;
  }

  List<Hit<V>> find(String text) {
    List<Hit<V>> hits = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Node<V> n = null;
      int end = -1;
      V value = null;
      for (int j = i; j < text.length(); j++) {
        n = j == i ? first[text.charAt(j)] : n.next(text.charAt(j));
        if (n == null) {
          break;
        }
        if (n.value != null) {
          end = j + 1;
          value = n.value;
        }
      }
      if (end > 0) {
        hits.add(new Hit<>(i, text.substring(i, end), value));
        i = end;
      } else {
        i++;
      }
    }
    return hits;
  }
}
