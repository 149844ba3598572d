package dev.joinery.spring.shop;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;

/** A book belongs to its author. */
@Table
public record Book(
    @Id @AutoIncrement Long id,
    @NotNull String title,
    @NotNull Long authorId,
    @BelongsTo(foreignKey = "authorId") Author author) {

  public static Book of(String title, Long authorId) {
    return new Book(null, title, authorId, null);
  }
}
