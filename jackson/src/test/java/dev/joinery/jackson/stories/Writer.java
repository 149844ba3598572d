package dev.joinery.jackson.stories;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.JsonName;
import dev.joinery.annotation.Naming;
import dev.joinery.annotation.Table;
import java.util.List;

/**
 * Sequelize's {@code Writer.hasMany(Book)}, whose include key is the model name {@code Books},
 * and an attribute {@code name} held by the component {@code fullName}.
 */
@Table(naming = Naming.SEQUELIZE)
public record Writer(
    @Id @AutoIncrement Long id,
    @JsonName("name") String fullName,
    @HasMany @JsonName("Books") List<Book> books) {}
