package dev.joinery.it.takeover.sequelize.profiles;

import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import dev.joinery.annotation.UuidV4;
import java.time.Instant;
import java.util.UUID;

/** Seed 003's {@code user_profiles}. */
@Table("user_profiles")
public record UserProfile(
    @Id @UuidV4 UUID userProfileId,
    @Column(length = 100) String address,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt) {}
