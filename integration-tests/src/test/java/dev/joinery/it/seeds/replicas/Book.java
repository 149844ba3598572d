package dev.joinery.it.seeds.replicas;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

/** One of an {@link Author}'s books. */
@Table("replica_books")
public record Book(@Id @AutoIncrement Long id, String title, Long authorId) {
  public static Book of(String title) {
    return new Book(null, title, null);
  }
}
