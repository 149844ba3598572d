package dev.joinery.it.seeds.tutorials;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.util.List;

/** The other side of tutorials ↔ tags, through the same junction table. */
@Table("tags")
public record Tag(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 50, unique = true) String name,
    @BelongsToMany(through = "tutorial_tags") List<Tutorial> tutorials) {

  public static Tag of(String name) {
    return new Tag(null, name, null);
  }
}
