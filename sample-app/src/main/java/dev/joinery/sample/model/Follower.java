package dev.joinery.sample.model;

import dev.joinery.Linked;
import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.Email;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.NotNull;
import dev.joinery.annotation.Table;
import java.util.List;

/**
 * A reader who follows tags, each follow with how often to be told about it: a many-to-many
 * whose links carry a payload, through the {@link TagFollow} record (Sequelize's
 * {@code Follower.belongsToMany(Tag, {through: TagFollow})}).
 */
@Table("followers")
public record Follower(
    @Id @AutoIncrement Long id,
    @NotNull @Email @Column(unique = true) String email,
    @BelongsToMany(throughRecord = TagFollow.class) List<Linked<Tag, TagFollow>> follows) {}
