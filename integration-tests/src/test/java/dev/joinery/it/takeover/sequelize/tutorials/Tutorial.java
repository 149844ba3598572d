package dev.joinery.it.takeover.sequelize.tutorials;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;
import java.util.List;

/** Seed 002's {@code sequelize.define("tutorial", …)}, {@code Tutorial.hasMany(Comment, {as: "comments"})}. */
@Table("tutorials")
public record Tutorial(
    @Id @AutoIncrement Integer id,
    String title,
    String description,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @HasMany(foreignKey = "tutorialId") List<Comment> comments) {}
