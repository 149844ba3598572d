package dev.joinery.bench.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.util.List;

/** A tag, shared by many tutorials through {@code tutorial_tags}. */
@Table("tags")
public record Tag(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 50, unique = true) String name,
    @BelongsToMany(through = "tutorial_tags") List<Tutorial> tutorials) {

  public static Tag of(String name) {
    return new Tag(null, name, null);
  }
}
