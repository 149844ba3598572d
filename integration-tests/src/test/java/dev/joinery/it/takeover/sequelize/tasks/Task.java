package dev.joinery.it.takeover.sequelize.tasks;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Index;
import dev.joinery.annotation.Table;

/**
 * Seed 001's {@code Task} with Sequelize's default key {@code UserId} and the unique index the
 * tutorial adds on it (which also serves as the key's index).
 */
@Table("Tasks")
@Index(columns = "UserId", unique = true)
public record Task(
    @Id @AutoIncrement Integer id,
    @Column(name = "taskName") String taskName,
    @Column(name = "UserId") Integer UserId,
    @BelongsTo(foreignKey = "UserId") User user) {}
