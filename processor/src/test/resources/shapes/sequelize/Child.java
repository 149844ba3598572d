package shapes.sequelize;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Naming;
import dev.joinery.annotation.Table;

/** {@code Person.hasMany(Child)}: table {@code Children}, key {@code personId}. */
@Table(naming = Naming.SEQUELIZE)
public record Child(
    @Id @AutoIncrement Long id,
    String name,
    Long personId,
    @BelongsTo Person person) {}
