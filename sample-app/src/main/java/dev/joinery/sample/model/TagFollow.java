package dev.joinery.sample.model;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.time.Instant;

/**
 * The link of a {@link Follower} to a {@link Tag}, with its payload: how often to notify
 * ({@code daily}, {@code weekly}) and since when. Its two {@code @BelongsTo} make the keys;
 * Joinery adds the unique index on the pair.
 */
@Table("tag_follows")
public record TagFollow(
    @Id @AutoIncrement Long id,
    @NotNull @Column(length = 10) String frequency,
    @CreatedAt Instant createdAt,
    @NotNull Long followerId,
    @NotNull Long tagId,
    @BelongsTo Follower follower,
    @BelongsTo Tag tag) {

  /** A follow's payload; {@code addFollow} fills in the keys. */
  public static TagFollow notifying(String frequency) {
    return new TagFollow(null, frequency, null, null, null, null, null);
  }
}
