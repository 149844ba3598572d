package shapes.sequelize;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Naming;
import dev.joinery.annotation.Table;

/**
 * {@code Person.hasMany(Child)} and {@code Child.belongsTo(Person)}: table {@code Children}, key
 * {@code PersonId} (Sequelize's {@code camelize('Person_id')}) on both sides.
 */
@Table(naming = Naming.SEQUELIZE)
public record Child(
    @Id @AutoIncrement Long id,
    String name,
    Long PersonId,
    @BelongsTo Person person) {}
