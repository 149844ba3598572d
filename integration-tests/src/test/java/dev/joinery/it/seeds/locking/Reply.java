package dev.joinery.it.seeds.locking;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;

/** A reply to a note: a third level, on a NOT NULL foreign key (a removed reply is deleted). */
@Table
public record Reply(
    @Id @AutoIncrement Long id,
    @NotNull String text,
    @NotNull Long noteId) {

  public static Reply of(String text) {
    return new Reply(null, text, null);
  }

  public Reply withText(String newText) {
    return new Reply(id, newText, noteId);
  }
}
