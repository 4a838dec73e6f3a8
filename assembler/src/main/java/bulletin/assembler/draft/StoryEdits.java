package bulletin.assembler.draft;

import bulletin.assembler.issue.IssueState;
import bulletin.common.record.EditAction;
import java.util.List;

/**
 * What editors did to one story, whichever of its reports they acted on: an edit made through the
 * story's lead at the time belongs to the story, so it holds when another report becomes the lead
 * or more reports of the same news arrive. Of a story's drops and moves (a restore is a move) the
 * latest decides; of its rewrites and places, the latest applies.
 *
 * @param dropped whether the latest drop or move of any of its reports was a drop
 * @param section the section of the latest move of any of its reports, or null
 * @param rewrite the latest rewrite of any of its reports, or null
 * @param position the latest place given to any of its reports, or null
 */
record StoryEdits(boolean dropped, String section, IssueState.Rewrite rewrite, Integer position) {

  static StoryEdits of(List<String> reportIds, IssueState state) {
    long dispositionAt = -1;
    boolean dropped = false;
    String section = null;
    long rewriteAt = -1;
    IssueState.Rewrite rewrite = null;
    long positionAt = -1;
    Integer position = null;
    for (String id : reportIds) {
      if (state.drops().contains(id) && state.stamp(EditAction.DROP, id) > dispositionAt) {
        dispositionAt = state.stamp(EditAction.DROP, id);
        dropped = true;
        section = null;
      }
      if (state.moves().containsKey(id) && state.stamp(EditAction.MOVE, id) > dispositionAt) {
        dispositionAt = state.stamp(EditAction.MOVE, id);
        dropped = false;
        section = state.moves().get(id);
      }
      if (state.rewrites().containsKey(id) && state.stamp(EditAction.REWRITE, id) > rewriteAt) {
        rewriteAt = state.stamp(EditAction.REWRITE, id);
        rewrite = state.rewrites().get(id);
      }
      if (state.positions().containsKey(id) && state.stamp(EditAction.REORDER, id) > positionAt) {
        positionAt = state.stamp(EditAction.REORDER, id);
        position = state.positions().get(id);
      }
    }
    return new StoryEdits(dropped, section, rewrite, position);
  }
}
