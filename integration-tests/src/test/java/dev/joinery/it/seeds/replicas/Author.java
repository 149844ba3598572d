package dev.joinery.it.seeds.replicas;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import java.util.List;

/** An author with books, read through replicas by {@link ReplicaReadsTest}. */
@Table("replica_authors")
public record Author(
    @Id @AutoIncrement Long id,
    String name,
    @HasMany(foreignKey = "authorId") List<Book> books) {
  public static Author of(String name, List<Book> books) {
    return new Author(null, name, books);
  }
}
