package dev.joinery.sample.model;

import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import dev.joinery.annotation.UuidV4;
import java.time.Instant;
import java.util.UUID;

/**
 * A user profile on a UUID key (seed 003). The seed names its columns in camelCase with
 * {@code field}; {@code @Column(name = …)} keeps those names.
 */
@Table("user_profiles")
public record UserProfile(
    @Id @UuidV4 @Column(name = "userProfileId") UUID userProfileId,
    @NotNull @Column(length = 100) String address,
    @CreatedAt @Column(name = "createdAt") Instant createdAt,
    @UpdatedAt @Column(name = "updatedAt") Instant updatedAt) {}
