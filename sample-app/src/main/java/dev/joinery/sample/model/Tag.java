package dev.joinery.sample.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.util.List;

/**
 * A tag on many tutorials: the other side of {@link Tutorial#tags()}, through the same junction
 * table with mirrored keys ({@code tag_id}, {@code tutorial_id}).
 */
@Table("tags")
public record Tag(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 50, unique = true) String name,
    @BelongsToMany(through = "tutorial_tags") List<Tutorial> tutorials) {}
