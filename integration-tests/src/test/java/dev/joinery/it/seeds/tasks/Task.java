package dev.joinery.it.seeds.tasks;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

/**
 * Seed 001: a task holds its owner's first name in {@code task_owner}. The belongsTo is the
 * inverse of the user's hasOne and inherits its RESTRICT rules (one constraint).
 */
@Table("tasks")
public record Task(
    @Id @AutoIncrement Long id,
    String taskName,
    @Column(name = "task_owner", length = 100) String taskOwner,
    @BelongsTo(foreignKey = "taskOwner", targetKey = "firstName") User owner) {

  public static Task of(String taskName) {
    return new Task(null, taskName, null, null);
  }
}
