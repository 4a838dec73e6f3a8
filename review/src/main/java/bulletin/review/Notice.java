package bulletin.review;

import bulletin.common.record.EditResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an issue page tells the person who just acted: what was saved (only what the assembler
 * applied), what was refused and why, what is still waiting for the assembler's verdict, and the
 * values a refused form held, so that they can be corrected rather than typed again.
 */
record Notice(List<String> saved, List<String> errors, List<String> waiting, Map<String, String> typed) {
  static final Notice NONE = new Notice(List.of(), List.of(), List.of(), Map.of());

  Notice {
    saved = List.copyOf(saved);
    errors = List.copyOf(errors);
    waiting = List.copyOf(waiting);
    typed = Map.copyOf(typed);
  }

  /** Problems found in a form before anything was sent, with the values as typed. */
  static Notice refusedForm(List<String> problems, Map<String, String> typed) {
    return new Notice(List.of(), problems, List.of(), typed);
  }

  /** The verdicts on some edits; an id with no verdict yet is still waiting. */
  static Notice of(List<String> editIds, ReviewStore store) {
    List<String> saved = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> waiting = new ArrayList<>();
    for (String id : editIds) {
      var result = store.result(id);
      if (result.isEmpty()) {
        waiting.add("已发出，尚未得到汇编服务的确认：请稍后刷新本页查看结果。");
      } else if (result.get().applied()) {
        saved.add("已保存：" + result.get().action().wireName() + "（修订 " + result.get().revision() + "）");
      } else {
        errors.add("未保存：" + result.get().reason());
      }
    }
    return new Notice(saved, errors, waiting, Map.of());
  }

  /** A refused edit's verdict, with the values of the form that made it. */
  static Notice refused(EditResult result, Map<String, String> typed) {
    return new Notice(List.of(), List.of("未保存：" + result.reason()), List.of(), typed);
  }

  boolean isRefusal() {
    return !errors.isEmpty();
  }
}
