package dev.joinery.spring.shop;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.util.List;

/** An author has many books; {@code bio} is the column a test leaves out to see ALTER add it. */
@Table
public record Author(
    @Id @AutoIncrement Long id,
    @NotNull String name,
    String bio,
    @HasMany(foreignKey = "authorId") List<Book> books) {

  public static Author named(String name) {
    return new Author(null, name, null, null);
  }
}
