package dev.joinery.it.takeover.sequelize.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;

/** Seed 004's {@code stories} and {@code Stories.belongsTo(Users, {foreignKey: 'created_by', as: 'author'})}. */
@Table("stories")
public record Story(
    @Id @AutoIncrement @Column(unsigned = true) Integer story_id,
    @NotNull @Column(unsigned = true) Integer created_by,
    @NotNull String title,
    @NotNull @Column(text = true) String content,
    @CreatedAt Instant created_at,
    @UpdatedAt Instant updated_at,
    @BelongsTo(foreignKey = "created_by") User author) {}
