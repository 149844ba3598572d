package dev.joinery.bench.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.time.Instant;

/** A comment on a {@link Tutorial}. */
@Table("comments")
public record Comment(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 100) String name,
    @Column(text = true) String text,
    @CreatedAt Instant createdAt,
    Long tutorialId,
    @BelongsTo(foreignKey = "tutorialId") Tutorial tutorial) {

  /** A new comment of no tutorial yet. */
  public static Comment of(String name, String text) {
    return new Comment(null, name, text, null, null, null);
  }
}
