package dev.joinery.it.seeds.locking;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.Version;
import java.util.List;

/** A child with a version of its own, on a boxed counter, and replies of its own. */
@Table
public record Note(
    @Id @AutoIncrement Long id,
    String text,
    @Version Long version,
    Long articleId,
    @HasMany(foreignKey = "noteId") List<Reply> replies) {

  public static Note of(String text) {
    return new Note(null, text, null, null, null);
  }

  public Note withText(String newText) {
    return new Note(id, newText, version, articleId, replies);
  }

  public Note withReplies(List<Reply> newReplies) {
    return new Note(id, text, version, articleId, newReplies);
  }
}
