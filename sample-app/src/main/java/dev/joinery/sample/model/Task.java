package dev.joinery.sample.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Index;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;

/**
 * A task of seed 001. {@code task_owner} holds the owner's first name; the unique index is the
 * seed's {@code indexes: [{unique: true, fields: [...]}]}, so a second task for the same owner is
 * refused by the database. The belongsTo side shares the constraint of {@link TaskUser#task()}.
 *
 * @param owner loaded only when included; {@code null} otherwise
 */
@Table("tasks")
@Index(columns = "taskOwner", unique = true)
public record Task(
    @Id @AutoIncrement Long id,
    @NotNull String taskName,
    @Column(length = 100) String taskOwner,
    @BelongsTo(foreignKey = "taskOwner", targetKey = "firstName") TaskUser owner) {}
