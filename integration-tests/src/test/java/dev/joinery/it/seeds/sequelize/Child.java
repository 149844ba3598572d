package dev.joinery.it.seeds.sequelize;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.BelongsTo;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Naming;
import dev.joinery.annotation.Table;

/**
 * {@code Child.belongsTo(Person)}: table {@code Children}, key {@code PersonId}, Sequelize's
 * {@code camelize('Person_id')}, the same as {@code Person.hasMany(Child)} makes.
 */
@Table(naming = Naming.SEQUELIZE)
public record Child(
    @Id @AutoIncrement Long id,
    String name,
    Long PersonId,
    @BelongsTo Person person) {

  public static Child of(String name) {
    return new Child(null, name, null, null);
  }
}
