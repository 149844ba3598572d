package shapes.actors;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import java.util.List;

/** Many-to-many with junction keys written in camelCase, as the other keys are. */
@Table
public record Movie(
    @Id @AutoIncrement Long id,
    String title,
    @BelongsToMany(through = "actor_movies", foreignKey = "movieId", otherKey = "actorId")
        List<Actor> actors) {}
