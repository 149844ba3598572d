package dev.joinery.it.seeds.tutorials;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

/** Seed 002: {@code Comment.belongsTo(Tutorial, {foreignKey: "tutorialId", as: "tutorial"})}. */
@Table("comments")
public record Comment(
    @Id @AutoIncrement Long id,
    String name,
    @Column(text = true) String text,
    Long tutorialId,
    @BelongsTo(foreignKey = "tutorialId") Tutorial tutorial) {

  public static Comment of(String name, String text) {
    return new Comment(null, name, text, null, null);
  }
}
