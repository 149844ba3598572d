package dev.joinery.it.takeover.sequelize.tasks;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Index;
import dev.joinery.annotation.Table;

/**
 * Seed 001's {@code Task} and {@code Task.belongsTo(User)}: table {@code Tasks}, Sequelize's
 * default key {@code UserId} (the naming mode's too), and the unique index the tutorial adds on it
 * (which also serves as the key's index).
 */
@Table
@Index(columns = "UserId", unique = true)
public record Task(
    @Id @AutoIncrement Integer id,
    String taskName,
    Integer UserId,
    @BelongsTo User user) {}
