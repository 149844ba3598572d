package dev.joinery.jackson.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.JsonName;
import dev.joinery.annotation.Naming;
import dev.joinery.annotation.Table;

/** {@code Book.belongsTo(Writer)}: included as {@code Writer}, keyed by {@code WriterId}. */
@Table(naming = Naming.SEQUELIZE)
public record Book(
    @Id @AutoIncrement Long id,
    String title,
    Long WriterId,
    @BelongsTo @JsonName("Writer") Writer writer) {}
