package dev.joinery.sample.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import dev.joinery.annotation.Version;
import java.time.Instant;
import java.util.List;

/**
 * A tutorial with many comments (seed 002, {@code Tutorial.hasMany(Comment, {as: "comments"})})
 * and many tags through {@code tutorial_tags}. Its {@code version} (Sequelize's {@code version:
 * true}) makes a save based on a stale read fail instead of overwriting someone else's.
 */
@Table("tutorials")
public record Tutorial(
    @Id @AutoIncrement Long id,
    @NotNull String title,
    @Column(text = true) String description,
    @Version Integer version,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @HasMany(foreignKey = "tutorialId") List<Comment> comments,
    @BelongsToMany(through = "tutorial_tags") List<Tag> tags) {}
