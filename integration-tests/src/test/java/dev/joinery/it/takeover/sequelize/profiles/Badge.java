package dev.joinery.it.takeover.sequelize.profiles;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import java.util.UUID;

/**
 * A table Joinery adds to the database Sequelize made: its key references Sequelize's UUID key,
 * which MariaDB stores as {@code CHAR(36) BINARY} (utf8mb4_bin) in a utf8mb4_general_ci table.
 */
@Table("badges")
public record Badge(
    @Id @AutoIncrement Long id,
    String label,
    @Column(name = "userId") UUID userId,
    @BelongsTo(foreignKey = "userId", targetKey = "userId") User user) {}
