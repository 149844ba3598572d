package shapes.tags;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import java.util.List;

/** Many-to-many, the other side: declared with mirrored keys. */
@Table
public record Tag(
    @Id @AutoIncrement Long id,
    @Column(unique = true) String name,
    @BelongsToMany(through = "tutorial_tags") List<Tutorial> tutorials) {}
