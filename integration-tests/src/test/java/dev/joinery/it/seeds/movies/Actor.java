package dev.joinery.it.seeds.movies;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.util.List;

/** The other side, through the same record, reading the movies only (no payload). */
@Table("actors")
public record Actor(
    @Id @AutoIncrement Long id,
    @NotNull String name,
    @BelongsToMany(throughRecord = Casting.class) List<Movie> movies) {

  public static Actor of(String name) {
    return new Actor(null, name, null);
  }
}
