package shapes.profiles;

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

/** Seed 003: users on UUID keys belong to a profile through the component "profile". */
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
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @BelongsTo(foreignKey = "profile", targetKey = "userProfileId") UserProfile userProfile) {}
