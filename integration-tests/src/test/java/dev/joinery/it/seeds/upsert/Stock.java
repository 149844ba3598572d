package dev.joinery.it.seeds.upsert;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;

/** A row upserted by its key or by its unique {@code sku}, with Sequelize's timestamps. */
@Table("stocks")
public record Stock(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 40, unique = true) String sku,
    int quantity,
    String note,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt) {

  public static Stock of(String sku, int quantity, String note) {
    return new Stock(null, sku, quantity, note, null, null);
  }
}
