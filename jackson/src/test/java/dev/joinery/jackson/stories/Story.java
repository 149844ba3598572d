package dev.joinery.jackson.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.time.Instant;

/** Seed 004's story: its NOT NULL foreign key is filled by a nested create; a genre by name. */
@Table("stories")
public record Story(
    @Id @AutoIncrement Integer storyId,
    @NotNull Integer createdBy,
    @NotNull String title,
    Genre genre,
    @CreatedAt Instant createdAt,
    @BelongsTo(foreignKey = "createdBy") Author author) {}
