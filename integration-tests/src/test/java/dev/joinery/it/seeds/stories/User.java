package dev.joinery.it.seeds.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Email;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Secret;
import dev.joinery.annotation.Table;

/**
 * Seed 004's users: {@code Users.hasOne(Stories, {foreignKey: 'created_by', as: 'story'})} on an
 * unsigned auto-increment key. The table is {@code story_users} because seeds 001 and 003 have
 * users too and one compilation holds every seed. The password is {@code @Secret}: masked in the
 * SQL log.
 */
@Table("story_users")
public record User(
    @Id @AutoIncrement @Column(name = "user_id", unsigned = true) Integer userId,
    @NotNull String username,
    @Email String email,
    @Secret String password,
    @HasOne(foreignKey = "createdBy") Story story) {

  public static User of(String username, String email, String password) {
    return new User(null, username, email, password, null);
  }
}
