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
 * generated subclass reads and writes rows with plain accessor and constructor calls, so the
 * runtime never reflects on user records.
 *
 * @param <T> the record
 */
public abstract class TableMeta<T> {
  private final String name;
  private final Class<T> recordType;
  private TableColumn<T, ?> deletedAt;
  private boolean deletedAtLooked;

  protected TableMeta(String name, Class<T> recordType) {
    this.name = name;
    this.recordType = recordType;
  }

  /** The table name, unquoted. */
  public final String name() { return name; }

  /** The record class: a type token only, never reflected on. */
  public final Class<T> recordType() { return recordType; }

  /** The columns in declaration order; a column's index here is its {@link TableColumn#ordinal()}. */
  public abstract List<TableColumn<T, ?>> columns();

  /** The {@code @Id} column. */
  public abstract TableColumn<T, ?> primaryKey();

  /**
   * The {@code @DeletedAt} column when the table is paranoid (Sequelize's {@code paranoid: true}),
   * else {@code null}.
   */
  public final TableColumn<T, ?> deletedAt() {
    TableColumn<T, ?> found = deletedAt;
    if (found == null && !deletedAtLooked) {
      for (TableColumn<T, ?> column : columns()) {
        if (column.isDeletedAt()) {
          found = column;
        }
      }
      // Racy but idempotent: every thread finds the same column.
      deletedAt = found;
      deletedAtLooked = true;
    }
    return found;
  }

  /** Whether {@code destroy} soft-deletes rows of this table ({@link #deletedAt()} is set). */
  public final boolean isParanoid() {
    return deletedAt() != null;
  }

  /** The associations in declaration order. */
  public abstract List<Association<T, ?>> associations();

  /** The DDL-level description of this table, derived from its columns by {@link #definitionOf}. */
  public abstract TableDef definition();

  /** Number of record components (columns plus associations). */
  public abstract int componentCount();

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
   * assembles rows generically (a JSON reader, say). The runtime itself copies rows through the
   * typed {@link TableColumn#with} and {@link Association#with}.
   */
  public abstract T construct(Object[] components);

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
   * span columns and tables and so are stated beside them. Used by generated code.
   */
  protected static TableDef definitionOf(String name, List<? extends TableColumn<?, ?>> columns,
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
