package dev.joinery.it.seeds.locking;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.Version;

/** A child with a version of its own, on a boxed counter. */
@Table
public record Note(
    @Id @AutoIncrement Long id,
    String text,
    @Version Long version,
    Long articleId) {

  public static Note of(String text) {
    return new Note(null, text, null, null);
  }

  public Note withText(String newText) {
    return new Note(id, newText, version, articleId);
  }
}
