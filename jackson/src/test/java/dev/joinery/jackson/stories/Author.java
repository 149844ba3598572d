package dev.joinery.jackson.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Email;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Secret;
import dev.joinery.annotation.Table;

/** Seed 004's user, with the password that JSON never shows. */
@Table("authors")
public record Author(
    @Id @AutoIncrement Integer userId,
    @NotNull String username,
    @Email String email,
    @Secret @NotNull String password,
    @HasOne(foreignKey = "createdBy") Story story) {}
