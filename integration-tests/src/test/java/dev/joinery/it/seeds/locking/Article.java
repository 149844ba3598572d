package dev.joinery.it.seeds.locking;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import dev.joinery.annotation.Version;
import java.time.Instant;
import java.util.List;

/** Optimistic locking (Sequelize's {@code version: true}) on a root and on its children. */
@Table
public record Article(
    @Id @AutoIncrement Long id,
    @NotNull String title,
    @Version int version,
    @UpdatedAt Instant updatedAt,
    @HasMany(foreignKey = "articleId") List<Note> notes) {

  public static Article of(String title) {
    return new Article(null, title, 0, null, null);
  }

  public Article withTitle(String newTitle) {
    return new Article(id, newTitle, version, updatedAt, notes);
  }

  public Article withNotes(List<Note> newNotes) {
    return new Article(id, title, version, updatedAt, newNotes);
  }
}
