package dev.joinery.meta;

import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.TableDef;
import dev.joinery.validation.Violations;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Everything the runtime knows about one {@code @Table} record, generated as {@code XTable}. The
 * generated subclass states the columns, associations, indexes and foreign keys once, through
 * this constructor, and reads, writes and builds rows with plain accessor and constructor calls,
 * so the runtime never reflects on user records. What follows from those facts (the primary key,
 * the {@link TableDef}, copies with one component replaced) is derived here, not generated.
 *
 * @param <T> the record
 */
public abstract class TableMeta<T> {
  private final String name;
  private final Class<T> recordType;
  private final List<TableColumn<T, ?>> columns;
  private final List<Association<T, ?>> associations;
  private final TableColumn<T, ?> primaryKey;
  private final TableDef definition;
  private final TableColumn<T, ?> deletedAt;

  /**
   * Takes the table's facts from its generated subclass and becomes the owner of its column and
   * association constants.
   *
   * @param name the table name
   * @param recordType the record class, a type token only
   * @param columns the column constants in declaration order (a column's index is its ordinal)
   * @param associations the association constants in declaration order
   * @param indexes the indexes, which span columns
   * @param foreignKeys the foreign keys, which span tables
   */
  protected TableMeta(String name, Class<T> recordType, List<TableColumn<T, ?>> columns,
      List<Association<T, ?>> associations, List<IndexDef> indexes,
      List<ForeignKeyDef> foreignKeys) {
    this.name = name;
    this.recordType = recordType;
    this.columns = List.copyOf(columns);
    this.associations = List.copyOf(associations);
    this.primaryKey = columns.stream().filter(TableColumn::isPrimaryKey).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " has no primary key column"));
    this.deletedAt = columns.stream().filter(TableColumn::isDeletedAt).findFirst().orElse(null);
    this.definition = definitionOf(name, columns, indexes, foreignKeys);
    columns.forEach(column -> column.bind(this));
    associations.forEach(association -> association.bind(this));
  }

  /** The table name, unquoted. */
  public final String name() { return name; }

  /** The record class: a type token only, never reflected on. */
  public final Class<T> recordType() { return recordType; }

  /** The columns in declaration order; a column's index here is its {@link TableColumn#ordinal()}. */
  public final List<TableColumn<T, ?>> columns() { return columns; }

  /** The {@code @Id} column. */
  public final TableColumn<T, ?> primaryKey() { return primaryKey; }

  /**
   * The {@code @DeletedAt} column when the table is paranoid (Sequelize's {@code paranoid: true}),
   * else {@code null}.
   */
  public final TableColumn<T, ?> deletedAt() { return deletedAt; }

  /** Whether {@code destroy} soft-deletes rows of this table ({@link #deletedAt()} is set). */
  public final boolean isParanoid() {
    return deletedAt() != null;
  }

  /** The associations in declaration order. */
  public final List<Association<T, ?>> associations() { return associations; }

  /** The DDL-level description of this table, derived from its columns. */
  public final TableDef definition() { return definition; }

  /** Number of record components (columns plus associations). */
  public final int componentCount() { return columns.size() + associations.size(); }

  /**
   * Reads one row. Columns absent from the statement read as {@code null} (or the primitive's
   * zero); associations are what {@link RowInput#association} gives: the included values, else
   * {@code null}.
   */
  public abstract T read(RowInput in) throws SQLException;

  /** Binds every column of {@code row}; the output skips the columns its statement lacks. */
  public abstract void write(T row, RowOutput out) throws SQLException;

  /**
   * Calls the canonical constructor with the components in declaration order, for code that
   * assembles rows generically (a JSON reader, say). The typed copies
   * {@link TableColumn#with}, {@link Association#withOne} and {@link Association#withMany} go
   * through it too.
   */
  public abstract T construct(Object[] components);

  /** A copy of {@code row} with component {@code index} replaced by {@code value}. */
  final T copyWith(T row, int index, Object value) {
    Object[] components = components(row);
    components[index] = value;
    return construct(components);
  }

  /**
   * The components of {@code row} in declaration order, as {@link #construct} takes them: a fresh
   * array, so that a copy with several components replaced costs one array and one record
   * instead of one of each per component.
   */
  public final Object[] components(T row) {
    Object[] components = new Object[componentCount()];
    for (TableColumn<T, ?> column : columns) {
      components[column.component()] = column.get(row);
    }
    for (Association<T, ?> association : associations) {
      components[association.component()] = association.value(row);
    }
    return components;
  }

  /**
   * Checks the column rules of {@code row} ({@code @NotNull}, lengths, {@code @Email},
   * {@code @Url}, {@code @Length}) and adds each violation to {@code violations}. Keys filled by
   * the database or the runtime (auto-increment ids, UUIDs, timestamps) are not checked.
   */
  public abstract void validate(T row, Violations violations);

  /**
   * A Jdbi row mapper for raw SQL selecting this table's columns by name, e.g.
   * {@code handle.createQuery("SELECT * FROM customers").map(CustomerTable.INSTANCE.rowMapper())}.
   * Associations stay {@code null}. {@code JoineryPlugin} registers it for {@link #recordType()},
   * so {@code mapTo(Customer.class)} finds it without this call.
   */
  public final RowMapper<T> rowMapper() {
    return new TableRowMapper<>(this);
  }

  /** The column named {@code property} (record component name), or {@code null}. */
  public TableColumn<T, ?> columnByProperty(String property) {
    for (TableColumn<T, ?> column : columns()) {
      if (column.property().equals(property)) {
        return column;
      }
    }
    return null;
  }

  /** The association named {@code name}, or {@code null}. */
  public Association<T, ?> associationByName(String associationName) {
    for (Association<T, ?> association : associations()) {
      if (association.name().equals(associationName)) {
        return association;
      }
    }
    return null;
  }

  /**
   * The definition of table {@code name}: each column's {@link TableColumn#definition()} in
   * order, the primary key from the column marked so, and the indexes and foreign keys, which
   * span columns and tables and so are stated beside them.
   */
  private static TableDef definitionOf(String name, List<? extends TableColumn<?, ?>> columns,
      List<IndexDef> indexes, List<ForeignKeyDef> foreignKeys) {
    return new TableDef(name,
        columns.stream().map(TableColumn::definition).toList(),
        columns.stream().filter(TableColumn::isPrimaryKey).map(TableColumn::name).toList(),
        indexes,
        foreignKeys);
  }

  @Override
  public String toString() { return name; }
}
