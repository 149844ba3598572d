package dev.joinery.sample.model;

import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Email;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import dev.joinery.annotation.Url;
import dev.joinery.annotation.UuidV4;
import java.time.Instant;
import java.util.UUID;

/**
 * A user of seed 003: UUID key, e-mail and URL validation, and
 * {@code belongsTo(UserProfile, {foreignKey: 'profile', targetKey: 'userProfileId'})}, so the
 * {@code profile} column holds a profile's {@link UserProfile#userProfileId() userProfileId}.
 *
 * @param userProfile loaded only when included; {@code null} otherwise
 */
@Table("users")
public record User(
    @Id @UuidV4 @Column(name = "userId") UUID userId,
    @NotNull @Column(name = "firstName", length = 100) String firstName,
    @Column(name = "lastName", length = 100) String lastName,
    @Email String email,
    @Column(name = "userName") String userName,
    @Column(length = 13) String phone,
    @Url @Column(length = 1024) String photo,
    UUID profile,
    @CreatedAt @Column(name = "createdAt") Instant createdAt,
    @UpdatedAt @Column(name = "updatedAt") Instant updatedAt,
    @BelongsTo(foreignKey = "profile", targetKey = "userProfileId") UserProfile userProfile) {}
