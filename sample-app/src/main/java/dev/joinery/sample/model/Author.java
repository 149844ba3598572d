package dev.joinery.sample.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Email;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Secret;
import dev.joinery.annotation.Table;

/**
 * The "Users" of seed 004, renamed {@code authors} so they live beside seed 003's {@code users}:
 * an unsigned key and {@code Users.hasOne(Stories, {foreignKey: 'created_by', as: 'story'})}.
 * {@code unique = true} makes "the user can have only one story" a rule of the database.
 *
 * @param password stored as a PBKDF2 hash; {@code @Secret}, so never in JSON or the SQL log
 * @param story loaded only when included; {@code null} otherwise
 */
@Table("authors")
public record Author(
    @Id @AutoIncrement @Column(unsigned = true) Integer userId,
    @NotNull @Column(length = 100, unique = true) String username,
    @Email String email,
    @Secret @NotNull String password,
    @HasOne(foreignKey = "createdBy", unique = true) Story story) {}
