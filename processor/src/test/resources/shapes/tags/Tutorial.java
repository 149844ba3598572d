package shapes.tags;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import java.util.List;

/** Many-to-many: a tutorial has tags, through tutorial_tags. */
@Table
public record Tutorial(
    @Id @AutoIncrement Long id,
    String title,
    @BelongsToMany(through = "tutorial_tags") List<Tag> tags) {}
