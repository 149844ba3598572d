package dev.joinery.bench.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;
import java.util.List;

/** A tutorial with comments (hasMany) and tags (belongsToMany): scenarios 2 to 6. */
@Table("tutorials")
public record Tutorial(
    @Id @AutoIncrement Long id,
    @NotNull String title,
    String description,
    boolean published,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @HasMany(foreignKey = "tutorialId") List<Comment> comments,
    @BelongsToMany(through = "tutorial_tags") List<Tag> tags) {

  /** A new tutorial: no key, no timestamps, associations not given. */
  public static Tutorial of(String title, String description, boolean published) {
    return new Tutorial(null, title, description, published, null, null, null, null);
  }
}
