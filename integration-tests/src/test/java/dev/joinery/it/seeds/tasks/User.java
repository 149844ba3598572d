package dev.joinery.it.seeds.tasks;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.annotation.Table;

/**
 * Seed 001's customised {@code User.hasOne(Task, {foreignKey: "task_owner", sourceKey:
 * "firstName", uniqueKey: "task_user_fk", onDelete: "RESTRICT", onUpdate: "RESTRICT"})} with the
 * unique index the tutorial adds afterwards. The table is {@code task_users} because seeds 003
 * and 004 have users too and one compilation holds every seed.
 */
@Table("task_users")
public record User(
    @Id @AutoIncrement Long id,
    @Column(length = 100, unique = true) String firstName,
    @HasOne(foreignKey = "taskOwner", sourceKey = "firstName", uniqueKey = "task_user_fk",
        onDelete = ReferentialAction.RESTRICT, onUpdate = ReferentialAction.RESTRICT,
        unique = true) Task task) {

  public static User of(String firstName) {
    return new User(null, firstName, null);
  }
}
