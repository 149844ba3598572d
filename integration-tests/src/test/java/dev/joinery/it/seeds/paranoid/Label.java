package dev.joinery.it.seeds.paranoid;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.DeletedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.time.Instant;
import java.util.List;

/** Paranoid targets of a belongsToMany; the junction rows themselves are never soft-deleted. */
@Table("labels")
public record Label(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 40, unique = true) String name,
    @DeletedAt Instant deletedAt,
    @BelongsToMany(through = "post_labels") List<Article> articles) {

  public static Label of(String name) {
    return new Label(null, name, null, null);
  }
}
