package dev.joinery.it.seeds.tutorials;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;
import java.util.List;

/**
 * Seed 002: {@code Tutorial.hasMany(Comment, {as: "comments"})} with Sequelize's automatic
 * timestamps; and the many-to-many of the sample app, tutorials with tags through
 * {@code tutorial_tags}.
 */
@Table("tutorials")
public record Tutorial(
    @Id @AutoIncrement Long id,
    String title,
    String description,
    boolean published,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @HasMany List<Comment> comments,
    @BelongsToMany(through = "tutorial_tags") List<Tag> tags) {

  public static Tutorial of(String title, String description) {
    return new Tutorial(null, title, description, false, null, null, null, null);
  }
}
