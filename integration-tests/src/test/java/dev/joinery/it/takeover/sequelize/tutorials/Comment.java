package dev.joinery.it.takeover.sequelize.tutorials;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;

/** Seed 002's {@code Comment.belongsTo(Tutorial, {foreignKey: "tutorialId", as: "tutorial"})}. */
@Table("comments")
public record Comment(
    @Id @AutoIncrement Integer id,
    String name,
    String text,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    Integer tutorialId,
    @BelongsTo(foreignKey = "tutorialId") Tutorial tutorial) {}
