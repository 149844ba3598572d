package dev.joinery.it.seeds.sequelize;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.Column;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Naming;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;
import java.util.List;

/**
 * {@code sequelize.define('Person', {firstName: DataTypes.STRING})} with
 * {@code Person.hasMany(Child)} as Sequelize 6 creates it on MariaDB: table {@code People},
 * columns named as the attributes, {@code createdAt}/{@code updatedAt} NOT NULL {@code DATETIME}
 * of whole seconds.
 */
@Table(naming = Naming.SEQUELIZE)
public record Person(
    @Id @AutoIncrement Long id,
    String firstName,
    @CreatedAt @Column(precision = 0) Instant createdAt,
    @UpdatedAt @Column(precision = 0) Instant updatedAt,
    @HasMany List<Child> children) {

  public static Person of(String firstName, Child... children) {
    return new Person(null, firstName, null, null, List.of(children));
  }
}
