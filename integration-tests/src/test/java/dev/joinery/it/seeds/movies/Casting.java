package dev.joinery.it.seeds.movies;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.time.Instant;

/** The junction of movies and actors as a record: its own key, both keys, and a payload. */
@Table("castings")
public record Casting(
    @Id @AutoIncrement Long id,
    @NotNull String role,
    int billing,
    @CreatedAt Instant createdAt,
    @NotNull Long movieId,
    @NotNull Long actorId,
    @BelongsTo Movie movie,
    @BelongsTo Actor actor) {

  /** A link's payload; nested create and {@code addCast} fill in the keys. */
  public static Casting of(String role, int billing) {
    return new Casting(null, role, billing, null, null, null, null, null);
  }
}
