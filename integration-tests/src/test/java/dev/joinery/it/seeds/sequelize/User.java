package dev.joinery.it.seeds.sequelize;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Naming;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Table {@code Users} in the same compilation as seed 003's {@code users}: quoted names differing
 * only by case are two tables. Timestamps of a written precision, which the mode's default does
 * not replace: microseconds and whole seconds on every database.
 */
@Table(naming = Naming.SEQUELIZE)
public record User(
    @Id @AutoIncrement Long id,
    String email,
    @CreatedAt @Column(precision = 6) Instant createdAt,
    @UpdatedAt @Column(precision = 0) LocalDateTime updatedAt) {}
