package dev.joinery.it.seeds.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;

/**
 * Seed 004's {@code stories}: unsigned keys, the NOT NULL foreign key {@code created_by},
 * {@code timestamps: true, createdAt: 'created_at', updatedAt: 'updated_at'}, and
 * {@code Stories.belongsTo(Users, {foreignKey: 'created_by', as: 'author'})}.
 */
@Table("stories")
public record Story(
    @Id @AutoIncrement @Column(name = "story_id", unsigned = true) Integer storyId,
    @NotNull @Column(name = "created_by", unsigned = true) Integer createdBy,
    @NotNull @Column(length = 255) String title,
    @NotNull @Column(text = true) String content,
    @CreatedAt @Column(name = "created_at") Instant createdAt,
    @UpdatedAt @Column(name = "updated_at") Instant updatedAt,
    @BelongsTo(foreignKey = "createdBy") User author) {

  public static Story of(String title, String content) {
    return new Story(null, null, title, content, null, null, null);
  }
}
