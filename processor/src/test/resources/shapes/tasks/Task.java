package shapes.tasks;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

/** Seed 001: the task holds its owner's first name in task_owner. */
@Table
public record Task(
    @Id @AutoIncrement Long id,
    String taskName,
    @Column(name = "task_owner") String taskOwner) {}
