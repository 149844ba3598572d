package dev.joinery.it.takeover.sequelize.tasks;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.JsonName;
import dev.joinery.annotation.Table;

/**
 * Seed 001's {@code sequelize.define('User', {firstName}, {timestamps: false})} and
 * {@code User.hasOne(Task)}: table {@code Users}, key {@code Task.UserId}, both by the naming mode;
 * the include's key is the model name, {@code Task}, as Sequelize's.
 */
@Table
public record User(
    @Id @AutoIncrement Integer id,
    String firstName,
    @HasOne @JsonName("Task") Task task) {}
