package dev.joinery.it.takeover.sequelize.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;

/**
 * Seed 004's {@code Users} ({@code tableName: 'users'}, unsigned key, {@code created_at}) and
 * {@code Users.hasOne(Stories, {foreignKey: 'created_by', as: 'story'})}.
 */
@Table("users")
public record User(
    @Id @AutoIncrement @Column(unsigned = true) Integer user_id,
    @NotNull @Column(length = 50) String username,
    @NotNull String email,
    @NotNull String password,
    @CreatedAt Instant created_at,
    @UpdatedAt Instant updated_at,
    @HasOne(foreignKey = "created_by") Story story) {}
