package shapes.tutorials;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;
import java.util.List;

/** Seed 002: a tutorial has many comments. */
@Table
public record Tutorial(
    @Id @AutoIncrement Long id,
    String title,
    String description,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @HasMany List<Comment> comments) {}
