package shapes.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;

/** Seed 004: the story's author, timestamps in created_at/updated_at, unsigned keys. */
@Table("stories")
public record Story(
    @Id @AutoIncrement @Column(unsigned = true) Integer storyId,
    @NotNull @Column(name = "created_by", unsigned = true) Integer createdBy,
    @NotNull String title,
    @NotNull @Column(text = true) String content,
    @CreatedAt @Column(name = "created_at") Instant createdAt,
    @UpdatedAt @Column(name = "updated_at") Instant updatedAt,
    @BelongsTo(foreignKey = "createdBy") User author) {}
