package dev.joinery.it.seeds.paranoid;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.DeletedAt;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.time.Instant;
import java.util.List;

/** A paranoid parent (Sequelize's {@code paranoid: true}): destroy sets {@code deleted_at}. */
@Table("writers")
public record Writer(
    @Id @AutoIncrement Long id,
    @NotNull String name,
    @DeletedAt Instant deletedAt,
    @HasMany List<Article> articles) {

  public static Writer of(String name) {
    return new Writer(null, name, null, null);
  }
}
