package dev.joinery.it.seeds.movies;

import dev.joinery.Linked;
import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.util.List;

/** A movie and its cast: actors, each with the casting that links them (role, billing). */
@Table("movies")
public record Movie(
    @Id @AutoIncrement Long id,
    @NotNull String title,
    @BelongsToMany(throughRecord = Casting.class) List<Linked<Actor, Casting>> cast) {

  public static Movie of(String title) {
    return new Movie(null, title, null);
  }
}
