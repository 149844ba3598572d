package shapes.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.HasOne;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Secret;
import dev.joinery.annotation.Table;

/**
 * Seed 004: a user has one story, alias "story", keyed by the story's created_by; the password is
 * secret.
 */
@Table
public record User(
    @Id @AutoIncrement @Column(unsigned = true) Integer userId,
    String username,
    String email,
    @Secret String password,
    @HasOne(foreignKey = "createdBy") Story story) {}
