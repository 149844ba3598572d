package shapes.tutorials;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

/** Seed 002: a comment belongs to one tutorial, by the default key tutorialId. */
@Table
public record Comment(
    @Id @AutoIncrement Long id,
    String name,
    @Column(text = true) String text,
    Long tutorialId,
    @BelongsTo Tutorial tutorial) {}
