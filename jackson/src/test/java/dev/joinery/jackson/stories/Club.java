package dev.joinery.jackson.stories;

import dev.joinery.Linked;
import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.util.List;

/** Authors belong to clubs through a membership that carries their role: links with a payload. */
@Table("clubs")
public record Club(
    @Id @AutoIncrement Integer id,
    @NotNull String name,
    @BelongsToMany(throughRecord = Membership.class) List<Linked<Author, Membership>> members) {}
