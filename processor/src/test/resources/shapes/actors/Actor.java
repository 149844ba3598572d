package shapes.actors;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import java.util.List;

/** The other side of movies ↔ actors, its keys mirrored. */
@Table
public record Actor(
    @Id @AutoIncrement Long id,
    String name,
    @BelongsToMany(through = "actor_movies", foreignKey = "actorId", otherKey = "movieId")
        List<Movie> movies) {}
