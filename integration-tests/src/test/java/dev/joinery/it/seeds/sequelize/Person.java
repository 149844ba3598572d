package dev.joinery.it.seeds.sequelize;

import dev.joinery.annotation.AutoIncrement;
import dev.joinery.annotation.CreatedAt;
import dev.joinery.annotation.HasMany;
import dev.joinery.annotation.Id;
import dev.joinery.annotation.Naming;
import dev.joinery.annotation.Table;
import dev.joinery.annotation.UpdatedAt;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * {@code sequelize.define('Person', {firstName: DataTypes.STRING, wakesAt: DataTypes.TIME})} with
 * {@code Person.hasMany(Child)} as Sequelize 6 creates it: table {@code People}, columns named as
 * the attributes, {@code createdAt}/{@code updatedAt} NOT NULL, and every time column of the
 * database's own precision ({@code DATETIME} and {@code TIME} of whole seconds on MariaDB,
 * {@code TIMESTAMP WITH TIME ZONE} and {@code TIME} of microseconds on PostgreSQL).
 */
@Table(naming = Naming.SEQUELIZE)
public record Person(
    @Id @AutoIncrement Long id,
    String firstName,
    LocalTime wakesAt,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @HasMany List<Child> children) {

  public static Person of(String firstName, Child... children) {
    return new Person(null, firstName, null, null, null, List.of(children));
  }
}
