package shapes.tasks;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.annotation.Table;

/** Seed 001 (hasOne options): every option of the tutorial but constraints = false. */
@Table
public record User(
    @Id @AutoIncrement Long id,
    @Column(unique = true) String firstName,
    @HasOne(foreignKey = "taskOwner", sourceKey = "firstName",
        onDelete = ReferentialAction.RESTRICT, onUpdate = ReferentialAction.RESTRICT,
        uniqueKey = "task_user_fk", unique = true) Task task) {}
