package dev.joinery.it.takeover.sequelize.profiles;

import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import dev.joinery.annotation.UuidV4;
import java.time.Instant;
import java.util.UUID;

/**
 * Seed 003's {@code users} ({@code freezeTableName}), {@code UserModel.belongsTo(UserProfileModel,
 * {foreignKey: 'profile', targetKey: 'userProfileId'})}; the association is named
 * {@code user_profile} as Sequelize names the include.
 */
@Table("users")
public record User(
    @Id @UuidV4 UUID userId,
    @Column(length = 100) String firstName,
    @Column(length = 100) String lastName,
    String email,
    String userName,
    @Column(length = 13) String phone,
    @Column(length = 1024) String photo,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    UUID profile,
    @BelongsTo(foreignKey = "profile", targetKey = "userProfileId") UserProfile user_profile) {}
