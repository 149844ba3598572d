package dev.joinery.it.seeds.paranoid;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.DeletedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A paranoid child of a paranoid parent, with its soft-delete column renamed and of the other
 * timestamp type, and paranoid belongsToMany targets.
 */
@Table("posts")
public record Article(
    @Id @AutoIncrement Long id,
    String title,
    Long writerId,
    @UpdatedAt Instant updatedAt,
    @DeletedAt @Column(name = "removed_at") LocalDateTime removedAt,
    @BelongsTo(foreignKey = "writerId") Writer writer,
    @BelongsToMany(through = "post_labels") List<Label> labels) {

  public static Article of(String title) {
    return new Article(null, title, null, null, null, null, null);
  }
}
