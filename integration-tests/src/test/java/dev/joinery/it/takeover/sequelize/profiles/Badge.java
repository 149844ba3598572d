package dev.joinery.it.takeover.sequelize.profiles;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import java.util.UUID;

/**
 * A table Joinery adds to the database Sequelize made, named by the naming mode ({@code Badges}):
 * its key references Sequelize's UUID key, which MariaDB stores as {@code CHAR(36) BINARY}
 * (utf8mb4_bin) in a utf8mb4_general_ci table. The key is named: Sequelize's default would be
 * {@code UserUserId} ({@code camelize('User_userId')}).
 */
@Table
public record Badge(
    @Id @AutoIncrement Long id,
    String label,
    UUID userId,
    @BelongsTo(foreignKey = "userId", targetKey = "userId") User user) {}
