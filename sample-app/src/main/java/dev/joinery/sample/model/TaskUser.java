package dev.joinery.sample.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.annotation.Table;

/**
 * The "Users" of seed 001, renamed {@code task_users}: the task's foreign key refers to
 * {@code first_name} rather than the id (Sequelize's {@code sourceKey: "firstName"}), so the first
 * name must be unique. {@code RESTRICT} keeps a user with a task from being deleted or renamed.
 *
 * @param task loaded only when included; {@code null} otherwise
 */
@Table("task_users")
public record TaskUser(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 100, unique = true) String firstName,
    @HasOne(foreignKey = "taskOwner", sourceKey = "firstName", uniqueKey = "task_user_fk",
        onDelete = ReferentialAction.RESTRICT, onUpdate = ReferentialAction.RESTRICT) Task task) {}
