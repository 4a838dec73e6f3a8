package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NgramsTest {
  @Test
  void packedNgramsReadBackAsTheirText() {
    for (String ngram : List.of("科技", "科技部", "5G", "A股", "𠀋科技", "科𠀋")) {
      assertEquals(ngram, Ngrams.unpack(Ngrams.pack(ngram)), ngram);
    }
    assertThrows(IllegalArgumentException.class, () -> Ngrams.pack("科"));
  }

  @Test
  void theTitleCountsThriceAndPunctuationBreaksNgrams() {
    Ngrams.Bag bag = Ngrams.of("科技部", "科技，创新");
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < bag.size(); i++) {
      counts.put(bag.text(i), bag.counts()[i]);
    }
    assertEquals(Map.of("科技", 4, "技部", 3, "科技部", 3, "创新", 1), counts);
    assertEquals(11, bag.total());
  }

  @Test
  void aModelWrittenAndReadBackIsTheSameModel() throws Exception {
    NaiveBayes nb = new NaiveBayes(List.of("科技政策", "无关"));
    nb.add("科技政策", Ngrams.of("科技部印发通知", "推进科技创新。"), 1);
    nb.add("无关", Ngrams.of("道路养护通告", "道路施工。"), 1);
    StringWriter first = new StringWriter();
    nb.write(first);
    NaiveBayes read = NaiveBayes.read(new BufferedReader(new StringReader(first.toString())));
    StringWriter second = new StringWriter();
    read.write(second);
    assertEquals(first.toString(), second.toString());
    Ngrams.Bag doc = Ngrams.of("科技部通知", "科技创新");
    assertEquals(java.util.Arrays.toString(nb.score(doc).logJoint()), java.util.Arrays.toString(read.score(doc).logJoint()));
  }
}
