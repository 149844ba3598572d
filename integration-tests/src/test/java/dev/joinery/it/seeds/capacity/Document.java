package dev.joinery.it.seeds.capacity;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;

/**
 * Text longer than MySQL's {@code TEXT} holds, asked for with a length:
 * {@code length = 100_000} is 400,000 bytes of utf8mb4 at most, a {@code MEDIUMTEXT} on
 * MySQL/MariaDB; {@code length = 5_000_000} is past MEDIUMTEXT's 16 MiB, a {@code LONGTEXT}.
 */
@Table("documents")
public record Document(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 100) String title,
    @Column(text = true, length = 100_000) String body,
    @Column(text = true, length = 5_000_000) String archive) {

  public static Document of(String title, String body, String archive) {
    return new Document(null, title, body, archive);
  }
}
