package shapes.sequelize;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsToMany;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Naming;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;
import java.util.List;

/**
 * Sequelize's {@code sequelize.define('Person', {firstName: ...})}: table {@code People}, columns
 * as the components, timestamps with the database's own precision as Sequelize's
 * {@code DataTypes.DATE} ({@code DATETIME} on MariaDB, {@code TIMESTAMP WITH TIME ZONE} on
 * PostgreSQL).
 */
@Table(naming = Naming.SEQUELIZE)
public record Person(
    @Id @AutoIncrement Long id,
    String firstName,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @HasMany List<Child> children,
    @BelongsToMany(through = "PersonTags") List<Tag> tags) {}
