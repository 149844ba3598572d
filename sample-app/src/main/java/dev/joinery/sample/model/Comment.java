package dev.joinery.sample.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;

/**
 * A comment on one tutorial (seed 002, {@code Comment.belongsTo(Tutorial, {foreignKey:
 * "tutorialId", as: "tutorial"})}). With {@link Tutorial#comments()} it is one inverse pair: one
 * foreign-key constraint, {@code ON DELETE SET NULL} because the key is nullable.
 */
@Table("comments")
public record Comment(
    @Id @AutoIncrement Long id,
    @NotNull String name,
    @NotNull @Column(text = true) String text,
    Long tutorialId,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @BelongsTo(foreignKey = "tutorialId") Tutorial tutorial) {}
