package dev.joinery.it.takeover.sequelize.tasks;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;

/** Seed 001's {@code sequelize.define('User', {firstName}, {timestamps: false})}, {@code User.hasOne(Task)}. */
@Table("Users")
public record User(
    @Id @AutoIncrement Integer id,
    @Column(name = "firstName") String firstName,
    @HasOne(foreignKey = "UserId") Task task) {}
