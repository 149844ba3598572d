package dev.joinery.jackson.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;

/** The junction of clubs and authors as a record: both keys and a role. */
@Table("memberships")
public record Membership(
    @Id @AutoIncrement Integer id,
    @NotNull String role,
    @NotNull Integer clubId,
    @NotNull Integer authorId,
    @BelongsTo Club club,
    @BelongsTo Author author) {}
