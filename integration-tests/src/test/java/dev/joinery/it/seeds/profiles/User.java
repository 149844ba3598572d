package dev.joinery.it.seeds.profiles;

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
 * Seed 003's {@code users} on UUID keys, every Sequelize {@code field} an {@code @Column(name)},
 * and {@code UserModel.belongsTo(UserProfileModel, {foreignKey: 'profile', targetKey:
 * 'userProfileId'})}.
 */
@Table("users")
public record User(
    @Id @UuidV4 @Column(name = "userId") UUID userId,
    @NotNull @Column(name = "firstName", length = 100) String firstName,
    @Column(name = "lastName", length = 100) String lastName,
    @Email @Column(name = "email") String email,
    @Column(name = "userName") String userName,
    @Column(name = "phone", length = 13) String phone,
    @Url @Column(name = "photo", length = 1024) String photo,
    UUID profile,
    @CreatedAt @Column(name = "createdAt") Instant createdAt,
    @UpdatedAt @Column(name = "updatedAt") Instant updatedAt,
    @BelongsTo(foreignKey = "profile", targetKey = "userProfileId") UserProfile userProfile) {

  /** A new user; keys, timestamps and the profile left for the create to fill. */
  public static User of(String firstName, String lastName, String email, String photo) {
    return new User(null, firstName, lastName, email, null, null, photo, null, null, null, null);
  }
}
